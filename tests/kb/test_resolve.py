from datetime import date

import pytest

from tacitus.kb.resolve import resolve_mentions


def _mentions(nlp, kb, text: str, published=date(2019, 4, 24)):  # type: ignore[no-untyped-def]
    return resolve_mentions(nlp(text), kb, published=published)


def _find(ms, text):  # type: ignore[no-untyped-def]
    return next(m for m in ms if m.text == text)


def test_short_name_refers_to_first_full_name(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, "Kim Jong-un met Putin. Kim's father, Kim Jong-il, died in 2011. "
                            "Kim left on Tuesday.")
    kims = [m for m in ms if m.text.startswith("Kim") and m.text not in ("Kim Jong-il",)]
    assert {m.entity for m in kims} == {"kim-jong-un"}
    assert _find(ms, "Kim Jong-il").entity == "kim-jong-il"


def test_title_and_appositive_give_country_and_role(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, "Russian Foreign Minister Sergei Lavrov and Kremlin aide Yuri "
                            "Ushakov spoke.")
    lavrov = _find(ms, "Russian Foreign Minister Sergei Lavrov")
    assert (lavrov.name.split()[-1], lavrov.code, lavrov.in_kb) == ("Lavrov", "RUSGOV", True)
    assert _find(ms, "Kremlin aide Yuri Ushakov").country == "RUS"


def test_unknown_person_keeps_role_and_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, "Venezuelan opposition leader Freddy Quintero criticized the "
                            "government.")
    m = next(m for m in ms if "Quintero" in m.text)
    assert not m.in_kb
    assert m.country == "VEN"
    assert m.code == "VENOPP"


@pytest.mark.parametrize("when,code,role", [
    (date(2011, 6, 1), "RUSGOV", "President"),
    (date(2019, 4, 24), "RUSGOV", "Prime Minister"),
])
def test_dated_roles(nlp, kb, when, code, role) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, "Dmitry Medvedev said nothing.", published=when)
    m = _find(ms, "Dmitry Medvedev")
    assert m.code == code
    assert m.role == role


@pytest.mark.parametrize("text,code", [
    ("The Kremlin said", "RUSGOV"),
    ("Pyongyang said", "PRKGOV"),
    ("Chinese troops moved", "CHNMIL"),
    ("Israeli police said", "ISRCOP"),
    ("North Korea said", "PRK"),
    ("The U.S. said", "USA"),
])
def test_countries_metonyms_and_groups(nlp, kb, text, code) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, text + " it would respond.")
    assert ms and ms[0].code == code


def test_lowercase_common_words_are_not_countries(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, "They ate turkey and spoke to us about china plates.")
    assert not [m for m in ms if m.kind == "country"]


def test_bare_surname_of_a_sitting_leader(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, "Obama began the call by congratulating Rouhani on his victory.",
                   published=date(2013, 9, 28))
    by_text = {m.text: m for m in ms}
    assert by_text["Obama"].code == "USAGOV"
    assert by_text["Rouhani"].code == "IRNGOV"


def test_bare_surname_out_of_office_is_not_guessed(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, "Obama began the call.", published=date(2003, 1, 1))
    assert not [m for m in ms if m.text == "Obama" and m.in_kb]


@pytest.mark.parametrize("text,surface,code", [
    ("Putin offered to negotiate with Armenia.", "Putin", "RUSGOV"),
    ("Merkel met Macron in Berlin.", "Merkel", "DEUGOV"),
    ("Vladimir Putin offered to negotiate with Armenia.", "Vladimir Putin", "RUSGOV"),
])
def test_undated_text_names_leaders_by_their_highest_office(  # type: ignore[no-untyped-def]
        nlp, kb, text, surface, code) -> None:
    ms = _mentions(nlp, kb, text, published=None)
    assert _find(ms, surface).code == code


def test_undated_surname_of_no_leader_is_not_guessed(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # Lavrov was never head of state or government: undated, his surname alone stays unknown
    ms = _mentions(nlp, kb, "Lavrov spoke to reporters.", published=None)
    assert not [m for m in ms if m.text == "Lavrov" and m.in_kb]


@pytest.mark.parametrize("text,published,surface,entity", [
    # a leader's surname naming his government, after he left office
    ("Trump blamed the Obama administration's weakness for the attack.", date(2017, 4, 7),
     "Obama", "barack-obama"),
    # a sitting leader's surname before a metonym is his, not part of a long name
    ("The new Trump White House has been silent on the settlements.", date(2017, 2, 1),
     "Trump", "donald-trump"),
    # transliterations of a KB name: same forename, or the office the text states
    ("Obama mentioned a fatwa by Iran's supreme leader Ayatollah Khameini against nuclear "
     "weapons.", date(2013, 9, 27), "Iran's supreme leader Ayatollah Khameini", "ali-khamenei"),
    ("Burkina Faso's former president Blaise Campoare was ousted by protests.",
     date(2015, 1, 10), "president Blaise Campoare", "blaise-compaore"),
    # a later short name spelt a third way refers to the same person
    ("ECOWAS chose Burkina Faso President Blaise Campoare as mediator. The choice of "
     "President Campaore was controversial.", date(2009, 10, 20), "President Campaore",
     "blaise-compaore"),
])
def test_leaders_named_indirectly(nlp, kb, text, published, surface, entity) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, text, published=published)
    assert _find(ms, surface).entity == entity


@pytest.mark.parametrize("text,published,surface", [
    # two presidents share the surname: no guess
    ("Iraq was invaded in the Bush years, he said.", date(2017, 4, 7), "Bush"),
    # a surname alone, not naming a government, is not a former leader
    ("Mr. Obama sat in the front row.", date(2017, 4, 7), "Obama"),
])
def test_former_leaders_not_guessed(nlp, kb, text, published, surface) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, kb, text, published=published)
    assert not [m for m in ms if m.text == surface and m.in_kb]
