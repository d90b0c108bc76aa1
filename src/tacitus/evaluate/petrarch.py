"""petrarch-unittest: PETRARCH's engine-test sentences, coded with that set's own actor,
agent, verb and discard dictionaries imported. Root-level and full-code recall and precision
over (source, target, code) codings."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..coding.petrarch_verbs import read_verb_dictionary
from ..io.readers import ReadResult
from ..kb.petrarch import read_dictionaries
from ..pipeline import code_articles
from ..resources import Resources
from ..types import Article

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.DOTALL)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)


def parse_records(path: Path) -> list[dict[str, Any]]:
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8", errors="replace"),
                  flags=re.DOTALL)
    out = []
    for m in _SENTENCE.finditer(text):
        attrs = dict(_ATTR.findall(m.group(1)))
        body = m.group(2)
        tm = _TEXT.search(body)
        if tm is None:
            continue
        codings = [dict(_ATTR.findall(c)) for c in _CODING.findall(body)]
        gold = [(c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
                for c in codings if c.get("eventcode")]
        out.append({"id": attrs.get("id", ""), "date": attrs.get("date", ""),
                    "text": " ".join(html.unescape(tm.group(1)).split()), "gold": gold})
    return out


def evaluate_petrarch(shared: Path,
                      res: Resources) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    base = shared / "eval" / "petrarch_unittest"
    users, agents = read_dictionaries([base / "PETR.Validate.actors.txt",
                                       base / "PETR.Validate.agents.txt"])
    verbs = read_verb_dictionary([base / "PETR.Validate.verbs.txt",
                                  base / "PETR.Validate.discards.txt"])
    res = replace(res, kb=res.kb.with_users(users, agents),
                  lexicon=res.lexicon.with_verb_dictionary(verbs))
    records_in = parse_records(base / "PETR.UnitTest.records.xml")
    arts = [ReadResult(Article(id=r["id"] or str(i), text=r["text"], published=_date(r["date"])))
            for i, r in enumerate(records_in)]
    counts = {"gold": 0, "root_hit": 0, "full_hit": 0, "pred": 0, "pred_root_ok": 0,
              "pred_full_ok": 0, "actors_found": 0}
    rows = []
    for rec_in, rec in zip(records_in, code_articles(arts, res), strict=True):
        gold = rec_in["gold"]
        pred = [((e.source.code or ""), (e.target.code or "") if e.target else "", e.cameo)
                for e in rec.events]
        codes = {a.code for a in rec.actors if a.code}
        counts["gold"] += len(gold)
        counts["pred"] += len(pred)
        counts["root_hit"] += sum(any(_same(g, p, 2) for p in pred) for g in gold)
        counts["full_hit"] += sum(any(_same(g, p, 4) for p in pred) for g in gold)
        counts["pred_root_ok"] += sum(any(_same(g, p, 2) for g in gold) for p in pred)
        counts["pred_full_ok"] += sum(any(_same(g, p, 4) for g in gold) for p in pred)
        counts["actors_found"] += sum(g[0] in codes and (g[1] in codes or not g[1]) for g in gold)
        rows.append({"id": rec_in["id"], "gold": gold, "tacitus": pred})
    summary = {
        "sentences": len(records_in), "gold_codings": counts["gold"],
        "root_recall": _r(counts["root_hit"], counts["gold"]),
        "root_precision": _r(counts["pred_root_ok"], counts["pred"]),
        "code_recall": _r(counts["full_hit"], counts["gold"]),
        "code_precision": _r(counts["pred_full_ok"], counts["pred"]),
        "actor_pair_found": _r(counts["actors_found"], counts["gold"]),
    }
    return summary, [r for r in rows if r["gold"] or r["tacitus"]][:40]


def _same(g: tuple[str, str, str], p: tuple[str, str, str], digits: int) -> bool:
    code_ok = p[2][:digits] == g[2][:digits] if digits == 2 else p[2] == g[2]
    return g[0] == p[0] and g[1] == p[1] and code_ok


def _r(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _date(text: str) -> date | None:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8])) if len(text) >= 8 else None
    except ValueError:
        return None
