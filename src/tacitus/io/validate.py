"""Reject texts tacitus cannot code well: empty, too large, or not in English.

The language test is deliberately simple and offline: English prose is dense in a small set of
function words, and other languages (or scripts) are not. It never needs a model download.
"""

from __future__ import annotations

import re

from ..config import Settings
from ..types import Article, RecordError

_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by it at from his he said be have has are "
    "were an its their will not this but they who which or been had would after also more than "
    "about over into two new there when we she her our".split()
)
# Frequent function words of other languages news arrives in; English has few of them.
_FOREIGN_WORDS = frozenset(
    "el la los las que del por para una con se en es y al lo der die das und ist nicht mit "
    "dem den ein eine auf sich le les des et est une dans pour qui sur pas du au il che di "
    "non per sono da della em os uma não com para".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_ratio(text: str, *, sample_words: int = 3000) -> float:
    """Share of (Latin-script) English function words among the first `sample_words` words."""
    words = _WORD.findall(text[:60_000])[:sample_words]
    if not words:
        return 0.0
    hits = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    return hits / len(words)


def validate_article(article: Article, settings: Settings) -> RecordError | None:
    """None when the article can be coded, else the error for its record."""
    stripped = article.text.strip()
    if len(stripped) < settings.min_chars:
        return RecordError("empty", f"the article text is empty or too short ({len(stripped)} "
                                    f"characters; at least {settings.min_chars} needed)")
    if len(article.text) > settings.max_chars:
        return RecordError("too_large", f"the article has {len(article.text):,} characters, over "
                                        f"the limit of {settings.max_chars:,} (setting max_chars)")
    if article.language and not article.language.lower().startswith("en"):
        return RecordError("not_english", f"the article is marked as language "
                                          f"{article.language!r}; tacitus codes English text")
    ratio = english_ratio(article.text)
    words = _WORD.findall(article.text[:60_000])[:3000]
    latin = sum(1 for w in words if w.isascii()) / len(words) if words else 0.0
    foreign = sum(1 for w in words if w.lower() in _FOREIGN_WORDS) / len(words) if words else 0.0
    # Below ~25 words the English share alone says little ("Indian troops attacked ..."), so
    # short texts are judged by script and by other languages' function words.
    long_enough = len(words) >= 25
    if (long_enough and ratio < settings.min_english_ratio) or latin < 0.5 or \
            (foreign > ratio and foreign >= 0.1):
        return RecordError("not_english", f"the text does not look like English (function-word "
                                          f"share {ratio:.2f} < {settings.min_english_ratio})")
    return None
