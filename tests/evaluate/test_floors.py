"""Every evaluation score stays at or above its floor in floors.yaml."""

import pytest

from tacitus.evaluate import load_floors, run_set

from ..conftest import SHARED, needs_shared


def test_floors_file_lists_every_set() -> None:
    assert set(load_floors()) == {"news-dev", "plover-gsr", "petrarch-unittest"}


@needs_shared()
@pytest.mark.parametrize("name", ["news-dev", "plover-gsr", "petrarch-unittest"])
def test_scores_at_or_above_floor(resources, name: str) -> None:  # type: ignore[no-untyped-def]
    result = run_set(name, shared=SHARED, res=resources)
    assert load_floors()[name]["min"], f"no floors recorded for {name}"
    assert result.failures == (), result.failures


def test_bounds_can_fail() -> None:
    from tacitus.evaluate.runner import bound_failures

    bounds = {"min": {"recall": 0.5}, "max": {"false_flags": 0.2}}
    assert bound_failures({"recall": 0.6, "false_flags": 0.1}, bounds) == ()
    assert len(bound_failures({"recall": 0.4, "false_flags": 0.3}, bounds)) == 2
    assert bound_failures({}, bounds)  # a missing score fails too
