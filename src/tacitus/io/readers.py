"""Read plain text, HTML, JSON Lines, directories and stdin into Articles.

A reader never raises for a bad article: it yields a ReadResult whose `error` says what went
wrong, so the batch goes on and the article still gets a record.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..types import Article, RecordError
from ._common import content_id, decode_bytes, parse_published
from .html import article_from_html

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

# "JAKARTA (TheInsiderStories)", "MOSCOW —", "WASHINGTON, D.C. -", "GENEVA (Reuters) -"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?:[ ][A-Z][A-Z.'\-]+){0,3}"
    r"(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?)"
    r"(?:[ ]*\((?P<agency>[^)\n]{2,40})\))?[ ]*(?P<dash>[—–-]{1,2}|:)?"
)


@dataclass(frozen=True, slots=True)
class ArticleOverrides:
    """Values given on the command line that replace what the reader found."""

    published: date | None = None
    source: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class ReadResult:
    article: Article
    error: RecordError | None = None


def read_inputs(
    inputs: Iterable[str], *, overrides: ArticleOverrides | None = None
) -> Iterator[ReadResult]:
    """Every article in `inputs` (files, directories searched recursively, or "-"), in order."""
    count = 0
    for item in inputs:
        results = _read_stdin() if item == "-" else read_path(Path(item))
        for result in results:
            count += 1
            yield _apply_overrides(result, overrides, count)


def read_path(path: Path) -> Iterator[ReadResult]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if _is_hidden(child.relative_to(path)) or _kind_by_suffix(child) is None:
                continue
            yield from _read_file(child)
    elif path.exists():
        yield from _read_file(path)
    else:
        yield _failure(str(path), InputError("not_found", f"no such file or directory: {path}"))


def read_text_article(text: str, *, origin: str | None = None) -> Article:
    """A plain-text article: first line is the title; a news dateline is recognised."""
    first_line = text.strip().split("\n", 1)[0].strip()
    dateline, agency = _find_dateline(text)
    return Article(
        id=content_id(text), text=text, title=first_line[:300] or None, dateline=dateline,
        source=agency, origin=origin,
    )


def _read_file(path: Path) -> Iterator[ReadResult]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield _failure(str(path), InputError("unreadable", f"cannot read {path}: {exc}"))
        return
    yield from _read_bytes(raw, kind=_kind_by_suffix(path) or _sniff(raw), origin=str(path))


def _read_stdin() -> Iterator[ReadResult]:
    raw = sys.stdin.buffer.read()
    yield from _read_bytes(raw, kind=_sniff(raw), origin="<stdin>")


def _read_bytes(raw: bytes, *, kind: str, origin: str) -> Iterator[ReadResult]:
    try:
        text = decode_bytes(raw)
    except InputError as exc:
        yield _failure(origin, exc, raw=raw)
        return
    if kind == "jsonl":
        yield from _read_jsonl(text, origin=origin)
    elif kind == "html":
        try:
            yield ReadResult(article_from_html(text, origin=origin))
        except InputError as exc:
            yield _failure(origin, exc, raw=raw)
    else:
        yield ReadResult(read_text_article(text, origin=origin))


def _read_jsonl(text: str, *, origin: str) -> Iterator[ReadResult]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            yield ReadResult(_article_from_json(json.loads(line), origin=where))
        except json.JSONDecodeError as exc:
            yield _failure(where, InputError("bad_json", f"line {lineno} is not JSON: {exc.msg}"),
                           raw=line.encode("utf-8", "replace"))
        except InputError as exc:
            yield _failure(where, exc, raw=line.encode("utf-8", "replace"))


def _article_from_json(obj: object, *, origin: str) -> Article:
    if not isinstance(obj, dict):
        raise InputError("bad_json", "a JSON Lines article must be an object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("bad_json", "the article object has no string field 'text'")
    dateline, agency = _find_dateline(text)
    raw_id = obj.get("id")
    return Article(
        id=str(raw_id) if raw_id not in (None, "") else content_id(text),
        text=text,
        title=_opt_str(obj.get("title")),
        published=parse_published(obj.get("published")),
        source=_opt_str(obj.get("source")) or agency,
        url=_opt_str(obj.get("url")),
        dateline=dateline,
        language=_opt_str(obj.get("language")),
        origin=origin,
    )


def _find_dateline(text: str) -> tuple[str | None, str | None]:
    """The dateline place (and agency) at the start of the first paragraph that has one."""
    for para in text.split("\n")[:6]:
        match = _DATELINE.match(para.strip())
        if match and (match.group("agency") or match.group("dash")):
            place = match.group("place").strip()
            if len(place) >= 3 and not place.isdigit():
                return place, (match.group("agency") or None)
    return None, None


def _apply_overrides(
    result: ReadResult, overrides: ArticleOverrides | None, count: int
) -> ReadResult:
    if overrides is None:
        return result
    art = result.article
    new_id = art.id
    if overrides.id:
        new_id = overrides.id if count == 1 else f"{overrides.id}-{count}"
    art = replace(
        art,
        id=new_id,
        published=overrides.published or art.published,
        source=overrides.source or art.source,
    )
    return ReadResult(art, result.error)


def _failure(origin: str, exc: InputError, *, raw: bytes = b"") -> ReadResult:
    ident = content_id(origin + "\x00" + raw[:4096].decode("latin-1"))
    article = Article(id=ident, text="", origin=origin)
    return ReadResult(article, RecordError(exc.kind, f"{origin}: {exc.message}"))


def _kind_by_suffix(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def _sniff(raw: bytes) -> str:
    head = raw[:512].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article")):
        return "html"
    return "text"


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _opt_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
