"""Library functions behind the CLI commands; each returns data or writes to a stream."""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import IO, Any

from .config import Settings
from .io.readers import ArticleOverrides, ReadResult, read_inputs
from .types import Record


@dataclass(frozen=True, slots=True)
class CodeOptions:
    inputs: tuple[str, ...]
    fmt: str = "jsonl"
    published: date | None = None
    source: str | None = None
    article_id: str | None = None
    db: Path | None = None
    output: Path | None = None
    dictionaries: tuple[Path, ...] = ()
    config: Path | None = None
    model: str | None = None
    max_chars: int | None = None
    progress: bool = True
    backend: str | None = None
    llm_url: str | None = None
    llm_model: str | None = None


@dataclass(frozen=True, slots=True)
class CodeSummary:
    read: int
    coded: int
    failed: int
    events: int


def code(texts: Iterable[str | ReadResult], *, settings: Settings | None = None,
         resources: Any = None) -> list[Record]:
    """Code texts (or read results) in memory: the simplest library entry point."""
    from .io.readers import read_text_article
    from .pipeline import code_articles
    from .resources import Resources

    res = resources or Resources.load(settings or Settings.load())
    items = [t if isinstance(t, ReadResult) else ReadResult(read_text_article(t)) for t in texts]
    return list(code_articles(items, res))


def run_code(opts: CodeOptions) -> CodeSummary:
    from .pipeline import code_articles
    from .resources import Resources

    settings = Settings.load(opts.config, model=opts.model, max_chars=opts.max_chars,
                             backend=opts.backend, llm_url=opts.llm_url,
                             llm_model=opts.llm_model)
    res = Resources.load(settings, dictionaries=opts.dictionaries)
    overrides = ArticleOverrides(opts.published, opts.source, opts.article_id)
    items = list(read_inputs(opts.inputs, overrides=overrides))
    counts = {"coded": 0, "failed": 0, "events": 0}
    with _output(opts.output) as out, _store(opts.db) as store:
        records = _counted(code_articles(_progress(items, enabled=opts.progress), res), counts)
        if store is not None:
            records = _stored(records, store)
        for _ in _writer(opts.fmt, records, out, res):
            pass
    return CodeSummary(len(items), counts["coded"], counts["failed"], counts["events"])


def _counted(records: Iterable[Record], counts: dict[str, int]) -> Iterator[Record]:
    for r in records:
        counts["failed" if r.errors else "coded"] += 1
        counts["events"] += len(r.events)
        yield r


def _stored(records: Iterable[Record], store: Any) -> Iterator[Record]:
    """Write each record; a record the store refuses says so in its errors, and the batch
    goes on (what is already stored stays: each article is its own transaction)."""
    from .errors import StoreError
    from .types import RecordError

    for r in records:
        try:
            store.write([r])
        except StoreError as exc:
            r = replace(r, errors=(*r.errors, RecordError("store_failed", str(exc))))
        yield r


def _writer(fmt: str, records: Iterable[Record], out: IO[str], res: Any) -> Iterator[Record]:
    from .io import writers

    if fmt == "json":
        return writers.write_json(records, out)
    if fmt == "csv":
        return writers.write_csv(records, out)
    if fmt == "table":
        names = {c.code: c.name for c in res.ontology.codes.values()}
        return writers.write_table(records, out, names=names)
    return writers.write_jsonl(records, out)


@contextlib.contextmanager
def _output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8") as fh:
        yield fh


@contextlib.contextmanager
def _store(path: Path | None) -> Iterator[Any]:
    if path is None:
        yield None
        return
    from .store import Store

    with Store.open(path) as store:
        yield store


def _progress(items: list[ReadResult], *, enabled: bool) -> Iterator[ReadResult]:
    if not enabled or len(items) < 2:
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("coding", total=len(items))
        for item in items:
            yield item
            bar.advance(task)


def print_rows(rows: list[dict[str, Any]], *, fmt: str, out: IO[str] | None = None) -> None:
    out = out or sys.stdout
    if fmt in ("jsonl", "json"):
        if fmt == "json":
            json.dump(rows, out, default=str, indent=2)
            out.write("\n")
        else:
            for row in rows:
                out.write(json.dumps(row, default=str) + "\n")
        return
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} events")
    cols = ("date", "cameo", "source_code", "target_code", "mode", "location_name", "article_id")
    for c in cols:
        table.add_column(c)
    for row in rows:
        table.add_row(*(str(row.get(c) if row.get(c) is not None else "-") for c in cols))
    Console(file=out, width=160).print(table)


def print_kb_stats(out: IO[str] | None = None) -> dict[str, Any]:
    from .kb.loader import KnowledgeBase

    started = time.perf_counter()
    kb = KnowledgeBase.load()
    stats = kb.stats()
    stats["load_seconds"] = round(time.perf_counter() - started, 3)
    (out or sys.stdout).write(json.dumps(stats, indent=2, default=str) + "\n")
    return stats


def print_lookup(name: str, *, on: date | None, dictionaries: tuple[Path, ...] = (),
                 out: IO[str] | None = None) -> list[dict[str, Any]]:
    from .kb.loader import KnowledgeBase
    from .kb.lookup import lookup

    kb = KnowledgeBase.load(overlays=dictionaries)
    found = lookup(kb, name, on=on or date.today())
    (out or sys.stdout).write(json.dumps(found, indent=2, default=str) + "\n")
    return found


def print_import(files: tuple[Path, ...], out: IO[str] | None = None) -> dict[str, Any]:
    from .coding.petrarch_verbs import read_verb_dictionary, verb_dictionary_files
    from .kb.petrarch import import_dictionaries

    started = time.perf_counter()
    entries = import_dictionaries(files)
    verbs = read_verb_dictionary(verb_dictionary_files(files))
    report = {"files": [str(f) for f in files], "entries": len(entries),
              "dated_codes": sum(1 for e in entries.values() for c in e.codes if c[1] or c[2]),
              "verb_blocks": len(verbs.blocks), "verb_patterns": verbs.pattern_count,
              "discards": len(verbs.discards) + len(verbs.story_discards),
              "load_seconds": round(time.perf_counter() - started, 3)}
    (out or sys.stdout).write(json.dumps(report, indent=2) + "\n")
    return report
