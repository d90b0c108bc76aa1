"""Shared fixtures: one loaded pipeline for the whole session (loading takes ~2 s)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tacitus.config import Settings
from tacitus.io.readers import ReadResult
from tacitus.pipeline import code_articles
from tacitus.resources import Resources
from tacitus.types import Article, Record

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_aeeac4f991bd2308.txt"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources.load(Settings.load())


@pytest.fixture(scope="session")
def nlp(resources: Resources):  # type: ignore[no-untyped-def]
    return resources.nlp


@pytest.fixture(scope="session")
def kb(resources: Resources):  # type: ignore[no-untyped-def]
    return resources.kb


@pytest.fixture(scope="session")
def code_text(resources: Resources):  # type: ignore[no-untyped-def]
    def run(text: str, published: date | None = date(2019, 4, 24)) -> Record:
        art = Article(id="t", text=text, published=published)
        return next(iter(code_articles([ReadResult(art)], resources)))

    return run


def needs_shared() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not SHARED.exists(), reason="../shared is absent")
