"""Place mentions in a document, geocoded with the gazetteer, and the place of each event.

Only GPE/LOC/FAC entities and KB country names count as places; demonyms (NORP) and names
inside organisations ("Seoul Kookmin University") never do.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..kb.places import Gazetteer
from ..kb.resolve import Mention
from ..types import Location, Place
from ..types import Span as TextSpan

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE_PREPS = frozenset({"in", "at", "to", "off", "near", "into", "from", "outside",
                             "inside", "across", "around"})


def find_places(doc: Doc, mentions: Sequence[Mention], gazetteer: Gazetteer, *,
                dateline: str | None = None) -> tuple[list[Place], dict[int, Place]]:
    """Every place mention grouped by location, and a token -> place index."""
    context = {m.country for m in mentions if m.country}
    org_tokens = {t.i for e in doc.ents if e.label_ == "NORP" or (
        e.label_ == "ORG" and not _place_named_org(e, mentions, gazetteer)) for t in e}
    people = {w.lower() for m in mentions if m.kind == "person" for w in m.text.split()}
    grouped: dict[tuple[str, str | None], tuple[Location, list[TextSpan], list[int]]] = {}
    for whole in _candidate_spans(doc, mentions, gazetteer, dateline):
        if any(t.i in org_tokens for t in whole) or whole.text.lower() in people:
            continue
        found = _resolve_span(whole, gazetteer, context)
        if found is None:
            continue
        span, loc = found
        key = (loc.name, loc.country)
        entry = grouped.setdefault(key, (loc, [], []))
        entry[1].append(TextSpan(span.text, span.start_char, span.end_char))
        entry[2].extend(t.i for t in span)
    places: list[Place] = []
    index: dict[int, Place] = {}
    for loc, spans, toks in grouped.values():
        place = Place(loc, tuple(spans))
        places.append(place)
        index.update({i: place for i in toks})
    places.sort(key=lambda p: p.mentions[0].start)
    return places, index


def _candidate_spans(doc: Doc, mentions: Sequence[Mention], gazetteer: Gazetteer,
                     dateline: str | None) -> list[Span]:
    named = {i for m in mentions if m.kind in ("person", "org", "user")
             for i in range(m.tok_start, m.tok_end)}
    spans = [s for e in doc.ents if e.label_ in _PLACE_LABELS or _misread_place(e, named)
             or _place_named_org(e, mentions, gazetteer)
             or (e.label_ == "PERSON" and len(e) > 1 and _big_city(gazetteer, e.text))
             if len(s := _trim(e)) and not any(t.i in named for t in s)]
    spans += _dateline_span(doc, dateline)
    taken = {t.i for s in spans for t in s}
    # regions and provinces the model misses ("the issue of Crimea"), one proper noun each,
    # and multi-word cities it misses ("the southern Philippine city Cagayan de Oro")
    spans += [doc[t.i:t.i + 1] for t in doc if t.pos_ == "PROPN" and t.i not in taken
              and t.i not in named and t.text[:1].isupper() and _curated(gazetteer, t.text)]
    taken = {t.i for s in spans for t in s}
    spans += [r for r in _proper_runs(doc, taken | named) if _curated(gazetteer, r.text)
              or _big_city(gazetteer, r.text)]
    taken = {t.i for s in spans for t in s}
    spans += _admin_pairs(doc, taken, gazetteer)
    taken = {t.i for s in spans for t in s}
    for m in mentions:
        # countries, and capitals standing for governments ("Islamabad has denied ..."), are
        # place mentions too; seats like "the Kremlin" resolve only if the gazetteer has them
        if m.kind in ("country", "group") and m.stated_title is None and \
                not any(i in taken for i in range(m.tok_start, m.tok_end)):
            spans.append(_trim(doc[m.tok_start:m.tok_end]))
    return sorted((s for s in spans if len(s)), key=lambda s: s.start)


def _dateline_span(doc: Doc, dateline: str | None) -> list[Span]:
    """The dateline ("BANGKOK —", "WHITE HOUSE —") is where the story was filed."""
    if not dateline:
        return []
    pos = doc.text.find(dateline)
    span = doc.char_span(pos, pos + len(dateline)) if 0 <= pos < 600 else None
    return [span] if span is not None else []


def _place_named_org(ent: Span, mentions: Sequence[Mention], gazetteer: Gazetteer) -> bool:
    """The model sometimes calls a region an organisation ("the annexation of Crimea"): an
    ORG entity that no actor mention claims and that names a curated place is that place."""
    if ent.label_ != "ORG" or any(m.tok_start < ent.end and ent.start < m.tok_end and
                                  m.kind in ("org", "person", "user") for m in mentions):
        return False
    return _curated(gazetteer, _trim(ent).text)


def _proper_runs(doc: Doc, skip: set[int]) -> list[Span]:
    """Runs of two or more proper nouns, with "de/del/al/el" inside ("Cagayan de Oro")."""
    runs: list[Span] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in skip and (
                (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())
                or (j > i and doc[j].lower_ in ("de", "del", "al", "el") and j + 1 < len(doc)
                    and doc[j + 1].pos_ == "PROPN")):
            j += 1
        if j - i >= 2:
            runs.append(doc[i:j])
        i = max(j, i + 1)
    return runs


def _admin_pairs(doc: Doc, taken: set[int], gazetteer: Gazetteer) -> list[Span]:
    """"Miranda state", "Idlib province": a proper noun and the kind of region it names."""
    out = []
    for t in doc[:-1]:
        pair = doc[t.i:t.i + 2]
        if t.pos_ == "PROPN" and t.i not in taken and doc[t.i + 1].lower_ in _ADMIN_WORDS \
                and _curated(gazetteer, pair.text):
            out.append(pair)
    return out


def _big_city(gazetteer: Gazetteer, name: str) -> bool:
    return any(c.location.feature == "city" and c.population >= 100_000 and not c.alternate
               for c in gazetteer.candidates(name))


def _curated(gazetteer: Gazetteer, name: str) -> bool:
    return any(c.location.feature in ("region", "admin1", "place")
               for c in gazetteer.candidates(name))


def _misread_place(ent: Span, named: set[int]) -> bool:
    """The small model sometimes tags a city as a person ("... city of Vladivostok"): accept
    it when a locative preposition governs it and no actor mention covers it."""
    head = ent.root.head
    return (ent.label_ == "PERSON" and len(ent) == 1 and ent.start not in named
            and ent.root.dep_ == "pobj" and head.lower_ in _LOCATIVE_PREPS | {"of"})


_ADMIN_WORDS = frozenset({"state", "province", "region", "governorate", "district", "oblast",
                          "county", "prefecture"})


def _resolve_span(span: Span, gazetteer: Gazetteer,
                  context: set[str]) -> tuple[Span, Location] | None:
    """The span's location; "Miranda state" before "Miranda"; else that of its last part
    after "in", "of" or a comma ("the Great Hall of the People in Beijing")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _ADMIN_WORDS:
        longer = doc[span.start:span.end + 1]
        loc = gazetteer.resolve(longer.text, context=context)
        if loc is not None and loc.feature in ("admin1", "region"):
            return longer, loc
    loc = gazetteer.resolve(span.text, context=context)
    if loc is not None:
        return span, loc
    cuts = [t.i for t in span if t.lower_ in ("in", "of", ",")]
    for cut in reversed(cuts):
        tail = span.doc[cut + 1:span.end]
        if len(tail) and tail[0].text[:1].isupper():
            loc = gazetteer.resolve(tail.text, context=context)
            if loc is not None:
                return tail, loc
    return None


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "“", '"'):
        start += 1
    while end > start and doc[end - 1].lower_ in ("'s", "’s", "”", '"'):
        end -= 1
    return doc[start:end]


def event_location(trigger: Token, index: dict[int, Place],
                   actor_tokens: set[int]) -> Location | None:
    """The place attached to the trigger by a locative preposition ("meet ... in X")."""
    for node in _anchor_nodes(trigger):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in _LOCATIVE_PREPS:
                loc = _place_in(child, index, actor_tokens)
                if loc is not None:
                    return loc
    return None


def _anchor_nodes(trigger: Token) -> list[Token]:
    nodes = [trigger]
    nodes.extend(c for c in trigger.children if c.dep_ in ("dobj", "pobj", "attr"))
    if trigger.dep_ in ("dobj", "pobj") and trigger.head.pos_ in ("VERB", "ADP"):
        nodes.append(trigger.head)
    return nodes


def _place_in(prep: Token, index: dict[int, Place], actor_tokens: set[int]) -> Location | None:
    best: Place | None = None
    for tok in prep.subtree:
        place = index.get(tok.i)
        if place is None or (tok.i in actor_tokens and prep.lower_ == "to"):
            continue
        if best is None or _feature_rank(place) > _feature_rank(best):
            best = place  # "the port city of Vladivostok" beats "Far East"
    return best.location if best else None


def _feature_rank(place: Place) -> int:
    return {"city": 3, "admin1": 2, "region": 1}.get(place.location.feature, 0)
