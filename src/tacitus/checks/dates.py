"""weekday_mismatch: "Tuesday (04/22)" when 22 April was a Monday; date_conflict: one event
given two different dates in the same article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..coding.timex import WEEKDAYS, resolve_expression
from ..types import Check, Event

_WEEKDAY_DATE = re.compile(
    r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b[,\s]*\(?\s*(?P<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+\d{4})?)"
    r"\s*\)?", re.IGNORECASE)


def weekday_mismatches(text: str, published: date | None) -> list[Check]:
    """Every "weekday + date" pair whose weekday is not that date's, in the article's year."""
    if published is None:
        return []
    out: list[Check] = []
    for m in _WEEKDAY_DATE.finditer(text):
        found = resolve_expression(m.group("date"), published, tense="past")
        if found is None or found.precision != "day":
            continue
        stated = m.group("wd").lower()
        actual = WEEKDAYS[found.value.weekday()]
        if stated != actual:
            out.append(Check(
                kind="weekday_mismatch", severity="warning", text=m.group(0).strip(),
                start=m.start(), end=m.start() + len(m.group(0).strip()),
                message=f"{found.value.day} {found.value:%B %Y} was a {actual.title()}, "
                        f"not a {stated.title()}"))
    return out


def date_conflicts(events: Sequence[Event]) -> list[Check]:
    """The same event (dyad, code) dated to two different days by explicit expressions."""
    seen: dict[tuple[str | None, str | None, str], Event] = {}
    out: list[Check] = []
    for ev in events:
        if ev.date.precision != "day" or not ev.date.text or ev.date.text.startswith("("):
            continue
        key = (ev.source.code, ev.target.code if ev.target else None, ev.cameo)
        prev = seen.get(key)
        if prev is None:
            seen[key] = ev
            continue
        if prev.date.value != ev.date.value and prev.sentence == ev.sentence:
            out.append(Check(
                kind="date_conflict", severity="warning", text=ev.date.text,
                start=ev.date.start or ev.start, end=ev.date.end or ev.end,
                message=f"the same event is dated {prev.date.value} ({prev.date.text!r}) and "
                        f"{ev.date.value} ({ev.date.text!r})"))
    return out
