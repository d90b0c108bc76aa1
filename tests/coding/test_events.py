"""The rule coder on sentences written for tacitus."""

import pytest

CASES = [
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.",
     "04", "CHN", "RUS"),
    ("The United States accused Russia of interfering in the election.", "11", "USA", "RUS"),
    ("Japan imposed sanctions on North Korea.", "16", "JPN", "PRK"),
    ("Indian troops attacked Pakistani positions.", "19", "IND", "PAK"),
    ("Venezuelan police arrested protesters in Caracas.", "17", "VEN", "VEN"),
    ("Germany sent humanitarian aid to Ukraine.", "07", "DEU", "UKR"),
    ("Turkey condemned the Israeli raid.", "11", "TUR", "ISR"),
    ("Iran rejected the European Union's proposal.", "12", "IRN", "IGO"),
]


@pytest.mark.parametrize("text,root,src,tgt", CASES)
def test_codes_event(code_text, text, root, src, tgt) -> None:  # type: ignore[no-untyped-def]
    events = code_text(text).events
    assert any(e.root == root and e.source.country == src and e.target is not None
               and e.target.country == tgt for e in events), [
        (e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


@pytest.mark.parametrize("text", [
    "The weather was warm and the markets were calm on Tuesday.",
    "Officials said the meeting went well.",
    "He said it was important.",
])
def test_no_actor_pair_no_event(code_text, text) -> None:  # type: ignore[no-untyped-def]
    assert code_text(text).events == ()


def test_coordination_symmetric(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Kim Jong-un and Vladimir Putin agreed to hold a summit.").events
    pairs = {(e.source.country, e.target.country) for e in events if e.target}
    assert {("PRK", "RUS"), ("RUS", "PRK")} <= pairs


def test_every_event_points_at_its_text(code_text) -> None:  # type: ignore[no-untyped-def]
    text = "Russia accused Ukraine of shelling Donetsk. Ukraine denied the allegations."
    rec = code_text(text)
    for e in rec.events:
        assert text[e.start:e.end] == e.sentence
        assert text[e.source.start:e.source.end] == e.source.text
        if e.target:
            assert text[e.target.start:e.target.end] == e.target.text
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text


# Targets and sources the coder finds beyond the verb's own slots; sentences written for tacitus.
RECALL_CASES = [
    # an event noun under a verb whose subject performs it
    ("Chile and Peru renewed negotiations on their maritime border.", "04", "CHL", "PER"),
    ("Russia accelerated the withdrawal of its troops from Georgia.", "08", "RUS", "GEO"),
    # an act named as the compound modifier of a frame noun ("mediation effort")
    ("Norway launched a mediation effort between Colombia and Venezuela.", "04", "COL", "VEN"),
    # an object naming no actor stands for the owner in its "of" phrase
    ("Ethiopian artillery shelled positions of the Eritrean army.", "19", "ETH", "ERI"),
    # ... or for the country of its "in" phrase
    ("The IAEA sent inspectors to a reactor site in Syria.", "09", "IGO", "SYR"),
    # ... or for the author in its "from" phrase
    ("Ecuador rejected a new offer from Peru.", "12", "ECU", "PER"),
    # ... or for the agent of its participle
    ("Peru investigated abuses committed by Chilean soldiers.", "09", "PER", "CHL"),
    # the one asked to act, in a "by" phrase under the object
    ("Greece demanded an apology by Turkey for the incident.", "10", "GRC", "TUR"),
    # a stance participle is no passive: the subject acts ("were engaged in fighting")
    ("Russian forces were engaged in heavy fighting with Ukrainian troops.", "19", "RUS",
     "UKR"),
    # a domestic act with no object is aimed at the country it happens in
    ("Hundreds of Armenian students demonstrated in Georgia on Friday.", "14", "ARM", "GEO"),
    # coordinated national modifiers name the parties of a symmetric act ("on Friday" is a
    # date, not the act's "on" slot)
    ("Kenyan and Ugandan officials agreed on Friday to reopen the border.", "03", "KEN", "UGA"),
    ("Kenyan and Ugandan officials agreed on Friday to reopen the border.", "03", "UGA", "KEN"),
    # a target phrase the parser hangs on the object
    ("Basque separatists demanded greater autonomy from Spanish authorities.", "10", "ESP",
     "ESP"),
    # the agent of an event noun in its "by" phrase, the target hung on that phrase
    ("An attack by Houthi rebels on Saudi Arabia killed three.", "19", "YEM", "SAU"),
    # rejecting allegations is a denial answering the accusation
    ("Egypt accused Sudan of arming rebels. Sudan rejected the allegations on Monday.", "01",
     "SDN", "EGY"),
    # a preposition right after the object completes a phrasal verb ("charged X with")
    ("Bolivian prosecutors charged Bolivian activist Ana Quispe with sedition.", "17", "BOL",
     "BOL"),
    # a person of no known country whom the story's own state executes is its own
    ("Iran executed the dissident writer Farid Tavakoli on Monday.", "18", "IRN", "IRN"),
    # the target phrase of an event noun hung on the verb performing it
    ("Japan has increased its humanitarian aid to Sudan.", "07", "JPN", "SDN"),
    # a pronoun stands for its antecedent alone, not for a list written around it
    ("Years after the war with Iraq, Iran has boosted its aid to Syria.", "07", "IRN", "SYR"),
    # a stated obligation is a demand on the one who must act
    ("Germany said on Monday that Serbia must extradite the suspects.", "10", "DEU", "SRB"),
    # a reported future act ("said it would") conditional on the other side is a threat
    ("Chad said it would withdraw its troops from Niger unless Niger paid their costs.", "13",
     "TCD", "NER"),
    ("Canada said it would impose sanctions on Belarus.", "13", "CAN", "BLR"),
    # a subject the parser read as the speech verb's object ("indicated Kenya had helped")
    ("Minister Ruto indicated Kenya had helped train Somali soldiers.", "07", "KEN", "SOM"),
    # a demand noun's that-clause names the one to act, wherever the parser hangs it
    ("Oman reiterated its demand that Iran release the tanker.", "10", "OMN", "IRN"),
    # issuing a warning is warning
    ("Spain issued a stern warning to Morocco over the migrants.", "13", "ESP", "MAR"),
    # a national modifier the resolver left apart from its role noun still gives its country
    ("Kenya expelled Somali Muslim refugees.", "17", "KEN", "SOM"),
    # a role word used as an adjective ("official contact") names no actor
    ("Venezuelan students said they would boycott all official contact with Colombia.", "13",
     "VEN", "COL"),
    # lexicon: a call on someone, a joint news conference, suspension of ties, an effigy
    ("Nepal renewed its call on India to reopen the border.", "02", "NPL", "IND"),
    ("The Kenyan president and the Ethiopian prime minister held a joint news conference in "
     "Nairobi.", "04", "KEN", "ETH"),
    ("Canada announced a suspension of diplomatic ties with Iran.", "16", "CAN", "IRN"),
    ("Pakistani protesters burned an effigy of the Indian prime minister.", "14", "PAK", "IND"),
]


@pytest.mark.parametrize("text,root,src,tgt", RECALL_CASES)
def test_finds_event(code_text, text, root, src, tgt) -> None:  # type: ignore[no-untyped-def]
    events = code_text(text).events
    assert any(e.root == root and e.source.country == src and e.target is not None
               and e.target.country == tgt for e in events), [
        (e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


@pytest.mark.parametrize("text,wrong_source", [
    # reporting an act is not performing it
    ("Kenya reported the withdrawal of Ugandan troops from Somalia.", "KEN"),
    # "its" is Iran alone, not the list "Iraq, Iran" the comma seems to make
    ("Years after the war with Iraq, Iran has boosted its aid to Syria.", "IRQ"),
])
def test_no_event_for_bystander(code_text, text, wrong_source) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code_text(text).events if e.source.country == wrong_source]


def test_time_phrase_names_no_performer(code_text) -> None:  # type: ignore[no-untyped-def]
    """Police who made arrests during a demonstration did not stage it."""
    events = code_text("Iraqi police made arrests during a demonstration in Syria.").events
    assert not [e for e in events if e.root == "14"]


def test_an_obligation_of_ones_own_is_no_demand(code_text) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code_text("Germany said it must act quickly.").events
                if e.root == "10"]


def test_a_threatened_nominal_act_is_a_threat(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Colombian teachers threatened to hold a general strike unless the "
                       "government raised their pay.").events
    assert [(e.cameo, e.source.code) for e in events if e.trigger.text == "strike"] == [
        ("133", "COL")]  # the teachers', not a "general"'s
