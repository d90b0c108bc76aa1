"""Who reports an event: "X said ...", "according to Y", "Y news agency reported".

The speaker is the subject of the nearest speech verb above the trigger; an "according to"
phrase in the sentence adds an outer source to the chain ("Ushakov said ..., according to
KCNA"). A claim with no such source has no attribution.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..types import Attribution
from .syntax import SPEECH, SUBJ, children

MentionLookup = Callable[[Token], tuple[str, str | None]]  # token -> (speaker name, actor id)


def attribution_for(trigger: Token, *, lookup: MentionLookup,
                    include_self: bool = False) -> Attribution | None:
    """The attribution of the event at `trigger`, or None when nothing sources it."""
    sent = trigger.sent
    speech = _speech_verb_above(trigger, include_self=include_self)
    outer = _according_to(sent, lookup)
    if speech is None:
        if outer is None:
            return None
        name, actor, span = outer
        return Attribution(name, span.text, span.start_char, span.end_char, actor)
    subj = next(iter(children(speech, SUBJ | {"nsubjpass"})), None)
    if subj is None:
        return None if outer is None else Attribution(
            outer[0], outer[2].text, outer[2].start_char, outer[2].end_char, outer[1])
    name, actor = lookup(subj)
    phrase = _phrase(subj, speech)
    chain = (outer[0],) if outer is not None else ()
    return Attribution(name, phrase.text, phrase.start_char, phrase.end_char, actor, chain)


def _speech_verb_above(trigger: Token, *, include_self: bool) -> Token | None:
    cur = trigger
    if include_self and cur.lemma_.lower() in SPEECH:
        return cur
    for _ in range(10):
        if cur.head is cur:
            return None
        dep, cur = cur.dep_, cur.head
        if cur.lemma_.lower() in SPEECH and dep in ("ccomp", "parataxis", "xcomp", "advcl",
                                                      "conj", "dobj"):
            return cur
    return None


def _according_to(sent: Span, lookup: MentionLookup) -> tuple[str, str | None, Span] | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and \
                tok.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                name, actor = lookup(objs[0])
                span = tok.doc[tok.i:objs[0].right_edge.i + 1]
                return name, actor, span
    return None


def _phrase(subj: Token, verb: Token) -> Span:
    doc = subj.doc
    lo = min(subj.left_edge.i, verb.i)
    hi = max(subj.right_edge.i, verb.i) + 1
    if hi - lo > 25:  # keep the quoted phrase short: just the subject head and the verb
        lo, hi = min(subj.i, verb.i), max(subj.i, verb.i) + 1
    return doc[lo:hi]
