"""Validate the KB data files: well-formed entries, unique ids, known country codes, no
office with two holders whose terms overlap beyond a handover, and a current head of state
for every UN member and observer."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from .loader import KnowledgeBase, data_dir, read_yaml
from .model import Role

HANDOVER = timedelta(days=45)
_REQUIRED = {"countries": ("id", "code", "name"), "people": ("id", "name", "roles"),
             "orgs": ("id", "name", "code", "kind"), "agents": ("phrase", "code")}


def validate_kb(directory: Path | None = None) -> list[str]:
    root = directory or data_dir()
    problems: list[str] = []
    for path in sorted(root.rglob("*.yaml")):
        problems += _validate_file(path)
    if problems:
        return problems
    kb = KnowledgeBase.load(root)
    problems += _check_codes(kb)
    problems += _check_overlaps(kb)
    problems += _check_current_heads(kb)
    return problems


def _validate_file(path: Path) -> list[str]:
    data = read_yaml(path)
    meta = data.get("meta") or {}
    out = [] if meta.get("current_to") or path.parent.name == "places" or \
        path.name in ("agents.yaml",) else [f"{path.name}: meta.current_to missing"]
    seen: set[str] = set()
    for section, fields in _REQUIRED.items():
        for i, item in enumerate(data.get(section) or ()):
            if not isinstance(item, dict):
                out.append(f"{path.name}: {section}[{i}] is not a mapping")
                continue
            missing = [f for f in fields if item.get(f) in (None, "")]
            if missing:
                out.append(f"{path.name}: {section}[{i}] ({item.get('id')}) lacks {missing}")
            ident = str(item.get("id") or item.get("phrase"))
            if ident in seen:
                out.append(f"{path.name}: duplicate id {ident}")
            seen.add(ident)
    return out


def _check_codes(kb: KnowledgeBase) -> list[str]:
    out = []
    for p in kb.people.values():
        for r in p.roles:
            if r.country not in kb.countries and r.country not in kb.orgs:
                out.append(f"{p.id}: role country {r.country!r} is neither a country nor an org")
            if r.start and r.end and r.end < r.start:
                out.append(f"{p.id}: role {r.title} ends before it starts")
    out += [f"agent {a.phrase!r}: unknown country {a.country!r}" for a in kb.agents.values()
            if a.country is not None and a.country not in kb.countries]
    out += [f"{o.id}: operates in unknown country {c!r}" for o in kb.orgs.values()
            for c in o.operates if c not in kb.countries]
    return out


def _check_overlaps(kb: KnowledgeBase) -> list[str]:
    holders: defaultdict[tuple[str, str, str | None], list[tuple[str, Role]]] = defaultdict(list)
    for p in kb.people.values():
        for r in p.roles:
            if r.acting:
                continue
            for office in r.offices:
                if office in ("head_of_state", "head_of_government", "foreign_minister",
                              "defence_minister", "secretary_general"):
                    holders[(r.country, office, r.seat)].append((p.id, r))
    out = []
    for key, terms in holders.items():
        terms.sort(key=lambda t: t[1].start or t[1].end or date.min)
        for (pa, ra), (pb, rb) in pairwise(terms):
            if pa == pb or (ra.end is None and rb.start is None):
                continue
            end_a = ra.end or (rb.start + HANDOVER * 2 if rb.start else None)
            if ra.end is None or (rb.start and end_a and rb.start + HANDOVER < end_a):
                out.append(f"{key[0]} {key[1]}{'/' + key[2] if key[2] else ''}: {pa} "
                           f"({ra.start}..{ra.end}) overlaps {pb} ({rb.start}..{rb.end})")
    return out


def _check_current_heads(kb: KnowledgeBase) -> list[str]:
    current = {r.country for p in kb.people.values() for r in p.roles
               if "head_of_state" in r.offices and r.end is None}
    return [f"{c.code} ({c.name}) has no current head of state"
            for c in kb.countries.values() if c.un in ("member", "observer")
            and c.code not in current]

