"""PETRARCH/TABARI verb dictionaries: reading, pattern matching and coding with the overlay."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from tacitus.coding.ontology import Ontology
from tacitus.coding.petrarch_verbs import (
    VerbDictionary,
    looks_like_verb_dictionary,
    match_pattern,
    read_verb_dictionary,
    verb_dictionary_files,
)
from tacitus.coding.user_patterns import subject_members
from tacitus.config import Settings
from tacitus.io.readers import ReadResult
from tacitus.kb.petrarch import read_dictionaries
from tacitus.pipeline import code_articles
from tacitus.resources import Resources
from tacitus.types import Article

from ..conftest import SHARED, needs_shared

VERBS = """\
<!-- a small verb dictionary written for these tests -->
&MONEY   # currencies
+DOLLARS
+SWISS_FRANCS
+&METAL

&METAL
+GOLD BARS

&NEG_
+DID N'T
+WILL NOT

--- DONATE [070] ---
DONATE {DONATED}   # the irregular list also names regular forms
- * &MONEY [903:904]
- * MEDICINE [073]
- * MEDICAL_SUPPLIES [074]
- &NEG * [---]

--- STAND  [---]  ---
STAND {STOOD}
+STAND_DOWN {+STOOD_DOWN} [192]
- * BY ^ ALLIES_ + [051]

--- CLOSE [---] ---
CLOSE
- * BORDER [192]
- * BORDER WITH + [195]
- % HAVE * [191]

--- VISIT [042] ---
VISIT
- SAID WOULD * [043]
- IN_* [044]

--- EXPECT [023] ---
EXPECT

--- DENOUNCE [122] ---
DENOUNCE

--- RENEW [---] ---
RENEW
- * FRIENDSHIP [064:064]

--- ACCEPT [---] ---
ACCEPT
- + * GRANT $ [071]
- + WAS * FROM $ [174]
"""


@pytest.fixture(scope="module")
def verbs(tmp_path_factory: pytest.TempPathFactory) -> VerbDictionary:
    path = tmp_path_factory.mktemp("verbs") / "test.verbs"
    path.write_text(VERBS)
    return read_verb_dictionary(path)


def _match(nlp, verbs: VerbDictionary, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    return match_pattern(tok, verbs)


def test_reads_blocks_forms_and_synsets(verbs: VerbDictionary) -> None:
    assert [b.name for b in verbs.blocks] == ["DONATE", "STAND", "CLOSE", "VISIT", "EXPECT",
                                            "DENOUNCE", "RENEW", "ACCEPT"]
    assert verbs.synsets["&MONEY"] == (("dollars",), ("swiss", "francs"), ("gold", "bars"))
    assert verbs.synsets["&NEG"] == (("did", "n't"), ("will", "not"))
    donate, stand = verbs.blocks[0], verbs.blocks[1]
    assert {f.verb for f in donate.forms} == {"donate", "donated"}
    assert donate.code == "070" and stand.code is None
    down = next(f for f in stand.forms if f.verb == "stood" and f.after)
    assert down.after == ("down",) and down.code == "192"
    assert [f for f, _ in verbs.entries("stood")]


def test_reads_patterns(verbs: VerbDictionary) -> None:
    money, _, supplies, negated = verbs.blocks[0].patterns
    assert (money.code, money.paired) == ("903", "904")
    assert [u.glued for u in supplies.after] == [False, True]
    assert negated.code is None and negated.before[0].options == verbs.synsets["&NEG"]
    skip = verbs.blocks[1].patterns[0]
    assert skip.has_target and skip.target_after == "allies" and skip.target_skip == 0
    close = verbs.blocks[2].patterns
    assert close[1].target_after == "with" and close[2].compound
    assert verbs.blocks[3].patterns[1].touches_verb


def test_looks_like_verb_dictionary() -> None:
    assert looks_like_verb_dictionary(VERBS)
    assert not looks_like_verb_dictionary("ARNOR_ [ARN]\n+ARNORIAN\n# --- a comment ---\n")


def test_longest_pattern_wins(nlp, verbs: VerbDictionary) -> None:  # type: ignore[no-untyped-def]
    found = _match(nlp, verbs, "France closed the border with Spain.", "closed")
    assert found is not None and found.code == "195" and found.has_target
    found = _match(nlp, verbs, "France closed the border.", "closed")
    assert found is not None and found.code == "192" and not found.has_target


def test_synsets_and_adjacency(nlp, verbs: VerbDictionary) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "Norway donated ten million swiss francs to Chad.": "903",
        "Norway donated gold bars to Chad.": "903",
        "Norway donated francs and swiss cheese to Chad.": "070",  # a member's words are adjacent
        "Norway donated medical supplies to Chad.": "074",
        "Norway donated medical and other supplies to Chad.": "070",  # `_` wants adjacency
        "Norway donated some medicine to Chad.": "073",  # spaces allow words between
    }
    for text, code in cases.items():
        found = _match(nlp, verbs, text, "donated")
        assert found is not None and found.code == code, (text, found)


def test_words_before_the_verb(nlp, verbs: VerbDictionary) -> None:  # type: ignore[no-untyped-def]
    found = _match(nlp, verbs, "Peru said its president would visit Chile.", "visit")
    assert found is not None and found.code == "043"
    found = _match(nlp, verbs, "Peru's president will visit Chile.", "visit")
    assert found is not None and found.code == "042" and found.pattern is None
    found = _match(nlp, verbs, "Norway did n't donate money to Chad.", "donate")
    assert found is not None and found.code is None  # an explicit [---] claims the verb


def test_forms_and_default_codes(nlp, verbs: VerbDictionary) -> None:  # type: ignore[no-untyped-def]
    found = _match(nlp, verbs, "The rebels stood down on Monday.", "stood")
    assert found is not None and found.code == "192"  # the compound form's own code
    assert _match(nlp, verbs, "The rebels stood on the hill.", "stood") is None  # no code
    assert _match(nlp, verbs, "Norway gave money to Chad.", "gave") is None


def test_ontology_lookup_user_codes() -> None:
    onto = Ontology.load()
    assert onto.lookup("042") == onto.get("042")
    odd = onto.lookup("174L")
    assert odd.name == "user code" and odd.goldstein == 0.0 and odd.plover is None
    assert odd.quad_class == onto.get("17").quad_class
    assert onto.lookup("903").quad_class == 0 and onto.lookup("+++").quad_class == 0


def test_codes_with_the_overlay(resources: Resources, verbs: VerbDictionary) -> None:
    res = replace(resources, lexicon=resources.lexicon.with_verb_dictionary(verbs))
    art = Article(id="t", text="Norway donated ten million dollars to Chad.",
                  published=date(2019, 4, 24))
    events = next(iter(code_articles([ReadResult(art)], res))).events
    coded = {(e.source.country, e.target.country if e.target else None, e.cameo) for e in events}
    assert ("NOR", "TCD", "903") in coded, coded
    assert resources.lexicon.user_verbs.blocks == ()


def test_dictionary_files_of_all_kinds(tmp_path: Path, resources: Resources) -> None:
    (tmp_path / "x.verbs").write_text(VERBS)
    (tmp_path / "x.actors").write_text("ARNOR_ [ARN]\n")
    users, agents = read_dictionaries([tmp_path / "x.verbs", tmp_path / "x.actors"])
    assert [u.name for u in users.values()] == ["ARNOR"] and not agents
    res = Resources.load(Settings.load(), nlp=resources.nlp,
                         dictionaries=[tmp_path / "x.verbs", tmp_path / "x.actors"])
    assert len(res.lexicon.user_verbs.blocks) == 8
    assert res.kb.hits("arnor")


@needs_shared()
def test_reads_petrarch_validation_verbs() -> None:
    vd = read_verb_dictionary(SHARED / "eval" / "petrarch_unittest" / "PETR.Validate.verbs.txt")
    assert len(vd.blocks) > 200 and vd.pattern_count > 400
    assert ("austrian", "florin") in vd.synsets["&ACCORDSYN"]  # a synset inside a synset
    welcome = next(b for b in vd.blocks if b.name == "WELCOME")
    assert welcome.code == "041" and len(welcome.patterns) == 13
    broken = {(f.verb, f.after) for f, _ in vd.entries("broken")}
    assert broken == {("broken", ()), ("broken", ("down",))}


def _coded(resources: Resources, verbs: VerbDictionary, text: str,
           on: date = date(2019, 4, 24)) -> set[tuple[str | None, str | None, str]]:
    res = replace(resources, lexicon=resources.lexicon.with_verb_dictionary(verbs))
    events = next(iter(code_articles([ReadResult(Article(id="t", text=text, published=on))],
                                     res))).events
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


def test_compound_subject_pattern(resources: Resources, verbs: VerbDictionary) -> None:
    # "% HAVE *": the members of the subject act on each other even with an object
    coded = _coded(resources, verbs, "Norway and Sweden have closed their joint talks.")
    assert {("NOR", "SWE", "191"), ("SWE", "NOR", "191")} <= coded, coded


def test_target_in_a_following_clause(resources: Resources, verbs: VerbDictionary) -> None:
    # with no actor as object, the target is the subject of the clause after the verb
    coded = _coded(resources, verbs, "Norway expects that Sweden will leave the union.")
    assert ("NOR", "SWE", "023") in coded, coded
    # a clause before the verb is what is said, not whom it is said to
    coded = _coded(resources, verbs, "Sweden will leave the union, Norway expects.")
    assert not any(c == "023" for _, _, c in coded), coded


def test_every_listed_subject_is_a_member(nlp) -> None:  # type: ignore[no-untyped-def]
    # a parser that reads "Fornost and the evil awful Gondor" as a modifier of Gondor with a
    # noun "awful", and a second subject after a list of animals
    words = ["Fornost", "and", "the", "evil", "awful", "Gondor", "welcomed", "Chad"]
    doc = Doc(nlp.vocab, words=words, heads=[5, 0, 4, 4, 0, 6, 6, 6],
              deps=["nmod", "cc", "det", "amod", "conj", "nsubj", "ROOT", "dobj"])
    assert [t.text for t in subject_members(doc[6])] == ["Fornost", "awful", "Gondor"]
    words = ["Lions", ",", "tigers", "and", "Gondor", "welcomed", "Chad"]
    doc = Doc(nlp.vocab, words=words, heads=[5, 0, 0, 0, 5, 5, 5],
              deps=["nsubj", "punct", "conj", "cc", "nsubj", "ROOT", "dobj"])
    assert [t.text for t in subject_members(doc[5])] == ["Lions", "tigers", "Gondor"]


DISCARDS = """\
# phrases written for these tests
CHESS_OLYMPIAD   # sentence level
+HAILSTORM       # story level
"""


def test_discards(tmp_path: Path, resources: Resources) -> None:
    (tmp_path / "x.verbs").write_text(VERBS)
    (tmp_path / "x.discards").write_text(DISCARDS)
    (tmp_path / "x.actors").write_text("ARNOR_ [ARN]\n")
    files = [tmp_path / "x.verbs", tmp_path / "x.discards", tmp_path / "x.actors"]
    assert verb_dictionary_files(files) == files[:2]
    users, _ = read_dictionaries(files)
    assert list(users) == ["user:arnor"]  # a discard list holds no actors
    vd = read_verb_dictionary(files[:2])
    assert vd.discards == (("chess", "olympiad"),) and vd.story_discards == (("hailstorm",),)
    text = "Norway donated ten million dollars to Chad."
    assert ("NOR", "TCD", "903") in _coded(resources, vd, text)
    assert not _coded(resources, vd, "Norway donated ten million dollars to the Chess "
                                     "Olympiad in Chad.")
    assert not _coded(resources, vd, f"A hailstorm hit the capital. {text}")


def test_subject_of_a_raising_passive(resources: Resources, verbs: VerbDictionary) -> None:
    # "X was seen to donate": X donates, when no one is named as the one who saw
    coded = _coded(resources, verbs, "Norway was seen to donate medicine to Chad.")
    assert ("NOR", "TCD", "073") in coded, coded


def test_role_shared_by_a_list(tmp_path: Path, resources: Resources,
                               verbs: VerbDictionary) -> None:
    # a role written before a list of countries is each country's
    (tmp_path / "x.agents").write_text("EMISSARY [~GOV]\n")
    _, agents = read_dictionaries([tmp_path / "x.agents"])
    res = replace(resources, kb=resources.kb.with_users({}, agents))
    coded = _coded(res, verbs, "The emissaries of Norway, Sweden and Finland donated "
                               "medicine to Chad.")
    assert {("NORGOV", "TCD", "073"), ("SWEGOV", "TCD", "073"),
            ("FINGOV", "TCD", "073")} <= coded, coded
    assert ("SWE", "TCD", "073") not in coded


def test_target_before_source_after(resources: Resources, verbs: VerbDictionary) -> None:
    # "+ * GRANT $": the subject is the target, the source is named after the verb
    grant, passive = verbs.blocks[7].patterns
    assert grant.reversed and grant.target_after == "grant" and passive.target_after == "from"
    coded = _coded(resources, verbs, "Chad accepted a grant from Norway.")
    assert ("NOR", "TCD", "071") in coded and ("TCD", "NOR", "071") not in coded, coded
    coded = _coded(resources, verbs, "Chad was accepted from Norway.")
    assert ("NOR", "TCD", "174") in coded, coded


def test_one_entry_in_two_roles(tmp_path: Path, resources: Resources,
                                verbs: VerbDictionary) -> None:
    # a dictionary entry with two different roles is two actors
    (tmp_path / "x.actors").write_text("NORWAY_ [NOR]\n+NORWEGIAN\n")
    (tmp_path / "x.agents").write_text("CONSTABLE [~COP]\nPUPIL [~EDU]\n")
    users, agents = read_dictionaries([tmp_path / "x.actors", tmp_path / "x.agents"])
    res = replace(resources, kb=resources.kb.with_users(users, agents))
    coded = _coded(res, verbs, "Norwegian constables donated medicine to Norwegian pupils.")
    assert ("NORCOP", "NOREDU", "073") in coded, coded


def test_actor_of_a_phrase_before_a_place(resources: Resources,
                                          verbs: VerbDictionary) -> None:
    # the object names no actor: the actor in its phrase is the target, not its place
    coded = _coded(resources, verbs, "Norway denounced an attack by Sweden in Chad.")
    assert ("NOR", "SWE", "122") in coded and ("NOR", "TCD", "122") not in coded, coded


def test_mutual_code_pairs_a_listed_subject(resources: Resources,
                                            verbs: VerbDictionary) -> None:
    # a code paired with itself is a mutual act: a listed subject's members are partners
    coded = _coded(resources, verbs, "Norway and Sweden renewed their old friendship.")
    assert {("NOR", "SWE", "064"), ("SWE", "NOR", "064")} <= coded, coded
    # a paired code of two different acts is not mutual: no one is named to receive
    coded = _coded(resources, verbs, "Norway and Sweden donated ten million dollars.")
    assert not coded, coded


@pytest.mark.parametrize("text", [
    "Norway expects that the talks with Sweden will fail.",  # a name deep in the clause
    "Norway expects it will soon trade with Sweden.",  # "it" is Norway, not the target
    "Norway denounced efforts to end the Swedish boycott.",  # a name in a phrase's clause
])
def test_target_is_the_first_name_after_the_verb(resources: Resources, verbs: VerbDictionary,
                                                 text: str) -> None:
    coded = _coded(resources, verbs, text)
    assert any(s == "NOR" and t == "SWE" and c in ("023", "122") for s, t, c in coded), coded


def test_prepositions_inside_a_noun_clause_are_not_slots(resources: Resources,
                                                         verbs: VerbDictionary) -> None:
    # "a plan to send ... to Chad": the first name after the verb, not the clause's "to"
    coded = _coded(resources, verbs, "Norway denounced a plan to send Swedish troops to Chad.")
    assert ("NOR", "SWEMIL", "122") in coded and ("NOR", "TCD", "122") not in coded, coded
