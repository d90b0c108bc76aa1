"""news-dev: 24 VOA articles with hand-coded gold, scored by the set's own score.py."""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import EvaluationError
from ..io.readers import read_inputs
from ..pipeline import code_articles
from ..resources import Resources


def load_scorer(shared: Path) -> ModuleType:
    path = shared / "eval" / "news_dev" / "score.py"
    spec = importlib.util.spec_from_file_location("news_dev_score", path)
    if spec is None or spec.loader is None:
        raise EvaluationError(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate_news_dev(shared: Path, res: Resources) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    base = shared / "eval" / "news_dev"
    records = list(code_articles(read_inputs([str(base / "articles.jsonl")]), res))
    scorer = load_scorer(shared)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "system.jsonl"
        path.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in records))
        golds = {}
        for p in sorted((base / "gold").glob("*.json")):
            g = json.loads(p.read_text())
            golds[g["id"]] = g
        recs = {r.article.id: r.to_dict() for r in records}
        rows = [scorer.score_article(g, recs.get(gid, {})) for gid, g in golds.items()]
    totals = {k: sum(r[k] for r in rows) for k in rows[0] if isinstance(rows[0][k], int)}
    ratio = scorer.ratio
    summary = {
        "articles": len(rows),
        "event_recall": ratio(totals["matched"], totals["req"]),
        "event_precision": ratio(totals["good_triples"], totals["sys_triples"]),
        "date_accuracy": ratio(totals["dated_ok"], totals["dated"]),
        "mode_accuracy": ratio(totals["moded_ok"], totals["moded"]),
        "actor_recall": ratio(totals["actors_found"], totals["actors"]),
        "place_recall": ratio(totals["places_found"], totals["places"]),
        "check_recall": ratio(totals["checks_found"], totals["checks"]),
        "false_flags_per_article": ratio(totals["false_flags"], len(rows)),
    }
    table = [{"id": r["id"], "events": f"{r['matched']}/{r['req']}",
              "precision": f"{r['good_triples']}/{r['sys_triples']}",
              "actors": f"{r['actors_found']}/{r['actors']}",
              "places": f"{r['places_found']}/{r['places']}", "false_flags": r["false_flags"],
              "actors_missed": ", ".join(r["actors_missed"])[:60]} for r in rows]
    return summary, table
