"""The rule coder: CAMEO events from triggers, the dependency parse and resolved actors.

A trigger (verb or noun from the lexicon) becomes an event only when a source actor with a
country is found, and a target too unless the trigger needs none (a weapons test). There is no
default code: a sentence without a codable actor pair yields nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..kb.resolve import Mention
from .framing import framed_code
from .lexicon import Lexicon, Trigger
from .mentions import PRONOUNS, MentionIndex
from .petrarch_verbs import match_pattern
from .syntax import (
    NAMING,
    OBJ,
    OBJECT_CONTROL,
    PASS_SUBJ,
    SPEECH,
    SUBJ,
    children,
    is_passive,
    is_stative,
    prep_objects,
    with_conjuncts,
)
from .user_patterns import first_name_after, subject_members, user_trigger

_ARMED = ("MIL", "REB", "COP", "INS")
_DOMESTIC_ROOTS = frozenset({"14", "17"})
# Verbs whose subject performs the act their object names: "launched an attack", "renewed
# negotiations", "speeded up the withdrawal"; not "blamed" or "reported" an attack.
_LIGHT_VERBS = frozenset({"launch", "carry", "conduct", "stage", "hold", "make", "begin",
                          "resume", "sign", "reach", "mount", "have", "start", "open", "pay",
                          "announce", "impose", "lift", "end", "complete", "postpone",
                          "renew", "continue", "intensify", "escalate", "step", "speed",
                          "accelerate", "finish", "undertake", "initiate", "pursue", "wage",
                          "perform", "unleash", "restart", "expand", "deepen", "broaden",
                          "order", "engage", "join", "reimpose", "extend", "tighten", "up",
                          "increase", "boost", "organize", "organise", "issue", "send",
                          "deliver"})
_TIME_PREPS = frozenset({"during", "after", "before", "since", "despite", "amid", "following",
                         "until", "without", "throughout"})
# Nouns that frame an act named by their compound modifier: "a mediation effort between ...",
# "a bombing campaign against ...": the act takes the frame's arguments.
_FRAME_NOUNS = frozenset({"effort", "mission", "campaign", "operation", "initiative", "bid",
                          "drive", "round", "process", "programme", "program"})
@dataclass(frozen=True, slots=True)
class RawEvent:
    """An event before dating, mode and attribution: trigger plus resolved actors."""

    trigger: Token
    rule: Trigger
    code: str
    source: Mention
    target: Mention | None
    confidence: float


def code_sentence(sent: Span, index: MentionIndex, lexicon: Lexicon, *,
                  fallback: Callable[[Token, MentionIndex], list[RawEvent]] | None = None,
                  ) -> list[RawEvent]:
    """Events of one sentence; `fallback` codes verbs the lexicon does not know."""
    events: list[RawEvent] = []
    speech: list[Token] = []
    used_nouns: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
            rule, obj = _match_verb(tok, lexicon)
            if rule is not None:
                if obj is not None:
                    used_nouns.add(obj.i)
                events.extend(_verbal(tok, rule, obj, index))
            elif tok.lemma_.lower() in _STATING:
                speech.append(tok)
            elif fallback is not None and tok.pos_ == "VERB" and \
                    tok.lemma_.lower() not in lexicon.verbs:
                events.extend(fallback(tok, index))
    for tok in sent:
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in used_nouns:
            rule = _match_noun(tok, lexicon)
            if rule is not None:
                events.extend(_nominal(tok, rule, index))
    for verb in speech:
        events.extend(_statements(verb, index, events, lexicon.evaluative))
    return events


def _statements(verb: Token, index: MentionIndex, coded: list[RawEvent],
                evaluative: Mapping[str, str]) -> list[RawEvent]:
    """What a speech verb states: a demand ("said Libya must ..."), and an evaluation
    (coding/speech.py) unless what is said is coded already."""
    from .speech import stated_evaluations  # speech.py builds on this module

    said = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")
            for t in c.subtree}
    out = _stated_demands(verb, index, coded)
    if not any(e.trigger.i in said for e in coded):
        out = stated_evaluations(verb, index, evaluative, coded) + out
    return out


_STATING = SPEECH | NAMING | {"conclude"}
# What a stated obligation demands, by the root of the act it names ("must hand over" asks the
# target to yield: 105); CAMEO's 10x codes mirror the cooperative roots.
_DEMAND_BY_ROOT = {"04": "106", "05": "102", "06": "101", "07": "103", "08": "105"}


def _stated_demands(verb: Token, index: MentionIndex, coded: list[RawEvent]) -> list[RawEvent]:
    """"Britain said Libya must hand over the suspects": CAMEO codes a stated obligation as a
    demand (10) from the speaker on the one who must act."""
    clauses = [c for c in children(verb, {"ccomp"})
               if any(a.lower_ == "must" for a in children(c, {"aux"}))]
    if not clauses or verb.dep_ in ("relcl", "advcl"):
        return []
    speakers = [s for s in sources_of(verb, index) if s.country]
    out: list[RawEvent] = []
    for clause in clauses:
        inner = next((e for e in coded if e.trigger.i == clause.i), None)
        code = _DEMAND_BY_ROOT.get(inner.code[:2], "100") if inner is not None else "100"
        rule = Trigger(lemma=verb.lemma_.lower(), code=code)
        addressed = _mentions(children(clause, SUBJ), index)
        out += _pairs(verb, rule, speakers, addressed, index, base_conf=0.6)
    return out


def _match_verb(tok: Token, lexicon: Lexicon) -> tuple[Trigger | None, Token | None]:
    if lexicon.user_verbs:
        found = match_pattern(tok, lexicon.user_verbs)
        if found is not None:  # a user dictionary claims the verb, even with no code
            return user_trigger(tok, found)
    objects = children(tok, OBJ | PASS_SUBJ)
    particles = _particles(tok)
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


def _particles(verb: Token) -> set[str]:
    """A particle is "prt", or a preposition right after the verb ("call on X") or right after
    its object ("charged Besigye with treason"), never a later phrase or a date ("gave the
    Philippines $272 million in 2006" is not "give in")."""
    ends = {verb.i} | {o.right_edge.i for o in children(verb, OBJ)}
    return {c.lower_ for c in verb.children
            if c.dep_ == "prt" or (c.dep_ == "prep" and c.i - 1 in ends and not any(
                g.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL") for g in c.children))}


# A user pattern's target: where the pattern's `+` says, else the direct object when it names
# an actor, else the object of the nearest of these prepositions below the verb (not crossing
# into another clause) that does; "by" counts only below the object ("an attack by X").
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
    sources = sources_of(verb, index)
    if rule.user:  # a dictionary's pattern codes every listed subject, however parsed
        sources += [m for m in _mentions(subject_members(verb), index) if m not in sources]
    targets = _targets(verb, rule, obj, index)
    if not targets and rule.target and sources:
        targets = loose_targets(verb, sources, index)
    if rule.self_target and not any(t.country or t.code for t in targets):
        targets = place_targets(verb, obj, index) or targets
    if rule.reversed and not (is_passive(verb) and sources):
        # "+ * MONEY $": the one named after the verb acts on the subject ("received money
        # from X"); a passive's "by" phrase is read as the source already
        sources, targets = targets, sources or _mentions(children(verb, PASS_SUBJ), index)
    framed = rule.code if rule.user else framed_code(verb, rule.code)
    if framed != rule.code:
        rule = replace(rule, code=framed, mil_code=None)
    return _pairs(verb, rule, sources, targets, index, base_conf=0.8)


# An act stated as an intention, threat or refusal is coded as that speech act: "willing to
# withdraw troops" is an intent to yield (035), "threatened to shell" a threat of force (138).
def sources_of(verb: Token, index: MentionIndex) -> list[Mention]:
    if is_passive(verb) and not is_stative(verb):
        agents = list(prep_objects(verb, ("by",)))
        return _mentions(agents, index)
    subj = children(verb, SUBJ | PASS_SUBJ)  # "Israel is opposed to": a stance, not a passive
    if subj and subj[0].tag_ in ("WDT", "WP") and verb.dep_ in ("relcl", "conj"):
        # "Bahrain, Sudan and the UAE, which have cut ties": the relative's antecedent
        clause = verb if verb.dep_ == "relcl" else verb.head
        if clause.dep_ == "relcl":
            return _mentions([clause.head], index)
    if subj:  # "the first contingent of Fijian troops arrived": the troops
        return _mentions([_owner(t, index, ("of",)) for t in with_conjuncts(subj[0])], index)
    head = verb.head
    if head is verb:
        return []
    understood = _understood_subject(verb)
    if understood is not None:
        return _mentions(with_conjuncts(understood), index)
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp"):
        if head.pos_ in ("VERB", "AUX"):
            return sources_of(head, index)
        if head.pos_ in ("ADJ", "ADP", "ADV") and head.head is not head:
            return sources_of(head.head, index)  # "X is about / ready / willing to restore"
    return _relative_source(verb, index)


def _understood_subject(verb: Token) -> Token | None:
    """The governing verb's object that is this verb's subject: "urged Pyongyang to talk",
    "accused Moscow of providing" (the accused is the one said to provide), and "indicated
    Turkey had helped" (a subject the parser read as the speech verb's object)."""
    head = verb.head
    objs: list[Token] = []
    if verb.dep_ == "ccomp":
        objs = [o for o in children(head, OBJ) if o.right_edge.i + 1 == verb.left_edge.i]
    elif verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        objs = children(head, OBJ)
    elif verb.dep_ == "pcomp" and head.lower_ in ("of", "for", "with") and \
            head.head is not head:
        objs = children(head.head, OBJ)
    return objs[0] if objs else None


# Where a target may still be found when the lexicon's slot is empty: the first actor in the
# verb's object and complement phrases, as a careful coder reads "agreed to provide aid for
# Romania" or "offered concessions to the U.S.". Clauses of their own are not entered.
_LOOSE_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "attr", "oprd", "acomp"})


_NOT_TARGET_PREPS = frozenset({"in", "at", "during", "since", "after", "before", "near",
                               "despite", "by", "until", "within", "across", "throughout",
                               "like", "than", "as", "amid", "without", "of", "from",
                               "alongside", "about", "over", "beside", "besides"})
_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis", "conj", "appos"})


def loose_targets(verb: Token, sources: list[Mention],
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
                     and not (c.dep_ == "prep" and _not_target_prep(c)))
    return []


_PLACE_PREPS = ("in", "inside", "at", "near", "across", "throughout", "on")


def place_targets(trigger: Token, obj: Token | None, index: MentionIndex) -> list[Mention]:
    """A domestic act with no one named as its object is aimed at the country it happens in,
    as CAMEO codes "demonstrated in Serbia" or "imposed a curfew in Kashmir"."""
    nodes = [trigger] + ([obj] if obj is not None else []) + children(trigger, OBJ)
    found = [m for node in nodes for m in _mentions(list(prep_objects(node, _PLACE_PREPS)),
                                                    index) if m.kind == "country"]
    return found[:1]


def _not_target_prep(prep: Token) -> bool:
    """A preposition whose object is no target; "by" under a noun names the one asked to act:
    "demanded an admission by Moscow"."""
    if prep.lower_ == "by" and prep.head.pos_ in ("NOUN", "PROPN"):
        return False
    return prep.lower_ in _NOT_TARGET_PREPS


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
    # the parser often hangs the phrase on the object: "demanded autonomy from Belgrade"
    anchor_nodes = [verb] + ([obj] if obj is not None else children(verb, OBJ))
    for where in rule.target:
        found += _slot(verb, where, anchor_nodes, index)
        # a slot holding no actor ("to the plant ... in Iran") gives way to the next one
        if where != "dobj" and any(m.country or m.code for m in _mentions(found, index)):
            break
    return _mentions(found, index)


def _slot(verb: Token, where: str, anchors: list[Token], index: MentionIndex) -> list[Token]:
    """The tokens in one target slot of a rule (`where` as in data/verbs.yaml)."""
    if where == "dobj":
        deps = PASS_SUBJ if is_passive(verb) and not is_stative(verb) else OBJ
        return [_owner(t, index) for o in children(verb, deps) for t in with_conjuncts(o)]
    if where == "iobj":
        return children(verb, {"dative", "iobj"})
    if where == "that_subj":  # "demanded that Israel ...", "its demand that Israel ..."
        return [s for c in children(verb, {"ccomp", "acl"}) for s in children(c, SUBJ)]
    if where == "poss_obj":
        return [p for o in children(verb, OBJ) for p in children(o, {"poss"})]
    if where == "after":
        return first_name_after(verb)
    return [_owner(t, index) for node in anchors for t in prep_objects(node, (where,))]


def _owner(obj: Token, index: MentionIndex,
           preps: tuple[str, ...] = ("of", "in", "from", "by")) -> Token:
    """An object that names no actor stands for the owner in its "of" phrase, the country of
    its "in" phrase, the author in its "from"/"by" phrase or the agent of its participle:
    "shelled positions of the rebels", "sent inspectors to a site in Syria", "rejected an offer
    from Kabul", "investigated crimes committed by the militia"."""
    if index.for_token(obj) is not None:
        return obj
    found = next(prep_objects(obj, preps), None)
    if found is None:  # "crimes committed by Croat forces": those who did them
        found = next((a for c in children(obj, {"acl"}) for a in prep_objects(c, ("by",))),
                     None)
    return found if found is not None else obj


def _mentions(tokens: Sequence[Token], index: MentionIndex) -> list[Mention]:
    out: list[Mention] = []
    for t in _with_listed(tokens, index):
        for m in index.for_token_all(t):
            # a pronoun stands for its antecedent alone, not for a list around it
            for listed in [m] if t.lower_ in PRONOUNS else _list_run(m, index):
                if listed not in out:
                    out.append(listed)
    return out


def _list_gap(gap: Span) -> bool:
    """", ", " and ", ", and the evil awful ": a separator, with only articles and
    adjectives after it."""
    words = [t for t in gap if not t.is_space]
    return bool(words) and words[0].text in (",", "and", "or") and len(words) <= 5 and all(
        t.pos_ in ("CCONJ", "PUNCT", "DET", "ADJ") for t in words) and not any(
        t.text in ";:.()" for t in words)


def _list_run(m: Mention, index: MentionIndex) -> list[Mention]:
    """A mention with the ones written in a list with it, whatever the parse made of the list:
    "Abe, German Chancellor Angela Merkel and Australian Prime Minister Malcolm Turnbull"."""
    if m.kind not in ("person", "country", "org", "group", "user"):
        return [m]
    ordered = index.mentions
    pos = next((i for i, x in enumerate(ordered) if x.start == m.start), None)
    if pos is None:
        return [m]
    run, role = [m], _leading_role(m)
    for step in (-1, 1):
        i, edge = pos + step, m
        while 0 <= i < len(ordered) and index.doc is not None:
            other = ordered[i]
            a, b = (other, edge) if step < 0 else (edge, other)
            gap = index.doc[a.tok_end:b.tok_start]
            if other.entity == edge.entity and len(gap) <= 8 and \
                    not any(t.text in ",;:.()" for t in gap):
                i, edge = i + step, other  # pieces of one long name ("... Al Saud")
                continue
            if not _list_gap(gap) or other.country is None or (
                    other.kind != m.kind and not (role and other.kind == "country")):
                break
            run.insert(0, other) if step < 0 else run.append(other)
            i, edge = i + step, other
    # a role written before a list of countries is each one's: "the ambassadors of Arnor,
    # Osgiliath and Gondor" are three countries' envoys, not one envoy and two states
    return [replace(o, code=o.country + role) if role and o.start > m.start and o.country
            and o.code == o.country else o for o in run]


def _leading_role(m: Mention) -> str:
    """The role code a group's text begins with ("ambassadors of Arnor": GOV), else "";
    a person's title is his own ("President Putin, China and India")."""
    if m.kind == "person":
        return ""
    country, code, title = m.country or "", m.code or "", m.stated_title or ""
    role = code[len(country):] if country and code.startswith(country) else ""
    return role if title and m.text.lower().startswith(title.lower()) else ""


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
    out = list(tokens) + [m for t in tokens for m in _listed_modifiers(t, index)]
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


def _listed_modifiers(token: Token, index: MentionIndex) -> list[Token]:
    """"Hungarian and Romanian officials", "U.S. and Russian negotiators": each coordinated
    national modifier of a noun names one of the parties."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i in index.by_token and \
                any(g.dep_ == "conj" for g in c.children):
            out.extend(t for t in with_conjuncts(c) if t.i in index.by_token)
    return out


def _nominal(noun: Token, rule: Trigger, index: MentionIndex) -> list[RawEvent]:
    frame = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in \
        _FRAME_NOUNS else noun
    between = list(prep_objects(frame, ("between",)))
    if between:
        parties = _between_parties(between, index)
        return _pairs(noun, rule, parties[:1], parties[1:2], index, base_conf=0.65,
                      both_ways=True)
    governor = _performing_verb(frame)
    if governor is not None:  # "threatened to hold a strike" is a threat
        framed = framed_code(governor, rule.code)
        rule = rule if framed == rule.code else replace(rule, code=framed, mil_code=None)
    sources = _nominal_sources(frame, noun, governor, index)
    targets = _nominal_targets(frame, noun, rule, governor, index)
    targets = [t for t in targets if t not in sources]
    if not targets and len(sources) > 1 and rule.symmetric:
        return _pairs(noun, rule, sources[:1], sources[1:2], index, base_conf=0.6,
                      both_ways=True)
    if rule.self_target and not any(t.country or t.code for t in targets):
        targets = place_targets(frame, None, index) or targets
    return _pairs(noun, rule, sources, targets, index, base_conf=0.6)


def _modifiers(frame: Token, noun: Token) -> list[Token]:
    return [c for c in frame.children if c.dep_ in ("amod", "compound", "nmod") and c is not noun]


def _performing_verb(frame: Token) -> Token | None:
    """The verb whose subject performs the act a noun names: "launched an attack", "engaged
    in talks"; not "blamed" an attack, nor "held posters during a demonstration"."""
    if frame.dep_ in ("dobj", "attr") or (frame.dep_ == "pobj" and
                                          frame.head.lower_ not in _TIME_PREPS):
        governor = frame.head if frame.dep_ != "pobj" else frame.head.head
        if governor.lemma_.lower() in _LIGHT_VERBS:
            return governor
    return None


def _nominal_sources(frame: Token, noun: Token, governor: Token | None,
                     index: MentionIndex) -> list[Mention]:
    """Who performs a nominal act: its possessor ("Iran's offensive"), its "by" agent
    ("condemnation by the UN"), its national modifier ("an Israeli raid"), else the subject of
    the verb that performs it."""
    # an adjective names an actor only with a country: "a general strike" has no general
    mods = [c for c in _modifiers(frame, noun) if c.pos_ != "ADJ" or (
        c.i in index.by_token and index.by_token[c.i].country)]
    sources = _mentions(children(frame, {"poss"}), index) or \
        _mentions(list(prep_objects(frame, ("by",))), index) or _mentions(mods, index)
    if not sources and governor is not None:
        return sources_of(governor, index)
    return sources


def _nominal_targets(frame: Token, noun: Token, rule: Trigger, governor: Token | None,
                     index: MentionIndex) -> list[Mention]:
    """Where a nominal act is aimed: its own target phrase, which the parser may hang on its
    "of" or "by" object ("the withdrawal of forces from Panama", "an attack by rebels on
    ..."), or on the verb that performs it ("upped its aid to Kabul"); else another
    country's modifier ("the Israeli raid")."""
    agents = list(prep_objects(frame, ("by",)))
    inner = next(prep_objects(frame, ("of",)), agents[0] if agents else None)
    targets = _targets(frame, rule, inner, index)
    if not targets and governor is not None:
        targets = _targets(governor, rule, frame, index)
    if not targets and "that_subj" in rule.target and frame.dep_ == "dobj":
        # "reiterated its demand that Israel ease ...": the clause hangs on the verb
        targets = _mentions(_slot(frame.head, "that_subj", [], index), index)
    return targets or [m for m in _mentions(_modifiers(frame, noun), index) if m.country]


def _pairs(trigger: Token, rule: Trigger, sources: list[Mention], targets: list[Mention],
           index: MentionIndex, *, base_conf: float, both_ways: bool = False) -> list[RawEvent]:
    sources = [_with_country(s, index) for s in _split(sources)]
    sources = [s for s in sources if s.country]
    targets = _split(targets)
    if not sources:
        return []
    if not targets and rule.symmetric and len(sources) > 1 and \
            (rule.code[:2] <= "08" or rule.user) and not _target_slot_used(trigger, rule):
        return _pairs(trigger, rule, sources[:1], sources[1:], index,
                      base_conf=base_conf, both_ways=True)
    out: list[RawEvent] = []
    for src in sources:
        filled = [_fill_target(t, src, rule, index.focus_country) for t in targets]
        # one dictionary entry in two roles acts on itself: "Arnor police arrested Arnor
        # students" (ARNCOP, ARNEDU)
        resolved = [t for t in filled if t is not None and
                    (t.entity, t.code) != (src.entity, src.code)]
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
    # a date fills no slot: "agreed on Wednesday"
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in trigger.children)


def _split(mentions: list[Mention]) -> list[Mention]:
    """A compound dictionary actor ("FRO/BIL/SAM") acts as each of its members."""
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
    return replace(m, country=index.focus_country, code=index.focus_country + m.code)


def _fill_target(t: Mention, src: Mention, rule: Trigger, focus: str | None) -> Mention | None:
    """A bare role as target ("accuses police", "arrested protesters") belongs to the country
    the story is about; failing that, a domestic act's target is the source's own people, but
    an attack's bare target ("a government-controlled base") is not the attacker's own."""
    if t.country:
        return t
    if t.kind == "person" and rule.self_target and focus and src.country == focus:
        # a person of no known country whom the story's own state arrests, tries or executes
        return replace(t, country=focus, code=focus)
    if not t.code:
        return None
    # a domestic story between groups: "the opposition accuses police", "forces fired on
    # protesters"; a state as a whole ("the U.S.") does not attack its own "government"
    if focus and src.country == focus and src.kind in ("group", "agent"):
        return replace(t, country=focus, code=focus + t.code)
    if rule.self_target and src.country and rule.code[:2] in _DOMESTIC_ROOTS:
        return replace(t, country=src.country, code=src.country + t.code)
    return None


def _code(rule: Trigger, src: Mention) -> str:
    if rule.mil_code and src.code and any(r in src.code[3:] for r in _ARMED):
        return rule.mil_code
    return rule.code
