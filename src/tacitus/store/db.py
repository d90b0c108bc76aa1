"""Open, migrate and write the DuckDB store.

Writes are idempotent: an article's rows are keyed by its id and replaced in one transaction
only when its content changed; an error record never replaces a good one. Events carry a
`dedup_key` (same dyad, code and day), so one real event reported by several articles forms
one cluster in the `event_clusters` view.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ..types import Record
from .migrations import MIGRATIONS


@dataclass(frozen=True, slots=True)
class WriteSummary:
    written: int
    unchanged: int
    kept_good: int


class Store:
    """A DuckDB file. Construct with `Store.open(path)`; the constructor does no I/O."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, path: str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        if read_only and not Path(path).exists():
            raise StoreError(f"no store at {path}; create it with `tacitus code ... --db {path}`")
        try:
            conn = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        store = cls(conn, str(path))
        if not read_only:
            store.migrate()
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        exists = self.conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name='schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    def pending_migrations(self) -> list[tuple[int, str]]:
        current = self.schema_version()
        return [(v, name) for v, name, _ in MIGRATIONS if v > current]

    def migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                          "PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT "
                          "current_timestamp)")
        current = self.schema_version()
        for version, name, sql in MIGRATIONS:
            if version <= current:
                continue
            try:
                self.conn.execute("BEGIN TRANSACTION")
                self.conn.execute(sql)
                self.conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                                  [version, name])
                self.conn.execute("COMMIT")
            except duckdb.Error as exc:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"migration {version} ({name}) failed: {exc}") from exc

    def write(self, records: Iterable[Record]) -> WriteSummary:
        written = unchanged = kept = 0
        for record in records:
            outcome = self._write_one(record)
            written += outcome == "written"
            unchanged += outcome == "unchanged"
            kept += outcome == "kept"
        return WriteSummary(written, unchanged, kept)

    def _write_one(self, record: Record) -> str:
        data = record.to_dict()
        digest = _content_hash(data)
        row = self.conn.execute("SELECT content_hash, errors FROM articles WHERE id = ?",
                                [record.article.id]).fetchone()
        if row is not None and row[0] == digest:
            return "unchanged"
        if row is not None and record.errors and not json.loads(row[1] or "[]"):
            return "kept"  # never replace a good record with a failed re-read
        try:
            self.conn.execute("BEGIN TRANSACTION")
            self._delete(record.article.id)
            self._insert(record, data, digest)
            self.conn.execute("COMMIT")
        except duckdb.Error as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"cannot store article {record.article.id}: {exc}") from exc
        return "written"

    def _delete(self, article_id: str) -> None:
        for table in ("actors", "events", "places", "checks"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        self.conn.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def _insert(self, record: Record, data: dict[str, Any], digest: str) -> None:
        from .rows import actor_rows, article_row, check_rows, event_rows, place_rows

        self.conn.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                          "current_timestamp)", article_row(record, data, digest))
        for sql, rows in (
            ("INSERT INTO actors VALUES (" + ", ".join("?" * 9) + ")", actor_rows(record)),
            ("INSERT INTO events VALUES (" + ", ".join("?" * 29) + ")", event_rows(record)),
            ("INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?)", place_rows(record)),
            ("INSERT OR REPLACE INTO checks VALUES (?, ?, ?, ?, ?, ?, ?, ?)", check_rows(record)),
        ):
            if rows:
                self.conn.executemany(sql, rows)

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "actors", "events", "places", "checks"):
            row = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


def _content_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:32]
