"""Read PETRARCH/TABARI/Phoenix `.actors` and `.agents` dictionaries as a KB overlay.

Verb dictionaries (`--- VERB [code] ---` blocks) and discard lists (phrases without codes) are
skipped here: coding.petrarch_verbs reads them into the lexicon, so one list of dictionary files
can hold all four kinds.

Actors:  NAME [CODE] | NAME [CODE >YYMMDD] | +SYNONYM | indented [CODE date-date] lines.
Agents:  NAME {PLURAL} [~CODE], with !MACRO! = A, B substitutions.
Comments start with '#' or are <!-- ... --> blocks. Names use '_' for spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import DictionaryImportError
from .model import Agent, UserEntry, normalize

_CODE = re.compile(r"\[([^\]]*)\]")
_MACRO = re.compile(r"^(![A-Z_]+!)\s*=\s*(.+)$")
_VERB_HEADER = re.compile(r"^\s*---\s*[^\s-].*$")


@dataclass
class _Pending:
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


def read_dictionaries(paths: Iterable[Path]) -> tuple[dict[str, UserEntry], dict[str, Agent]]:
    """User actor entries and role nouns from every file in `paths`."""
    entries: dict[str, UserEntry] = {}
    agents: dict[str, Agent] = {}
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise DictionaryImportError(f"cannot read dictionary {path}: {exc}") from exc
        lines = _clean_lines(text)
        if _looks_like_verbs(lines) or not any("[" in ln for ln in lines):
            continue  # verbs or discards: read by coding.petrarch_verbs into the lexicon
        if _looks_like_agents(lines):
            agents.update(_parse_agents(lines))
        else:
            entries.update(_parse_actors(lines, where=str(path)))
    return entries, agents


def import_dictionaries(paths: Iterable[Path]) -> dict[str, UserEntry]:
    return read_dictionaries(paths)[0]


def _clean_lines(text: str) -> list[str]:
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line)
    return out


def _looks_like_verbs(lines: list[str]) -> bool:
    """Verb dictionaries have `--- VERB [code] ---` block headers."""
    return any(_VERB_HEADER.match(ln) for ln in lines)


def _looks_like_agents(lines: list[str]) -> bool:
    coded = [ln for ln in lines if "[" in ln]
    return bool(coded) and sum("[~" in ln for ln in coded) > len(coded) / 2


def _parse_actors(lines: list[str], *, where: str) -> dict[str, UserEntry]:
    out: dict[str, UserEntry] = {}
    cur = _Pending()

    def flush() -> None:
        if cur.names and cur.codes:
            entry = _entry(cur)
            out[entry.id] = entry

    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            cur.codes.extend(_codes(stripped, where=where))
            continue
        if stripped.startswith("+"):
            cur.names.append(_name(stripped[1:]))
            continue
        name_part = _CODE.split(stripped)[0]
        codes = _codes(stripped, where=where)
        if cur.names and not cur.codes and not codes:
            cur.names.append(_name(name_part))  # an un-prefixed synonym line
            continue
        flush()
        cur = _Pending([_name(name_part)], codes)
    flush()
    return out


def _entry(p: _Pending) -> UserEntry:
    names = [n for n in dict.fromkeys(p.names) if n]
    return UserEntry(id="user:" + normalize(names[0]).replace(" ", "-"), name=names[0],
                     codes=tuple(p.codes), aliases=tuple(names[1:]))


def _name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).strip()


def _codes(line: str, *, where: str) -> list[tuple[str, date | None, date | None]]:
    out = []
    for body in _CODE.findall(line):
        parts = body.split()
        if not parts or parts[0] in ("---", "~"):
            continue
        code = parts[0].lstrip("~").upper()
        # a date restriction may be spaced: "[HOB < 950601]", "[X 19950601 - 19990815]"
        start, end = _date_spec("".join(parts[1:]), where=where)
        out.append((code, start, end))
    return out


def _date_spec(spec: str, *, where: str) -> tuple[date | None, date | None]:
    if not spec:
        return None, None
    if spec.startswith(">"):
        return _date(spec[1:], where), None
    if spec.startswith("<"):
        return None, _date(spec[1:], where)
    if "-" in spec:
        a, b = spec.split("-", 1)
        return _date(a, where), _date(b, where)
    return _date(spec, where), None


def _date(text: str, where: str) -> date | None:
    digits = re.sub(r"\D", "", text)
    try:
        if len(digits) == 6:
            yy = int(digits[:2])
            return date(2000 + yy if yy <= 40 else 1900 + yy, int(digits[2:4]), int(digits[4:]))
        if len(digits) == 8:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        if len(digits) == 7:  # a known Phoenix typo: YYYYMDD
            return date(int(digits[:4]), int(digits[4:5]), int(digits[5:]))
    except ValueError:
        return None
    return None


def _parse_agents(lines: list[str]) -> dict[str, Agent]:
    macros: dict[str, list[str]] = {}
    out: dict[str, Agent] = {}
    for line in lines:
        m = _MACRO.match(line.strip())
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        code = _agent_code(line)
        if not code:
            continue
        head = _CODE.split(line)[0]
        for phrase in _agent_names(head, macros):
            out[normalize(phrase)] = Agent(phrase.lower(), code)
    return out


def _agent_code(line: str) -> str:
    """The role code of an agent line, kept whole ("~GOVFRM" is GOVFRM, not GOV)."""
    codes = _CODE.findall(line)
    parts = codes[0].split() if codes else []
    return "".join(parts).strip("~").upper() if parts else ""


def _agent_names(head: str, macros: dict[str, list[str]]) -> list[str]:
    """The singular and its plurals: those in `{...}` (`{}` for none), else the regular
    plural PETRARCH forms (S, IES after Y, ES after SS); a macro's words get none."""
    singular = head.split("{")[0].strip()
    braces = re.findall(r"\{([^}]*)\}", head)
    plurals = [p for b in braces for p in b.split()] if braces else [_plural(singular)]
    names = _expand(singular, macros)
    if not re.search(r"![A-Z_]+!", singular):
        names += [n for p in plurals if p for n in _expand(p, macros)]
    return [n for n in dict.fromkeys(names) if n]


def _plural(word: str) -> str:
    if not word:
        return ""
    if word.upper().endswith("Y") and word[-2:-1].upper() not in "AEIOU":
        return word[:-1] + "IES"
    if word.upper().endswith(("SS", "SH", "CH", "X")):
        return word + "ES"
    return "" if word.upper().endswith("S") else word + "S"  # "OFFICIALS" is plural already


def _expand(raw: str, macros: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z_]+!", raw)
    if not m or m.group(0) not in macros:
        return [_name(raw)]
    return [p for w in macros[m.group(0)] for p in _expand(raw.replace(m.group(0), w, 1), macros)]
