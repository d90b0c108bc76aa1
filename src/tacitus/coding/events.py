"""The rule coder: CAMEO events from triggers, the dependency parse and resolved actors.

A trigger (verb or noun from the lexicon) becomes an event only when a source actor with a
country is found, and a target too unless the trigger needs none (a weapons test). There is no
default code: a sentence without a codable actor pair yields nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..kb.resolve import Mention
from .lexicon import Lexicon, Trigger
from .petrarch_verbs import PatternMatch, VerbPattern, match_pattern
from .syntax import (
    OBJ,
    OBJECT_CONTROL,
    PASS_SUBJ,
    SUBJ,
    children,
    is_passive,
    prep_objects,
    with_conjuncts,
)

_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
             "it": "thing", "they": "thing", "them": "thing", "its": "thing", "his": "person"}
_ARMED = ("MIL", "REB", "COP", "INS")
_QUANTITIES = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "some",
                         "many", "most", "all", "several", "one", "two", "three", "none",
                         "number", "majority", "tens", "crowds", "crowd"})
_DOMESTIC_ROOTS = frozenset({"14", "17"})
_LIGHT_VERBS = frozenset({"launch", "carry", "conduct", "stage", "hold", "make", "begin",
                          "resume", "sign", "reach", "mount", "have", "start", "open", "pay",
                          "announce", "impose", "lift", "end", "complete", "postpone"})
_PAIR_NOUNS = {"leader": "person", "president": "person", "head": "person",
               "minister": "person", "country": "country", "nation": "country",
               "side": "country", "government": "country", "state": "country"}
_COLLECTIVES = frozenset({"group", "groups", "delegation", "team", "members", "member",
                          "supporters", "leaders", "officials", "representatives"})


@dataclass(frozen=True, slots=True)
class RawEvent:
    """An event before dating, mode and attribution: trigger plus resolved actors."""

    trigger: Token
    rule: Trigger
    code: str
    source: Mention
    target: Mention | None
    confidence: float


class MentionIndex:
    """Mentions by token position, with pronoun and bare-agent fallbacks."""

    def __init__(self, mentions: Sequence[Mention], focus_country: str | None) -> None:
        self.mentions = list(mentions)
        self.by_token = {i: m for m in mentions for i in range(m.tok_start, m.tok_end)}
        self.focus_country = focus_country

    def for_token(self, token: Token) -> Mention | None:
        """The mention at `token`, else the first in its subtree, else its pronoun referent.

        A bare role takes the country of its "in/of/from" phrase ("opposition groups in
        Zimbabwe"), and a quantity takes its "of" phrase ("thousands of Iraqi Kurds").
        """
        found = self.by_token.get(token.i)
        named = next((self.by_token[c.i] for c in token.children if c.dep_ == "appos"
                      and c.i in self.by_token and self.by_token[c.i].kind == "person"), None)
        if named is not None and (found is None or found.start > token.idx or
                                  found.kind != "person"):
            return named  # "Kim's father, Kim Jong-il": the apposed name says who
        if found is None:
            pron = _PRONOUNS.get(token.lower_)
            if pron is not None:
                return self._antecedent(token, pron)
            found = self._in_subtree(token)
        if found is None and token.lower_ in _QUANTITIES | _COLLECTIVES:
            found = next((m for o in prep_objects(token, ("of",))
                          if (m := self.for_token(o)) is not None), None)
        if found is not None and found.country is None and found.code:
            place = next((m for o in prep_objects(token, ("in", "of", "from"))
                          if (m := self.by_token.get(o.i)) is not None and m.country), None)
            if place is not None and place.country:
                from dataclasses import replace

                found = replace(found, country=place.country, code=place.country + found.code)
        return found

    def for_token_all(self, token: Token) -> list[Mention]:
        """Like `for_token`, but a bare role "in X and Y" acts for each of the places, and
        "the two leaders" / "both countries" are the last two such actors named."""
        pair = self._pair(token)
        if pair:
            return pair
        found = self.for_token(token)
        if found is None:
            return []
        bare = self.by_token.get(token.i)
        if bare is None or bare.country is not None or not bare.code:
            return [found]
        places = [m for o in prep_objects(token, ("in", "of", "from"))
                  if (m := self.by_token.get(o.i)) is not None and m.country]
        from dataclasses import replace

        return [replace(bare, country=p.country, code=(p.country or "") + (bare.code or ""))
                for p in places] or [found]

    def _pair(self, token: Token) -> list[Mention]:
        kind = _PAIR_NOUNS.get(token.lemma_.lower())
        if kind is None or not any(c.lower_ in ("two", "both") for c in token.children):
            return []
        picked: list[Mention] = []
        title = token.lemma_.lower() if token.lemma_.lower() in ("president", "minister") else ""
        for m in reversed(self.mentions):
            if m.start >= token.idx or not m.country or (m.kind == "person") != (
                    kind == "person") or title not in (m.role or "").lower():
                continue
            if all(p.country != m.country for p in picked):
                picked.append(m)
            if len(picked) == 2:
                return picked[::-1]
        return []

    def _in_subtree(self, token: Token) -> Mention | None:
        for t in token.subtree:
            if t.dep_ in ("prep", "relcl", "acl", "appos") and t is not token:
                break
            if t.i in self.by_token:
                return self.by_token[t.i]
        return None

    def _antecedent(self, token: Token, kind: str) -> Mention | None:
        """The latest compatible mention before the pronoun, preferring sentence subjects."""
        window = token.doc[max(token.sent.start - 60, 0)].idx
        doc = token.doc
        fits = [m for m in reversed(self.mentions)
                if window <= m.start < token.idx and m.country is not None
                and (kind == "person") == (m.kind == "person")]
        same = [m for m in fits if m.start >= token.sent.start_char]
        subjects = [m for m in fits if doc[m.head].dep_ in ("nsubj", "nsubjpass")]
        ranked = same or subjects or fits
        return ranked[0] if ranked else None


def code_sentence(sent: Span, index: MentionIndex, lexicon: Lexicon) -> list[RawEvent]:
    events: list[RawEvent] = []
    used_nouns: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
            rule, obj = _match_verb(tok, lexicon)
            if rule is not None:
                if obj is not None:
                    used_nouns.add(obj.i)
                events.extend(_verbal(tok, rule, obj, index))
    for tok in sent:
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in used_nouns:
            rule = _match_noun(tok, lexicon)
            if rule is not None:
                events.extend(_nominal(tok, rule, index))
    return events


def _match_verb(tok: Token, lexicon: Lexicon) -> tuple[Trigger | None, Token | None]:
    if lexicon.user_verbs:
        found = match_pattern(tok, lexicon.user_verbs)
        if found is not None:  # a user dictionary claims the verb, even with no code
            return _user_trigger(tok, found)
    objects = children(tok, OBJ | PASS_SUBJ)
    # a particle is "prt", or a preposition right after the verb ("call on X"), never a
    # later phrase ("gave the Philippines $272 million in 2006" is not "give in")
    particles = {c.lower_ for c in tok.children
                 if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == tok.i + 1)}
    for rule in lexicon.verbs.get(tok.lemma_.lower(), ()):
        if rule.particle and rule.particle not in particles:
            continue
        if rule.objects:
            obj = next((o for o in objects if o.lemma_.lower() in rule.objects
                        or o.lower_ in rule.objects), None)
            if obj is None:
                continue
            return rule, obj
        return rule, None
    return None, None


# A user pattern's target: where the pattern's `+` says, else the direct object when it names
# an actor, else the object of the nearest of these prepositions below the verb (not crossing
# into another clause) that does; "by" counts only below the object ("an attack by X").
_USER_PREPS = frozenset({"with", "to", "against", "on", "from", "in", "for", "of", "over",
                         "about", "at", "into", "toward", "towards", "upon", "between",
                         "by"})
_CLAUSE_EDGES = frozenset({"advcl", "ccomp", "relcl", "conj", "parataxis", "csubj", "nsubj",
                           "nsubjpass", "mark", "cc", "punct", "appos"})
_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY",
                             "PERCENT"})


def _user_trigger(tok: Token, found: PatternMatch) -> tuple[Trigger | None, Token | None]:
    """The trigger for a user-dictionary match (one without a code codes nothing), and the
    token whose prepositional objects hold the target: where the pattern's `+` says, else the
    direct object when it names an actor, else the nearest preposition whose object does."""
    if found.code is None:
        return None, None
    obj = next(iter(children(tok, OBJ)), None)
    preps = _preps_below(tok)
    named = _named_prep(found.pattern, preps)
    target: tuple[str, ...]
    if named is not None:
        target, prep = (named.lower_,), named
    elif (found.pattern is not None and found.pattern.target_after == "dobj") or any(
            _actor_like(o) for o in children(tok, OBJ | PASS_SUBJ)):
        target, prep = ("dobj",), None
    else:
        prep = next((p for p in preps if p.lower_ in _USER_PREPS and any(
            _actor_like(o) for o in prep_objects(p.head, (p.lower_,)))), None)
        target = ("dobj",) if prep is None else ("dobj", prep.lower_)
    rule = Trigger(lemma=tok.lemma_.lower(), code=found.code, target=target,
                   symmetric=found.compound, needs_target=True, reverse_code=found.paired,
                   user=True)
    return rule, obj if prep is None or prep.head is tok else prep.head


def _preps_below(verb: Token) -> list[Token]:
    """Prepositions below `verb`, nearest first, not inside other clauses."""
    out: list[Token] = []
    queue = deque(c for c in verb.children if c.dep_ not in _CLAUSE_EDGES)
    while queue:
        node = queue.popleft()
        if node.dep_ in ("prep", "prt", "dative") or (node.dep_ == "agent" and node.head != verb):
            out.append(node)
        queue.extend(c for c in node.children if c.dep_ not in _CLAUSE_EDGES)
    return out


def _named_prep(pattern: VerbPattern | None, preps: list[Token]) -> Token | None:
    """The preposition a pattern's `+` follows ("* ABOUT +"), moved on one phrase per `^`."""
    if pattern is None or pattern.target_after in (None, "dobj"):
        return None
    cur = next((p for p in preps if p.lower_ == pattern.target_after), None)
    for _ in range(pattern.target_skip):
        if cur is None:
            break
        end = max((o.i for o in prep_objects(cur.head, (cur.lower_,))), default=cur.i)
        cur = min((p for p in preps if p.i > end), key=lambda p: p.i, default=None)
    return cur


def _actor_like(tok: Token) -> bool:
    """`tok`'s phrase, up to its first modifier phrase, has a name or a personal pronoun."""
    for t in tok.subtree:
        if t is not tok and t.dep_ in ("prep", "relcl", "acl", "appos"):
            return False
        if (t.ent_type_ in _ACTOR_ENTS or (t is tok and t.lower_ in _PRONOUNS)
                or (t.pos_ == "PROPN" and t.ent_type_ not in _NOT_ACTOR_ENTS)):
            return True
    return False


def _match_noun(tok: Token, lexicon: Lexicon) -> Trigger | None:
    for rule in lexicon.nouns.get(tok.lemma_.lower(), ()):
        mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        if rule.requires_modifier and not mods & set(rule.requires_modifier):
            continue
        if rule.requires_of and not _of_object_in(tok, rule.requires_of):
            continue
        return rule
    return None


def _of_object_in(tok: Token, lemmas: tuple[str, ...]) -> bool:
    return any(o.lemma_.lower() in lemmas or any(t.lemma_.lower() in lemmas for t in o.subtree)
               for o in prep_objects(tok, ("of",)))


def _verbal(verb: Token, rule: Trigger, obj: Token | None,
            index: MentionIndex) -> list[RawEvent]:
    sources = _sources(verb, index)
    targets = _targets(verb, rule, obj, index)
    if not targets and rule.target and sources:
        targets = _loose_targets(verb, sources, index)
    framed = rule.code if rule.user else framed_code(verb, rule.code)
    if framed != rule.code:
        from dataclasses import replace

        rule = replace(rule, code=framed, mil_code=None)
    return _pairs(verb, rule, sources, targets, index, base_conf=0.8)


# An act stated as an intention, threat or refusal is coded as that speech act: "willing to
# withdraw troops" is an intent to yield (035), "threatened to shell" a threat of force (138).
_INTENT_HEADS = frozenset({"agree", "offer", "pledge", "promise", "vow", "plan", "intend",
                           "decide", "willing", "ready", "prepared", "commit", "volunteer"})
_THREAT_HEADS = frozenset({"threaten"})
_REFUSAL_HEADS = frozenset({"refuse", "decline", "reject", "fail"})
_PLAN_HEADS = frozenset({"plan", "prepare", "intend", "decide", "aim", "set", "due"})
_INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_THREAT_BY_ROOT = {"14": "133", "16": "131", "17": "137", "18": "138", "19": "138",
                   "20": "138"}


def framed_code(verb: Token, code: str) -> str:
    """CAMEO codes announced acts as the announcement: "will give a grant" is an intent to
    give aid (033), "will impose sanctions" a threat (131), "refused to meet" a rejection."""
    root = code[:2]
    head = verb.head
    lemma = head.lemma_.lower() if verb.dep_ == "xcomp" and head is not verb else ""
    if lemma in _THREAT_HEADS:
        return _THREAT_BY_ROOT.get(root, "130")
    if lemma in _REFUSAL_HEADS and root in _INTENT_BY_ROOT:
        return "120"
    announced = lemma in _INTENT_HEADS or lemma in _PLAN_HEADS or _future(verb)
    if announced and root in _INTENT_BY_ROOT:
        return _INTENT_BY_ROOT[root]
    if announced and root in _THREAT_BY_ROOT:
        return _THREAT_BY_ROOT[root]
    return code


def _future(verb: Token) -> bool:
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    going = verb.dep_ == "xcomp" and verb.head.lower_ == "going"
    return bool(auxes & {"will", "shall", "'ll"}) or going


def _sources(verb: Token, index: MentionIndex) -> list[Mention]:
    passive = is_passive(verb)
    if passive:
        agents = list(prep_objects(verb, ("by",)))
        return _mentions(agents, index)
    subj = children(verb, SUBJ)
    if subj:
        return _mentions(with_conjuncts(subj[0]), index)
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        objs = children(head, OBJ)
        if objs:
            return _mentions(with_conjuncts(objs[0]), index)
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "for", "with") and head.head is not head:
        # "accused Moscow of providing": the accused is the one said to provide
        objs = children(head.head, OBJ)
        if objs:
            return _mentions(with_conjuncts(objs[0]), index)
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp"):
        if head.pos_ in ("VERB", "AUX"):
            return _sources(head, index)
        if head.pos_ in ("ADJ", "ADP", "ADV") and head.head is not head:
            return _sources(head.head, index)  # "X is about / ready / willing to restore"
    return _relative_source(verb, index)


# Where a target may still be found when the lexicon's slot is empty: the first actor in the
# verb's object and complement phrases, as a careful coder reads "agreed to provide aid for
# Romania" or "offered concessions to the U.S.". Clauses of their own are not entered.
_LOOSE_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "attr", "oprd", "acomp"})


_NOT_TARGET_PREPS = frozenset({"in", "at", "during", "since", "after", "before", "near",
                               "despite", "by", "until", "within", "across", "throughout",
                               "like", "than", "as", "amid", "without", "of", "from",
                               "alongside", "about", "over", "beside", "besides"})
_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis", "conj", "appos"})


def _loose_targets(verb: Token, sources: list[Mention],
                   index: MentionIndex) -> list[Mention]:
    taken = {i for m in sources for i in range(m.tok_start, m.tok_end)}
    stack = [c for c in reversed(list(verb.children)) if c.dep_ in _LOOSE_DEPS and c.i > verb.i
             and not (c.dep_ == "prep" and c.lower_ in _NOT_TARGET_PREPS)]
    while stack:
        t = stack.pop()
        m = index.by_token.get(t.i)
        if m is not None and t.i not in taken and m.country and \
                all(m.country != s.country for s in sources):
            return [m]  # a loosely found target is another country's, never one's own
        stack.extend(c for c in reversed(list(t.children)) if c.dep_ not in _CLAUSES
                     and not (c.dep_ == "prep" and c.lower_ in _NOT_TARGET_PREPS))
    return []


def _relative_source(verb: Token, index: MentionIndex) -> list[Mention]:
    head = verb.head
    if verb.dep_ in ("relcl", "acl"):
        found = _mentions([head], index)
        if not found and head.dep_ == "attr":  # "Kuwait is the latest country to withdraw"
            found = _mentions(children(head.head, SUBJ), index)
        return found
    return []


def _targets(verb: Token, rule: Trigger, obj: Token | None,
             index: MentionIndex) -> list[Mention]:
    found: list[Token] = []
    anchor_nodes = [verb] + ([obj] if obj is not None else [])
    for where in rule.target:
        if where == "dobj":
            deps = PASS_SUBJ if is_passive(verb) else OBJ
            found += [t for o in children(verb, deps) for t in with_conjuncts(o)]
        elif where == "iobj":
            found += children(verb, {"dative", "iobj"})
        elif where == "that_subj":
            found += [s for c in children(verb, {"ccomp"}) for s in children(c, SUBJ)]
        elif where == "poss_obj":
            found += [p for o in children(verb, OBJ) for p in children(o, {"poss"})]
        else:
            for node in anchor_nodes:
                found += list(prep_objects(node, (where,)))
        if found and where != "dobj":
            break
    return _mentions(found, index)


def _mentions(tokens: Sequence[Token], index: MentionIndex) -> list[Mention]:
    out: list[Mention] = []
    for t in _with_listed(tokens, index):
        for m in index.for_token_all(t):
            if m not in out:
                out.append(m)
    return out


def _between_parties(objects: list[Token], index: MentionIndex) -> list[Mention]:
    """"between the heads of state of Russia and North Korea": every actor of distinct
    country in the phrase, in order."""
    parties = _mentions(objects, index)
    for obj in objects:
        for t in obj.subtree:
            m = index.by_token.get(t.i)
            if m is not None and m.country and all(p.country != m.country for p in parties):
                parties.append(m)
    return parties


def _with_listed(tokens: Sequence[Token], index: MentionIndex) -> list[Token]:
    """Lists the parser reads as appositions ("Mordor, the Shire, Fornost and Bree") are
    coordinations when the apposed words name other actors of a kind that can be listed."""
    out = list(tokens)
    for t in tokens:
        head = index.by_token.get(t.i)
        if head is None or head.kind not in ("country", "user", "org", "group", "person"):
            continue
        for c in t.children:
            other = index.by_token.get(c.i)
            if c.dep_ == "appos" and other is not None and other.entity != head.entity \
                    and other.kind == head.kind:
                out.extend(with_conjuncts(c))
    return out


def _nominal(noun: Token, rule: Trigger, index: MentionIndex) -> list[RawEvent]:
    between = list(prep_objects(noun, ("between",)))
    if between:
        parties = _between_parties(between, index)
        return _pairs(noun, rule, parties[:1], parties[1:2], index, base_conf=0.65,
                      both_ways=True)
    poss = children(noun, {"poss"})
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    sources = _mentions(poss, index) or _mentions(mods, index)
    if not sources and noun.dep_ in ("dobj", "pobj", "attr"):
        governor = noun.head if noun.dep_ != "pobj" else noun.head.head
        if governor.lemma_.lower() in _LIGHT_VERBS:  # "launched an attack", not "blamed"
            sources = _sources(governor, index)
    others = [m for m in _mentions(mods, index) if m not in sources]
    targets = _targets(noun, rule, None, index) or others
    if not targets and len(sources) > 1 and rule.symmetric:
        return _pairs(noun, rule, sources[:1], sources[1:2], index, base_conf=0.6,
                      both_ways=True)
    return _pairs(noun, rule, sources, targets, index, base_conf=0.6)


def _pairs(trigger: Token, rule: Trigger, sources: list[Mention], targets: list[Mention],
           index: MentionIndex, *, base_conf: float, both_ways: bool = False) -> list[RawEvent]:
    sources = [_with_country(s, index) for s in _split(sources)]
    sources = [s for s in sources if s.country]
    targets = _split(targets)
    if not sources:
        return []
    if not targets and rule.symmetric and len(sources) > 1 and rule.code[:2] <= "08" and \
            not _target_slot_used(trigger, rule):
        return _pairs(trigger, rule, sources[:1], sources[1:], index,
                      base_conf=base_conf, both_ways=True)
    out: list[RawEvent] = []
    for src in sources:
        filled = [_fill_target(t, src, rule) for t in targets]
        resolved = [t for t in filled if t is not None and t.entity != src.entity]
        if not resolved:
            if not rule.needs_target and not targets:
                out.append(RawEvent(trigger, rule, _code(rule, src), src, None, base_conf))
            continue
        for tgt in resolved:
            if tgt.code == src.code and not rule.self_target:
                continue
            out.append(RawEvent(trigger, rule, _code(rule, src), src, tgt, base_conf))
            if rule.reverse_code:
                out.append(RawEvent(trigger, rule, rule.reverse_code, tgt, src, base_conf))
            elif both_ways and rule.symmetric:
                out.append(RawEvent(trigger, rule, _code(rule, tgt), tgt, src, base_conf))
    return out


def _target_slot_used(trigger: Token, rule: Trigger) -> bool:
    """Coordinated subjects act on each other ("Kim and Putin agreed") only when the target
    slot is empty: in "forces and police cooperate with traffickers" it is not."""
    preps = {t for t in rule.target if t not in ("dobj", "iobj", "that_subj", "poss_obj")}
    if "dobj" in rule.target and children(trigger, OBJ):
        return True
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        g.dep_ == "pobj" for g in c.children) for c in trigger.children)


def _split(mentions: list[Mention]) -> list[Mention]:
    """A compound dictionary actor ("FRO/BIL/SAM") acts as each of its members."""
    from dataclasses import replace

    out: list[Mention] = []
    for m in mentions:
        codes = (m.code or "").split("/")
        if len(codes) < 2:
            out.append(m)
            continue
        out.extend(replace(m, entity=f"{m.entity}#{c}", code=c, country=c[:3]) for c in codes)
    return out


def _with_country(m: Mention, index: MentionIndex) -> Mention:
    """A bare role ("police") acts for the article's focus country."""
    if m.country or not m.code or not index.focus_country:
        return m
    from dataclasses import replace

    return replace(m, country=index.focus_country, code=index.focus_country + m.code)


def _fill_target(t: Mention, src: Mention, rule: Trigger) -> Mention | None:
    if t.country:
        return t
    # "police arrested protesters": one country's own people; an attack's bare target
    # ("a government-controlled base") is not the attacker's own
    if rule.self_target and t.code and src.country and rule.code[:2] in _DOMESTIC_ROOTS:
        from dataclasses import replace

        return replace(t, country=src.country, code=src.country + t.code)
    return None


def _code(rule: Trigger, src: Mention) -> str:
    if rule.mil_code and src.code and any(r in src.code[3:] for r in _ARMED):
        return rule.mil_code
    return rule.code


def answer_denials(events: Sequence[RawEvent]) -> list[RawEvent]:
    """A denial with no stated target answers the latest accusation against its source:
    "The US accused Moscow ... Moscow later denied the allegations" is Moscow -> US."""
    from dataclasses import replace

    out: list[RawEvent] = []
    for ev in events:
        if ev.code.startswith("016") and ev.target is None:
            accusation = next((a for a in reversed(out) if a.code.startswith("11")
                               and a.target is not None
                               and a.target.country == ev.source.country), None)
            if accusation is not None:
                ev = replace(ev, target=accusation.source)
        out.append(ev)
    return out
