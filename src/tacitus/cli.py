"""The `tacitus` command: a thin Typer front over the library."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from .errors import TacitusError

T = TypeVar("T")

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="News articles in, auditable CAMEO/PLOVER event data out.")
kb_app = typer.Typer(no_args_is_help=True, help="Inspect and extend the knowledge base.")
app.add_typer(kb_app, name="kb")


class OutFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"
    csv = "csv"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


class EvalSet(StrEnum):
    news_dev = "news-dev"
    plover_gsr = "plover-gsr"
    petrarch_unittest = "petrarch-unittest"


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from exc


@app.command()
def code(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")],
    fmt: Annotated[OutFormat | None, typer.Option("--format", "-f",
                   help="Output format; table on a terminal, jsonl otherwise.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name for every article.")] = None,
    article_id: Annotated[str | None, typer.Option("--id", help="Article id.")] = None,
    db: Annotated[Path | None, typer.Option(help="Also store records in this DuckDB file.")]
    = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    dictionary: Annotated[list[Path] | None, typer.Option(
        help="PETRARCH/Phoenix .actors file to overlay on the KB (repeatable).")] = None,
    config: Annotated[Path | None, typer.Option(help="Settings YAML file.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline package.")] = None,
    max_chars: Annotated[int | None, typer.Option(help="Reject longer texts.")] = None,
    backend: Annotated[str | None, typer.Option(help="rules (default) or llm.")] = None,
    llm_url: Annotated[str | None, typer.Option(
        help="OpenAI-compatible endpoint for --backend llm, e.g. http://127.0.0.1:8080/v1.")]
    = None,
    llm_model: Annotated[str | None, typer.Option(help="Model name sent to the server.")]
    = None,
    progress: Annotated[bool, typer.Option(help="Progress bar on stderr.")] = True,
) -> None:
    """Code articles into article records (see CONTRACT in the README)."""
    from .api import CodeOptions, run_code

    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    opts = CodeOptions(inputs=tuple(inputs), fmt=chosen, published=_date(published),
                       source=source, article_id=article_id, db=db, output=output,
                       dictionaries=tuple(dictionary or ()), config=config, model=model,
                       max_chars=max_chars, progress=progress, backend=backend,
                       llm_url=llm_url, llm_model=llm_model)
    summary = _run(lambda: run_code(opts))
    if summary.read == 0 or (summary.coded == 0 and summary.failed == summary.read):
        typer.echo(f"tacitus: nothing could be read ({summary.failed} failed)", err=True)
        raise typer.Exit(1)


@app.command()
def events(
    db: Annotated[Path, typer.Option(help="DuckDB store.")],
    country: Annotated[str | None, typer.Option(help="Either side's country.")] = None,
    dyad: Annotated[str | None, typer.Option(help="SOURCE:TARGET countries.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, e.g. 04.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date.")] = None,
    mode: Annotated[str | None, typer.Option(help="Only this mode, e.g. asserted.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """Query events in a store."""
    from .api import print_rows
    from .store import EventQuery, Store
    from .store.queries import query_events

    pair = None
    if dyad:
        if ":" not in dyad:
            raise typer.BadParameter("--dyad needs SOURCE:TARGET, e.g. PRK:RUS")
        a, b = dyad.split(":", 1)
        pair = (a, b)
    q = EventQuery(country=country, dyad=pair, root=root, since=_date(since),
                   until=_date(until), mode=mode, limit=limit)

    def go() -> None:
        with Store.open(db, read_only=True) as store:
            print_rows(query_events(store, q), fmt=fmt.value)

    _run(go)


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file.")],
    db: Annotated[Path, typer.Option(help="DuckDB store.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.parquet,
    table: Annotated[str, typer.Option(help="events, articles, actors, places, checks or "
                                             "event_clusters.")] = "events",
) -> None:
    """Export a store table to parquet, csv or jsonl."""
    from .store import Store
    from .store.queries import export as do_export

    def go() -> None:
        with Store.open(db, read_only=True) as store:
            n = do_export(store, out, fmt=fmt.value, table=table)
        typer.echo(f"wrote {n} rows of {table} to {out}", err=True)

    _run(go)


@app.command("eval")
def evaluate(
    which: Annotated[EvalSet, typer.Argument(help="Evaluation set.")],
    shared: Annotated[Path, typer.Option(help="The shared data folder.")] = Path("../shared"),
    model: Annotated[str | None, typer.Option(help="spaCy pipeline package.")] = None,
    config: Annotated[Path | None, typer.Option(help="Settings YAML file.")] = None,
) -> None:
    """Run an evaluation set; prints a table and a one-line JSON summary."""
    from .evaluate import run_evaluation

    code_ = _run(lambda: run_evaluation(which.value, shared=shared, model=model,
                                        config=config))
    raise typer.Exit(code_)


@kb_app.command("stats")
def kb_stats() -> None:
    """Counts by kind and region, and the date each file is current to."""
    from .api import print_kb_stats

    _run(print_kb_stats)


@kb_app.command("lookup")
def kb_lookup(
    name: Annotated[str, typer.Argument(help="A name as news writes it.")],
    on: Annotated[str | None, typer.Option("--date", help="Date for roles.")] = None,
    dictionary: Annotated[list[Path] | None, typer.Option(help="Overlay file.")] = None,
) -> None:
    """Show what the KB knows about a name."""
    from .api import print_lookup

    _run(lambda: print_lookup(name, on=_date(on), dictionaries=tuple(dictionary or ())))


@kb_app.command("import")
def kb_import(
    files: Annotated[list[Path], typer.Argument(help="PETRARCH/Phoenix .actors/.agents files.")],
) -> None:
    """Read PETRARCH/Phoenix dictionaries and report what they add (use with --dictionary)."""
    from .api import print_import

    _run(lambda: print_import(tuple(files)))


@kb_app.command("validate")
def kb_validate() -> None:
    """Validate the shipped KB files; exits non-zero on problems."""
    from .kb.validate import validate_kb

    problems = _run(validate_kb)
    for p in problems:
        typer.echo(p)
    typer.echo(f"{len(problems)} problem(s)", err=True)
    raise typer.Exit(1 if problems else 0)


def _run(fn: Callable[[], T]) -> T:
    """Call into the library; a TacitusError becomes its message and exit status 2."""
    try:
        return fn()
    except TacitusError as exc:
        typer.echo(f"tacitus: {exc}", err=True)
        raise typer.Exit(2) from exc


def main() -> None:
    app()
