"""Readers turn files, directories and stdin into Articles; writers turn Records into output."""

from .readers import ArticleOverrides, ReadResult, read_inputs, read_path, read_text_article
from .validate import validate_article

__all__ = [
    "ArticleOverrides",
    "ReadResult",
    "read_inputs",
    "read_path",
    "read_text_article",
    "validate_article",
]
