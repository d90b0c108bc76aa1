"""Time expressions in a document and the date each event gets.

An event takes, in order: a date expression in its own clause; the only date expression of
its sentence not attached to a speech verb; a date heading its line; the publication date
when its clause is in the present tense; the date of the report that states it; the date
carried from the story's earlier sentences; the publication date for a statement reported
without one; else `unknown`. Every inferred date says how in `date_text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..types import EventDate
from .syntax import SPEECH, ancestors_upto, clause_verb
from .timex import Resolved, Tense, resolve_expression

_NUMERIC_DATE = re.compile(r"\(?\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b\)?")
_CARRY_SENTENCES = 8


@dataclass(frozen=True, slots=True)
class Timex:
    text: str
    start: int
    end: int
    sent_start: int
    governor: int  # token index of the clause verb the expression attaches to
    resolved: Resolved


def find_timexes(doc: Doc, published: date | None) -> list[Timex]:
    if published is None:
        return []
    out: list[Timex] = []
    for span in _date_spans(doc):
        gov = clause_verb(span.root)
        found = resolve_expression(span.text, published, tense=_tense(gov))
        if found is not None:
            out.append(Timex(span.text, span.start_char, span.end_char, span.sent.start_char,
                             gov.i, found))
    return out


def _date_spans(doc: Doc) -> list[Span]:
    spans = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    taken = {t.i for s in spans for t in s}
    for m in _NUMERIC_DATE.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not any(t.i in taken for t in span):
            spans.append(span)
    return sorted(spans, key=lambda s: s.start_char)


def _tense(verb: Token) -> Tense:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    # "will meet", "to meet on Monday", "a summit to be held in November": ahead of the report
    if auxes & {"will", "shall", "'ll"} or "to" in auxes:
        return "future"
    return "past"


def event_date(trigger: Token, timexes: list[Timex], carried: EventDate | None,
               published: date | None = None) -> EventDate:
    """In order: a date in the event's clause, the sentence's only date, the publication date
    when the clause is in the present or present perfect ("says", "has accused"), the date
    carried from the story's earlier sentences, else unknown."""
    sent_start = trigger.sent.start_char
    # "in office since June 30" dates a state, not the event
    in_sent = [t for t in timexes if t.sent_start == sent_start and not _since(trigger, t)]
    clause = clause_verb(trigger).i
    own = [t for t in in_sent if t.governor in (clause, trigger.i)]
    if not own:
        doc = trigger.doc
        own = [t for t in in_sent if doc[t.governor].lemma_.lower() not in SPEECH]
        own = own[:1] if len(own) == 1 else []
    if not own:  # "April 5, 2017 - Trump says ...": a date heading its line dates the line
        own = [t for t in in_sent if t.start - sent_start <= 2]
    if own:
        tx = own[0]
        return EventDate(tx.resolved.value, tx.resolved.precision, tx.text, tx.start, tx.end)
    verb = _finite(clause_verb(trigger))
    nominal = trigger.pos_ in ("NOUN", "PROPN")  # "Duterte's visit ... swings": the visit is past
    if published is not None and not nominal and _present(verb):
        return EventDate(published, "day", f"(publication date; {verb.text!r} is present tense)")
    reported = [t for t in in_sent if trigger.doc[t.governor].lemma_.lower() in SPEECH]
    if reported:  # "Pyongyang this week said it was testing": dated by its report
        tx = reported[0]
        return EventDate(tx.resolved.value, tx.resolved.precision, f"(reported) {tx.text}",
                         tx.start, tx.end)
    stated_now = published is not None and _said_just_now(trigger)
    if carried is not None and not (stated_now and carried.precision in ("month", "year")):
        return carried
    if published is not None and stated_now:
        return EventDate(published, "day", "(publication date; stated in the report)")
    return EventDate(None, "unknown")


def _since(trigger: Token, tx: Timex) -> bool:
    start = trigger.doc.char_span(tx.start, tx.end, alignment_mode="expand")
    return start is not None and start.start > 0 and trigger.doc[start.start - 1].lower_ == "since"


def _finite(verb: Token) -> Token:
    """A participle's tense is its governing verb's ("... cleared the site, arresting ...")."""
    if verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "conj", "xcomp") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return verb.head
    return verb


def _said_just_now(trigger: Token) -> bool:
    """A statement the report quotes with no date of its own ("Abadi said Turkey and Iraq
    would ...") was made for this news item: the speech verb itself, or a clause under it."""
    return any(t.lemma_.lower() in SPEECH and t.tag_ in ("VBD", "VBZ", "VBP")
               for t in (trigger, *ancestors_upto(trigger, 6)))


def _present(verb: Token) -> bool:
    """Present tense or present perfect: news reports these as of publication."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "would", "could", "might", "may", "shall", "to") for a in auxes):
        return False
    if any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "have" for a in auxes):
        return True
    return verb.tag_ in ("VBZ", "VBP") and not auxes


def carried_date(trigger: Token, timexes: list[Timex], sent_starts: list[int],
                 published: date | None = None) -> EventDate | None:
    """The latest past date stated in the few sentences before this one, for continuity: a
    plan for "November" does not date what happened since. `sent_starts` are the document's
    sentence offsets, computed once per document."""
    idx = bisect_right(sent_starts, trigger.sent.start_char) - 1
    window_start = sent_starts[max(idx - _CARRY_SENTENCES, 0)]
    doc_text = trigger.doc.text
    before = [t for t in timexes if window_start <= t.sent_start < trigger.sent.start_char
              and not is_caption(doc_text, t.sent_start)
              and (published is None or t.resolved.value <= published)]
    if not before:
        return None
    tx = before[-1]
    return EventDate(tx.resolved.value, tx.resolved.precision, f"(from context) {tx.text}",
                     tx.start, tx.end)


_CAPTION_END = re.compile(r",\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.?"
                          r"\s+\d{1,2},\s+\d{4}\.?\s*$")


def is_caption(text: str, sent_start: int) -> bool:
    """A photo caption ("FILE - ...", "... in Caracas, April 13, 2017."): its date is the
    photo's, so it must not carry into the story."""
    end = text.find("\n", sent_start)
    line = text[sent_start:end if end >= 0 else len(text)]
    return line.lstrip().startswith("FILE") or bool(_CAPTION_END.search(line))
