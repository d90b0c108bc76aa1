"""Everything the pipeline needs loaded once: spaCy, KB, gazetteer, ontology, lexicon."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .coding.lexicon import Lexicon
from .coding.llm import make_client
from .coding.ontology import Ontology
from .coding.petrarch_verbs import read_verb_dictionary, verb_dictionary_files
from .config import Settings
from .kb.loader import KnowledgeBase
from .kb.places import Gazetteer
from .nlp import load_nlp


@dataclass(frozen=True)
class Resources:
    settings: Settings
    nlp: Any
    kb: KnowledgeBase
    gazetteer: Gazetteer
    ontology: Ontology
    lexicon: Lexicon
    llm: Any = None  # a ChatClient when settings.backend == "llm"
    classifier: Any = None  # a ClauseClassifier when settings.classifier is on

    @classmethod
    def load(cls, settings: Settings, *, dictionaries: Iterable[Path] = (),
             nlp: Any = None, llm: Any = None) -> Resources:
        """Load every resource; `nlp` and the LLM client may be injected (tests do)."""
        dictionaries = tuple(dictionaries)
        kb = KnowledgeBase.load(overlays=dictionaries)
        ontology = Ontology.load()
        return cls(
            settings=settings,
            nlp=nlp if nlp is not None else load_nlp(settings.model),
            kb=kb,
            gazetteer=Gazetteer.load(kb),
            ontology=ontology,
            lexicon=load_lexicon(ontology, dictionaries),
            llm=llm if llm is not None or settings.backend != "llm" else make_client(
                settings.llm_url, model=settings.llm_model, timeout=settings.llm_timeout),
            classifier=_classifier(settings),
        )


def load_lexicon(ontology: Ontology, dictionaries: Iterable[Path] = ()) -> Lexicon:
    """The built-in lexicon, overlaid with the verb dictionaries among `dictionaries`."""
    lexicon = Lexicon.load(ontology)
    verbs = verb_dictionary_files(dictionaries)
    return lexicon.with_verb_dictionary(read_verb_dictionary(verbs)) if verbs else lexicon


def _classifier(settings: Settings) -> Any:
    if not settings.classifier:
        return None
    from .coding.classifier import ClauseClassifier

    return ClauseClassifier.load()
