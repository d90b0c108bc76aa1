"""Helpers shared by the readers: ids, dates and byte decoding."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from ..errors import InputError


def content_id(text: str) -> str:
    """A stable id for an article without one: the first 16 hex digits of SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_published(value: object) -> date | None:
    """An ISO date or datetime string (or a date) as a date; None when absent or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in ("%Y%m%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def decode_bytes(raw: bytes) -> str:
    """UTF-8 text from bytes, or an InputError that says whether it was binary or badly encoded."""
    if b"\x00" in raw[:8192]:
        raise InputError("binary", "the input looks like a binary file (it contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            "invalid_utf8",
            f"the input is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
        ) from exc
