"""Read PETRARCH/TABARI verb dictionaries and match their patterns against a spaCy parse.

Format (comments are `#` to end of line and `<!-- ... -->` blocks):

    &SYNSET              a synset; its members follow as `+WORD` lines (`_` joins words,
    +MEMBER_WORDS        a member may name another synset: `+&OTHER`)
    --- NAME [code] ---  a verb block; `[---]` means no code of its own
    VERB {IRREG FORMS}   the verb forms of the block; in a multi-word form `+` marks the verb
    +CORDON_OFF [code]   ("WIRE_+TAP", "+BREAK_DOWN"), and a form may carry its own code
    - BEFORE * AFTER [code]   a pattern: `*` is the verb; `$` source, `+` target,
                              `%` compound actor, `^` skip; `&NAME` any synset member

In a pattern, words joined by `_` must be adjacent in the sentence, words separated by spaces
may have other words between them. A code `A:B` codes A and records B (the reverse event);
`A:A` is a mutual act, so a listed subject with no one named after the verb pairs its members.
A `%` before the verb pairs the members of the subject whatever follows ("% HAVE *"), and a
`+` before the verb with a `$` after it makes the subject the target ("+ * MONEY $").

A discard dictionary is a list of phrases without codes: a sentence holding one is not coded
by the dictionary ("BASEBALL"), and a phrase marked `+` discards the whole story ("+TYPHOON").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Token

from ..errors import DictionaryImportError

_CODE = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_HEADER = re.compile(r"^---\s*(.*?)\s*(?:---)?\s*$")
_MARKERS = frozenset({"$", "+", "%", "^"})
# How far up a dependency chain the words before the verb are sought ("said it would *").
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acomp", "aux", "auxpass"})

Words = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Unit:
    """One slot of a pattern: any of `options`, each a run of adjacent words."""

    options: tuple[Words, ...]
    glued: bool = False  # must directly follow the previous slot (or, in `after`, the verb)


@dataclass(frozen=True, slots=True)
class VerbPattern:
    before: tuple[Unit, ...]
    after: tuple[Unit, ...]
    code: str | None
    paired: str | None = None
    touches_verb: bool = False  # the last `before` slot directly precedes the verb ("IN_*")
    has_source: bool = False
    has_target: bool = False
    compound: bool = False
    compound_subject: bool = False  # the `%` precedes the verb: the subject's members interact
    target_after: str | None = None  # "dobj", or the word the `+` follows ("ABOUT +")
    target_skip: int = 0  # `^`s right before the `+`: phrases skipped after that word's object
    # `+ * FROM $`: the subject is the target and the source is named after the verb; then
    # `target_after` and `target_skip` say where the `$` is
    reversed: bool = False
    text: str = ""


@dataclass(frozen=True, slots=True)
class VerbForm:
    """A verb as listed in a block: the verb word and the words fixed around it."""

    verb: str
    before: Words = ()
    after: Words = ()
    code: str | None = None
    paired: str | None = None


@dataclass(frozen=True, slots=True)
class VerbBlock:
    name: str
    code: str | None
    paired: str | None
    forms: tuple[VerbForm, ...]
    patterns: tuple[VerbPattern, ...]


@dataclass(frozen=True)
class VerbDictionary:
    blocks: tuple[VerbBlock, ...] = ()
    synsets: Mapping[str, tuple[Words, ...]] = field(default_factory=dict)
    index: Mapping[str, tuple[tuple[VerbForm, VerbBlock], ...]] = field(default_factory=dict)
    discards: tuple[Words, ...] = ()  # a sentence with one of these phrases is not coded
    story_discards: tuple[Words, ...] = ()  # nor is any sentence of a story with one of these

    def __bool__(self) -> bool:
        return bool(self.blocks or self.discards or self.story_discards)

    def entries(self, word: str) -> tuple[tuple[VerbForm, VerbBlock], ...]:
        """The (form, block) pairs whose verb word is `word` (lower case)."""
        return self.index.get(word, ())

    @property
    def pattern_count(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """A verb matched in a dictionary; `pattern` is None for the block's default code."""

    code: str | None
    block: str
    pattern: VerbPattern | None
    has_target: bool = False
    compound: bool = False
    score: int = 0
    tokens: tuple[int, ...] = ()  # the tokens the pattern's words matched
    paired: str | None = None  # the reverse event's code of an `A:B` code


# ---------------------------------------------------------------- reading


def looks_like_verb_dictionary(text: str) -> bool:
    """True when `text` has `--- NAME [code] ---` verb-block headers."""
    return any(re.match(r"---\s*[^\s-]", line) for line in clean_lines(text))


def looks_like_discards(text: str) -> bool:
    """True when `text` is a list of phrases with no codes, headers or synsets."""
    lines = clean_lines(text)
    return bool(lines) and not any("[" in ln or ln.startswith(("---", "&", "-"))
                                   for ln in lines)


def verb_dictionary_files(paths: Iterable[Path]) -> list[Path]:
    """The verb and discard dictionaries among `paths` (which may hold actor and agent files
    too)."""
    return [Path(p) for p in paths if _coding_kind(_read(Path(p)))]


def _coding_kind(text: str) -> str | None:
    if looks_like_verb_dictionary(text):
        return "verbs"
    return "discards" if looks_like_discards(text) else None


def read_verb_dictionary(paths: Path | Iterable[Path]) -> VerbDictionary:
    """The verb blocks, patterns and synsets of every verb file in `paths`, and the phrases of
    every discard file."""
    texts = [_read(p) for p in ([paths] if isinstance(paths, Path) else list(paths))]
    discard = [looks_like_discards(t) for t in texts]
    lines = [ln for t, d in zip(texts, discard, strict=True) if not d for ln in clean_lines(t)]
    dropped = [ln for t, d in zip(texts, discard, strict=True) if d for ln in clean_lines(t)]
    synsets = _synsets(lines)
    blocks = tuple(_blocks(lines, synsets))
    index: dict[str, list[tuple[VerbForm, VerbBlock]]] = {}
    for block in blocks:
        for form in block.forms:
            index.setdefault(form.verb, []).append((form, block))
    return VerbDictionary(blocks, synsets, {k: tuple(v) for k, v in index.items()},
                          discards=_phrases(ln for ln in dropped if not ln.startswith("+")),
                          story_discards=_phrases(ln[1:] for ln in dropped if ln.startswith("+")))


def _phrases(lines: Iterable[str]) -> tuple[Words, ...]:
    return tuple(dict.fromkeys(w for ln in lines if (w := _words(ln))))


def _read(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryImportError(f"cannot read verb dictionary {path}: {exc}") from exc


def clean_lines(text: str) -> list[str]:
    """Lines without comments or blanks, stripped."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _synsets(lines: Sequence[str]) -> dict[str, tuple[Words, ...]]:
    raw: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        if line.startswith("&"):
            current = raw.setdefault(_synset_name(line.split()[0]), [])
        elif line.startswith("+") and current is not None:
            current.append(line[1:].strip())
        else:
            current = None
    return {name: _expand_synset(name, raw, frozenset()) for name in raw}


def _synset_name(token: str) -> str:
    return token.strip().rstrip("_").upper()


def _expand_synset(name: str, raw: Mapping[str, list[str]],
                   seen: frozenset[str]) -> tuple[Words, ...]:
    out: list[Words] = []
    for member in raw.get(name, ()):
        if member.startswith("&"):
            inner = _synset_name(member)
            if inner not in seen | {name}:
                out.extend(_expand_synset(inner, raw, seen | {name}))
        elif words := _words(member):
            out.append(words)
    return tuple(dict.fromkeys(out))


def _words(text: str) -> Words:
    """Words of a dictionary phrase as spaCy tokenizes them ("DON'T" -> do n't)."""
    out: list[str] = []
    for part in re.split(r"[\s_]+", text.strip().lower()):
        out.extend(_split_word(part))
    return tuple(out)


def _split_word(word: str) -> list[str]:
    if not word:
        return []
    if word.endswith("n't") and len(word) > 3:
        return [*_split_word(word[:-3]), "n't"]
    return [w for w in re.split(r"(-)", word) if w]


def _blocks(lines: Sequence[str], synsets: Mapping[str, tuple[Words, ...]]) -> Iterator[VerbBlock]:
    """One block per `--- NAME ---` header, up to the next header or synset."""
    start: int | None = None
    for n, line in enumerate([*lines, "&END"]):
        if line.startswith(("---", "&")):
            if start is not None:
                yield _block(lines[start], lines[start + 1:n], synsets)
            start = n if line.startswith("---") else None


def _block(header: str, body: Sequence[str],
           synsets: Mapping[str, tuple[Words, ...]]) -> VerbBlock:
    m = _HEADER.match(header)
    text = m.group(1) if m else header.strip("- ")
    name = " ".join(_CODE.split(text)[0].replace("_", " ").split()).upper()
    code, paired = _codes(text)
    patterns = tuple(parse_pattern(ln, synsets) for ln in body if ln.startswith("-"))
    forms = [f for ln in body if not ln.startswith("-")
             for f in _forms(_CODE.split(ln)[0], *_codes(ln))]
    return VerbBlock(name, code, paired, tuple(forms or _forms(name, None)), patterns)


def _codes(text: str) -> tuple[str | None, str | None]:
    """The first `[code]` of `text` as (code, paired code); `---` is no code."""
    found = _CODE.findall(text)
    if not found:
        return None, None
    parts = [p.strip() for p in found[0].split(":")]
    code = parts[0] if parts[0] and parts[0] != "---" else None
    paired = parts[1] if len(parts) > 1 and parts[1] and parts[1] != "---" else None
    return code, paired


def _forms(text: str, code: str | None, paired: str | None = None) -> list[VerbForm]:
    """A form line: `VERB {IRREGULAR FORMS}`, each possibly multi-word with `+` on the verb."""
    head = _BRACES.sub(" ", text).strip()
    variants = [head, *(v for b in _BRACES.findall(text) for v in b.split())]
    return [f for v in variants if (f := _form(v, code, paired)) is not None]


def _form(text: str, code: str | None, paired: str | None) -> VerbForm | None:
    parts = [p for p in re.split(r"[\s_]+", text.strip()) if p]
    if not parts:
        return None
    at = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    words = [p.lstrip("+").lower() for p in parts]
    return VerbForm(words[at], tuple(words[:at]), tuple(words[at + 1:]), code, paired)


# ---------------------------------------------------------------- patterns


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str  # "word", "verb" or "marker"
    options: tuple[Words, ...] = ()
    glued: bool = False
    marker: str = ""


def parse_pattern(line: str, synsets: Mapping[str, tuple[Words, ...]]) -> VerbPattern:
    """One `- before * after [code]` line."""
    body = _CODE.split(line.lstrip("-"), maxsplit=1)[0]
    code, paired = _codes(line)
    items = list(_items(body, synsets))
    markers = {i.marker for i in items if i.kind == "marker"}
    at = next((n for n, i in enumerate(items) if i.kind == "verb"), -1)
    before, after = (items[:at], items[at + 1:]) if at >= 0 else ([], items)
    touches = at > 0 and items[at].glued and items[at - 1].kind == "word"
    reverse = at > 0 and any(i.marker == "+" for i in before) and any(
        i.marker == "$" for i in after)
    other = "$" if reverse else "+"
    return VerbPattern(
        before=_units(before), after=_units(after, after_verb=at >= 0), code=code,
        paired=paired, touches_verb=touches, has_source="$" in markers,
        has_target="+" in markers, compound="%" in markers,
        compound_subject=any(i.marker == "%" for i in before),
        target_after=_target_after(items[at:], other) if at >= 0 else None,
        target_skip=_target_skips(items[at:], other) if at >= 0 else 0,
        reversed=reverse, text=" ".join(line.split()),
    )


def _target_after(items: Sequence[_Item], marker: str = "+") -> str | None:
    """Where a `+` (or `marker`) after the verb sits: "dobj" right after it, else the word
    before it."""
    for n, item in enumerate(items):
        if item.kind == "marker" and item.marker == marker:
            prev = next((i for i in reversed(items[:n]) if i.marker != "^"), None)
            if prev is None or prev.kind == "verb":
                return "dobj"
            if prev.kind == "word" and len(prev.options) == 1 and len(prev.options[0]) == 1:
                return prev.options[0][0]
            return None
    return None


def _target_skips(items: Sequence[_Item], marker: str = "+") -> int:
    """How many `^` (skip a phrase) come right before the `+` (or `marker`): "* IN ^ +" is
    1."""
    marks = "".join(i.marker if i.kind == "marker" else " " for i in items)
    at = marks.find(marker)
    return len(marks[:at]) - len(marks[:at].rstrip("^")) if at > 0 else 0


def _items(body: str, synsets: Mapping[str, tuple[Words, ...]]) -> Iterator[_Item]:
    glue_next = False
    for chunk in body.split():
        for n, part in enumerate(chunk.split("_")):
            glued = n > 0 or glue_next
            if not part:
                continue
            if part in _MARKERS:
                yield _Item("marker", marker=part)
            elif part == "*":
                yield _Item("verb", glued=glued)
            elif part.startswith("&"):
                yield _Item("word", synsets.get(_synset_name(part), ()), glued)
            elif words := _words(part):
                yield _Item("word", (words,), glued)
        glue_next = chunk.endswith("_")


def _units(items: Sequence[_Item], *, after_verb: bool = False) -> tuple[Unit, ...]:
    """Word items as slots; glue holds only between words (or a word and the verb)."""
    out: list[Unit] = []
    prev = "verb" if after_verb else "start"
    for item in items:
        if item.kind == "word":
            out.append(Unit(item.options, item.glued and prev in ("word", "verb")))
        prev = item.kind
    return tuple(out)


# ---------------------------------------------------------------- matching


def match_pattern(verb: Token, dictionary: VerbDictionary) -> PatternMatch | None:
    """The most specific pattern of `dictionary` matching `verb` in its clause, else the
    default code of the verb's block; None when the verb is not listed or has no code."""
    if _discarded(verb, dictionary):  # claims every verb of the sentence, coding none
        return PatternMatch(None, "DISCARD", None)
    candidates = _candidates(verb, dictionary)
    if not candidates:
        return None
    best: PatternMatch | None = None
    for form, block in candidates:
        for pattern in block.patterns:
            found = _match(pattern, verb, form, block)
            if found is not None and (best is None or found.score > best.score):
                best = found
    return best or _default(candidates)


def _discarded(verb: Token, dictionary: VerbDictionary) -> bool:
    """The verb's sentence, or its story, holds one of the dictionary's discard phrases."""
    if not (dictionary.discards or dictionary.story_discards):
        return False
    # the document is read once, not once per verb: the answer is kept on the doc
    key = f"tacitus.discarded.{id(dictionary)}"
    if key not in verb.doc.user_data:
        verb.doc.user_data[key] = _discarded_sentences(verb.doc, dictionary)
    return verb.sent.start in verb.doc.user_data[key]


def _discarded_sentences(doc: Doc, dictionary: VerbDictionary) -> frozenset[int]:
    """Where the sentences not to code start: all of them in a story with a `+` phrase."""
    sents = list(doc.sents)
    if _holds([t.lower_ for t in doc], dictionary.story_discards):
        return frozenset(s.start for s in sents)
    return frozenset(s.start for s in sents
                     if _holds([t.lower_ for t in s], dictionary.discards))


def _holds(words: Sequence[str], phrases: Sequence[Words]) -> bool:
    by_first: dict[str, list[Words]] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(p)
    return any(tuple(words[i:i + len(p)]) == p
               for i, w in enumerate(words) for p in by_first.get(w, ()))


def _candidates(verb: Token, dictionary: VerbDictionary) -> list[tuple[VerbForm, VerbBlock]]:
    """Listed forms that fit the token, the surface form before the lemma, longer forms first;
    one form per block."""
    keys = dict.fromkeys((verb.lower_, verb.lemma_.lower()))
    fitting = [(form, block) for key in keys for form, block in dictionary.entries(key)
               if _form_fits(form, verb)]
    fitting.sort(key=lambda fb: -len(fb[0].before) - len(fb[0].after))
    out: list[tuple[VerbForm, VerbBlock]] = []
    for form, block in fitting:
        if all(b is not block for _, b in out):
            out.append((form, block))
    return out


def _form_fits(form: VerbForm, verb: Token) -> bool:
    doc = verb.doc
    start, end = verb.i - len(form.before), verb.i + len(form.after)
    if start < 0 or end >= len(doc):
        return False
    return all(doc[start + n].lower_ == w for n, w in enumerate(form.before)) and all(
        doc[verb.i + 1 + n].lower_ == w for n, w in enumerate(form.after))


def _default(candidates: Sequence[tuple[VerbForm, VerbBlock]]) -> PatternMatch | None:
    for form, block in candidates:
        if form.code is not None:
            return PatternMatch(form.code, block.name, None, paired=form.paired)
        if block.code is not None:
            return PatternMatch(block.code, block.name, None, paired=block.paired)
    return None


def _match(pattern: VerbPattern, verb: Token, form: VerbForm,
           block: VerbBlock) -> PatternMatch | None:
    start, end = verb.i - len(form.before), verb.i + len(form.after)
    before, after = clause_context(verb, start, end)
    left = _best(pattern.before, before, 0, None, start - 1 if pattern.touches_verb else None)
    if left is None:
        return None
    right = _best(pattern.after, after, 0, end, None)
    if right is None:
        return None
    return PatternMatch(pattern.code, block.name, pattern, pattern.has_target, pattern.compound,
                        left[0] + right[0], left[1] + right[1], pattern.paired)


def clause_context(verb: Token, start: int, end: int) -> tuple[list[Token], list[Token]]:
    """The tokens before `start` in the verb's clause (up its complement chain: "said it
    would *") and the tokens after `end` in the verb's own subtree (an auxiliary's head's)."""
    anchor = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    root = anchor
    for _ in range(12):
        if root.dep_ not in _CLAUSE_LINKS or root.head is root:
            break
        root = root.head
    before = [t for t in root.subtree if t.i < start]
    after = [t for t in anchor.subtree if t.i > end]
    return before, after


def _best(units: Sequence[Unit], toks: Sequence[Token], pos: int, prev: int | None,
          end_at: int | None) -> tuple[int, tuple[int, ...]] | None:
    """The most words `units` can match, in order, in `toks[pos:]` (with the token indices);
    `prev` is the doc index just matched, `end_at` where the last match must end."""
    if not units:
        return (0, ()) if end_at is None or prev == end_at else None
    unit, rest = units[0], units[1:]
    best: tuple[int, tuple[int, ...]] | None = None
    for p in range(pos, len(toks)):
        if unit.glued and prev is not None and toks[p].i != prev + 1:
            continue
        for option in unit.options:
            stop = _run(option, toks, p)
            if stop is None:
                continue
            tail = _best(rest, toks, stop, toks[stop - 1].i, end_at)
            if tail is not None and (best is None or len(option) + tail[0] > best[0]):
                best = (len(option) + tail[0], tuple(t.i for t in toks[p:stop]) + tail[1])
    return best


def _run(words: Words, toks: Sequence[Token], p: int) -> int | None:
    """The position after `words` matched as adjacent tokens from `toks[p]`, else None."""
    if p + len(words) > len(toks):
        return None
    for n, word in enumerate(words):
        tok = toks[p + n]
        if tok.lower_ != word or (n and tok.i != toks[p + n - 1].i + 1):
            return None
    return p + len(words)
