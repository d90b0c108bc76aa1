"""Load the curated YAML knowledge base (and user overlays) into an indexed KnowledgeBase."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeBaseError
from .model import (
    Agent,
    Capital,
    Country,
    NameHit,
    Org,
    Person,
    Role,
    UserEntry,
    normalize,
    skeleton,
)

# Given names that East Asian naming puts after the family name: "Kim Jong-un" is "Kim".
_FAMILY_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM", "KHM", "HKG", "MAC", "SGP", "MNG"})


def data_dir() -> Path:
    return Path(str(resources.files("tacitus.kb").joinpath("data")))


def read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"cannot read KB file {path}: {exc}") from exc
    if not isinstance(data, dict) or "meta" not in data:
        raise KnowledgeBaseError(f"KB file {path} must be a mapping with a 'meta' section")
    return data


def as_date(value: object, *, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise KnowledgeBaseError(f"{where}: bad date {value!r}") from exc


@dataclass(frozen=True)
class KnowledgeBase:
    """Countries, people, organisations and role nouns, indexed by normalised name."""

    countries: Mapping[str, Country]
    people: Mapping[str, Person]
    orgs: Mapping[str, Org]
    agents: Mapping[str, Agent]
    users: Mapping[str, UserEntry] = field(default_factory=dict)
    names: Mapping[str, tuple[NameHit, ...]] = field(default_factory=dict)
    surnames: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    skeletons: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # see model.skeleton
    current_to: Mapping[str, date] = field(default_factory=dict)
    max_name_tokens: int = 8

    @classmethod
    def load(cls, directory: Path | None = None, *, overlays: Iterable[Path] = ()) -> KnowledgeBase:
        """Read every KB file under `directory` (the shipped data by default), then overlays."""
        root = directory or data_dir()
        files = sorted(root.rglob("*.yaml"))
        if not files:
            raise KnowledgeBaseError(f"no KB files found in {root}")
        parts = _Parts()
        for path in files:
            parts.add_file(path, read_yaml(path))
        kb = parts.build()
        if overlays:
            from .petrarch import read_dictionaries

            users, agents = read_dictionaries(overlays)
            kb = kb.with_users(users, agents)
        return kb

    def with_users(self, users: Mapping[str, UserEntry],
                   agents: Mapping[str, Agent] | None = None) -> KnowledgeBase:
        """A KB where the given user entries (and role nouns) take precedence."""
        names = {k: list(v) for k, v in self.names.items()}
        for entry in users.values():
            for alias in (entry.name, *entry.aliases):
                key = normalize(alias)
                hit = NameHit("user", entry.id, surface=alias)
                names[key] = [hit, *(h for h in names.get(key, []) if h.kind != "user")]
        merged_agents = {**self.agents, **(agents or {})}
        for key, agent in (agents or {}).items():
            names[key] = [NameHit("agent", agent.phrase, False, agent.phrase),
                          *(h for h in names.get(key, []) if h.kind != "agent")]
        frozen = {k: tuple(v) for k, v in names.items()}
        longest = max((len(k.split()) for k in frozen), default=1)
        return KnowledgeBase(self.countries, self.people, self.orgs, merged_agents,
                             {**self.users, **users}, frozen, self.surnames, self.skeletons,
                             self.current_to, max(longest, self.max_name_tokens))

    def hits(self, key: str) -> tuple[NameHit, ...]:
        return self.names.get(key, ())

    def stats(self) -> dict[str, Any]:
        from .stats import kb_stats

        return kb_stats(self)


class _Parts:
    """Accumulates entities file by file; people with one id are merged across files."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.people: dict[str, Person] = {}
        self.orgs: dict[str, Org] = {}
        self.agents: dict[str, Agent] = {}
        self.current_to: dict[str, date] = {}

    def add_file(self, path: Path, data: dict[str, Any]) -> None:
        meta = data.get("meta") or {}
        if meta.get("current_to"):
            self.current_to[path.name] = as_date(meta["current_to"], where=str(path)) or date.min
        for item in data.get("countries") or ():
            country = _country(item, where=str(path))
            self.countries[country.code] = country
        for item in data.get("people") or ():
            self._add_person(_person(item, where=str(path)))
        for item in data.get("orgs") or ():
            org = _org(item, where=str(path))
            self.orgs[org.id] = org
        for item in data.get("agents") or ():
            agent = Agent(str(item["phrase"]).lower(), str(item["code"]), item.get("office"),
                          _opt(item.get("country")), bool(item.get("institution")))
            self.agents[normalize(agent.phrase)] = agent

    def _add_person(self, person: Person) -> None:
        old = self.people.get(person.id)
        if old is None:
            self.people[person.id] = person
            return
        aliases = tuple(dict.fromkeys(old.aliases + person.aliases))
        self.people[person.id] = Person(old.id, old.name, aliases, old.country or person.country,
                                        old.roles + person.roles)

    def build(self) -> KnowledgeBase:
        names: defaultdict[str, list[NameHit]] = defaultdict(list)
        surnames: defaultdict[str, list[str]] = defaultdict(list)
        skeletons: defaultdict[str, list[str]] = defaultdict(list)
        for c in self.countries.values():
            _index_country(names, c)
        for org in self.orgs.values():
            for alias in (org.name, *org.aliases):
                _add_name(names, alias, NameHit("org", org.id, _is_acronym(alias), alias))
        for p in self.people.values():
            for alias in (p.name, *p.aliases):
                _add_name(names, alias, NameHit("person", p.id, False, alias))
            for short in _short_names(p):
                surnames[short].append(p.id)
            for alias in (p.name, *p.aliases):
                if len(words := normalize(alias).split()) > 1:
                    skeletons[skeleton(words[-1])].append(p.id)
        for key, agent in self.agents.items():
            names[key].append(NameHit("agent", agent.phrase, False, agent.phrase))
        frozen = {k: tuple(dict.fromkeys(v)) for k, v in names.items()}
        return KnowledgeBase(
            countries=self.countries, people=self.people, orgs=self.orgs, agents=self.agents,
            names=frozen, surnames={k: tuple(dict.fromkeys(v)) for k, v in surnames.items()},
            skeletons={k: tuple(dict.fromkeys(v)) for k, v in skeletons.items()},
            current_to=self.current_to,
            max_name_tokens=max((len(k.split()) for k in frozen), default=1),
        )


def _index_country(names: defaultdict[str, list[NameHit]], c: Country) -> None:
    for alias in (c.name, *(a for a in (c.official,) if a), *c.aliases):
        _add_name(names, alias, NameHit("country", c.code, _is_acronym(alias), alias))
    for adj in c.adjectives:
        _add_name(names, adj, NameHit("adjective", c.code, False, adj))
    for met in c.metonyms:
        _add_name(names, met, NameHit("metonym", c.code, False, met))


def _add_name(names: defaultdict[str, list[NameHit]], alias: str, hit: NameHit) -> None:
    key = normalize(alias)
    if key:
        names[key].append(hit)
        if key.startswith("the "):
            names[key[4:]].append(hit)


def _is_acronym(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return 1 < len(letters) <= 6 and all(ch.isupper() for ch in letters)


def _short_names(p: Person) -> set[str]:
    tokens = normalize(p.name).split()
    if len(tokens) < 2:
        return set()
    shorts = {tokens[-1]}
    if p.country in _FAMILY_FIRST or "-" in p.name.split()[-1]:
        shorts.add(tokens[0])
    return shorts


def _country(item: dict[str, Any], *, where: str) -> Country:
    cap = item.get("capital")
    valid = item.get("valid") or {}
    code = str(item["code"])
    return Country(
        id=str(item.get("id") or code.lower()), code=code, name=str(item["name"]),
        iso2=_opt(item.get("iso2")), official=_opt(item.get("official")),
        aliases=_strs(item.get("aliases")), adjectives=_strs(item.get("adjectives")),
        capital=Capital(str(cap["name"]), float(cap["lat"]), float(cap["lon"])) if cap else None,
        metonyms=_strs(item.get("metonyms")), region=_opt(item.get("region")),
        un=str(item.get("un") or "none"),
        start=as_date(valid.get("start"), where=f"{where}:{code}"),
        end=as_date(valid.get("end"), where=f"{where}:{code}"),
        successor=_opt(item.get("successor")),
    )


def _person(item: dict[str, Any], *, where: str) -> Person:
    pid = str(item["id"])
    country = _opt(item.get("country"))
    roles = tuple(_role(r, default_country=country, where=f"{where}:{pid}")
                  for r in item.get("roles") or ())
    return Person(pid, str(item["name"]), _strs(item.get("aliases")), country, roles)


def _role(item: dict[str, Any], *, default_country: str | None, where: str) -> Role:
    offices = item.get("office") or "other"
    offices_t = tuple(str(o) for o in offices) if isinstance(offices, list) else (str(offices),)
    country = str(item.get("country") or default_country or "")
    code = str(item.get("code") or (country + "GOV" if len(country) == 3 else "GOV"))
    return Role(
        offices=offices_t, country=country, code=code, title=_opt(item.get("title")),
        start=as_date(item.get("start"), where=where), end=as_date(item.get("end"), where=where),
        acting=bool(item.get("acting")), seat=_opt(item.get("seat")),
    )


def _org(item: dict[str, Any], *, where: str) -> Org:
    oid = str(item["id"])
    if "code" not in item or "name" not in item:
        raise KnowledgeBaseError(f"{where}: organisation {oid} needs a name and a code")
    return Org(oid, str(item["name"]), str(item.get("kind") or "other"), str(item["code"]),
               _strs(item.get("aliases")), _opt(item.get("country")), _opt(item.get("region")),
               _strs(item.get("operates")))


def _strs(value: object) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value if v is not None)
    return ()


def _opt(value: object) -> str | None:
    return None if value is None or value == "" else str(value)
