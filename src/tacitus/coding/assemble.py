"""Turn raw events into contract Events (date, mode, place, attribution, ids) and mentions
into Actors. Duplicates of one event within an article are merged."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..kb.resolve import Mention
from ..types import Actor, ActorRef, Event, EventDate, Span
from .attribution import attribution_for
from .mode import event_mode
from .place import event_location
from .time import CaptionDate, caption_dates, carried_date, event_date, is_archive_photo

if TYPE_CHECKING:
    from ..pipeline import DocState
    from ..resources import Resources


def assemble_events(state: DocState, res: Resources) -> list[Event]:
    actor_tokens = {i for m in state.mentions for i in range(m.tok_start, m.tok_end)}
    by_token = {i: m for m in state.mentions for i in range(m.tok_start, m.tok_end)}

    def lookup(tok: Token) -> tuple[str, str | None]:
        m = by_token.get(tok.i) or next((by_token[t.i] for t in tok.subtree
                                         if t.i in by_token), None)
        if m is not None:
            return m.name, m.entity
        return " ".join(t.text for t in tok.subtree)[:80], None

    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    timexes = list(state.timexes)
    published = state.article.published
    sent_starts = [s.start_char for s in state.doc.sents]
    for raw in state.raw_events:
        trig = raw.trigger
        cameo = res.ontology.lookup(raw.code)
        carried = carried_date(trig, timexes, sent_starts, published)
        when = event_date(trig, timexes, carried, published)
        key = (raw.source.code, raw.target.code if raw.target else None, raw.code, when.value,
               trig.sent.start)
        if key in seen:
            continue
        seen.add(key)
        sent = trig.sent
        events.append(Event(
            id=_event_id(state.article.id, raw.code, raw.source, raw.target, trig),
            cameo=raw.code, root=raw.code[:2], plover=cameo.plover, quad_class=cameo.quad_class,
            goldstein=cameo.goldstein, source=_ref(raw.source), target=_ref(raw.target)
            if raw.target else None, date=when,
            location=event_location(trig, state.place_index, actor_tokens),
            mode=event_mode(trig),
            attribution=attribution_for(trig, lookup=lookup),
            sentence=sent.text.strip(), start=sent.start_char,
            end=sent.start_char + len(sent.text.rstrip()),
            trigger=Span(trig.text, trig.idx, trig.idx + len(trig.text)),
            confidence=raw.confidence, depth=sum(1 for _ in trig.ancestors),
        ))
    captions = caption_dates(state.doc, timexes, [(m.start, m.country) for m in state.mentions
                                                   if m.country])
    return _share_locations(share_dates(denied_by_later_denial(events), captions))


def denied_by_later_denial(events: list[Event]) -> list[Event]:
    """"The US accused Moscow of providing aid ... Moscow later denied the allegations": the
    alleged act, denied by its own subject, becomes `denied`."""
    out = list(events)
    for i, ev in enumerate(out):
        if not ev.cameo.startswith("016"):
            continue
        for j in range(i):
            other = out[j]
            if other.mode == "alleged" and other.source.country == ev.source.country and \
                    ev.start - other.end < 600:
                out[j] = replace(other, mode="denied")
    return out


def share_dates(events: list[Event], captions: Sequence[CaptionDate] = ()) -> list[Event]:
    """An event the text leaves undated takes the date of another mention of it: a dated
    event between the same actors with the same CAMEO root ("his phone call with Rouhani" /
    "Obama called Rouhani on Friday"), else a dated photo caption of the day's news showing
    both countries ("Duterte's visit to Japan" / "Duterte and Abe in Tokyo, Oct. 26, 2016")."""
    stated = [e for e in events if e.date.value is not None and e.date.text
              and not e.date.text.startswith("(") and not is_archive_photo(e.sentence)]
    out: list[Event] = []
    for e in events:
        found = None if e.date.value is not None else _coreferent_date(e, stated, captions)
        out.append(e if found is None else replace(e, date=found))
    return out


def _coreferent_date(e: Event, stated: Sequence[Event],
                     captions: Sequence[CaptionDate]) -> EventDate | None:
    same = [d for d in stated if d.root == e.root and d.mode == e.mode
            and _participants(d) == _participants(e)]
    if same:
        d = min(same, key=lambda d: abs(d.start - e.start)).date
        return replace(d, text=f"(same event) {d.text}")
    pair = {e.source.country, e.target.country if e.target else None}
    # a photo shows what happened, not a plan; one country alone does not identify the event
    if e.mode != "asserted" or None in pair or len(pair) < 2:
        return None
    shown = [c for c in captions if pair <= c.countries]
    return min(shown, key=lambda c: abs(c.start - e.start)).date if shown else None


def _participants(e: Event) -> frozenset[str | None]:
    return frozenset((e.source.actor, e.target.actor if e.target else None))


def _share_locations(events: list[Event]) -> list[Event]:
    """Events about one meeting share its place: "the summit" takes "meet ... in Vladivostok"."""
    placed = {_story_key(e): e.location for e in events if e.location}
    return [e if e.location or _story_key(e) not in placed else
            replace(e, location=placed[_story_key(e)]) for e in events]


def _story_key(e: Event) -> tuple[object, ...]:
    """One meeting: the same pair of countries, kind of event and (known) year."""
    year = e.date.value.year if e.date.value else None
    return (_dyad(e), e.quad_class, year)


def _dyad(e: Event) -> frozenset[str | None]:
    return frozenset((e.source.country, e.target.country if e.target else None))


def _ref(m: Mention) -> ActorRef:
    return ActorRef(actor=m.entity, name=m.name, code=m.code, country=m.country, text=m.text,
                    start=m.start, end=m.end)


def _event_id(article_id: str, code: str, src: Mention, tgt: Mention | None,
              trig: Token) -> str:
    raw = f"{article_id}|{code}|{src.entity}|{tgt.entity if tgt else ''}|{trig.idx}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def actors_of(mentions: Sequence[Mention]) -> list[Actor]:
    """One Actor per entity, with all its mentions; bare roles with no country are left out."""
    grouped: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "agent":
            continue
        grouped.setdefault(m.entity, []).append(m)
    return [_actor(ms) for ms in grouped.values()]


def _actor(ms: Iterable[Mention]) -> Actor:
    ms = list(ms)
    first = next((m for m in ms if m.code), ms[0])
    return Actor(id=first.entity, name=first.name, code=first.code, country=first.country,
                 role=first.role, in_kb=first.in_kb, kind=first.kind,
                 mentions=tuple(Span(m.text, m.start, m.end) for m in ms))
