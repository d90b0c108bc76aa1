"""The trigger lexicon of the rule coder, loaded from data/verbs.yaml."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from ..kb.loader import read_yaml
from .ontology import Ontology
from .petrarch_verbs import VerbDictionary


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    code: str
    nominal: bool = False
    particle: str | None = None
    objects: tuple[str, ...] | None = None  # None: any object; (): no constraint list given
    target: tuple[str, ...] = ("dobj",)
    symmetric: bool = False
    needs_target: bool = True
    self_target: bool = False  # domestic acts ("police arrested protesters") keep one country
    mil_code: str | None = None
    person_target: bool = False
    prep_required: bool = False
    requires_modifier: tuple[str, ...] = ()
    requires_of: tuple[str, ...] = ()
    reverse_code: str | None = None  # PETRARCH "A:B" codes: the target's act back on the source
    user: bool = False  # from a user's verb dictionary: its code is taken as given
    reversed: bool = False  # a user pattern "+ * FROM $": the subject is the target

    @property
    def specificity(self) -> int:
        return (2 if self.particle else 0) + (1 if self.objects else 0)


@dataclass(frozen=True)
class Lexicon:
    verbs: Mapping[str, tuple[Trigger, ...]]
    nouns: Mapping[str, tuple[Trigger, ...]]
    # PETRARCH/TABARI verb patterns a user brought; consulted before the built-in verbs.
    user_verbs: VerbDictionary = field(default_factory=VerbDictionary)
    # evaluative word lemma -> CAMEO code of a statement carrying it (data/evaluative.yaml)
    evaluative: Mapping[str, str] = field(default_factory=dict)

    def with_verb_dictionary(self, vd: VerbDictionary) -> Lexicon:
        """A lexicon whose verb patterns from `vd` take precedence over the built-in rules."""
        return replace(self, user_verbs=vd)

    @classmethod
    def load(cls, ontology: Ontology, path: Path | None = None) -> Lexicon:
        path = path or Path(str(resources.files("tacitus.coding").joinpath("data/verbs.yaml")))
        data = read_yaml(path)
        verbs = _index(data.get("verbs") or (), ontology, nominal=False, where=str(path))
        nouns = _index(data.get("nouns") or (), ontology, nominal=True, where=str(path))
        return cls(verbs, nouns, evaluative=load_evaluative(ontology))


def load_evaluative(ontology: Ontology, path: Path | None = None) -> dict[str, str]:
    """The evaluative words of reported speech (data/evaluative.yaml), lemma -> CAMEO code."""
    path = path or Path(str(resources.files("tacitus.coding").joinpath(
        "data/evaluative.yaml")))
    out: dict[str, str] = {}
    for code, words in (read_yaml(path).get("codes") or {}).items():
        if str(code) not in ontology:
            raise KnowledgeBaseError(f"{path}: unknown code {code}")
        for word in words:
            if out.setdefault(str(word).lower(), str(code)) != str(code):
                raise KnowledgeBaseError(f"{path}: {word} is listed under two codes")
    return out


def _index(rows: Any, ontology: Ontology, *, nominal: bool,
           where: str) -> dict[str, tuple[Trigger, ...]]:
    out: defaultdict[str, list[Trigger]] = defaultdict(list)
    for row in rows:
        trig = _trigger(row, nominal=nominal)
        for code in filter(None, (trig.code, trig.mil_code)):
            if code not in ontology:
                raise KnowledgeBaseError(f"{where}: {trig.lemma} uses unknown code {code}")
        out[trig.lemma].append(trig)
    return {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in out.items()}


def _word(value: object) -> str:
    """YAML 1.1 reads bare on/off as booleans; in this lexicon they are prepositions."""
    if value is True:
        return "on"
    if value is False:
        return "off"
    return str(value)


def _trigger(row: dict[str, Any], *, nominal: bool) -> Trigger:
    objects = row.get("objects")
    particle = row.get("particle")
    return Trigger(
        lemma=str(row["lemma"]), code=str(row["code"]), nominal=nominal,
        particle=_word(particle) if particle is not None else None,
        objects=tuple(_word(o) for o in objects) if objects is not None else None,
        target=tuple(_word(t) for t in row.get("target") or ()),
        symmetric=bool(row.get("symmetric")),
        needs_target=bool(row.get("needs_target", True)),
        self_target=bool(row.get("self_target")), mil_code=row.get("mil_code"),
        person_target=bool(row.get("person_target")),
        prep_required=bool(row.get("prep_required")),
        requires_modifier=tuple(row.get("requires_modifier") or ()),
        requires_of=tuple(row.get("requires_of") or ()),
    )
