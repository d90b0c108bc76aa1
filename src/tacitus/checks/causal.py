"""unsourced_claim: a claim about a state actor's intent or a cause, stated as fact with no
source ("the meeting was deliberately engineered by the US to ..."). Deliberately
conservative: it needs an explicit intent/cause marker, a state actor, and no attribution."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from ..kb.resolve import Mention
from ..types import Check

_MARKERS = re.compile(
    r"\b(deliberately|intentionally|secretly plotted|in order to|engineered|orchestrated|"
    r"was designed to|aims? to undermine|because|caused by|the real reason|in retaliation)\b",
    re.IGNORECASE)
_HEDGES = re.compile(r"\b(said|says|according to|reported|claimed|told|alleged|believe[sd]?|"
                     r"analysts?|experts?|critics?|may|might|could|seems?|appears?|likely)\b",
                     re.IGNORECASE)
_STRONG = re.compile(r"\b(deliberately|intentionally|engineered|orchestrated|secretly)\b",
                     re.IGNORECASE)


def unsourced_claims(doc: Doc, mentions: Sequence[Mention],
                     in_quote: Callable[[Span], bool]) -> list[Check]:
    out: list[Check] = []
    for sent in doc.sents:
        text = sent.text
        marker = _STRONG.search(text)
        if marker is None or _HEDGES.search(text) or in_quote(sent):
            continue
        state = [m for m in mentions if sent.start_char <= m.start < sent.end_char and
                 m.country and (m.kind in ("country",) or (m.code or "").endswith("GOV"))]
        if not state:
            continue
        claim = text.strip()
        out.append(Check(
            kind="unsourced_claim", severity="info", text=claim,
            start=sent.start_char, end=sent.start_char + len(claim),
            message=f"a claim of intent ({marker.group(0)!r}) about "
                    f"{state[0].name} is stated as fact with no source"))
    return out
