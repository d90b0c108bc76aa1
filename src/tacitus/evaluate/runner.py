"""Run an evaluation set and compare it with its floors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, Any

import yaml

from ..config import Settings
from ..errors import EvaluationError
from ..resources import Resources


@dataclass(frozen=True)
class Evaluation:
    name: str
    summary: Mapping[str, Any]
    rows: tuple[Mapping[str, Any], ...]
    failures: tuple[str, ...]


def load_floors() -> dict[str, dict[str, dict[str, float]]]:
    """{set: {"min": {score: floor}, "max": {score: ceiling}}}."""
    text = resources.files("tacitus.evaluate").joinpath("floors.yaml").read_text()
    data = yaml.safe_load(text) or {}
    return {k: {"min": dict((v or {}).get("min") or {}), "max": dict((v or {}).get("max") or {})}
            for k, v in data.items()}


def bound_failures(summary: Mapping[str, Any], bounds: Mapping[str, Mapping[str, float]]
                   ) -> tuple[str, ...]:
    low = [f"{k} = {summary.get(k)} is below its floor {v}"
           for k, v in bounds.get("min", {}).items()
           if summary.get(k) is None or float(summary[k]) < float(v)]
    high = [f"{k} = {summary.get(k)} is above its ceiling {v}"
            for k, v in bounds.get("max", {}).items()
            if summary.get(k) is None or float(summary[k]) > float(v)]
    return tuple(low + high)


def _sets() -> dict[str, Callable[[Path, Resources], tuple[dict[str, Any], list[dict[str, Any]]]]]:
    from .news_dev import evaluate_news_dev
    from .petrarch import evaluate_petrarch
    from .plover import evaluate_plover

    return {"news-dev": evaluate_news_dev, "plover-gsr": evaluate_plover,
            "petrarch-unittest": evaluate_petrarch}


def run_set(name: str, *, shared: Path, res: Resources | None = None,
            settings: Settings | None = None) -> Evaluation:
    sets = _sets()
    if name not in sets:
        raise EvaluationError(f"unknown evaluation set {name!r}; choose from {sorted(sets)}")
    if not shared.exists():
        raise EvaluationError(f"shared data not found at {shared}")
    resources_ = res or Resources.load(settings or Settings.load())
    summary, rows = sets[name](shared, resources_)
    failures = bound_failures(summary, load_floors().get(name, {}))
    return Evaluation(name, summary, tuple(rows), failures)


def run_evaluation(name: str, *, shared: Path, model: str | None = None,
                   config: Path | None = None, out: IO[str] | None = None) -> int:
    out = out or sys.stdout
    if not shared.exists():
        out.write(f"skipped: {shared} is absent (evaluation data is not part of a checkout)\n")
        return 0
    result = run_set(name, shared=shared, settings=Settings.load(config, model=model))
    _print_table(result, out)
    out.write(json.dumps({"eval": name, **result.summary}) + "\n")
    for failure in result.failures:
        out.write(f"FLOOR: {failure}\n")
    return 1 if result.failures else 0


def _print_table(result: Evaluation, out: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    if not result.rows:
        return
    table = Table(title=result.name)
    cols = list(result.rows[0])
    for c in cols:
        table.add_column(c)
    for row in result.rows:
        table.add_row(*(str(row.get(c, "")) for c in cols))
    Console(file=out, width=200).print(table)
