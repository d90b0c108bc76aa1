"""A small learned fallback: the CAMEO root (01-20, or "00" for no event) of one clause.

The rule coder consults it only when its trigger lexicon finds no trigger. The model is a
spaCy `textcat` (bag of words, exclusive classes) shipped in data/clause_classifier/ and
trained by scripts/train_classifier.py on data/clause_examples.jsonl; nothing is downloaded
and nothing is trained at run time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError

__all__ = ["NO_EVENT", "ROOTS", "ClauseClassifier", "default_model_dir", "normalize_clause"]

NO_EVENT = "00"
# "00" (no codable interaction) and the twenty CAMEO roots, in code order.
ROOTS: tuple[str, ...] = tuple(f"{i:02d}" for i in range(21))


def default_model_dir() -> Path:
    """The packaged model directory."""
    return Path(str(resources.files("tacitus.coding").joinpath("data/clause_classifier")))


def normalize_clause(text: str) -> str:
    """The form the model sees, in training and prediction alike: lower case, single spaces."""
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class ClauseClassifier:
    """A loaded clause classifier; build it with `ClauseClassifier.load()`."""

    nlp: Any  # a spaCy Language holding one exclusive "textcat" pipe
    path: Path

    @classmethod
    def load(cls, path: Path | None = None) -> ClauseClassifier:
        """Load the model at `path` (default: the packaged one); KnowledgeBaseError if missing."""
        path = Path(path) if path is not None else default_model_dir()
        if not (path / "config.cfg").is_file() or not (path / "textcat").is_dir():
            raise KnowledgeBaseError(
                f"clause classifier model not found at {path} (expected config.cfg and "
                "textcat/); rebuild it with `python scripts/train_classifier.py`")
        import spacy

        try:
            nlp: Any = spacy.load(path)
        except (OSError, ValueError) as exc:
            raise KnowledgeBaseError(
                f"clause classifier at {path} cannot be loaded: {exc}") from exc
        if "textcat" not in nlp.pipe_names:
            raise KnowledgeBaseError(f"clause classifier at {path} has no 'textcat' pipe")
        unknown = set(nlp.get_pipe("textcat").labels) - set(ROOTS)
        if unknown:
            raise KnowledgeBaseError(
                f"clause classifier at {path} has labels that are not CAMEO roots: "
                f"{sorted(unknown)}")
        return cls(nlp=nlp, path=path)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.nlp.get_pipe("textcat").labels)

    def predict(self, text: str) -> tuple[str, float]:
        """(root, probability) for one clause; "00" means no codable interaction."""
        return self.predict_many([text])[0]

    def predict_many(self, texts: Iterable[str], *,
                     batch_size: int = 128) -> list[tuple[str, float]]:
        """(root, probability) for each text, in order; blank texts get ("00", 1.0)."""
        normalized = [normalize_clause(t) for t in texts]
        out: list[tuple[str, float]] = [(NO_EVENT, 1.0)] * len(normalized)
        filled = [i for i, t in enumerate(normalized) if t]
        docs = self.nlp.pipe((normalized[i] for i in filled), batch_size=batch_size)
        for i, doc in zip(filled, docs, strict=True):
            cats: dict[str, float] = doc.cats
            best = max(cats, key=cats.__getitem__)
            out[i] = (best, float(cats[best]))
        return out
