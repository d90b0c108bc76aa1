"""Resolve actor mentions in one parsed article against the KB, in context.

Steps, each a small function:
1. KB names (greedy longest match) and spaCy entities give *pieces* of text.
2. Adjacent pieces in one noun phrase compose a *mention*: "Russian Foreign Minister Sergei
   Lavrov" is an adjective, a role noun and a person.
3. A mention is interpreted: a KB person takes the role he or she held on the sentence's date;
   an unknown person takes the country and role the text gives; a country with a role noun
   becomes a group ("Russian troops" -> RUSMIL).
4. Short names ("Kim") refer to the first person named in full whose name contains them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher

from spacy.tokens import Doc, Token

from .context import in_context
from .describe import enrich_unknown, org_role
from .loader import KnowledgeBase
from .matcher import Piece, find_pieces, token_keys
from .mention import TRANSNATIONAL, Base, Mention, base_of, country_counts, focus_country
from .model import Agent, NameHit, Person, Role, normalize, skeleton

__all__ = ["Mention", "focus_country", "resolve_mentions"]

# Tokens allowed between pieces of one mention: "China's foreign ministry", "President of Russia".
_JOINERS = frozenset({"'s", "’s", "'", "of", "the"})
_NER_PERSON = "PERSON"
_NER_ORG = frozenset({"ORG"})

# Legal suffixes that make a name a company's ("Marubeni Corp.", "Acme Ltd").
_CORPORATE = frozenset({"corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc",
                        "llc", "gmbh", "co"})
# Words that make an organisation's name ("... Council", "... Institute").
_BODY_WORDS = frozenset({"institute", "institution", "center", "centre", "foundation", "council",
                         "endowment", "forum", "commission", "committee", "association",
                         "society", "union", "league", "federation", "academy", "university"})


@dataclass
class _Group:
    pieces: list[tuple[Piece, str]] = field(default_factory=list)  # (piece, chosen kind)

    @property
    def start(self) -> int:
        return self.pieces[0][0].start

    @property
    def end(self) -> int:
        return self.pieces[-1][0].end

    def of_kind(self, *kinds: str) -> list[Piece]:
        return [p for p, k in self.pieces if k in kinds]


DateFor = Callable[[int], date | None]


def resolve_mentions(
    doc: Doc, kb: KnowledgeBase, *, published: date | None, date_for: DateFor | None = None,
    is_place: Callable[[str], bool] | None = None,
    locate: Callable[[str, Sequence[str]], str | None] | None = None,
) -> list[Mention]:
    """Every actor mention in `doc`, in text order. `date_for(char)` gives a sentence's date;
    `locate(name, countries)` the country of a place name, given the countries named."""
    keys = token_keys(doc)
    pieces = _with_entities(doc, find_pieces(doc, kb, keys), is_place)
    groups = _compose(doc, pieces)
    ctx = _Context(kb, published, date_for or (lambda _c: None))
    mentions = [m for g in groups if (m := _interpret(doc, g, ctx)) is not None]
    mentions = _corefer(doc, mentions, kb, ctx)
    mentions = sorted(mentions + _missed_short_names(doc, mentions, kb, ctx),
                      key=lambda m: m.start)
    named = list(country_counts(mentions))

    def where(name: str) -> str | None:
        # only a country the article names: "Prados del Este" is not Brazil's in a Venezuelan story
        country = locate(name, named) if locate is not None else None
        return country if country in named else None

    return in_context(enrich_unknown(doc, mentions, kb, locate=where if locate else None), kb)


# Parts of Arabic, Dutch, Spanish... names that are not names on their own.
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "da", "van",
                             "von", "der", "la", "le", "di", "du", "dos", "das"})


def _missed_short_names(doc: Doc, mentions: list[Mention], kb: KnowledgeBase,
                        ctx: _Context) -> list[Mention]:
    """Surnames the NER missed ("Kim has left ...") after the full name was given."""
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    named = {i for m in mentions if m.kind == "person" for i in range(m.tok_start, m.tok_end)}
    full = [m for m in mentions if m.kind == "person" and len(normalize(m.name).split()) > 1]
    out: list[Mention] = []
    for tok in doc:
        if tok.i in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or \
                tok.lower_ in _NAME_PARTICLES:
            continue
        key = normalize(tok.text)
        prev = next((m for m in full if (m.start < tok.idx and key in normalize(m.name).split()
                     and key != normalize(m.name).split()[0]) or
                     (m.start < tok.idx and key == normalize(m.name).split()[0]
                      and m.country in ("PRK", "KOR", "CHN", "TWN", "VNM"))), None)
        when = ctx.when(tok.idx)
        base = Base(tok_start=tok.i, tok_end=tok.i + 1, start=tok.idx,
                     end=tok.idx + len(tok.text), text=tok.text, head=tok.i, when=when,
                     stated_country=None, stated_office=None, stated_title=None)
        bare = Mention(**base, entity="person:" + key, name=tok.text, kind="person", code=None,
                       country=None, role=None, in_kb=False)
        if prev is not None:
            out.append(_as(bare, prev, kb, ctx))
        elif tok.ent_type_ in ("", "PERSON", "NORP", "ORG") and \
                not _inside_long_name(doc, tok, named):
            # a leader's bare surname ("Obama began the call"): only a head of state or
            # government in office that day (any day, for undated text), and only when no
            # one else fits the name
            leader = _resolve_short(bare, [], kb, ctx)
            if leader.in_kb and _is_leader(kb, leader, when):
                out.append(leader)
            elif when is not None and \
                    (former := _former_leader(tok, bare, kb, ctx, when)) is not None:
                out.append(former)
    return out


# Nouns a leader's surname names a government by: "the Obama administration", "the Blair era".
_GOVERNMENT_BY = frozenset({"administration", "era", "government", "presidency", "regime",
                            "cabinet", "years"})


def _former_leader(tok: Token, bare: Mention, kb: KnowledgeBase, ctx: _Context,
                   when: date) -> Mention | None:
    """"The Obama administration's weakness" after Obama left office: the one head of state or
    government of that surname before `when`."""
    if tok.head.lower_ not in _GOVERNMENT_BY or tok.dep_ not in ("compound", "poss", "nmod"):
        return None
    people = [kb.people[pid] for pid in kb.surnames.get(normalize(tok.text), ())]
    led = [p for p in people if any(r.rank <= 1 and r.start is not None and r.start <= when
                                    for r in p.roles)]
    return _person_mention(led[0], ctx, base_of(bare)) if len(led) == 1 else None


def _inside_long_name(doc: Doc, tok: Token, covered: set[int]) -> bool:
    """"Salman bin Abd al-Aziz Al Saud": "Aziz" is part of a name, not a leader's surname.
    `covered` holds the tokens of people's names: "the Trump White House" is Trump's."""
    for step in (-1, 1):
        i = tok.i + step
        while 0 <= i < len(doc) and (doc[i].lower_ in _NAME_PARTICLES or doc[i].text == "-"
                                     or (doc[i].pos_ == "PROPN" and i not in covered)):
            i += step
        if 0 <= i < len(doc) and i in covered and abs(i - tok.i) <= 6:
            return True
    return False


def _is_leader(kb: KnowledgeBase, m: Mention, when: date | None) -> bool:
    person = kb.people.get(m.entity)
    role = _role(person, when) if person is not None else None
    return role is not None and role.rank <= 1


def _role(person: Person, when: date | None) -> Role | None:
    """The role `person` held on `when`; for undated text, the most senior one they ever held
    (the latest of equals), which is how a reader with no date would place them."""
    if when is not None:
        return person.role_on(when)
    return min(person.roles, key=lambda r: (r.rank, -(r.start or date.min).toordinal()),
               default=None)


def _with_entities(
    doc: Doc, pieces: list[Piece], is_place: Callable[[str], bool] | None
) -> list[Piece]:
    """Add spaCy PERSON/ORG entities the KB does not cover, as unknown pieces."""
    covered = {i: p for p in pieces for i in range(p.start, p.end)}
    extra: list[Piece] = []
    for ent in doc.ents:
        if ent.label_ != _NER_PERSON and ent.label_ not in _NER_ORG:
            continue
        tokens = [t for t in ent if t.text.lower() not in ("the", "'s", "’s")]
        if not tokens:
            continue
        start, end = tokens[0].i, tokens[-1].i + 1
        inside = {covered[t.i] for t in tokens if t.i in covered}
        if inside and not (ent.label_ in _NER_ORG and _names_a_body(doc, start, end, inside)):
            continue
        if is_place is not None and is_place(doc[start:end].text):
            continue
        kind = "unknown_person" if ent.label_ == _NER_PERSON else "unknown_org"
        pieces = [p for p in pieces if p not in inside]
        extra.append(Piece(start, end, (NameHit(kind, doc[start:end].text),)))
    return sorted(pieces + extra, key=lambda p: p.start)


def _names_a_body(doc: Doc, start: int, end: int, inside: set[Piece]) -> bool:
    """An organisation's name that only mentions a country: "American Foreign Policy Council",
    "National Human Rights Commission of Thailand". One with a KB role noun ("Russian Foreign
    Ministry") stays a country and its role."""
    if any(p.start < start or p.end > end or _primary_kind(p) not in _PLACE_LIKE
           for p in inside):
        return False
    words = {normalize(t.text) for t in doc[start:end]}
    return end - start >= 3 and bool(words & _BODY_WORDS)


def _compose(doc: Doc, pieces: Sequence[Piece]) -> list[_Group]:
    groups: list[_Group] = []
    current: _Group | None = None
    for piece in pieces:
        kind = _primary_kind(piece)
        if current is not None and _joins(doc, current, piece, kind):
            current.pieces.append((piece, kind))
            continue
        current = _Group([(piece, kind)])
        groups.append(current)
    return groups


def _primary_kind(piece: Piece) -> str:
    order = ("user", "person", "org", "country", "metonym", "adjective", "unknown_person",
             "unknown_org", "agent")
    kinds = piece.kinds
    return next(k for k in order if k in kinds)


_NAMED = frozenset({"person", "user", "unknown_person"})
_PLACE_LIKE = frozenset({"country", "metonym", "adjective"})


def _joins(doc: Doc, group: _Group, piece: Piece, kind: str) -> bool:
    gap = [t.text.lower() for t in doc[group.end:piece.start]]
    if any(g not in _JOINERS for g in gap):
        return False
    kinds = [k for _, k in group.pieces]
    last = kinds[-1]
    if last == "user" and kind == "agent" and "of" not in gap:
        return True  # a user dictionary's country: "Gondor's government", "Gondor police"
    if last in _NAMED or (last == "org" and kind != "agent"):
        return False  # a name ends a mention: "Trump envoy Biegun" is two
    if kind in _PLACE_LIKE and any(k in _PLACE_LIKE for k in kinds):
        return False  # "US-North Korea", "Russian-North Korean": two actors
    if kind == "agent" and last == "agent" and "of" in gap:
        return False
    return not (kind in _PLACE_LIKE and "of" not in gap and last == "agent")


class _Context:
    def __init__(self, kb: KnowledgeBase, published: date | None, date_for: DateFor) -> None:
        self.kb = kb
        self.published = published
        self.date_for = date_for

    def when(self, char: int) -> date | None:
        return self.date_for(char) or self.published


def _interpret(doc: Doc, group: _Group, ctx: _Context) -> Mention | None:
    span = doc[group.start:group.end]
    when = ctx.when(span.start_char)
    stated_country = _stated_country(group, ctx.kb)
    agents = group.of_kind("agent")
    agent = ctx.kb.agents.get(_piece_key(doc, agents[-1])) if agents else None
    base = Base(tok_start=group.start, tok_end=group.end, start=span.start_char,
                 end=span.end_char, text=span.text, head=span.root.i, when=when,
                 stated_country=stated_country, stated_office=agent.office if agent else None,
                 stated_title=" ".join(doc[p.start:p.end].text for p in agents) or None)
    named = group.of_kind("user", "person", "org", "unknown_person", "unknown_org")
    if named:
        return _named(doc, named[-1], _primary_kind(named[-1]), group, ctx, base, agent)
    if stated_country:
        return _country_mention(group, ctx, base, stated_country, agent)
    if agent is not None:  # a bare role ("police"); the coder may give it a country
        return Mention(**base, entity="agent:" + agent.phrase.replace(" ", "-"),
                       name=agent.phrase, kind="agent", code=agent.code, country=None,
                       role=agent.phrase, in_kb=False)
    return None


def _stated_country(group: _Group, kb: KnowledgeBase | None = None) -> str | None:
    for piece, kind in group.pieces:
        if kind in _PLACE_LIKE:
            return next(h.ref for h in piece.hits if h.kind == kind)
        if kind == "user" and kb is not None and len(group.pieces) > 1:
            entry = kb.users[next(h.ref for h in piece.hits if h.kind == "user")]
            code = entry.code_on(None)
            if code and len(code) == 3:  # a country-like user entry ("Fornost President X")
                return code
    return None


def _piece_key(doc: Doc, piece: Piece) -> str:
    return normalize(doc[piece.start:piece.end].text)


def _country_mention(group: _Group, ctx: _Context, base: Base, code: str,
                     agent: Agent | None) -> Mention:
    country = ctx.kb.countries[code]
    kinds = {k for _, k in group.pieces}
    if agent is not None:
        role_code = code + agent.code
        return Mention(**base, entity=f"{country.id}-{agent.code.lower()}",
                       name=f"{country.name} ({agent.phrase})", kind="group", code=role_code,
                       country=code, role=agent.phrase, in_kb=True)
    if kinds == {"metonym"}:
        return Mention(**base, entity=f"{country.id}-gov", name=f"{country.name} (government)",
                       kind="group", code=code + "GOV", country=code, role="government",
                       in_kb=True)
    return Mention(**base, entity=country.id, name=country.name, kind="country", code=code,
                   country=code, role=None, in_kb=True)


def _named(doc: Doc, piece: Piece, kind: str, group: _Group, ctx: _Context, base: Base,
           agent: Agent | None) -> Mention | None:
    hit = next(h for h in piece.hits if h.kind == kind)
    if kind == "person":
        return _person_mention(ctx.kb.people[hit.ref], ctx, base)
    if kind == "org":
        org = ctx.kb.orgs[hit.ref]
        # an NGO or IGO acts for itself, wherever its seat ("country is the code's first three")
        transnational = org.code[:3] in TRANSNATIONAL and org.kind != "armed_group"
        country = org.code[:3] if transnational else org.country or org.code[:3]
        code = org.code if agent is None or org.country is None else org.country + agent.code
        return Mention(**base, entity=org.id, name=org.name, kind="org", code=code,
                       country=country, role=org.kind, in_kb=True)
    if kind == "user":
        entry = ctx.kb.users[hit.ref]
        user_code = entry.code_on(base["when"])
        if user_code and len(user_code) == 3 and agent is not None:
            user_code += agent.code  # "Bree President Romendacil": BRE + GOV
        return Mention(**base, entity=entry.id, name=entry.name, kind="user", code=user_code,
                       country=user_code[:3] if user_code else None, role=None, in_kb=True)
    if kind == "unknown_person":
        spelt = _spelt_otherwise(doc[piece.start:piece.end].text, ctx, base)
        if spelt is not None:
            return _person_mention(spelt, ctx, base)
    if kind == "unknown_person" and not base["stated_country"]:
        return _unknown_in_body(doc, piece, group, ctx, base, agent)
    return _unknown(doc, piece, kind, ctx, base, agent)


def _spelt_otherwise(text: str, ctx: _Context, base: Base) -> Person | None:
    """A KB person whose name the text transliterates another way: "Blaise Campoare" (same
    forename), "Iran's supreme leader Ayatollah Khameini" (same stated country). The surnames
    must share their consonants and most letters, and only one person may fit: "Australian
    editor Alan Morison" is not Scott Morrison."""
    words = normalize(text).split()
    if len(words) < 2 or len(words[-1]) < 5:
        return None
    fits = {}
    for pid in ctx.kb.skeletons.get(skeleton(words[-1]), ()):
        person = ctx.kb.people[pid]
        names = [normalize(n).split() for n in (person.name, *person.aliases)]
        close = any(len(n) > 1 and SequenceMatcher(None, n[-1], words[-1]).ratio() >= 0.7
                    for n in names)
        same_first = any(n[0] == words[0] for n in names)
        if close and (same_first or _holds_stated(person, base)):
            fits[pid] = person
    return next(iter(fits.values())) if len(fits) == 1 else None


def _holds_stated(person: Person, base: Base) -> bool:
    """The person held the office the text names, for the country it names, that day."""
    when, office = base["when"], base["stated_office"]
    if when is None or office is None or base["stated_country"] is None:
        return False
    return any(r.country == base["stated_country"] and office in r.offices
               for r in person.roles_on(when))


def _person_mention(person: Person, ctx: _Context, base: Base) -> Mention:
    role = _role(person, base["when"])
    country = person.country
    if role is not None and len(role.country) == 3 and role.country.isupper():
        country = role.country
    code = role.code if role is not None else country
    title = role.title if role is not None else None
    return Mention(**base, entity=person.id, name=person.name, kind="person", code=code,
                   country=code[:3] if code else country, role=title, in_kb=True)


def _unknown(doc: Doc, piece: Piece, kind: str, ctx: _Context, base: Base,
             agent: Agent | None) -> Mention:
    text = doc[piece.start:piece.end].text
    country = base["stated_country"]
    if kind == "unknown_org":
        role = org_role(text)
        country = country or _country_inside(doc, piece, ctx.kb)
        code = (country or "") + role if country else None
        if country is None and normalize(text).rpartition(" ")[2] in _CORPORATE:
            country = code = "MNC"  # "JGC Corp.": a company with no country stated
        return Mention(**base, entity="org:" + normalize(text).replace(" ", "-"), name=text,
                       kind="org", code=code, country=country, role=None, in_kb=False)
    code = country + agent.code if country and agent else country
    return Mention(**base, entity="person:" + normalize(text).replace(" ", "-"), name=text,
                   kind="person", code=code, country=country,
                   role=base["stated_title"], in_kb=False)


def _unknown_in_body(doc: Doc, piece: Piece, group: _Group, ctx: _Context, base: Base,
                     agent: Agent | None) -> Mention:
    """"State Department spokesman X", "Human Rights Watch director X": the person speaks for
    the body named before the name; "Congressman X": a title only one country uses."""
    m = _unknown(doc, piece, "unknown_person", ctx, base, agent)
    for org_piece in group.of_kind("org"):
        org = ctx.kb.orgs[next(h.ref for h in org_piece.hits if h.kind == "org")]
        if org.code[:3] in TRANSNATIONAL and org.kind != "armed_group":
            return replace(m, country=org.code[:3], code=org.code)
        if org.country:
            role = org.code[3:6] if org.code.startswith(org.country) else \
                (agent.code if agent is not None else "")
            return replace(m, country=org.country, code=org.country + role)
    if agent is not None and agent.country:
        return replace(m, country=agent.country, code=agent.country + agent.code)
    return m


def _country_inside(doc: Doc, piece: Piece, kb: KnowledgeBase) -> str | None:
    """The country an organisation's name gives as its own: at its start ("Afghan National
    Army") or after a final "of" ("Supreme Court of Venezuela"), not its subject ("Institute for
    U.S. and Canadian Studies")."""
    span = doc[piece.start:piece.end]
    for p in find_pieces(span.as_doc(), kb):
        place = next((h.ref for h in p.hits if h.kind in _PLACE_LIKE), None)
        before = [t.lower_ for t in span[:p.start]]
        if place is not None and (not before or before == ["the"] or
                                  (before[-1] == "of" and p.end == len(span))):
            return place
    return None


def _corefer(doc: Doc, mentions: list[Mention], kb: KnowledgeBase,
             ctx: _Context) -> list[Mention]:
    """Short person names take the first full-named person they fit, else a KB surname."""
    full: list[Mention] = []
    out: list[Mention] = []
    for m in mentions:
        single = len(normalize(m.name).split()) == 1 and not m.in_kb
        if m.kind == "person" and single:
            m = _resolve_short(m, full, kb, ctx)
            when = m.when or ctx.published
            if not m.in_kb and m.entity.startswith("person:") and when is not None:
                m = _former_leader(doc[m.head], m, kb, ctx, when) or m
        elif m.kind == "org" and single and m.code is None:
            # the small model often tags a bare surname as an organisation ("Trump said")
            named = _resolve_short(replace(m, kind="person"), full, kb, ctx)
            m = named if named.in_kb or named.entity != m.entity.replace("org:", "person:") \
                else m
        if m.kind == "person" and len(normalize(m.name).split()) > 1:
            full.append(m)
        out.append(m)
    return out


def _resolve_short(m: Mention, full: list[Mention], kb: KnowledgeBase, ctx: _Context) -> Mention:
    key = normalize(m.name.replace("’s", "").replace("'s", ""))
    for prev in full:
        if key in normalize(prev.name).split() or _spelt_like(key, prev):
            return _as(m, prev, kb, ctx)
    when = m.when or ctx.published
    candidates = [kb.people[pid] for pid in kb.surnames.get(key, ())]
    # undated text: a surname stands for a leader only, never for a minister of that name
    active = [(p, _role(p, when)) for p in candidates]
    ranked = sorted(((r.rank, p) for p, r in active if r is not None
                     and (when is not None or r.rank <= 1)), key=lambda x: x[0])
    if ranked and (len(ranked) == 1 or ranked[0][0] < ranked[1][0]):
        person = ranked[0][1]
        base = base_of(m)
        return _person_mention(person, ctx, base)
    return m


def _spelt_like(key: str, prev: Mention) -> bool:
    """"President Campaore" after "Blaise Campoare" (KB: Compaoré): a surname spelt another
    way, judged as `_spelt_otherwise` does."""
    if len(key) < 5:
        return False
    last = normalize(prev.name).rpartition(" ")[2]
    return skeleton(key) == skeleton(last) and SequenceMatcher(None, key, last).ratio() >= 0.7


def _as(m: Mention, prev: Mention, kb: KnowledgeBase, ctx: _Context) -> Mention:
    if prev.in_kb and prev.entity in kb.people:
        return _person_mention(kb.people[prev.entity], ctx, base_of(m))
    return Mention(**base_of(m), entity=prev.entity, name=prev.name, kind=prev.kind,
                   code=prev.code, country=prev.country, role=prev.role, in_kb=prev.in_kb)
