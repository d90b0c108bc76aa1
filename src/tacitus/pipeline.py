"""The article pipeline: io -> nlp -> kb -> coding -> checks, over one DocState per article.

Stages are small functions registered under versioned names (see `STAGES`); each takes the
state and the loaded Resources and returns a new state. `code_articles` runs them in order,
parsing articles in batches with `nlp.pipe`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc

from .coding.events import RawEvent, code_sentence
from .coding.framing import answer_denials
from .coding.mentions import MentionIndex
from .coding.time import Timex, find_timexes
from .errors import InputError
from .io.readers import ReadResult
from .io.validate import validate_article
from .kb.resolve import Mention, focus_country, resolve_mentions
from .resources import Resources
from .types import Article, Check, Event, Place, Record, RecordError


@dataclass(frozen=True)
class DocState:
    article: Article
    doc: Doc
    timexes: tuple[Timex, ...] = ()
    mentions: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()
    place_index: dict[int, Place] = field(default_factory=dict)  # token index -> place
    raw_events: tuple[RawEvent, ...] = ()
    events: tuple[Event, ...] = ()
    checks: tuple[Check, ...] = ()


Stage = Callable[[DocState, Resources], DocState]
log = logging.getLogger(__name__)


def _timex_stage(state: DocState, res: Resources) -> DocState:
    return replace(state, timexes=tuple(find_timexes(state.doc, state.article.published)))


def _actor_stage(state: DocState, res: Resources) -> DocState:
    by_sentence = {t.sent_start: t.resolved.value for t in state.timexes
                   if t.resolved.precision in ("year", "month") or _explicit_past(t)}
    doc = state.doc

    def date_for(char: int) -> date | None:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return None
        return by_sentence.get(span.sent.start_char)

    dateline_end = _dateline_end(state.article)
    mentions = resolve_mentions(doc, res.kb, published=state.article.published,
                                date_for=date_for, is_place=res.gazetteer.is_place,
                                locate=res.gazetteer.country_of)
    mentions = [m for m in mentions if m.start >= dateline_end or m.kind == "person"]
    return replace(state, mentions=tuple(mentions))


def _explicit_past(t: Timex) -> bool:
    return t.resolved.precision == "year" or "time" in t.text.lower()


def _dateline_end(article: Article) -> int:
    if not article.dateline:
        return 0
    pos = article.text.find(article.dateline)
    return pos + len(article.dateline) if 0 <= pos < 600 else 0


def _event_stage(state: DocState, res: Resources) -> DocState:
    if res.settings.backend == "llm" and res.llm is not None:
        from .coding.llm import LLMFailure, llm_events

        try:
            raw = llm_events(state.doc, state.mentions, client=res.llm, ontology=res.ontology)
            return replace(state, raw_events=tuple(raw))
        except LLMFailure as exc:  # the rules are always there to fall back on
            log.warning("%s: %s; using the rule coder", state.article.id, exc)
    index = MentionIndex(state.mentions, focus_country(state.mentions),
                         doc=state.doc)
    fallback = None
    if res.classifier is not None:
        from .coding.fallback import classifier_fallback

        fallback = classifier_fallback(res.classifier,
                                       threshold=res.settings.classifier_threshold)
    rules: list[RawEvent] = []
    for sent in state.doc.sents:
        rules.extend(code_sentence(sent, index, res.lexicon, fallback=fallback))
    return replace(state, raw_events=tuple(answer_denials(rules)))


def _place_stage(state: DocState, res: Resources) -> DocState:
    from .coding.place import find_places

    places, index = find_places(state.doc, state.mentions, res.gazetteer,
                                dateline=state.article.dateline)
    return replace(state, places=tuple(places), place_index=index)


def _assemble_stage(state: DocState, res: Resources) -> DocState:
    from .coding.assemble import assemble_events

    return replace(state, events=tuple(assemble_events(state, res)))


def _check_stage(state: DocState, res: Resources) -> DocState:
    from .checks import date_conflicts, kb_contradictions, unsourced_claims, weekday_mismatches
    from .coding.quotes import inside_quote

    checks = [
        *weekday_mismatches(state.article.text, state.article.published),
        *kb_contradictions(state.mentions, res.kb),
        *date_conflicts(state.events),
        *unsourced_claims(state.doc, state.mentions, inside_quote),
    ]
    return replace(state, checks=tuple(sorted(checks, key=lambda c: c.start)))


# Registered, versioned stage names, in pipeline order.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("tacitus.timex.v1", _timex_stage),
    ("tacitus.actors.v1", _actor_stage),
    ("tacitus.places.v1", _place_stage),
    ("tacitus.events.v1", _event_stage),
    ("tacitus.assemble.v1", _assemble_stage),
    ("tacitus.checks.v1", _check_stage),
)


def code_articles(results: Iterable[ReadResult], res: Resources) -> Iterator[Record]:
    """Records for `results`, in input order; bad articles get an error record."""
    batch: list[ReadResult] = []
    for item in results:
        batch.append(item)
        if len(batch) >= res.settings.batch_size:
            yield from _code_batch(batch, res)
            batch = []
    if batch:
        yield from _code_batch(batch, res)


def _code_batch(batch: list[ReadResult], res: Resources) -> Iterator[Record]:
    errors = [item.error or validate_article(item.article, res.settings) for item in batch]
    good = [item.article for item, err in zip(batch, errors, strict=True) if err is None]
    docs = iter(res.nlp.pipe(a.text for a in good))
    for item, err in zip(batch, errors, strict=True):
        if err is not None:
            yield Record(article=item.article, errors=(err,))
            continue
        yield _code_one(item.article, next(docs), res)


def _code_one(article: Article, doc: Doc, res: Resources) -> Record:
    state = DocState(article=replace(article, language=article.language or "en"), doc=doc)
    try:
        for _name, stage in STAGES:
            state = stage(state, res)
    except InputError as exc:
        return Record(article=article, errors=(RecordError(exc.kind, exc.message),))
    from .coding.assemble import actors_of

    return Record(article=state.article, actors=tuple(actors_of(state.mentions)),
                  places=state.places, events=state.events, checks=state.checks)
