"""Date expressions relative to a publication date (Wednesday 2019-04-24)."""

from datetime import date

import pytest

from tacitus.coding.timex import Resolved, resolve_expression, resolve_relative

PUB = date(2019, 4, 24)

CASES = [
    # weekdays, with tense
    ("Tuesday", "past", "2019-04-23", "day"),
    ("on Tuesday", "past", "2019-04-23", "day"),
    ("Wednesday", "past", "2019-04-24", "day"),
    ("on Thursday", "past", "2019-04-18", "day"),
    ("Thursday", "future", "2019-04-25", "day"),
    ("on Monday", "future", "2019-04-29", "day"),
    ("Saturday's", "past", "2019-04-20", "day"),
    ("last Friday", "past", "2019-04-19", "day"),
    ("Sunday morning", "past", "2019-04-21", "day"),
    # relative words
    ("today", "past", "2019-04-24", "day"),
    ("yesterday", "past", "2019-04-23", "day"),
    ("tomorrow", "future", "2019-04-25", "day"),
    ("last night", "past", "2019-04-23", "day"),
    ("two days ago", "past", "2019-04-22", "day"),
    ("three days from now", "future", "2019-04-27", "day"),
    # periods
    ("last week", "past", "2019-04-15", "week"),
    ("Last week", "past", "2019-04-15", "week"),
    ("this week", "past", "2019-04-22", "week"),
    ("next week", "future", "2019-04-29", "week"),
    ("two weeks ago", "past", "2019-04-08", "week"),
    ("last month", "past", "2019-03-01", "month"),
    ("this month", "past", "2019-04-01", "month"),
    ("next month", "future", "2019-05-01", "month"),
    ("last year", "past", "2018-01-01", "year"),
    ("this year", "past", "2019-01-01", "year"),
    ("next year", "future", "2020-01-01", "year"),
    # years and months
    ("in 2011", "past", "2011-01-01", "year"),
    ("2011", "past", "2011-01-01", "year"),
    ("the end of April", "past", "2019-04-01", "month"),
    ("at the end of April", "future", "2019-04-01", "month"),
    ("early March", "past", "2019-03-01", "month"),
    ("December", "past", "2018-12-01", "month"),
    ("December", "future", "2019-12-01", "month"),
    ("January 2017", "past", "2017-01-01", "month"),
    # month and day without a year
    ("April 25", "future", "2019-04-25", "day"),
    ("at April 25", "past", "2019-04-25", "day"),
    ("March 3", "past", "2019-03-03", "day"),
    ("25 April", "past", "2019-04-25", "day"),
    ("Dec. 12", "past", "2018-12-12", "day"),
    ("Sept. 5", "past", "2018-09-05", "day"),
    ("Tuesday, April 23", "past", "2019-04-23", "day"),
    # full dates and numeric forms
    ("Jan. 16, 2017", "past", "2017-01-16", "day"),
    ("April 22, 2019", "past", "2019-04-22", "day"),
    ("04/22", "past", "2019-04-22", "day"),
    ("(04/24)", "past", "2019-04-24", "day"),
    ("12/31/2018", "past", "2018-12-31", "day"),
    # a stated direction overrides the verb's tense
    ("this past January", "past", "2019-01-01", "month"),
    ("last January", "past", "2019-01-01", "month"),
    ("last April", "past", "2018-04-01", "month"),
    ("this April", "past", "2019-04-01", "month"),
    ("next January", "past", "2020-01-01", "month"),
    ("this coming June", "past", "2019-06-01", "month"),
    ("this past Monday", "past", "2019-04-22", "day"),
    ("next Friday", "past", "2019-04-26", "day"),
    ("this coming Sunday", "past", "2019-04-28", "day"),
    # singular "ago" and parts of periods
    ("a week ago", "past", "2019-04-15", "week"),
    ("a month ago", "past", "2019-03-01", "month"),
    ("one year ago", "past", "2018-01-01", "year"),
    ("late last year", "past", "2018-01-01", "year"),
    ("early next month", "future", "2019-05-01", "month"),
    ("mid-September", "past", "2018-09-01", "month"),
    ("mid September", "future", "2019-09-01", "month"),
    ("in mid-2015", "past", "2015-01-01", "year"),
]


@pytest.mark.parametrize("text,tense,expected,precision", CASES)
def test_resolve(text: str, tense: str, expected: str, precision: str) -> None:
    found = resolve_expression(text, PUB, tense=tense)  # type: ignore[arg-type]
    assert found is not None, text
    assert (found.value.isoformat(), found.precision) == (expected, precision)


def test_table_size() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("text", ["the early 2000s", "recently", "soon", "the past", "the 15th",
                                  "midnight", "lately", "three days later", "the day before",
                                  "the previous week", "the following month", "the next day"])
def test_unresolvable(text: str) -> None:
    assert resolve_expression(text, PUB) is None


ANCHOR = Resolved(date(2019, 4, 22), "day")  # the story's last date: Monday

RELATIVE = [
    ("five days later", "2019-04-27", "day"),
    ("two days earlier", "2019-04-20", "day"),
    ("the day before", "2019-04-21", "day"),
    ("the next day", "2019-04-23", "day"),
    ("the following day", "2019-04-23", "day"),
    ("on the previous day", "2019-04-21", "day"),
    ("a week later", "2019-04-29", "week"),
    ("the following week", "2019-04-29", "week"),
    ("the next month", "2019-05-01", "month"),
    ("a year later", "2020-01-01", "year"),
]


@pytest.mark.parametrize("text,expected,precision", RELATIVE)
def test_resolve_relative_to_the_story(text: str, expected: str, precision: str) -> None:
    found = resolve_relative(text, ANCHOR)
    assert found is not None, text
    assert (found.value.isoformat(), found.precision) == (expected, precision)


@pytest.mark.parametrize("text,anchor", [
    ("days later", ANCHOR),
    ("Tuesday", ANCHOR),
    ("five days later", Resolved(date(2019, 4, 1), "month")),  # a day counted from a month
    ("the next day", Resolved(date(2019, 4, 22), "week")),
])
def test_relative_needs_a_count_and_a_fine_enough_anchor(text: str, anchor: Resolved) -> None:
    assert resolve_relative(text, anchor) is None
