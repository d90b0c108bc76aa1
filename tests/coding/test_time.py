"""The date each event gets from its document (published Wednesday 2019-04-24): carried
context, intervals, other mentions of the same event and photo captions."""

from __future__ import annotations

import pytest

from tacitus.coding.time import _anchored, is_caption


def _dates(rec, trigger: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.date.value.isoformat() if e.date.value else None, e.date.text)
            for e in rec.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text,trigger,expected", [
    # the main clause's date carries on, not one in a clause about something else
    ("Japan criticized China on Tuesday over a drill that Chinese ships held last month.\n"
     "South Korea also accused China of provocation.", "accused", "2019-04-23"),
    ("Iraq condemned Turkey on Monday for strikes it had carried out in March.\n"
     "Iran also condemned Turkey.", "condemned", "2019-04-22"),
])
def test_carried_date_is_the_main_clauses(code_text, text, trigger, expected) -> None:  # type: ignore[no-untyped-def]
    values = [value for value, _ in _dates(code_text(text), trigger)]
    assert expected in values, values


@pytest.mark.parametrize("text", [
    "China has claimed the islands since 1992.\nVietnam accused China of aggression.",
    "Israel and Syria have been at war since 1948.\nSyria condemned the Israeli strike.",
    "Lebanon has been without a president since May.\nFrance criticized Iran for meddling.",
    "The talks resumed on Monday.\nThere has been little progress since Russia attacked Ukraine.",
])
def test_since_dates_a_state_and_does_not_carry(code_text, text) -> None:  # type: ignore[no-untyped-def]
    rec = code_text(text)
    assert rec.events
    assert all(e.date.value is None for e in rec.events), [e.date for e in rec.events]


@pytest.mark.parametrize("text,main,anchored", [
    ("Germany expelled two Russian diplomats on Tuesday, a day after Russia expelled a German "
     "envoy.", ("DEU", "RUS", "2019-04-23"), ("RUS", "DEU")),
    ("Duterte visited Japan last week, less than a week after meeting Xi Jinping.",
     ("PHL", "JPN", "2019-04-15"), ("PHL", "CHN")),
    ("Tensions rose last month.\nIndia summoned the Pakistani envoy, weeks before Pakistan "
     "accused India of shelling.", ("IND", "PAK", "2019-03-01"), ("PAK", "IND")),
])
def test_an_interval_from_another_event_is_not_its_date(  # type: ignore[no-untyped-def]
        code_text, text, main, anchored) -> None:
    rec = code_text(text)
    dated = {(e.source.country, e.target.country if e.target else None,
              e.date.value.isoformat() if e.date.value else None) for e in rec.events}
    assert main in dated, dated
    assert (*anchored, None) in dated, dated


def test_an_undated_mention_takes_the_date_of_the_same_event(code_text) -> None:  # type: ignore[no-untyped-def]
    rec = code_text("Putin's meeting with Erdogan drew attention in Europe.\n"
                    "Putin met Erdogan in Sochi on Monday.")
    assert _dates(rec, "meeting") == [("2019-04-22", "(same event) Monday")]


def test_other_participants_are_another_event(code_text) -> None:  # type: ignore[no-untyped-def]
    rec = code_text("Lavrov's meeting with Erdogan drew attention in Europe.\n"
                    "Putin met Erdogan in Sochi on Monday.")
    assert _dates(rec, "meeting") == [(None, None)]


@pytest.mark.parametrize("caption,expected", [
    ("Erdogan shakes hands with Russian President Vladimir Putin in Sochi, Russia, April 22, "
     "2019.", [("2019-04-22", "(photo caption) April 22, 2019")]),
    # an archive photo, and a caption showing only one of the two countries
    ("FILE - Erdogan shakes hands with Russian President Vladimir Putin in Sochi, Russia, "
     "May 3, 2017.", [(None, None)]),
    ("Erdogan speaks in Ankara, Turkey, April 22, 2019.", [(None, None)]),
])
def test_a_caption_dates_an_undated_event_between_the_countries_it_shows(  # type: ignore[no-untyped-def]
        code_text, caption, expected) -> None:
    rec = code_text(f"Erdogan's visit to Russia eased tensions.\n{caption}\n"
                    "Russia condemned Ukraine's blockade.")
    assert _dates(rec, "visit") == expected
    assert _dates(rec, "condemned") == [(None, None)]  # and never carries into the story


@pytest.mark.parametrize("text,trigger,expected", [
    # a "when" clause takes the date it hangs from, even one that starts a state
    ("Relations have improved in the months since August, when the United States opened an "
     "embassy in Havana.", "opened", "2018-08-01"),
    ("Relations collapsed in 2014, when Russia attacked Ukraine.", "attacked", "2014-01-01"),
])
def test_a_when_clause_takes_the_date_it_hangs_from(  # type: ignore[no-untyped-def]
        code_text, text, trigger, expected) -> None:
    assert [value for value, _ in _dates(code_text(text), trigger)] == [expected]


@pytest.mark.parametrize("text,trigger", [
    ("China has previously accused Japan of provocations.", "accused"),
    ("Iran has always denied the American accusations.", "denied"),
    ("Russia has repeatedly criticized NATO for its exercises.", "criticized"),
])
def test_a_present_perfect_of_past_occasions_is_undated(  # type: ignore[no-untyped-def]
        code_text, text, trigger) -> None:
    assert _dates(code_text(text), trigger) == [(None, None)]


def test_a_conversation_named_in_a_statement_is_the_conversation(code_text) -> None:  # type: ignore[no-untyped-def]
    rec = code_text("Peskov said the meeting between Putin and Erdogan was constructive.\n"
                    "Putin met Erdogan in Sochi on Monday.")
    assert ("2019-04-22", "(same event) Monday") in _dates(rec, "meeting")


def test_an_archive_photo_does_not_date_the_story(code_text) -> None:  # type: ignore[no-untyped-def]
    rec = code_text("Putin's meeting with Erdogan drew attention in Europe.\n"
                    "FILE - Putin meets Erdogan in Sochi, Russia, May 3, 2017.")
    assert (None, None) in _dates(rec, "meeting")


def test_a_plan_takes_no_date_from_what_happened(code_text) -> None:  # type: ignore[no-untyped-def]
    rec = code_text("Erdogan will visit Russia.\n"
                    "Erdogan shakes hands with Russian President Vladimir Putin in Sochi, Russia, "
                    "April 22, 2019.")
    assert [(e.mode, e.date.value) for e in rec.events if e.trigger.text == "visit"] == [
        ("planned", None)]


@pytest.mark.parametrize("text,anchored", [
    ("Germany expelled two Russian diplomats, days after Russia expelled a German envoy.", True),
    ("Germany expelled two Russian diplomats the day after Russia expelled a German envoy.",
     True),
    ("Germany expelled two Russian diplomats 3 weeks after Russia expelled a German envoy.",
     True),
    ("Tensions have risen in recent weeks after Russia expelled a German envoy.", False),
    ("Germany protested after Russia expelled a German envoy.", False),
    # the start of a period a perfect runs from; a causal "since" places nothing
    ("Relations have worsened since Russia expelled a German envoy.", True),
    ("Germany protested, since Russia expelled a German envoy.", False),
])
def test_only_a_counted_interval_or_a_period_start_anchors(nlp, text, anchored) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == "expelled" and t.dep_ == "advcl")
    assert _anchored(trigger) is anchored


@pytest.mark.parametrize("text,trigger,expected", [
    ("A Chinese vessel seized an American drone on Monday.\n"
     "China returned the drone to the United States three days later.", "returned",
     ("2019-04-25", "(counted from 2019-04-22) three days later")),
    ("Russia expelled a German envoy on Thursday.\n"
     "The next day, Germany expelled two Russian diplomats.", "expelled",
     ("2019-04-19", "(counted from 2019-04-18) The next day")),
])
def test_a_counted_date_counts_from_the_story(  # type: ignore[no-untyped-def]
        code_text, text, trigger, expected) -> None:
    assert expected in _dates(code_text(text), trigger)


@pytest.mark.parametrize("text,expected", [
    ("FILE - Putin speaks in Moscow, May 3, 2017.", True),
    ("Protesters march in Caracas, Venezuela, April 13, 2017.", True),
    ("A still image taken from footage shot on June 18 purports to show missiles.", True),
    ("In this photo released on Monday, Putin greets Erdogan.", True),
    ("Russia expelled a German envoy on Thursday.", False),
    ("A photographer was detained in Minsk on Monday.", False),
])
def test_captions_are_recognised(text: str, expected: bool) -> None:
    assert is_caption(text + "\nNext line.", 0) is expected
