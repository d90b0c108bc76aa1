"""Small dependency-parse helpers shared by the coding stages."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

SUBJ = frozenset({"nsubj", "csubj"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj"})
# Verbs whose object is the understood subject of their infinitive: "urged Pyongyang to talk".
OBJECT_CONTROL = frozenset({"urge", "ask", "order", "force", "persuade", "push", "press",
                            "encourage", "call", "invite", "allow", "help", "warn", "tell"})
SPEECH = frozenset({"say", "tell", "announce", "report", "state", "add", "claim", "note",
                    "insist", "write", "declare", "confirm", "quote", "reiterate", "stress",
                    "explain", "argue", "assert", "affirm", "suggest"})
# Verbs that name what their object is ("called the seizure illegal", "described the case as
# abnormal"): statements whose evaluation is the object's complement (coding/speech.py).
NAMING = frozenset({"call", "describe", "term", "label", "dub", "characterize",
                    "characterise", "regard", "view", "portray", "depict"})


def with_conjuncts(token: Token) -> list[Token]:
    """`token` and the tokens coordinated with it ("Kim and Putin")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(with_conjuncts(child))
    return out


def children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(token: Token, preps: tuple[str, ...] | set[str]) -> Iterator[Token]:
    """Objects of the prepositions `preps` attached to `token` ("talks *with* X")."""
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative", "prt") and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp", "dobj"):
                    yield from with_conjuncts(obj)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children)


# Participles whose passive states the subject's own stance or activity: "Israel is opposed
# to ...", "forces were engaged in heavy fighting".
STATIVE_PASSIVES = frozenset({"oppose", "commit", "engage", "involve", "determine",
                              "dedicate", "resolve"})


def is_stative(verb: Token) -> bool:
    """A passive form that reads as active: a stance participle with no "by" agent."""
    return verb.lemma_.lower() in STATIVE_PASSIVES and not any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)


def clause_verb(token: Token) -> Token:
    """The nearest verb governing `token` (itself if it is one)."""
    cur = token
    for _ in range(40):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return cur
        cur = cur.head
    return cur


def ancestors_upto(token: Token, limit: int = 12) -> list[Token]:
    out: list[Token] = []
    cur = token
    while cur.head is not cur and len(out) < limit:
        cur = cur.head
        out.append(cur)
    return out
