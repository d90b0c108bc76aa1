"""Time expressions in a document and the date each event gets.

An event takes, in order: a date expression in its own clause (or the date a "when" clause
hangs from: "in August, when the embassy opened"); the only date expression of its sentence
not attached to a speech verb; a date heading its line; the publication date when its clause
is in the present tense; the date of the report that states it; the date carried from the
story's earlier sentences; the publication date for a statement reported without one; else
`unknown`. An event placed by an interval from another ("a day after ...")
takes only a date of its own clause. Once all events are dated, an undated one may take the
date of another mention of it or of a dated photo caption (`assemble.share_dates`). Every
inferred date says how in `date_text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..types import EventDate
from .syntax import SPEECH, ancestors_upto, clause_verb
from .timex import Resolved, Tense, resolve_expression, resolve_relative

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
    for whole in _date_spans(doc):
        for span in (whole, *_since_part(whole)):
            gov = clause_verb(span.root)
            found = resolve_expression(span.text, published, tense=_tense(gov))
            if found is not None:
                out.append(Timex(span.text, span.start_char, span.end_char,
                                 span.sent.start_char, gov.i, found))
                break
    return out


def _since_part(span: Span) -> list[Span]:
    """"the months since August": the date is the part after "since" (kept as a "since"
    date: it starts a state, and dates a "when" clause hanging from it)."""
    at = next((t.i for t in span if t.lower_ == "since"), None)
    return [span.doc[at + 1:span.end]] if at is not None and at + 1 < span.end else []


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
    """In order: a date in the event's clause (or the one its "when" clause hangs from), the
    sentence's only date, the publication date when the clause is in the present or present
    perfect ("says", "has accused"), the date carried from the story's earlier sentences,
    else unknown. An event placed by an interval from another, or a present perfect of past
    occasions ("has previously accused"), takes only a date of its own."""
    in_sent = [t for t in timexes if t.sent_start == trigger.sent.start_char]
    anchored = _anchored(trigger)  # "a week after meeting X": not the story's date
    tx = _own_date(trigger, in_sent)
    if tx is None and (counted := _counted_date(trigger, in_sent, carried)) is not None:
        return counted
    if tx is None and not anchored:
        tx = _sentence_date(trigger, in_sent)
    if tx is not None:
        return EventDate(tx.resolved.value, tx.resolved.precision, tx.text, tx.start, tx.end)
    if anchored or _indefinite(_finite(clause_verb(trigger))):
        return EventDate(None, "unknown")
    return _inferred_date(trigger, in_sent, carried, published)


def _own_date(trigger: Token, in_sent: list[Timex]) -> Timex | None:
    """A date in the event's own clause, or the date a "when" clause hangs from ("in August,
    when the United States opened an embassy")."""
    clause = clause_verb(trigger)
    if clause.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in clause.children):
        at = clause.head.idx
        hung = [t for t in in_sent if t.start <= at < t.end]
        if hung:
            return hung[0]
    # "in office since June 30" dates a state, not the event
    own = [t for t in in_sent if t.governor in (clause.i, trigger.i)
           and not _since(trigger.doc, t)]
    return own[0] if own else None


def _counted_date(trigger: Token, in_sent: list[Timex],
                  carried: EventDate | None) -> EventDate | None:
    """"China returned the glider five days later": counted from the last date before the
    expression in its sentence, else from the story's date carried so far."""
    clause = clause_verb(trigger)
    for ent in trigger.sent.ents:
        if ent.label_ != "DATE" or clause_verb(ent.root) not in (clause, trigger):
            continue
        earlier = [t for t in in_sent if t.end <= ent.start_char]
        anchor = earlier[-1].resolved if earlier else None
        if anchor is None and carried is not None and carried.value is not None:
            anchor = Resolved(carried.value, carried.precision)
        found = resolve_relative(ent.text, anchor) if anchor is not None else None
        if found is not None and anchor is not None:
            return EventDate(found.value, found.precision,
                             f"(counted from {anchor.value.isoformat()}) {ent.text}",
                             ent.start_char, ent.end_char)
    return None


def _sentence_date(trigger: Token, in_sent: list[Timex]) -> Timex | None:
    """The sentence's only date not attached to a speech verb, else a date heading its line
    ("April 5, 2017 - Trump says ...")."""
    doc = trigger.doc
    dated = [t for t in in_sent if not _since(doc, t)]
    only = [t for t in dated if doc[t.governor].lemma_.lower() not in SPEECH]
    if len(only) == 1:
        return only[0]
    heading = [t for t in dated if t.start - t.sent_start <= 2]
    return heading[0] if heading else None


def _inferred_date(trigger: Token, in_sent: list[Timex], carried: EventDate | None,
                   published: date | None) -> EventDate:
    verb = _finite(clause_verb(trigger))
    # a noun names an event the sentence refers to ("Duterte's visit ... swings", "the
    # conversation between Trump and Putin"), not one happening as it is reported
    nominal = trigger.pos_ in ("NOUN", "PROPN")
    if published is not None and not nominal and _present(verb):
        return EventDate(published, "day", f"(publication date; {verb.text!r} is present tense)")
    reported = [t for t in in_sent if trigger.doc[t.governor].lemma_.lower() in SPEECH
                and not _since(trigger.doc, t)]
    if reported:  # "Pyongyang this week said it was testing": dated by its report
        tx = reported[0]
        return EventDate(tx.resolved.value, tx.resolved.precision, f"(reported) {tx.text}",
                         tx.start, tx.end)
    stated_now = published is not None and _said_just_now(trigger)
    if carried is not None and not (stated_now and carried.precision in ("month", "year")):
        return carried
    if published is not None and stated_now and not nominal:
        return EventDate(published, "day", "(publication date; stated in the report)")
    return EventDate(None, "unknown")


_INDEFINITE = frozenset({"previously", "long", "always", "repeatedly", "often", "frequently",
                         "never", "once", "earlier"})


def _indefinite(verb: Token) -> bool:
    """"China has previously accused ...", "Iran has always denied ...": a present perfect
    of past occasions, not an act at publication nor at the story's date."""
    return _perfect(verb) and any(c.dep_ == "advmod" and c.lower_ in _INDEFINITE
                                  for c in verb.children)


def _since(doc: Doc, tx: Timex) -> bool:
    start = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    return start is not None and start.start > 0 and doc[start.start - 1].lower_ == "since"


_UNITS = frozenset({"day", "week", "month", "year"})
_COUNTS = frozenset({"a", "an", "the", "of", "few", "several", "some", "many"})


def _anchored(trigger: Token) -> bool:
    """An event placed by a stated interval from another ("less than a week after meeting
    Xi", "two days before the vote was held"), or the start of a period a perfect runs from
    ("there has been little progress since Washington and Havana restored ties"), happened
    on neither the date of that other event nor the date of the surrounding story."""
    for tok in (trigger, *ancestors_upto(trigger, 4)):
        anchor = None
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in ("after", "before", "since"):
            anchor = tok.head
        elif tok.dep_ == "advcl":
            anchor = next((c for c in tok.children if c.dep_ == "mark"
                           and c.lower_ in ("after", "before", "since")), None)
        if anchor is not None and anchor.lower_ == "since":  # else a causal "since"
            return _perfect(clause_verb(tok.head if tok.dep_ == "advcl" else anchor.head))
        if anchor is not None:
            return _interval_before(anchor)
    return False


def _perfect(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children)


def _interval_before(anchor: Token) -> bool:
    """"two days after", "less than a week before", "Days after": a counted interval, not
    "in recent weeks after"."""
    sent_start = anchor.sent.start
    if anchor.i == sent_start or anchor.nbor(-1).lemma_.lower() not in _UNITS:
        return False
    unit = anchor.nbor(-1)
    if unit.i == sent_start:
        return True
    count = unit.nbor(-1)
    return count.is_punct or count.like_num or count.lower_ in _COUNTS


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
    doc = trigger.doc
    # "since 1979" and "in office since June 30" date the start of a state, not a story
    before = [t for t in timexes if window_start <= t.sent_start < trigger.sent.start_char
              and not is_caption(doc.text, t.sent_start) and not _since(doc, t)
              and (published is None or t.resolved.value <= published)]
    if not before:
        return None
    last = [t for t in before if t.sent_start == before[-1].sent_start]
    tx = next((t for t in last if _dates_sentence(doc, t)), last[-1])
    return EventDate(tx.resolved.value, tx.resolved.precision, f"(from context) {tx.text}",
                     tx.start, tx.end)


def _dates_sentence(doc: Doc, tx: Timex) -> bool:
    """The date of a sentence's main clause, or heading its line ("April 7, 2017 - Syria
    decried a strike ... launched earlier this week"), is the one the story goes on from."""
    return doc[tx.governor].dep_ == "ROOT" or tx.start - tx.sent_start <= 2


def is_archive_photo(sentence: str) -> bool:
    """A "FILE - ..." caption shows an archive picture: its date is not the story's."""
    return sentence.lstrip().startswith("FILE")


_CAPTION_END = re.compile(r",\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.?"
                          r"\s+\d{1,2},\s+\d{4}\.?\s*$")
_PICTURE_START = re.compile(r"^\s*(?:A|An|This|In this)\b[^.]{0,30}?\b(?:image|photo|photograph|"
                            r"picture|screenshot|screen grab|video still|handout)\b")


def is_caption(text: str, sent_start: int) -> bool:
    """A photo caption ("FILE - ...", "... in Caracas, April 13, 2017.", "A still image taken
    from footage shot on June 18 ..."): its date is the photo's, so it must not carry into
    the story."""
    end = text.find("\n", sent_start)
    line = text[sent_start:end if end >= 0 else len(text)]
    return is_archive_photo(line) or bool(_CAPTION_END.search(line)
                                          or _PICTURE_START.match(line))


@dataclass(frozen=True, slots=True)
class CaptionDate:
    """A dated photo caption of the day's news and the countries of the actors it shows."""

    countries: frozenset[str]
    date: EventDate
    start: int


def caption_dates(doc: Doc, timexes: list[Timex],
                  countries_at: list[tuple[int, str]]) -> list[CaptionDate]:
    """Dated captions, with the countries of actors mentioned in them (`countries_at`:
    character offset and country of each actor mention). "FILE" photos are archive
    pictures, so their dates say nothing about the story's events and are left out."""
    out: list[CaptionDate] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if not is_caption(doc.text, start) or is_archive_photo(doc.text[start:end]):
            continue
        dated = [t for t in timexes if t.sent_start == start]
        countries = frozenset(c for at, c in countries_at if start <= at < end)
        if dated and len(countries) >= 2:
            tx = dated[-1]
            out.append(CaptionDate(countries, EventDate(
                tx.resolved.value, tx.resolved.precision, f"(photo caption) {tx.text}",
                tx.start, tx.end), start))
    return out
