"""Give people the KB does not know the country and role their sentence states.

Only syntax that states an affiliation is read: the name's own modifiers ("Syrian Information
Minister X", "Human Rights Watch director X"), an appositive ("X, a spokesman for the Foreign
Ministry"; "Putin's envoy to Afghanistan, X") and "X of the Wilson Center". A wrong country is
worse than none, so destinations ("envoy to Afghanistan"), backers ("a U.S.-backed commander"),
relative clauses and coordinated names are not read. An analyst or scholar at an unknown body
named like a think tank ("... Council", "... Institute") is taken to speak for an NGO, and so is
that body. Only where the text states nothing does the article decide: a role noun ("opposition
lawmaker X") in a story clearly about one country, a bare full name in a story almost wholly
about one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import MappingProxyType

from spacy.tokens import Doc, Token

from .loader import KnowledgeBase
from .mention import FOCUS_SHARE, TRANSNATIONAL, Mention, country_counts, focus_country
from .model import normalize

# Prepositions that attach a person to a body or a country ("of", "at", "from"); "to" and "in"
# name where an envoy is sent or where a person is, not whom he or she speaks for.
_AFFILIATION_PREPS = frozenset({"of", "from", "at", "with", "for"})
# Dependencies that stay inside a noun phrase's own description.
_DESCRIBING = frozenset({"compound", "amod", "nmod", "poss", "prep", "pobj", "det", "npadvmod",
                         "case", "punct", "flat", "appos", "nummod"})
# "U.S.-backed", "Saudi-led": the backer, not the person's own country.
_NOT_OWN = frozenset({"backed", "led", "supported", "allied", "funded", "trained", "sponsored",
                      "born", "educated"})
_THINK_TANK_WORDS = frozenset({"institute", "institution", "center", "centre", "foundation",
                               "council", "endowment", "forum", "dialogue", "watch"})
_SCHOLAR_CODES = frozenset({"ELI", "EDU"})
_LEADS = frozenset({"head", "lead", "chair", "run", "direct", "command", "found"})
Locate = Callable[[str], str | None]
# What the last telling word of an unknown organisation's name makes it.
_ORG_ROLE_WORDS = MappingProxyType({
    "university": "EDU", "institute": "EDU", "college": "EDU", "school": "EDU",
    "center": "NGO", "centre": "NGO", "foundation": "NGO", "council": "GOV", "party": "PTY",
    "ministry": "GOV", "agency": "GOV", "army": "MIL", "police": "COP", "court": "JUD",
    "bank": "BUS", "company": "BUS", "corporation": "BUS", "group": "BUS", "news": "MED",
    "times": "MED", "post": "MED", "committee": "GOV", "commission": "GOV", "duma": "LEG",
    "parliament": "LEG", "assembly": "LEG", "senate": "LEG", "congress": "LEG",
})
# Named people with no description at all take the focus country only in a story that names
# it this often: a wrong country is worse than none.
_LOCAL_SHARE = 0.75
_LOCAL_MENTIONS = 5  # and names countries often enough to be a story about one
# "Carol Guensburg contributed to this report": the credit line names a reporter, not a local.
_CREDITS = frozenset({"contribute", "write", "report"})


def enrich_unknown(doc: Doc, mentions: list[Mention], kb: KnowledgeBase, *,
                   locate: Locate | None = None) -> list[Mention]:
    """Unknown people without a country take the one their description states; unknown bodies
    named after a place, that place's. `locate(name)` is the country of a place name."""
    if locate is not None:
        mentions = [_org_home(m, locate) for m in mentions]
    by_token = {i: m for m in mentions for i in range(m.tok_start, m.tok_end)}
    focus = focus_country(mentions, share=FOCUS_SHARE)
    local = focus_country(mentions, share=_LOCAL_SHARE) \
        if sum(country_counts(mentions).values()) >= _LOCAL_MENTIONS else None
    think_tanks: set[str] = set()
    out = []
    for m in mentions:
        if m.kind == "person" and not m.in_kb and m.country is None:
            m, tank = _described(doc, m, by_token, kb, focus)
            if m.country is None and locate is not None:
                m = _from_place(doc, m, by_token, kb, locate)
            if m.country is None and len(normalize(m.name).split()) > 1 and \
                    doc[m.head].head.lemma_ not in _CREDITS:
                m = _local(m, local)
            if tank is not None:
                think_tanks.add(tank)
        out.append(m)
    return [replace(m, country="NGO", code="NGO") if m.entity in think_tanks else m
            for m in out]


def _described(doc: Doc, m: Mention, by_token: dict[int, Mention], kb: KnowledgeBase,
               focus: str | None) -> tuple[Mention, str | None]:
    head = doc[m.tok_start:m.tok_end].root
    own = list(doc[m.tok_start:m.tok_end])
    descriptions = _descriptions(head, m, by_token)
    for tokens in descriptions:
        found = _affiliated(tokens + own, m, by_token, kb)
        if found is not None:
            return found
    # "opposition lawmaker X", "X, a rebel commander" in a story about one country
    role = _role_code(own + [t for d in descriptions for t in d], kb)
    if role and focus:
        return replace(m, country=focus, code=focus + role), None
    return m, None


def _org_home(m: Mention, locate: Locate) -> Mention:
    """"Detroit Medical Center", "Kandahar Provincial Council": an unknown body named after a
    place is that place's country (`locate` answers only for a country the article names)."""
    words = m.name.split()
    if m.kind != "org" or m.in_kb or m.country is not None or len(words) < 2:
        return m
    for size in (2, 1):
        place = " ".join(words[:size])
        if size < len(words) and place[:1].isupper() and (country := locate(place)):
            return replace(m, country=country, code=country + org_role(m.name))
    return m


def _local(m: Mention, country: str | None) -> Mention:
    """A named person with no description in a story almost wholly about one country ("her
    father, Mohammad Nadar") is taken to be from it."""
    return replace(m, country=country, code=country) if country else m


def _from_place(doc: Doc, m: Mention, by_token: dict[int, Mention], kb: KnowledgeBase,
                locate: Locate) -> Mention:
    """"Ted Poe of Texas", "X, a lawmaker from Ohio": the place's country."""
    head = doc[m.tok_start:m.tok_end].root
    noun = _appositive_noun(head, by_token)
    described = list(doc[m.tok_start:m.tok_end]) + (_own_tokens(noun) if noun else [])
    for owner in (head, *([noun] if noun is not None else [])):
        for prep in owner.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC") and \
                        place.i not in by_token:
                    name = " ".join(t.text for t in place.subtree
                                    if t is place or t.dep_ == "compound")
                    if (country := locate(name)) is not None:
                        role = _role_code(described, kb) or ""
                        return replace(m, country=country, code=country + role)
    return m


def _descriptions(head: Token, m: Mention, by_token: dict[int, Mention]) -> list[list[Token]]:
    """Token sets describing the person, strongest first: own modifiers, appositive, "of X"."""
    out = [_own_tokens(c) for c in head.children
           if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "poss")]
    noun = _appositive_noun(head, by_token)
    if noun is not None:
        out.append(_own_tokens(noun))
    out += [_own_tokens(c) for c in head.children
            if c.dep_ == "prep" and c.lower_ in _AFFILIATION_PREPS]
    # "X, who heads the Yesha Council": what the person leads
    out += [_own_tokens(o) for c in head.children if c.dep_ == "relcl" and c.lemma_ in _LEADS
            for o in c.children if o.dep_ == "dobj"]
    return out


def _appositive_noun(head: Token, by_token: dict[int, Mention]) -> Token | None:
    for c in head.children:
        if c.dep_ == "appos" and not c.like_num:
            return c  # "X, a Russian analyst at ...", "X, 56, a Palestinian farmer"
    if head.dep_ != "appos":
        return None
    noun = head.head
    # "Putin's special envoy to Afghanistan, X": the appositive describes the envoy
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
            getattr(by_token.get(noun.i), "kind", None) == "country":
        noun = noun.head.head
    return noun


def _own_tokens(tok: Token) -> list[Token]:
    """`tok` and what describes it, without backers, destinations, clauses and conjuncts."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in _DESCRIBING or c.lower_ in _NOT_OWN:
            continue
        if c.dep_ == "prep" and c.lower_ not in _AFFILIATION_PREPS:
            continue
        out += _own_tokens(c)
    return out


def _affiliated(tokens: list[Token], m: Mention, by_token: dict[int, Mention],
                kb: KnowledgeBase) -> tuple[Mention, str | None] | None:
    others = list({id(o): o for t in tokens
                   if (o := by_token.get(t.i)) is not None and o is not m}.values())
    role = _role_code(tokens, kb)
    org = next((o for o in others if o.kind == "org" and (o.country or not o.in_kb)), None)
    if org is not None and not org.in_kb and role in _SCHOLAR_CODES and _named_like_tank(org):
        return replace(m, country="NGO", code="NGO"), org.entity
    if org is not None and org.country in TRANSNATIONAL:
        return replace(m, country=org.country, code=org.code), None  # "X of the Wilson Center"
    other = org if org is not None and org.country else \
        next((o for o in others if o.country and o.country not in TRANSNATIONAL), None)
    if other is None or other.country is None:
        return None
    described = role or (other.code or "")[3:6]  # "a Palestinian farmer": no role, not GOV
    return replace(m, country=other.country, code=other.country[:3] + described), None


def _named_like_tank(org: Mention) -> bool:
    words = normalize(org.name).split()
    return bool(words) and words[-1] in _THINK_TANK_WORDS


def _role_code(tokens: list[Token], kb: KnowledgeBase) -> str | None:
    for t in tokens:
        agent = kb.agents.get(normalize(t.text))
        if agent is not None:
            return agent.code
    return None


def org_role(text: str) -> str:
    """The role code an organisation's name gives: "... Ministry" GOV, "... University" EDU."""
    words = normalize(text).split()
    return next((_ORG_ROLE_WORDS[w] for w in reversed(words) if w in _ORG_ROLE_WORDS), "")
