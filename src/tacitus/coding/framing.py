"""How an act is framed: announced, threatened or refused acts take the code of the
announcement, and a denial answers the accusation it responds to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .events import RawEvent

_INTENT_HEADS = frozenset({"agree", "offer", "pledge", "promise", "vow", "plan", "intend",
                           "decide", "willing", "ready", "prepared", "commit", "volunteer"})
_THREAT_HEADS = frozenset({"threaten"})
_REFUSAL_HEADS = frozenset({"refuse", "decline", "reject", "fail"})
_PLAN_HEADS = frozenset({"plan", "prepare", "intend", "decide", "aim", "set", "due"})
_INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_THREAT_BY_ROOT = {"14": "133", "16": "131", "17": "137", "18": "138", "19": "138",
                   "20": "138"}


def framed_code(verb: Token, code: str) -> str:
    """CAMEO codes announced acts as the announcement: "will give a grant" is an intent to
    give aid (033), "will impose sanctions" a threat (131), "refused to meet" a rejection."""
    root = code[:2]
    head = verb.head
    lemma = head.lemma_.lower() if verb.dep_ == "xcomp" and head is not verb else ""
    if lemma in _THREAT_HEADS:
        return _THREAT_BY_ROOT.get(root, "130")
    if lemma in _REFUSAL_HEADS and root in _INTENT_BY_ROOT:
        return "120"
    announced = lemma in _INTENT_HEADS or lemma in _PLAN_HEADS or _future(verb)
    if announced and _unless(verb):  # "will withdraw its force unless ...": a threat
        return _THREAT_BY_ROOT.get(root, "130")
    if announced and root in _INTENT_BY_ROOT:
        return _INTENT_BY_ROOT[root]
    if announced and root in _THREAT_BY_ROOT:
        return _THREAT_BY_ROOT[root]
    return code


def _future(verb: Token) -> bool:
    """"will meet", "going to meet", and the reported "said they would meet"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    going = verb.dep_ == "xcomp" and verb.head.lower_ == "going"
    reported = verb.dep_ == "ccomp" and "would" in auxes
    return bool(auxes & {"will", "shall", "'ll"}) or going or reported


def _unless(verb: Token) -> bool:
    """The act is made conditional on the other side's ("unless Israel rescinds ...")."""
    return any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children)
               for c in verb.children)



def answer_denials(events: Sequence[RawEvent]) -> list[RawEvent]:
    """A denial with no stated target answers the latest accusation against its source:
    "The US accused Moscow ... Moscow later denied the allegations" is Moscow -> US."""
    out: list[RawEvent] = []
    for ev in events:
        if ev.code.startswith("016") and ev.target is None:
            accusation = next((a for a in reversed(out) if a.code.startswith("11")
                               and a.target is not None
                               and a.target.country == ev.source.country), None)
            if accusation is not None:
                ev = replace(ev, target=accusation.source)
        out.append(ev)
    return out
