"""The spaCy side of tacitus: loading the configured English pipeline."""

from .model import load_nlp

__all__ = ["load_nlp"]
