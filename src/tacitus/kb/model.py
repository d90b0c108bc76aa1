"""The KB's entities: countries, people with dated roles, and organisations."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

# Offices ranked by how strongly they make a person "the government" in news text.
OFFICE_RANK = {
    "head_of_state": 0, "head_of_government": 1, "secretary_general": 2,
    "president_of_commission": 2, "director_general": 2, "president": 2, "foreign_minister": 3,
    "defence_minister": 4, "deputy_head_of_government": 5, "leader": 5, "military_chief": 6,
}
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalize(text: str) -> str:
    """The matching key of a name: ASCII, lower case, punctuation and hyphens as single spaces.

    "Kim Jong-un", "Kim Jong Un" and "KIM_JONG_UN" share one key; "U.S." becomes "u s".
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub(" ", ascii_text.lower().replace("_", " ")).strip()


def skeleton(word: str) -> str:
    """A surname's consonants, doubles collapsed: transliterations of one name share it
    ("Khamenei"/"Khameini", "Compaoré"/"Campoare" -> "khmn", "cmpr")."""
    key = normalize(word).replace(" ", "")
    out = key[:1]
    for ch in key[1:]:
        if ch not in "aeiouy" and ch != out[-1:]:
            out += ch
    return out


@dataclass(frozen=True, slots=True)
class Role:
    offices: tuple[str, ...]
    country: str  # country code, or an organisation id for IGO offices
    code: str
    title: str | None = None
    start: date | None = None
    end: date | None = None
    acting: bool = False
    seat: str | None = None

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    @property
    def rank(self) -> int:
        return min((OFFICE_RANK.get(o, 9) for o in self.offices), default=9)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    roles: tuple[Role, ...] = ()

    def roles_on(self, on: date) -> tuple[Role, ...]:
        """Roles held on `on`, most senior first."""
        return tuple(sorted((r for r in self.roles if r.active(on)), key=lambda r: r.rank))

    def role_on(self, on: date) -> Role | None:
        roles = self.roles_on(on)
        return roles[0] if roles else None

    def last_role_before(self, on: date) -> Role | None:
        past = [r for r in self.roles if r.start is not None and r.start <= on]
        return max(past, key=lambda r: r.start or date.min) if past else None


@dataclass(frozen=True, slots=True)
class Capital:
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Country:
    id: str
    code: str
    name: str
    iso2: str | None = None
    official: str | None = None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capital: Capital | None = None
    metonyms: tuple[str, ...] = ()
    region: str | None = None
    un: str = "none"
    start: date | None = None
    end: date | None = None
    successor: str | None = None


@dataclass(frozen=True, slots=True)
class Org:
    id: str
    name: str
    kind: str
    code: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    region: str | None = None
    operates: tuple[str, ...] = ()  # countries a transnational group fights in, besides its own


@dataclass(frozen=True, slots=True)
class Agent:
    """A role noun ("foreign minister", "troops") and the CAMEO role code it adds."""

    phrase: str
    code: str  # role suffix without country, e.g. "GOV", "MIL"
    office: str | None = None
    country: str | None = None  # a title only one country uses: "congressman" -> USA
    institution: bool = False  # one body per country ("the Supreme Court", "police")


@dataclass(frozen=True, slots=True)
class NameHit:
    """What a normalised name can mean: an entity of a kind, and how it was named."""

    kind: str  # country | adjective | metonym | person | org | agent | user
    ref: str  # country code, person id, org id, agent phrase or user-entry id
    exact_case: bool = False  # acronyms like "US" must match case-sensitively
    surface: str = ""


@dataclass(frozen=True, slots=True)
class UserEntry:
    """An actor from an imported PETRARCH/Phoenix dictionary, with dated codes."""

    id: str
    name: str
    codes: tuple[tuple[str, date | None, date | None], ...] = field(default=())
    aliases: tuple[str, ...] = ()

    def code_on(self, on: date | None) -> str | None:
        fallback = None
        for code, start, end in self.codes:
            if start is None and end is None:
                fallback = code
            elif on is not None and (start is None or start <= on) and (end is None or on <= end):
                return code
        return fallback or (self.codes[-1][0] if self.codes and on is None else fallback)
