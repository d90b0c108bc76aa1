"""Typed, frozen values that flow between the stages: io -> nlp -> kb -> coding -> checks -> store.

Every value that comes from the text carries character offsets into the article text as read, so
any output can be shown in context. `to_dict()` methods produce the contract's JSON shape
(../shared/CONTRACT.md); they never rename or drop a contract field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Mode = Literal["asserted", "planned", "negated", "alleged", "denied", "hypothetical"]
MODES: tuple[Mode, ...] = ("asserted", "planned", "negated", "alleged", "denied", "hypothetical")
Precision = Literal["day", "week", "month", "year", "unknown"]
Severity = Literal["info", "warning", "error"]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article text: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Article:
    """One input article, whatever form it was read from."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    dateline: str | None = None
    language: str | None = None
    origin: str | None = None  # file path or "<stdin>", for messages only

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
            "dateline": self.dateline,
            "language": self.language,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: a KB entity or an unknown one described by the text."""

    id: str
    name: str
    code: str | None
    country: str | None
    role: str | None
    in_kb: bool
    kind: str  # person | country | organisation | group
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "role": self.role,
            "kind": self.kind,
            "in_kb": self.in_kb,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An event's source or target: the actor plus the mention it was read from."""

    actor: str
    name: str
    code: str | None
    country: str | None
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str = "place"  # country | admin1 | city | region | place

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "feature": self.feature}


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place with every mention of it in the article."""

    location: Location
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {**self.location.to_dict(), "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who reports an event; `chain` holds outer sources ("..., according to KCNA")."""

    speaker: str
    text: str
    start: int
    end: int
    actor: str | None = None
    chain: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text, "start": self.start, "end": self.end,
                "actor": self.actor, "chain": list(self.chain)}


@dataclass(frozen=True, slots=True)
class EventDate:
    value: date | None
    precision: Precision
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event. `start`/`end` delimit the sentence it came from."""

    id: str
    cameo: str
    root: str
    plover: str | None
    quad_class: int
    goldstein: float
    source: ActorRef
    target: ActorRef | None
    date: EventDate
    location: Location | None
    mode: Mode
    attribution: Attribution | None
    sentence: str
    start: int
    end: int
    trigger: Span
    confidence: float
    depth: int = 0  # the trigger's depth in the parse: 0 is the main verb of its sentence

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "cameo": self.cameo,
            "root": self.root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "date": self.date.value.isoformat() if self.date.value else None,
            "date_precision": self.date.precision,
            "date_text": self.date.text,
            "location": self.location.to_dict() if self.location else None,
            "mode": self.mode,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger.to_dict(),
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class Check:
    kind: str
    severity: Severity
    text: str
    start: int
    end: int
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "severity": self.severity, "text": self.text,
                "start": self.start, "end": self.end, "message": self.message}


@dataclass(frozen=True, slots=True)
class RecordError:
    kind: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message}


@dataclass(frozen=True, slots=True)
class Record:
    """The article record of the contract: everything tacitus knows about one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    checks: tuple[Check, ...] = ()
    errors: tuple[RecordError, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
            "checks": [c.to_dict() for c in self.checks],
            "errors": [e.to_dict() for e in self.errors],
        }
