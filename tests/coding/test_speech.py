"""Events stated in reported speech (coding/speech.py), on sentences written for tacitus."""

from pathlib import Path

import pytest

from tacitus.coding.lexicon import load_evaluative
from tacitus.coding.ontology import Ontology
from tacitus.errors import KnowledgeBaseError

# A neutral verb (say, call, describe as) whose content judges another party.
STATED = [
    ("Syria said the American strike on its air base was an aggression.", "11", "SYR", "USA"),
    ("Japan called the Chinese seizure of the fishing boat illegal.", "11", "JPN", "CHN"),
    ("Germany described the Russian annexation as illegal and unacceptable.", "11", "DEU",
     "RUS"),
    ("Iran stepped up its rhetoric, saying Israel is trying to destabilize the region.", "11",
     "IRN", "ISR"),
    ("Turkey said Greece's decision was irresponsible.", "11", "TUR", "GRC"),
    ("Cuba said the American embargo is a crime against its people.", "11", "CUB", "USA"),
    ("Egypt said Sudan's mediation was a great achievement.", "05", "EGY", "SDN"),
    # a government and its armed opposition are two sides of one country
    ("The Afghan government called the Taliban's threats mere propaganda.", "11", "AFG", "AFG"),
    # the subject of an evaluative verb is the one judged
    ("Britain said it is concerned that the government of Zimbabwe is violating the "
     "constitution.", "11", "GBR", "ZWE"),
]


@pytest.mark.parametrize("text,root,src,tgt", STATED)
def test_a_stated_evaluation_is_coded(code_text, text, root, src, tgt) -> None:  # type: ignore[no-untyped-def]
    events = code_text(text).events
    assert any(e.root == root and e.source.country == src and e.target is not None
               and e.target.country == tgt for e in events), [
        (e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


# Statements that judge no one, or not from the speaker to another side: (text, src, tgt).
NOT_STATED = [
    ("Syria said the American delegation arrived on time.", "SYR", "USA"),
    ("Syria said the American strike was not an aggression.", "SYR", "USA"),
    ("France said the Russian move would be illegal.", "FRA", "RUS"),
    ("Greece said it is unclear whether Turkey's drilling is illegal.", "GRC", "TUR"),
    ("Shanahan said the trial was not a missile test that would violate Kim Jong-un's "
     "moratorium.", "USA", "PRK"),
    # a third party's words are that party's statement
    ("Spain said Morocco called the Spanish fence illegal.", "ESP", "MAR"),
    ("Italy said relations were strained over allegations that Libya interfered in the vote.",
     "ITA", "LBY"),
    # praise must be said of the party, not sit in a phrase of its own
    ("Norway said a great deal of aid went to Somalia.", "NOR", "SOM"),
    # a phone call names nothing
    ("The United States called Mexico on Tuesday.", "USA", "MEX"),
    # the speaker's own side
    ("The Russian government called the Russian army's withdrawal a failure.", "RUS", "RUS"),
]


@pytest.mark.parametrize("text,src,tgt", NOT_STATED)
def test_no_evaluation_is_coded(code_text, text, src, tgt) -> None:  # type: ignore[no-untyped-def]
    events = code_text(text).events
    assert not [e for e in events if e.root in ("05", "11") and e.source.country == src
                and e.target is not None and e.target.country == tgt], [
        (e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


def test_one_event_per_speaker_and_party(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Japan said the Chinese seizure was illegal, provocative and a "
                       "crime.").events
    assert len([e for e in events if e.root == "11"]) == 1


def test_evaluative_words_load() -> None:
    words = load_evaluative(Ontology.load())
    assert words["illegal"] == "111" and words["aggression"] == "112"


@pytest.mark.parametrize("body", [
    'codes: {"999": [bad]}\n',
    'codes: {"111": [illegal], "051": [illegal]}\n',
])
def test_evaluative_words_are_validated(tmp_path: Path, body: str) -> None:
    path = tmp_path / "evaluative.yaml"
    path.write_text(body)
    with pytest.raises(KnowledgeBaseError):
        load_evaluative(Ontology.load(), path)
