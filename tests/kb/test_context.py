"""Actors whose country only the whole article settles: transnational groups, bare national
bodies, companies, and people placed by a place name."""

from datetime import date

import pytest

from tacitus.kb.resolve import resolve_mentions


def _mentions(resources, text: str, published=date(2017, 3, 1)):  # type: ignore[no-untyped-def]
    gaz = resources.gazetteer
    return resolve_mentions(resources.nlp(text), resources.kb, published=published,
                            is_place=gaz.is_place, locate=gaz.country_of)


def _by_text(ms, text):  # type: ignore[no-untyped-def]
    return next(m for m in ms if m.text == text)


@pytest.mark.parametrize("text,country", [
    # the operating country the article names most
    ("Islamic State fighters attacked an army post near Palmyra. Syria said its troops "
     "repelled them. Syrian President Bashar al-Assad vowed revenge.", "SYR"),
    ("Islamic State claimed the bombing. Afghan officials said the group is growing in "
     "Afghanistan, and Kabul asked for help.", "AFG"),
    # no operating country named: the home country
    ("Islamic State claimed the bombing in Baghdad.", "IRQ"),
    ("Islamic State claimed the attack, a statement said.", "IRQ"),
    # a country it does not operate in changes nothing
    ("Islamic State threatened Germany. German police raised the alert in Germany.", "IRQ"),
])
def test_transnational_group_takes_the_article_country(resources, text, country) -> None:  # type: ignore[no-untyped-def]
    assert _by_text(_mentions(resources, text), "Islamic State").country == country


@pytest.mark.parametrize("surface,code", [
    ("the Supreme Court", "VENJUD"),
    ("the National Guard", "VENMIL"),
    ("police", "VENCOP"),
])
def test_bare_national_body_in_a_one_country_story(resources, surface, code) -> None:  # type: ignore[no-untyped-def]
    text = ("Venezuela's opposition marched again. Venezuelan President Nicolas Maduro said the "
            "protests were a coup. Protesters accused police and the National Guard of "
            "firing tear gas. Venezuela's crisis deepened after the Supreme Court took over "
            "the congress.")
    ms = _mentions(resources, text)
    m = next(m for m in ms if surface.endswith(m.text) and m.text)
    assert (m.code, m.country, m.kind) == (code, "VEN", "group")


def test_electoral_commission_is_not_the_cabinet(resources) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(resources, "Uganda's government said the vote was fair. Ugandan police "
                              "arrested Besigye. The Electoral Commission declared Museveni "
                              "the winner in Uganda.", published=date(2016, 5, 12))
    body = _by_text(ms, "Electoral Commission")
    assert (body.code, body.entity) == ("UGAGOV", "uga-electoral-commission")


def test_bare_body_in_a_two_country_story_stays_bare(resources) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(resources, "India accused Pakistan. Pakistan denied it. India said police "
                              "found weapons. Pakistan said India lied.")
    assert _by_text(ms, "police").country is None


@pytest.mark.parametrize("text,name,code", [
    ("A spokesman for Hollis Corp said nine workers were missing.", "Hollis Corp", "MNC"),
    ("Kenyan firm Tana Holdings Ltd won the contract.", "Tana Holdings Ltd", "MNC"),
])
def test_company_without_a_country_is_mnc(resources, text, name, code) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(resources, text)
    assert next(m for m in ms if m.name == name).code == code


@pytest.mark.parametrize("text,name,code", [
    ("The bill, sponsored by Representatives Tom Harlow of Texas and Ann Weld of Ohio, "
     "targets aid to Pakistan. The U.S. gave $1 billion.", "Ann Weld", "USA"),
    ("Ted Walsh, a lawmaker from Ohio, said the U.S. plan was dead.", "Ted Walsh", "USALEG"),
])
def test_person_of_a_place(resources, text, name, code) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(resources, text)
    assert next(m for m in ms if m.name == name).code == code


def test_place_named_in_two_countries_needs_the_article(resources) -> None:  # type: ignore[no-untyped-def]
    # "Punjab" is in India and in Pakistan; the text names neither
    ms = _mentions(resources, "Amrit Gill, a lawmaker from Punjab, said the plan was dead.")
    assert next(m for m in ms if m.name == "Amrit Gill").country is None


def test_unknown_body_named_after_a_place(resources) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(resources, "A spokesman for the Detroit Medical Center said the patients "
                              "flown in from the U.S. base were stable.")
    assert next(m for m in ms if m.name == "Detroit Medical Center").country == "USA"


def test_place_in_a_country_the_article_does_not_name(resources) -> None:  # type: ignore[no-untyped-def]
    # "Prados" is a town in Brazil; a story about Caracas does not make the freeway Brazilian
    ms = _mentions(resources, "Venezuela's opposition blocked the Prados del Este freeway. "
                              "Venezuelan police cleared it.")
    assert all(m.country != "BRA" for m in ms)


@pytest.mark.parametrize("text,name,country", [
    # a multinational or an NGO acts for itself, wherever its seat
    ("Venezuela seized a General Motors factory.", "General Motors", "MNC"),
    ("Peter Garrick of the Wilson Center spoke.", "Wilson Center", "NGO"),
    # a national company is its country's
    ("Gazprom cut gas supplies to Ukraine.", "Gazprom", "RUS"),
])
def test_kb_bodies_country(resources, text, name, country) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(resources, text)
    assert next(m for m in ms if m.name == name).country == country
