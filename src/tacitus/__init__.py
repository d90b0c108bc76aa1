"""tacitus: news articles in, auditable CAMEO/PLOVER event data out.

    >>> from tacitus import Settings, Resources, code
    >>> records = code(["Russian President Vladimir Putin met Chinese President Xi ..."])

Everything else is reachable through the submodules; the names below are the stable API.
"""

from .api import CodeOptions, code, run_code
from .config import Settings
from .errors import (
    ConfigError,
    DictionaryImportError,
    EvaluationError,
    InputError,
    KnowledgeBaseError,
    StoreError,
    TacitusError,
)
from .resources import Resources
from .types import (
    Actor,
    ActorRef,
    Article,
    Attribution,
    Check,
    Event,
    EventDate,
    Location,
    Place,
    Record,
    RecordError,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "Actor", "ActorRef", "Article", "Attribution", "Check", "CodeOptions", "ConfigError",
    "DictionaryImportError", "EvaluationError", "Event", "EventDate", "InputError",
    "KnowledgeBaseError", "Location", "Place", "Record", "RecordError", "Resources", "Settings",
    "Span", "StoreError", "TacitusError", "__version__", "code", "run_code",
]
