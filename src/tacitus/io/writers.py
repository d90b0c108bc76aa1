"""Write records as JSON Lines, JSON, CSV (one row per event) or a readable table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..types import Record

CSV_COLUMNS = ("article_id", "event_id", "date", "date_precision", "cameo", "root", "plover",
               "quad_class", "goldstein", "source_code", "source_name", "target_code",
               "target_name", "mode", "location", "lat", "lon", "attribution", "start", "end",
               "sentence")


def write_jsonl(records: Iterable[Record], out: IO[str]) -> Iterator[Record]:
    for r in records:
        out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
        yield r


def write_json(records: Iterable[Record], out: IO[str]) -> Iterator[Record]:
    items = []
    for r in records:
        items.append(r.to_dict())
        yield r
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(records: Iterable[Record], out: IO[str]) -> Iterator[Record]:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for r in records:
        for row in event_rows(r):
            writer.writerow(row)
        yield r


def event_rows(record: Record) -> list[dict[str, Any]]:
    rows = []
    for e in record.events:
        loc = e.location
        rows.append({
            "article_id": record.article.id, "event_id": e.id,
            "date": e.date.value.isoformat() if e.date.value else "",
            "date_precision": e.date.precision, "cameo": e.cameo, "root": e.root,
            "plover": e.plover or "", "quad_class": e.quad_class, "goldstein": e.goldstein,
            "source_code": e.source.code or "", "source_name": e.source.name,
            "target_code": e.target.code if e.target and e.target.code else "",
            "target_name": e.target.name if e.target else "", "mode": e.mode,
            "location": loc.name if loc else "", "lat": loc.lat if loc else "",
            "lon": loc.lon if loc else "",
            "attribution": e.attribution.speaker if e.attribution else "",
            "start": e.start, "end": e.end, "sentence": e.sentence,
        })
    return rows


def write_table(records: Iterable[Record], out: IO[str], *,
                names: dict[str, str] | None = None) -> Iterator[Record]:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=160)
    for r in records:
        title = r.article.title or r.article.id
        if r.errors:
            for err in r.errors:
                console.print(f"[bold red]{r.article.id}[/]: {err.kind}: {err.message}")
            yield r
            continue
        table = Table(title=f"{title}  ({len(r.events)} events)", show_lines=False)
        for col in ("date", "code", "event", "source", "target", "mode", "place", "said by"):
            table.add_column(col)
        for e in r.events:
            table.add_row(
                f"{e.date.value or '?'} ({e.date.precision})", e.cameo,
                (names or {}).get(e.cameo, e.plover or ""),
                f"{e.source.name} [{e.source.code}]",
                f"{e.target.name} [{e.target.code}]" if e.target else "-", e.mode,
                e.location.name if e.location else "-",
                e.attribution.speaker if e.attribution else "-",
            )
        console.print(table)
        for c in r.checks:
            console.print(f"  [yellow]check[/] {c.kind}: {c.message}  «{c.text[:80]}»")
        yield r
