"""plover-gsr: CAMEO-manual example sentences with gold PLOVER types and actor codes.

Gold labels are PLOVER v0.5b1; the comparison maps its later-renamed types onto PLOVER 0.8:
DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT (0.8 merged
conventional fighting into ASSAULT).

Every item carries the date 2000-01-01, a placeholder rather than the date of the sentence (the
examples span decades), so the sentences are coded undated: a leader's surname then names the
one head of state or government of that name, as a reader with no date would take it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..io.readers import ReadResult
from ..pipeline import code_articles
from ..resources import Resources
from ..types import Article, Record

RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
           "FIGHT": "ASSAULT"}


def evaluate_plover(shared: Path, res: Resources) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    items = [x for x in json.loads((shared / "eval" / "plover_gsr" /
                                    "PLOVER_GSR_CAMEO.parsed.json").read_text())
             if x.get("text") and x.get("event") != "DOCUMENT"]
    articles = [ReadResult(Article(id=x["id"], text=x["text"], published=None))
                for x in items]
    records = list(code_articles(articles, res))
    type_ok = 0
    actor_total = actor_ok = event_actor_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for item, rec in zip(items, records, strict=True):
        gold = RENAMED.get(item["event"], item["event"])
        predicted = predicted_type(rec)
        type_ok += predicted == gold
        confusion[(gold, predicted or "none")] += 1
        for side in ("source", "target"):
            for actor in item.get(side) or ():
                if not isinstance(actor, dict):
                    continue
                code = str(actor.get("code") or "")[:3]
                if not code:
                    continue
                actor_total += 1
                actor_ok += any((a.code or "")[:3] == code for a in rec.actors)
                event_actor_ok += any(_side_code(e, side)[:3] == code for e in rec.events)
    n = len(items)
    summary = {
        "sentences": n,
        "type_accuracy": round(type_ok / n, 3),
        "actor_code_accuracy": round(actor_ok / actor_total, 3) if actor_total else None,
        "event_actor_accuracy": round(event_actor_ok / actor_total, 3) if actor_total else None,
        "no_event": sum(1 for r in records if not r.events),
    }
    rows = [{"gold": g, "predicted": p, "count": c} for (g, p), c in
            sorted(confusion.items(), key=lambda kv: (kv[0][0], -kv[1]))]
    return summary, rows


def predicted_type(rec: Record) -> str | None:
    """The sentence's type: the typed event nearest the top of the parse (the main clause),
    then the most confident."""
    typed = [e for e in rec.events if e.plover]
    if not typed:
        return None
    return min(typed, key=lambda e: (e.depth, -e.confidence, e.trigger.start)).plover


def _side_code(event: Any, side: str) -> str:
    ref = event.source if side == "source" else event.target
    return (ref.code or "") if ref is not None else ""
