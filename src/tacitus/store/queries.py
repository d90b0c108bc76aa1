"""Event queries and exports over the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .db import Store

EVENT_COLUMNS = ("id", "article_id", "date", "date_precision", "cameo", "root", "plover",
                 "source_code", "source_name", "target_code", "target_name", "mode",
                 "location_name", "attribution", "confidence", "sentence")


@dataclass(frozen=True, slots=True)
class EventQuery:
    country: str | None = None  # either side
    dyad: tuple[str, str] | None = None  # (source country, target country)
    root: str | None = None
    since: date | None = None
    until: date | None = None
    mode: str | None = None
    limit: int | None = None

    def sql(self) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if self.country:
            where.append("(source_country = ? OR target_country = ?)")
            params += [self.country.upper()] * 2
        if self.dyad:
            where.append("source_country = ? AND target_country = ?")
            params += [self.dyad[0].upper(), self.dyad[1].upper()]
        if self.root:
            where.append("root = ?")
            params.append(self.root.zfill(2))
        if self.since:
            where.append("date >= ?")
            params.append(self.since)
        if self.until:
            where.append("date <= ?")
            params.append(self.until)
        if self.mode:
            where.append("mode = ?")
            params.append(self.mode)
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date NULLS LAST, article_id, start_char"
        if self.limit:
            sql += f" LIMIT {int(self.limit)}"
        return sql, params


def query_events(store: Store, query: EventQuery) -> list[dict[str, Any]]:
    sql, params = query.sql()
    cur = store.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def export(store: Store, out: Path, *, fmt: str, table: str = "events") -> int:
    """Write `table` to `out` as parquet, csv or jsonl; returns the row count."""
    if table not in ("events", "articles", "actors", "places", "checks", "event_clusters"):
        raise StoreError(f"unknown table {table!r}")
    options = {"parquet": "FORMAT PARQUET", "csv": "FORMAT CSV, HEADER",
               "jsonl": "FORMAT JSON"}.get(fmt)
    if options is None:
        raise StoreError(f"unknown export format {fmt!r}; use parquet, csv or jsonl")
    target = str(out).replace("'", "''")
    store.conn.execute(f"COPY (SELECT * FROM {table}) TO '{target}' ({options})")
    row = store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0
