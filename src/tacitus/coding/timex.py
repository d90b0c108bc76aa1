"""Resolve time expressions ("last week", "on Tuesday", "April 25", "04/22", "in 2011")
relative to the publication date. Pure functions over strings and dates, so they are easy to
table-test; the document-level code that finds and attaches expressions is in `time.py`.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from ..types import Precision

Tense = Literal["past", "future", "present"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_NUMERIC = re.compile(r"^\(?(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)?$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b(?:the\s+)?(early|mid|late)?[- ]?(19\d0|20\d0)s\b")
# "the end of April", "early March", "mid-September", "late 2015": a part of a period, dated
# at the period's precision
_PART_OF = re.compile(r"^((the )?(end|beginning|start|middle) of|early|late|mid)(?:-|\s+)")
# "this past January", "last Tuesday": the most recent one before publication;
# "next January", "this coming Friday": the first one after it
_PAST_WORDS = re.compile(r"^(this past|past|last|this) ")
_NEXT_WORDS = re.compile(r"^(this coming|coming|next) ")
# "the next day", "two weeks later": counted from the story's last date, not publication
_AFTER_ANCHOR = re.compile(r"(?:the )?(?:(next|following|previous) (day|week|month|year)|"
                           r"(day|week|month|year) (before|after))")
_COUNTED = re.compile(r"(\w+|\d+) (day|week|month|year)s? (later|earlier|after|before)")
_UNITS = ("day", "week", "month", "year")  # finest first


@dataclass(frozen=True, slots=True)
class Resolved:
    value: date
    precision: Precision


def resolve_expression(text: str, published: date, *, tense: Tense = "past") -> Resolved | None:
    """The date `text` refers to, seen from `published`; None when it names no date."""
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(on|in|at|by|since|during|from|until)\s+", "", t)
    # "the next day", "the previous week" count from the story, unlike a bare "next week"
    if _AFTER_ANCHOR.fullmatch(t) and not re.fullmatch(r"next (week|month|year)", t):
        return None
    t = re.sub(r"^the\s+", "", t)
    t = re.sub(r"'s$", "", t)
    for fn in (_relative_word, _relative_period, _numeric, _weekday_only, _month_day,
               _month_only, _year_only):
        found = fn(t, published, tense)
        if found is not None:
            return found
    return _with_dateparser(t, published)


def _relative_word(t: str, pub: date, _tense: Tense) -> Resolved | None:
    # "three days later" and "the day before" count from the story's last date, not from
    # publication: `resolve_relative` reads them
    offsets = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
               "this evening": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
    if t in offsets:
        return Resolved(pub + timedelta(days=offsets[t]), "day")
    m = re.fullmatch(r"(\w+|\d+) days? (ago|from now)", t)
    if m:
        n = _number(m.group(1))
        if n is not None:
            sign = -1 if m.group(2) == "ago" else 1
            return Resolved(pub + timedelta(days=sign * n), "day")
    return None


def resolve_relative(text: str, anchor: Resolved) -> Resolved | None:
    """A date counted from the story's last date ("five days later", "the day before", "the
    following week"), seen from `anchor`; None when `text` is not such a count or the anchor
    is too coarse for it (a day counted from a month)."""
    t = " ".join(text.lower().split())
    t = re.sub(r"^(on|in|by)\s+", "", t)
    if m := _AFTER_ANCHOR.fullmatch(t):
        unit = m.group(2) or m.group(3)
        step = -1 if (m.group(1) or m.group(4)) in ("previous", "before") else 1
    elif (m := _COUNTED.fullmatch(t)) and _number(m.group(1)) is not None:
        unit = m.group(2)
        step = (_number(m.group(1)) or 0) * (-1 if m.group(3) in ("earlier", "before") else 1)
    else:
        return None
    if anchor.precision not in _UNITS[:_UNITS.index(unit) + 1]:  # a day from a month
        return None
    if unit == "day":
        return Resolved(anchor.value + timedelta(days=step), "day")
    if unit == "week":
        return _shift(anchor.value + timedelta(weeks=step), "week", 0)
    return _shift(anchor.value, unit, step)


def _relative_period(t: str, pub: date, _tense: Tense) -> Resolved | None:
    t = _PART_OF.sub("", t)  # "late last year" is still last year, at that precision
    m = re.fullmatch(r"(last|this|next|past|coming|earlier this|later this) "
                     r"(week|month|year)(?:end)?", t)
    if not m:
        m2 = re.fullmatch(r"(\w+|\d+) (week|month|year)s? ago", t)
        if not m2 or _number(m2.group(1)) is None:
            return None
        return _shift(pub, m2.group(2), -(_number(m2.group(1)) or 0))
    which, unit = m.group(1), m.group(2)
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
    return _shift(pub, unit, step)


def _shift(pub: date, unit: str, step: int) -> Resolved:
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday())
        return Resolved(monday + timedelta(weeks=step), "week")
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + step
        return Resolved(date(index // 12, index % 12 + 1, 1), "month")
    return Resolved(date(pub.year + step, 1, 1), "year")


def _numeric(t: str, pub: date, tense: Tense) -> Resolved | None:
    """US-style month/day ("04/22"), as English-language news writes it."""
    m = _NUMERIC.fullmatch(t)
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    year = _full_year(m.group(3)) if m.group(3) else None
    return _day_in_year(month, day, year, pub, tense)


def _weekday_only(t: str, pub: date, tense: Tense) -> Resolved | None:
    t, tense, _ = _direction(t, tense)
    t = re.sub(r"^(early|late) ", "", t)
    t = re.sub(r" (morning|afternoon|evening|night)$", "", t)
    if t not in WEEKDAYS:
        return None
    target = WEEKDAYS.index(t)
    if tense == "future":
        return Resolved(pub + timedelta(days=(target - pub.weekday()) % 7), "day")
    return Resolved(pub - timedelta(days=(pub.weekday() - target) % 7), "day")


def _month_day(t: str, pub: date, tense: Tense) -> Resolved | None:
    t = re.sub(r"^(\w+day),? ", "", t)
    m = re.fullmatch(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?", t) or \
        re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?(?:,? (\d{4}))?", t)
    if not m:
        return None
    a, b = m.group(1), m.group(2)
    month_word, day_s = (a, b) if a.isalpha() else (b, a)
    month = _month(month_word)
    if month is None:
        return None
    year = int(m.group(3)) if m.group(3) else None
    return _day_in_year(month, int(day_s), year, pub, tense)


def _month_only(t: str, pub: date, tense: Tense) -> Resolved | None:
    t, tense, explicit = _direction(_PART_OF.sub("", t), tense)
    m = re.fullmatch(r"([a-z]+)\.?(?:,? (\d{4}))?", t)
    if not m or _month(m.group(1)) is None:
        return None
    month = _month(m.group(1)) or 1
    if m.group(2):
        return Resolved(date(int(m.group(2)), month, 1), "month")
    # "last March" said in March is a year ago; a bare "March" said in March is this one
    year = pub.year
    if tense == "past" and (month > pub.month or (explicit and month == pub.month)):
        year -= 1
    elif tense == "future" and (month < pub.month or (explicit and month == pub.month)):
        year += 1
    return Resolved(date(year, month, 1), "month")


def _direction(t: str, tense: Tense) -> tuple[str, Tense, bool]:
    """Strip "last"/"next"/"this" from a weekday or month; the word overrides the verb's
    tense ("next Friday" is ahead even in "said it would ... next Friday"). The flag says
    whether the direction was stated."""
    if m := _NEXT_WORDS.match(t):
        return t[m.end():], "future", True
    if m := _PAST_WORDS.match(t):
        return t[m.end():], tense if m.group(1) == "this" else "past", m.group(1) != "this"
    return t, tense, False


def _year_only(t: str, _pub: date, _tense: Tense) -> Resolved | None:
    t = _PART_OF.sub("", t)
    if re.fullmatch(r"(1[89]\d\d|20\d\d)", t):
        return Resolved(date(int(t), 1, 1), "year")
    return None


def _with_dateparser(t: str, pub: date) -> Resolved | None:
    # dateparser reads "the 15th" as the year 2015: it only gets text that names a year
    if not _YEAR.search(t) or _DECADE.search(t):
        return None
    from datetime import datetime

    import dateparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(t, languages=["en"], settings={
            "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
            "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"],
        })
    return Resolved(parsed.date(), "day") if parsed is not None else None


def _day_in_year(month: int, day: int, year: int | None, pub: date,
                 tense: Tense) -> Resolved | None:
    try:
        value = date(year or pub.year, month, day)
    except ValueError:
        return None
    if year is None and tense == "past" and value > pub + timedelta(days=7):
        value = value.replace(year=value.year - 1)
    elif year is None and tense == "future" and value < pub - timedelta(days=7):
        value = value.replace(year=value.year + 1)
    return Resolved(value, "day")


def _month(word: str) -> int | None:
    word = word.rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return _MONTH_ABBR.get(word[:4] if word.startswith("sept") else word[:3]) \
        if len(word) in (3, 4) else None


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _number(word: str) -> int | None:
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "a": 1, "several": 3, "few": 3}
    return int(word) if word.isdigit() else words.get(word)
