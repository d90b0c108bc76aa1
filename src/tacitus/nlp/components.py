"""tacitus's own spaCy components and tokenizer tweaks, registered in this one module."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

PARAGRAPH_BREAKS = "tacitus_paragraph_breaks_v1"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and datelines stand alone."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
    return doc


def customize(nlp: Any) -> Any:
    """Add the paragraph component and split glued datelines such as "(Agency)North"."""
    infixes = [*nlp.Defaults.infixes, r"(?<=[)\]])(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if PARAGRAPH_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp
