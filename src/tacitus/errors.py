"""One exception tree for tacitus; every error carries a stable code.

    TacitusError                 (T000) base class
    ├── ConfigError              (T100) a bad setting or missing optional dependency
    ├── KnowledgeBaseError       (T200) a KB data file is missing or malformed
    │   └── DictionaryImportError(T210) a user dictionary (.actors/.agents) cannot be read
    ├── InputError               (T300) an article cannot be read or processed
    │   (its `kind` is the machine-readable value written into a record's `errors`)
    ├── StoreError               (T400) the DuckDB store cannot be opened, migrated or written
    └── EvaluationError          (T500) an evaluation set is missing or a score is below its floor

Code that processes a batch turns an InputError into an error entry in that article's record and
goes on; every other error stops the command with its code and message.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DictionaryImportError",
    "EvaluationError",
    "InputError",
    "KnowledgeBaseError",
    "StoreError",
    "TacitusError",
]


class TacitusError(Exception):
    """Base class; `code` identifies the error family in messages and logs."""

    code = "T000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ConfigError(TacitusError):
    code = "T100"


class KnowledgeBaseError(TacitusError):
    code = "T200"


class DictionaryImportError(KnowledgeBaseError):
    code = "T210"


class InputError(TacitusError):
    """An article that cannot be processed; `kind` is short and machine-readable."""

    code = "T300"

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class StoreError(TacitusError):
    code = "T400"


class EvaluationError(TacitusError):
    code = "T500"
