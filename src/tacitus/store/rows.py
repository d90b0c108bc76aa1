"""Flatten a Record into table rows."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..types import Event, Record


def article_row(record: Record, data: dict[str, Any], digest: str) -> list[Any]:
    a = record.article
    return [a.id, a.title, a.published, a.source, a.url, a.dateline, a.language, digest,
            json.dumps(data["errors"]), json.dumps(data)]


def actor_rows(record: Record) -> list[list[Any]]:
    return [[record.article.id, a.id, a.name, a.code, a.country, a.role, a.kind, a.in_kb,
             json.dumps([m.to_dict() for m in a.mentions])] for a in record.actors]


def event_rows(record: Record) -> list[list[Any]]:
    rows = []
    for e in record.events:
        s, t, loc = e.source, e.target, e.location
        rows.append([
            e.id, record.article.id, e.cameo, e.root, e.plover, e.quad_class, e.goldstein,
            s.actor, s.name, s.code, s.country,
            t.actor if t else None, t.name if t else None, t.code if t else None,
            t.country if t else None,
            e.date.value, e.date.precision, e.date.text,
            loc.name if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            e.mode, e.attribution.speaker if e.attribution else None, e.sentence, e.start, e.end,
            e.confidence, dedup_key(record, e),
        ])
    return rows


def dedup_key(record: Record, e: Event) -> str:
    """Same source, target, code and (day-level) date: one real-world event."""
    day = e.date.value.isoformat() if e.date.value and e.date.precision == "day" else \
        f"{record.article.id}:{e.id}"
    raw = "|".join([e.source.code or "", e.target.code if e.target and e.target.code else "",
                    e.cameo, e.mode, day])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def place_rows(record: Record) -> list[list[Any]]:
    return [[record.article.id, p.location.name, p.location.country, p.location.lat,
             p.location.lon, p.location.feature, json.dumps([m.to_dict() for m in p.mentions])]
            for p in record.places]


def check_rows(record: Record) -> list[list[Any]]:
    rows = []
    for c in record.checks:
        cid = hashlib.sha256(f"{record.article.id}|{c.kind}|{c.start}|{c.end}".encode())
        rows.append([cid.hexdigest()[:16], record.article.id, c.kind, c.severity, c.text,
                     c.start, c.end, c.message])
    return rows
