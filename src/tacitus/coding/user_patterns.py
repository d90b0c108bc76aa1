"""Triggers from a user's PETRARCH verb dictionary: the pattern gives the code, the parse
gives the target phrase (or, for a pattern `+ * ... $`, the source's)."""

from __future__ import annotations

from collections import deque

from spacy.tokens import Token

from .lexicon import Trigger
from .mentions import PRONOUNS
from .petrarch_verbs import PatternMatch, VerbPattern
from .syntax import OBJ, PASS_SUBJ, SUBJ, children, is_passive, prep_objects

_USER_PREPS = frozenset({"with", "to", "against", "on", "from", "in", "for", "of", "over",
                         "about", "at", "into", "toward", "towards", "upon", "between",
                         "by"})
_CLAUSE_EDGES = frozenset({"advcl", "ccomp", "relcl", "acl", "conj", "parataxis", "csubj",
                           "nsubj", "nsubjpass", "mark", "cc", "punct", "appos"})
# How the parser may attach the members of a listed subject to one another.
_MEMBER_DEPS = frozenset({"conj", "appos", "nmod"})
_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY",
                             "PERCENT"})


def user_trigger(tok: Token, found: PatternMatch) -> tuple[Trigger | None, Token | None]:
    """The trigger for a user-dictionary match (one without a code codes nothing), and the
    token whose prepositional objects hold the target: where the pattern's `+` (in a reversed
    pattern, its `$`) says, else the direct object when it names an actor, else the nearest
    preposition whose object does, else the subject of a clause after the verb."""
    if found.code is None:
        return None, None
    obj = next(iter(children(tok, OBJ)), None)
    if found.pattern is not None and found.pattern.compound_subject:
        # "% HAVE *": the subject's members act on each other, whatever the object is
        return _trigger(tok, found, ()), obj
    preps = _preps_below(tok)
    named = _named_prep(found.pattern, preps)
    target: tuple[str, ...]
    if named is not None:
        target, prep = (named.lower_,), named
    elif (found.pattern is not None and found.pattern.target_after == "dobj") or any(
            _actor_like(o) for o in children(tok, OBJ | PASS_SUBJ)):
        target, prep = ("dobj",), None
    else:
        prep = next((p for p in preps if p.lower_ in _USER_PREPS and any(
            _actor_like(o) for o in prep_objects(p.head, (p.lower_,)))), None)
        # the preposition's actor first: the object names none ("condemned an attack by X
        # in Y" is aimed at X, not at the place the object is in)
        target = ("dobj",) if prep is None else (prep.lower_, "dobj")
        if prep is None and _clause_subject(tok):
            target = ("dobj", "that_subj")  # "allowed that Mordor is ...": the next actor
        elif prep is None and found.paired == found.code and _listed_subject(tok):
            # "[064:064]" is a mutual act: with no one named after the verb, the members of
            # a listed subject are each other's partners ("Gondor and Osgiliath renewed ties")
            return _trigger(tok, found, (), mutual=True), obj
        elif prep is None:
            target = ("after", "dobj")  # the first name after the verb, in whatever phrase
    rule = _trigger(tok, found, target)
    return rule, obj if prep is None or prep.head is tok else prep.head


def _trigger(tok: Token, found: PatternMatch, target: tuple[str, ...], *,
             mutual: bool = False) -> Trigger:
    return Trigger(lemma=tok.lemma_.lower(), code=found.code or "", target=target,
                   symmetric=found.compound or mutual, needs_target=True,
                   reverse_code=found.paired,
                   user=True, reversed=found.pattern is not None and found.pattern.reversed)


def _preps_below(verb: Token) -> list[Token]:
    """Prepositions below `verb`, nearest first, not inside other clauses."""
    out: list[Token] = []
    queue = deque(c for c in verb.children if c.dep_ not in _CLAUSE_EDGES)
    while queue:
        node = queue.popleft()
        if node.dep_ in ("prep", "prt", "dative") or (node.dep_ == "agent" and node.head != verb):
            out.append(node)
        queue.extend(c for c in node.children if c.dep_ not in _CLAUSE_EDGES)
    return out


def _clause_subject(verb: Token) -> bool:
    """The verb's complement clause after it has an actor as its subject ("believes X can
    cope"); a clause before the verb is what a speaker says ("X will go, an official said")."""
    return any(_actor_like(s) and s.lower_ not in PRONOUNS  # "said he ...": the speaker
               for c in children(verb, {"ccomp"}) if c.i > verb.i for s in children(c, SUBJ))


def _listed_subject(verb: Token) -> bool:
    return sum(_actor_like(t) for t in subject_members(verb)) > 1


def _named_prep(pattern: VerbPattern | None, preps: list[Token]) -> Token | None:
    """The preposition a pattern's `+` follows ("* ABOUT +"), moved on one phrase per `^`."""
    if pattern is None or pattern.target_after in (None, "dobj"):
        return None
    cur = next((p for p in preps if p.lower_ == pattern.target_after), None)
    for _ in range(pattern.target_skip):
        if cur is None:
            break
        end = max((o.i for o in prep_objects(cur.head, (cur.lower_,))), default=cur.i)
        cur = min((p for p in preps if p.i > end), key=lambda p: p.i, default=None)
    return cur


def _actor_like(tok: Token) -> bool:
    """`tok`'s phrase, up to its first modifier phrase, has a name or a personal pronoun."""
    for t in tok.subtree:
        if t is not tok and t.dep_ in ("prep", "relcl", "acl", "appos"):
            return False
        if (t.ent_type_ in _ACTOR_ENTS or (t is tok and t.lower_ in PRONOUNS)
                or (t.pos_ == "PROPN" and t.ent_type_ not in _NOT_ACTOR_ENTS)):
            return True
    return False


def subject_members(verb: Token) -> list[Token]:
    """The words of every subject of an active verb and of the lists they head, however the
    parser attached the list: "Fornost and the evil awful Gondor" (Fornost a modifier),
    "Lions, tigers, and Gondor" (two subjects). A dictionary's patterns code each member."""
    if is_passive(verb):
        return []
    out: list[Token] = []
    stack = children(verb, SUBJ) or _raised_subjects(verb)
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in _MEMBER_DEPS)
    return sorted(out, key=lambda t: t.i)


def _raised_subjects(verb: Token) -> list[Token]:
    """"Gollum was seen to break into ...": the passive's subject does the infinitive's act
    when no one is named as the one who saw (no "by" phrase)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or not is_passive(head) or any(
            c.dep_ == "agent" for c in head.children):
        return []
    return children(head, PASS_SUBJ)


def first_name_after(verb: Token) -> list[Token]:
    """The first name after the verb in the phrases below it, whatever their kind: where a
    pattern's target is when no object or preposition holds one ("expressed hopes that X
    could ...", "said he has deep satisfaction toward X")."""
    return next(([t] for t in verb.subtree if t.i > verb.i and (
        t.ent_type_ in _ACTOR_ENTS or (t.pos_ == "PROPN" and t.ent_type_ not in _NOT_ACTOR_ENTS))),
        [])
