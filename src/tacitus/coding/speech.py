"""Events stated in reported speech.

Many news events are statements: "the U.S. called the seizure illegal", "Iran stepped up its
rhetoric, saying Riyadh is trying to destabilize the country". When the verb that reports one
is neutral (say, call, describe as), the code comes from what is said: an evaluative word
(data/evaluative.yaml) makes the statement a criticism (111), an accusation (112) or praise
(051) from the speaker to the party the evaluation is about. Verbs that evaluate by themselves
(condemn, accuse, praise) are the trigger lexicon's, not this module's.

Conservative by design: a negated, hypothetical or conditional statement, the report of a
third party's words, and a statement about the speaker's own side code nothing; a speaker and
a party make one such event per sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from ..kb.resolve import Mention
from .events import RawEvent, _with_country, sources_of
from .lexicon import Trigger
from .mentions import MentionIndex
from .syntax import NAMING, OBJ, SPEECH, SUBJ, children, prep_objects

# Verbs whose clause reports what was said ("said the strike was an aggression").
SAYING = SPEECH | {"conclude"}
STATING = SAYING | NAMING
# Nouns that report someone else's words: "strained over allegations that Russia interfered".
_REPORTS = frozenset({"allegation", "accusation", "claim", "charge", "report", "rumor",
                      "rumour", "suggestion", "speculation", "assertion"})
_MODALS = frozenset({"would", "could", "might", "may", "should"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
# Roles of the state and of those who challenge it: a government and its armed opposition
# are two sides of one country ("the Afghan government called the Taliban's warning
# propaganda"); two state bodies are one side.
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
_CHALLENGER_ROLES = frozenset({"OPP", "REB", "INS"})
# Links from a word up to its clause along which a word is said of the clause's subject:
# "were a great measure", "is despicable and unforgivable".
_PREDICATIVE = frozenset({"attr", "acomp", "oprd", "amod", "conj", "appos", "advmod",
                          "compound", "pobj", "prep", "xcomp"})


@dataclass(frozen=True, slots=True)
class Statement:
    """What a verb states: the phrases it is about and the words read for an evaluation."""

    verb: Token
    about: tuple[Token, ...]
    words: tuple[Token, ...]


def stated_evaluations(verb: Token, index: MentionIndex, evaluative: Mapping[str, str],
                       coded: Sequence[RawEvent]) -> list[RawEvent]:
    """Events for a statement by a neutral verb whose content evaluates another party;
    `coded` are the sentence's events so far (a pair coded already is not coded again)."""
    statement = read_statement(verb)
    if statement is None:
        return []
    code = _code(statement, evaluative, index)
    if code is None:
        return []
    speakers = [s for s in _speakers(verb, index) if s.country]
    done = {(e.source.code, e.target.code) for e in coded if e.target is not None}
    rule = Trigger(lemma=verb.lemma_.lower(), code=code)
    out: list[RawEvent] = []
    for speaker in speakers:
        for target in _targets(statement, speaker, index, evaluative):
            if (speaker.code, target.code) not in done:
                done.add((speaker.code, target.code))
                out.append(RawEvent(verb, rule, code, speaker, target, 0.5))
    return out


def read_statement(verb: Token) -> Statement | None:
    """The statement a verb makes, or None where it is background, negated or hypothetical."""
    if verb.dep_ == "relcl" or _negated(verb) or _modal(verb):
        return None  # "..., where U.S. officials say", "did not say", "would call"
    if verb.dep_ == "advcl" and (verb.tag_ != "VBG" or _marked(verb)):
        return None  # "as Iran said ...", not "..., saying Riyadh ..."
    lemma = verb.lemma_.lower()
    if lemma in NAMING:
        preds = children(verb, {"oprd", "xcomp", "acomp"}) + \
            [p for p in children(verb, {"prep"}) if p.lower_ == "as"]
        objects = children(verb, OBJ)
        if not preds:
            return None  # "called Rouhani": a phone call, not a name
        about = objects or preds  # the parser may fold the object into the complement
        return Statement(verb, tuple(about), tuple(_content(preds)))
    if lemma not in SAYING:
        return None
    clauses = [c for c in children(verb, {"ccomp", "xcomp", "oprd"})
               if not _modal(c) and not _negated(c) and not _conditional(c)
               and c.lemma_.lower() not in STATING]  # "said Morocco called ...": Morocco's
    if not clauses:
        return None
    about = [s for c in clauses for s in children(c, SUBJ)]
    return Statement(verb, tuple(about), tuple(_content(clauses)))


def _content(heads: Iterable[Token]) -> list[Token]:
    """The words of the phrases under `heads`, without the words of reports they nest: in
    "said Tehran called the deal illegal" or "... over allegations that Russia interfered" the
    judgement is someone else's."""
    heads = list(heads)
    out: list[Token] = []
    stack = list(heads)
    while stack:
        tok = stack.pop()
        if tok not in heads and (tok.lemma_.lower() in _REPORTS or (
                tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in STATING)):
            continue
        out.append(tok)
        stack.extend(tok.children)
    return sorted(out, key=lambda t: t.i)


def _code(statement: Statement, evaluative: Mapping[str, str],
          index: MentionIndex) -> str | None:
    """The code the statement's evaluative words give; None where there are none, or where
    praise and criticism are mixed."""
    codes: set[str] = set()
    for word in statement.words:
        code = evaluative.get(word.lemma_.lower()) or evaluative.get(word.lower_)
        if code is None or word.i in index.by_token or _negated(word):
            continue  # "Great Britain" names, "not illegal" does not judge
        if code == "051" and not _predicative(word, statement.verb):
            continue  # "a great deal of aid" praises no one
        codes.add(code)
    if not codes or ("051" in codes and len(codes) > 1):
        return None
    return "112" if "112" in codes else min(codes)


def _predicative(word: Token, verb: Token) -> bool:
    """A word said of what the statement is about ("were a great measure", "called it a
    great step"), not one inside a subject or an object ("a great deal of aid went to")."""
    for tok in (word, *word.ancestors):
        if tok.head.i in (verb.i, tok.i):
            return True
        if tok.dep_ not in _PREDICATIVE and tok.dep_ != "ccomp":
            return False
        if tok.dep_ in ("prep", "pobj") and (tok if tok.dep_ == "prep" else tok.head).lower_ \
                != "as":
            return False
    return False


def _speakers(verb: Token, index: MentionIndex) -> list[Mention]:
    """Who states: the verb's subject, or for a participle ("..., saying Riyadh is trying",
    "issued a statement calling the move illegal") the subject of the clause it hangs on."""
    found = sources_of(verb, index)
    if not found and verb.tag_ == "VBG":
        anc = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")
                    and children(a, SUBJ)), None)
        found = sources_of(anc, index) if anc is not None else []
    # a bare role ("the opposition says") speaks for the country the story is about
    return [_with_country(m, index) for m in found]


def _targets(statement: Statement, speaker: Mention, index: MentionIndex,
             evaluative: Mapping[str, str]) -> list[Mention]:
    """The party the evaluation is about, most direct first: the owner of an evaluative word
    ("India's atrocities", "the Israeli aggression"), the actor of the phrase the statement
    is about ("called the seizure by China illegal", "said Riyadh is trying to ..."), else
    another side's actor named inside that phrase."""
    judged = [w for w in statement.words if w.lemma_.lower() in evaluative
              or w.lower_ in evaluative]
    tiers = [
        [m for w in judged for m in _owners(w, index)],
        [m for h in statement.about for m in _actors(h, index)],
        [m for h in statement.about for t in h.subtree if (m := index.by_token.get(t.i))],
    ]
    for tier in tiers:
        found = [m for m in tier if _other_side(speaker, m)]
        if found:
            return found if tier is not tiers[2] else found[:1]
    return []


def _owners(word: Token, index: MentionIndex) -> list[Mention]:
    """Whose the judged act is: its possessor, its national modifier or its "by" agent; for
    a verb, its subject ("is concerned that the government of Maduro is violating ...")."""
    if word.pos_ in ("VERB", "AUX"):
        return [m for s in children(word, SUBJ) for m in _actors(s, index)]
    noun = word.head if word.dep_ == "amod" else word
    tokens = children(noun, {"poss"}) + [
        c for c in children(noun, {"amod", "compound", "nmod"}) if c.i in index.by_token]
    tokens += list(prep_objects(noun, ("by",)))
    return [m for t in tokens if (m := index.for_token(t)) is not None]


def _actors(head: Token, index: MentionIndex) -> list[Mention]:
    """The actor a phrase names: its own mention (a pronoun's referent, a possessor or a
    modifier before any preposition), else the one of its "of" or "by" phrase ("the heinous
    actions of Assad's government")."""
    found = index.for_token(head)
    if found is not None:
        return [found]
    return [m for t in prep_objects(head, ("of", "by")) if (m := index.for_token(t))]


def _other_side(speaker: Mention, target: Mention) -> bool:
    """Another country's actor, or the other side of the speaker's own country (a government
    and its armed opposition); never the speaker or its own side."""
    if target.country is None or target.entity == speaker.entity:
        return False
    if target.country != speaker.country:
        return True
    roles = {_role(speaker), _role(target)}
    return bool(roles & _STATE_ROLES) and bool(roles & _CHALLENGER_ROLES)


def _role(m: Mention) -> str:
    """The role part of an actor's code; a country named as such acts as its state."""
    code, country = m.code or "", m.country or ""
    role = code[len(country):len(country) + 3] if code.startswith(country) else ""
    return role or ("GOV" if m.kind == "country" else "")


def _negated(word: Token) -> bool:
    """A word under a "not" within its clause ("not a missile that would violate ...")."""
    for t in (word, *list(word.ancestors)[:4]):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.dep_ in ("ccomp", "ROOT"):
            return False
    return False


def _modal(verb: Token) -> bool:
    """"would be illegal", "could call": a statement about what might be."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _marked(verb: Token) -> bool:
    return any(c.dep_ == "mark" for c in verb.children)


def _conditional(clause: Token) -> bool:
    """"if Israel annexes the land, it is illegal", "whether the move is legal"."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children) or any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in children(c, {"mark"}))
        for c in clause.children)
