"""The resolved actor mention, shared by the resolver and the passes that describe it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

# Code prefixes of actors that act for no one country (CAMEO's international types).
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
# An article "clearly about one country" names it in at least this share of country mentions;
# only then is a bare role or an unknown person taken to act for it.
FOCUS_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Mention:
    """One actor mention, resolved. Token range [tok_start, tok_end) and char range [start, end)."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    entity: str
    name: str
    kind: str  # person | country | org | group | user | agent
    code: str | None
    country: str | None
    role: str | None
    in_kb: bool
    head: int
    stated_country: str | None = None
    stated_office: str | None = None
    stated_title: str | None = None
    when: date | None = None


class Base(TypedDict):
    """Where a mention is and what the text states about it: shared by every Mention kind."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    head: int
    when: date | None
    stated_country: str | None
    stated_office: str | None
    stated_title: str | None


def base_of(m: Mention) -> Base:
    return Base(tok_start=m.tok_start, tok_end=m.tok_end, start=m.start, end=m.end,
                text=m.text, head=m.head, when=m.when, stated_country=m.stated_country,
                stated_office=m.stated_office, stated_title=m.stated_title)


def country_counts(mentions: Sequence[Mention]) -> dict[str, int]:
    """How often each country is named for itself (organisations and bare roles left out)."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.country and len(m.country) == 3 and m.kind not in ("org", "agent") and \
                m.country not in TRANSNATIONAL:
            counts[m.country] = counts.get(m.country, 0) + 1
    return counts


def focus_country(mentions: Sequence[Mention], *, share: float = 0.4) -> str | None:
    """The country an article is mostly about: named in at least `share` of its actor mentions.
    A bare role ("police", "opposition lawmaker X") is taken to act for it."""
    counts = country_counts(mentions)
    if not counts:
        return None
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] >= share * sum(counts.values()) else None
