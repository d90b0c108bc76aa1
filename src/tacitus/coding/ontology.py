"""The CAMEO event ontology (codes, names, Goldstein, QuadClass, PLOVER) loaded from data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import KnowledgeBaseError
from ..kb.loader import read_yaml


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None
    description: str


@dataclass(frozen=True)
class Ontology:
    codes: Mapping[str, CameoCode]

    @classmethod
    def load(cls, path: Path | None = None) -> Ontology:
        path = path or Path(str(resources.files("tacitus.coding").joinpath("data/cameo.yaml")))
        codes: dict[str, CameoCode] = {}
        for row in read_yaml(path).get("codes") or ():
            plover = row.get("plover") or {}
            context = plover.get("context")
            code = str(row["code"])
            codes[code] = CameoCode(
                code=code, name=str(row["name"]), goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]), plover=plover.get("event"),
                plover_mode=plover.get("mode"),
                plover_context=",".join(context) if isinstance(context, list) else context,
                description=str(row.get("description") or ""),
            )
        if len(codes) < 20:
            raise KnowledgeBaseError(f"CAMEO ontology at {path} has only {len(codes)} codes")
        return cls(codes)

    def get(self, code: str) -> CameoCode:
        found = self.codes.get(code)
        if found is None:
            raise KnowledgeBaseError(f"unknown CAMEO code {code!r}")
        return found

    def lookup(self, code: str) -> CameoCode:
        """The CAMEO code, or for a code from a user dictionary that CAMEO lacks ("903",
        "174L") a stand-in: no name, Goldstein 0, no PLOVER, the quad class of its root."""
        found = self.codes.get(code)
        if found is not None:
            return found
        root = self.codes.get(code[:2]) if code[:2].isdigit() else None
        return CameoCode(code=code, name="user code", goldstein=0.0,
                         quad_class=root.quad_class if root is not None else 0, plover=None,
                         plover_mode=None, plover_context=None, description="")

    def __contains__(self, code: object) -> bool:
        return code in self.codes
