"""Whether a span of text sits inside quotation marks."""

from __future__ import annotations

from spacy.tokens import Span

_OPEN = "“\""
_CLOSE = "”\""


def inside_quote(span: Span) -> bool:
    """True when the span starts inside an open quotation in its paragraph."""
    text = span.doc.text
    para_start = text.rfind("\n", 0, span.start_char) + 1
    before = text[para_start:span.start_char]
    curly = before.count("“") - before.count("”")
    straight = before.count('"') % 2
    return curly > 0 or straight == 1
