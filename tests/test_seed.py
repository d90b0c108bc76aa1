"""Acceptance on the reference article (skipped where ../shared is absent)."""

from datetime import date

import pytest

from tacitus.io.readers import ArticleOverrides, read_inputs
from tacitus.pipeline import code_articles

from .conftest import SEED, needs_shared

pytestmark = needs_shared()


@pytest.fixture(scope="module")
def seed(resources):  # type: ignore[no-untyped-def]
    items = read_inputs([str(SEED)], overrides=ArticleOverrides(published=date(2019, 4, 24)))
    return next(iter(code_articles(items, resources)))


def test_summit_between_kim_and_putin(seed) -> None:  # type: ignore[no-untyped-def]
    hits = [e for e in seed.events if e.root in ("03", "04") and e.target is not None
            and {e.source.country, e.target.country} == {"PRK", "RUS"}
            and e.date.value == date(2019, 4, 25)]
    assert hits
    assert any(e.location and e.location.name == "Vladivostok" for e in hits)


def test_weekday_mismatch(seed) -> None:  # type: ignore[no-untyped-def]
    checks = [c for c in seed.checks if c.kind == "weekday_mismatch"]
    assert [c.text for c in checks] == ["Tuesday (04/22)"]
    assert "Monday" in checks[0].message


def test_kb_contradiction_on_shanahan(seed) -> None:  # type: ignore[no-untyped-def]
    msgs = [c.message for c in seed.checks if c.kind == "kb_contradiction"]
    assert any("Shanahan" in m and "North Korea" in m and "United States" in m for m in msgs)


def test_people_resolve_to_their_country(seed) -> None:  # type: ignore[no-untyped-def]
    by_name = {a.name: a.country for a in seed.actors if a.kind == "person"}
    expected = {"Kim Jong-un": "PRK", "Vladimir Putin": "RUS", "Yuri Ushakov": "RUS",
                "Sergey Lavrov": "RUS", "Kim Jong-il": "PRK", "Dmitry Medvedev": "RUS",
                "Donald Trump": "USA", "Patrick Shanahan": "USA", "Fiona Hill": "USA",
                "Stephen Biegun": "USA"}
    assert {k: by_name.get(k) for k in expected} == expected


def test_places_geocoded(seed) -> None:  # type: ignore[no-untyped-def]
    names = {p.location.name for p in seed.places}
    assert {"Vladivostok", "Pyongyang", "Moscow"} <= names


def test_offsets_point_at_text(seed) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    for a in seed.actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text
    for c in seed.checks:
        assert text[c.start:c.end] == c.text


def test_ushakov_statement_carries_its_attribution(seed) -> None:  # type: ignore[no-untyped-def]
    said = [e for e in seed.events if e.attribution and e.attribution.speaker == "Yuri Ushakov"]
    assert said
    for e in said:
        assert e.target is not None
        assert {e.source.country, e.target.country} == {"PRK", "RUS"}
        assert e.mode == "planned"
        assert any("Korean Central News Agency" in c for c in e.attribution.chain)


def test_dates_of_the_story(seed) -> None:  # type: ignore[no-untyped-def]
    by_trigger = {(e.trigger.text, e.date.value, e.date.precision) for e in seed.events}
    assert ("meet", date(2019, 4, 24), "day") in by_trigger  # Kim left to meet Putin
    assert ("conducted", date(2019, 4, 15), "week") in by_trigger  # last week's weapons test
    earlier = [e for e in seed.events if e.date.value == date(2011, 1, 1)]
    assert earlier and all(e.date.precision == "year" for e in earlier)
    assert any(e.source.name == "Kim Jong-il" for e in earlier)


def test_accusation_allegation_and_denial(seed) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo: e for e in seed.events}
    assert codes["112"].source.country == "USA" and codes["112"].target.country == "RUS"
    assert codes["070"].mode == "denied" and codes["070"].source.country == "RUS"
    assert codes["016"].target is not None and codes["016"].target.country == "USA"
