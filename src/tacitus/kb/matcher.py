"""Find KB names in a parsed document: greedy longest match over normalised tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .loader import KnowledgeBase
from .model import NameHit, normalize

_LETTERS = re.compile(r"[^A-Za-z]")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of tokens [start, end) whose text is a KB name, with what it can mean."""

    start: int
    end: int
    hits: tuple[NameHit, ...]

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(h.kind for h in self.hits)


def token_keys(doc: Doc) -> list[str]:
    return [normalize(t.text) for t in doc]


def find_pieces(doc: Doc, kb: KnowledgeBase, keys: list[str] | None = None) -> list[Piece]:
    keys = keys if keys is not None else token_keys(doc)
    pieces: list[Piece] = []
    i, n = 0, len(doc)
    while i < n:
        piece = _longest_at(doc, kb, keys, i)
        if piece is not None and doc[i].lower_ == "the" and i + 1 < n:
            # "the National Assembly" is the assembly, not the newspaper "The National"
            inner = _longest_at(doc, kb, keys, i + 1)
            if inner is not None and inner.end > piece.end:
                piece = inner
        if piece is None:
            i += 1
            continue
        pieces.append(piece)
        i = piece.end
    return pieces


def _longest_at(doc: Doc, kb: KnowledgeBase, keys: list[str], i: int) -> Piece | None:
    if not keys[i] or doc[i].is_punct:
        return None
    for j in range(min(len(doc), i + kb.max_name_tokens), i, -1):
        if (doc[j - 1].is_punct or doc[j - 1].is_space) and j - 1 > i:
            continue
        key = " ".join(k for k in keys[i:j] if k)
        hits = kb.hits(key)
        if not hits:
            continue
        ok = tuple(h for h in hits if _case_ok(doc, i, j, h))
        if ok:
            return Piece(i, j, ok)
    return None


def _case_ok(doc: Doc, i: int, j: int, hit: NameHit) -> bool:
    """Proper names must look proper: "Turkey" not "turkey", "US" not "us"."""
    if hit.kind in ("agent",):
        return True
    span_text = doc[i:j].text
    if hit.exact_case:
        return _LETTERS.sub("", span_text) == _LETTERS.sub("", hit.surface)
    first = doc[i].text
    if first.lower() == "the" and j - i > 1:
        first = doc[i + 1].text
    return first[:1].isupper() or first[:1].isdigit()
