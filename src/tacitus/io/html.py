"""HTML articles via trafilatura: main text, title, date and site name."""

from __future__ import annotations

from typing import Any

import trafilatura

from ..errors import InputError
from ..types import Article
from ._common import content_id, parse_published


def article_from_html(html: str, *, origin: str | None = None) -> Article:
    """Extract the article in `html`; an InputError ("no_article") when there is none."""
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except (ValueError, TypeError, AttributeError) as exc:  # trafilatura on badly broken markup
        raise InputError("bad_html", f"the HTML could not be parsed: {exc}") from exc
    meta = _as_dict(doc)
    text = (meta.get("text") or "").strip()
    if len(text.split()) < 5:  # menus and boilerplate only
        raise InputError("no_article", "the HTML contains no article text")
    return Article(
        id=content_id(text),
        text=text,
        title=meta.get("title") or None,
        published=parse_published(meta.get("date")),
        source=meta.get("sitename") or meta.get("hostname") or None,
        url=meta.get("url") or None,
        origin=origin,
    )


def _as_dict(doc: Any) -> dict[str, Any]:
    if doc is None:
        return {}
    if isinstance(doc, dict):
        return doc
    as_dict = getattr(doc, "as_dict", None)
    return dict(as_dict()) if callable(as_dict) else {}
