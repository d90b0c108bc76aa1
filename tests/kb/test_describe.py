"""Unknown people and bodies take the country and role their sentence states, and no other."""

from datetime import date

import pytest

from tacitus.kb.resolve import resolve_mentions


def _by_name(nlp, kb, text: str, published=date(2017, 3, 1)):  # type: ignore[no-untyped-def]
    return {m.name: m for m in resolve_mentions(nlp(text), kb, published=published)}


@pytest.mark.parametrize("text,name,country,code", [
    # the body named before the name: a national one gives its country and role
    ("State Department spokesman Alan Pruett said the talks would go on.",
     "Alan Pruett", "USA", "USAGOV"),
    ("Navy Rear Admiral Joe Harlan of the U.S. Navy met Philippine Navy Rear Admiral "
     "Dante Ocampo on Monday.", "Dante Ocampo", "PHL", "PHLMIL"),
    ("Taliban spokesman Qari Nurullah said the attack was theirs.",
     "Qari Nurullah", "AFG", "AFGREB"),
    # an NGO speaks for itself, wherever its seat
    ("Human Rights Watch deputy director Elena Marsh said the arrests were unlawful.",
     "Elena Marsh", "NGO", "NGOHRI"),
    ("Peter Garrick of the Wilson Center said the visit changed little.",
     "Peter Garrick", "NGO", "NGOTHK"),
    # the name's own modifiers
    ("said Syrian Information Minister Karim Haddad on Sunday.", "Karim Haddad", "SYR",
     "SYRGOV"),
    ("Thai reporter Somchai Thongdee and Australian editor Ian Pell were charged.",
     "Ian Pell", "AUS", "AUSMED"),
    # the sender, not the destination: "envoy to Afghanistan" is Russia's envoy
    ("Russian President Vladimir Putin's special envoy to Afghanistan, Oleg Varin, told "
     "reporters the talks would resume.", "Oleg Varin", "RUS", "RUSGOV"),
    # a title only one country uses
    ("Republican Congressman Tom Wexley said the deal was a mistake.", "Tom Wexley", "USA",
     "USALEG"),
    ("The bill was introduced by Rep. Ann Corley and Sen. Hal Brisco.", "Hal Brisco", "USA",
     "USALEG"),
])
def test_stated_affiliation(nlp, kb, text, name, country, code) -> None:  # type: ignore[no-untyped-def]
    m = _by_name(nlp, kb, text)[name]
    assert (m.country, m.code, m.in_kb) == (country, code, False)


@pytest.mark.parametrize("text,name", [
    # a backer is not the person's country
    ("Captain Omar Haddad, a U.S.-backed rebel commander whose town was shelled, said he "
     "hoped for more help.", "Omar Haddad"),
    # what an institute studies is not where it is
    ("Viktor Semyonov, deputy director of the Institute for U.S. and Canadian Studies, said "
     "little would change.", "Viktor Semyonov"),
    # a spokesman in a story about two countries speaks for neither, as far as we know
    ("Beijing and Washington traded accusations. China said the ship was in its waters. "
     "The U.S. said it was not. Ministry spokesman Lu Wen said China would respond. "
     "The U.S. said the patrol was routine.", "Lu Wen"),
])
def test_no_country_rather_than_a_wrong_one(nlp, kb, text, name) -> None:  # type: ignore[no-untyped-def]
    assert _by_name(nlp, kb, text)[name].country is None


def test_analyst_at_a_think_tank_speaks_for_an_ngo(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    ms = _by_name(nlp, kb, "Mark Ellery, a Russian analyst at the American Eurasia Policy "
                           "Council, said the move was expected.")
    assert (ms["Mark Ellery"].country, ms["American Eurasia Policy Council"].country) == \
        ("NGO", "NGO")


@pytest.mark.parametrize("text,name,country", [
    ("Dennis Kolb, an official of the National Human Rights Commission of Thailand, said.",
     "National Human Rights Commission", "THA"),
    ("Officials at the Kenyan National Cohesion Commission said.",
     "Kenyan National Cohesion Commission", "KEN"),
])
def test_body_named_with_its_country(nlp, kb, text, name, country) -> None:  # type: ignore[no-untyped-def]
    ms = _by_name(nlp, kb, text)
    assert next(m for n, m in ms.items() if n.startswith(name)).country == country


@pytest.mark.parametrize("text,published,name,code", [
    # a party's full name wins over a shorter party name inside it ("League")
    ("\"We are the victims,\" Asif Dar, a leading member of the ruling Muslim League "
     "party, told reporters.", date(2016, 3, 1), "Asif Dar", "PAKPTY"),
    # the minister's title inside the name and the adjective outside it
    ("\"The strikes were a great measure,\" said Syrian Information Minister Karim Haddad.",
     date(2017, 6, 20), "Karim Haddad", "SYRGOV"),
])
def test_affiliation_through_the_description(nlp, kb, text, published, name, code) -> None:  # type: ignore[no-untyped-def]
    assert _by_name(nlp, kb, text, published)[name].code == code


def test_similar_name_with_another_forename_is_not_a_kb_person(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    ms = _by_name(nlp, kb, "Thai reporter Chutima Thongdee and Australian editor Alan Morison "
                           "face charges.", date(2019, 4, 24))
    assert (ms["Alan Morison"].in_kb, ms["Alan Morison"].country) == (False, "AUS")


_KABUL = ("An Afghan court in Kabul overturned the sentences. Afghanistan's president said the "
          "ruling stood. Afghan police guarded the court. Afghan officials said little. "
          "{} Afghanistan's judges declined to comment.")


@pytest.mark.parametrize("sentence,name,country", [
    # a bare full name in a story almost wholly about one country
    ("Her father, Hamid Sadiq, called the ruling unacceptable.", "Hamid Sadiq", "AFG"),
    # ... but a single name may be anything the parser took for a person
    ("Sadiq called the ruling unacceptable.", "Sadiq", None),
    # a credit line names a reporter
    ("(Nadia Ferris contributed to this report.)", "Nadia Ferris", None),
])
def test_undescribed_people_in_a_one_country_story(nlp, kb, sentence, name, country) -> None:  # type: ignore[no-untyped-def]
    ms = _by_name(nlp, kb, _KABUL.format(sentence), date(2015, 7, 2))
    assert ms[name].country == country


def test_undescribed_people_in_a_two_country_story(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    ms = _by_name(nlp, kb, "India accused Pakistan of the attack. Pakistan denied it and "
                           "India said Pakistani troops fired first. Hamid Sadiq called the "
                           "claim absurd.", date(2016, 8, 11))
    assert ms["Hamid Sadiq"].country is None


@pytest.mark.parametrize("text,name,code", [
    # what the person leads, in a relative clause
    ("\"We will build,\" said Avi Roth, who heads the Yesha Council, which represents "
     "settlers.", "Avi Roth", "ISRCVL"),
    # an age before the description; a nationality alone gives no role
    ("Yusuf Salim, 56, a Palestinian farmer who owns part of the land, told reporters.",
     "Yusuf Salim", "PSE"),
])
def test_description_after_the_name(nlp, kb, text, name, code) -> None:  # type: ignore[no-untyped-def]
    assert _by_name(nlp, kb, text, date(2017, 2, 1))[name].code == code
