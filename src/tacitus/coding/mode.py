"""The mode of an event: asserted, planned, negated, alleged, denied or hypothetical.

Read from the trigger's own clause and the clauses above it, nearest first: "did not attend"
is negated, "accused Moscow of providing" makes providing alleged, "denied providing" makes it
denied (and so does a later "Moscow denied the allegations"), "will meet" and "agreed to hold
a summit" are planned, "if sanctions are eased" is hypothetical.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..types import Mode

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HEDGE_AUX = frozenset({"could", "might", "may"})
_PLAN_VERBS = frozenset({"plan", "agree", "approve", "expect", "intend", "prepare", "schedule",
                         "decide", "hope", "aim", "seek", "want", "promise", "pledge", "vow",
                         "offer", "propose", "set", "due", "consider", "threaten", "arrange",
                         "invite", "ready"})
_ALLEGE_VERBS = frozenset({"accuse", "allege", "charge", "claim", "blame", "suspect"})
_DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
_FAIL_VERBS = frozenset({"fail", "refuse", "decline"})
_PLAN_NOUNS = frozenset({"planned", "upcoming", "proposed", "scheduled", "expected", "possible",
                         "future", "next"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})


def event_mode(trigger: Token) -> Mode:
    """The mode of the event triggered by `trigger`. A denial (016) is itself asserted; what
    it denies is `denied` (see `coding.assemble.denied_by_later_denial`)."""
    own = _own_clause_mode(trigger)
    if own is not None:
        return own
    cur = trigger
    for _ in range(8):
        if cur.head is cur:
            break
        dep, cur = cur.dep_, cur.head
        lemma = cur.lemma_.lower()
        if dep == "advcl" and _is_conditional(trigger):
            return "hypothetical"
        if lemma in _DENY_VERBS and dep in ("xcomp", "pcomp", "ccomp", "dobj", "pobj", "prep"):
            return "denied"
        if lemma in _ALLEGE_VERBS and dep in ("pcomp", "pobj", "ccomp", "xcomp", "prep"):
            return "alleged"
        if lemma in _FAIL_VERBS and dep == "xcomp":
            return "negated"
        if lemma in _PLAN_VERBS and dep in ("xcomp", "dobj", "ccomp", "pobj", "pcomp"):
            return "planned"
        if cur.pos_ in ("VERB", "AUX"):
            upper = _own_clause_mode(cur, include_plans=False)
            if upper in ("negated",) and dep in ("xcomp",):
                return "negated"
    return "asserted"


def _own_clause_mode(tok: Token, *, include_plans: bool = True) -> Mode | None:
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    kids = list(tok.children) + (list(tok.head.children) if verb is None and
                                  tok.dep_ in ("dobj", "nsubjpass") else [])
    if any(k.dep_ == "neg" for k in kids):
        return "negated"
    if _is_conditional(tok):
        return "hypothetical"
    words = {k.lower_ for k in kids if k.dep_ in ("aux", "auxpass")}
    if words & _HEDGE_AUX:
        return "hypothetical"
    if include_plans and (words & _FUTURE_AUX or _going_to(tok)):
        return "planned"
    if include_plans and verb is None and any(k.lower_ in _PLAN_NOUNS for k in tok.children):
        return "planned"
    if include_plans and "would" in words and tok.dep_ in ("ccomp",):
        return "planned"  # reported future: "said the leaders would hold talks"
    return None


def _is_conditional(tok: Token) -> bool:
    cur = tok
    for _ in range(4):
        if any(k.dep_ == "mark" and k.lower_ in _CONDITIONAL for k in cur.children):
            return True
        if cur.dep_ != "advcl" and cur.pos_ in ("VERB", "AUX") and cur is not tok:
            return False
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _going_to(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "xcomp" and head.lower_ == "going" and any(
        k.dep_ == "aux" for k in head.children)
