import pytest

from tacitus.kb.places import Gazetteer


@pytest.fixture(scope="module")
def gaz(resources):  # type: ignore[no-untyped-def]
    return resources.gazetteer


@pytest.mark.parametrize("name,context,country", [
    ("Georgia", ["GEO"], "GEO"),
    ("Georgia", ["USA"], "USA"),
    ("Georgia", [], "GEO"),
    ("Paris", ["USA"], "FRA"),
    ("Paris", [], "FRA"),
    ("Tripoli", ["LBY"], "LBY"),
    ("Tripoli", ["LBN"], "LBN"),
    ("Congo", [], "COG"),
    ("Punjab", ["PAK"], "PAK"),
    ("Punjab", ["IND"], "IND"),
    ("Moscow", ["USA"], "RUS"),
    ("Vladivostok", [], "RUS"),
    ("Kiev", [], "UKR"),
    ("Kyiv", [], "UKR"),
    ("Hyderabad", ["PAK"], "PAK"),
    ("Hyderabad", ["IND"], "IND"),
    ("Valencia", ["VEN"], "VEN"),
    ("Valencia", ["ESP"], "ESP"),
    ("Cambridge", ["GBR"], "GBR"),
    ("Alexandria", ["EGY"], "EGY"),
    ("Sydney", [], "AUS"),
    ("Córdoba", ["ARG"], "ARG"),
])
def test_ambiguous_places_in_context(gaz: Gazetteer, name: str, context: list[str],
                                     country: str) -> None:
    loc = gaz.resolve(name, context=context)
    assert loc is not None and loc.country == country
    assert loc.lat is not None and loc.lon is not None


def test_unknown_place(gaz: Gazetteer) -> None:
    assert gaz.resolve("Xyzzyville") is None
