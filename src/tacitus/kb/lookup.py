"""`tacitus kb lookup`: everything the KB knows about a name."""

from __future__ import annotations

from datetime import date
from typing import Any

from .loader import KnowledgeBase
from .model import normalize


def lookup(kb: KnowledgeBase, name: str, *, on: date) -> list[dict[str, Any]]:
    key = normalize(name)
    hits = list(kb.hits(key))
    out: list[dict[str, Any]] = []
    for pid in kb.surnames.get(key, ()):
        if not any(h.kind == "person" and h.ref == pid for h in hits):
            out.append(_person(kb, pid, on, via="short name"))
    for h in hits:
        if h.kind == "person":
            out.append(_person(kb, h.ref, on, via=h.surface))
        elif h.kind in ("country", "adjective", "metonym"):
            c = kb.countries[h.ref]
            code = c.code + ("GOV" if h.kind == "metonym" else "")
            out.append({"kind": h.kind, "id": c.id, "name": c.name, "code": code,
                        "region": c.region, "un": c.un})
        elif h.kind == "org":
            o = kb.orgs[h.ref]
            out.append({"kind": "org", "id": o.id, "name": o.name, "code": o.code,
                        "type": o.kind, "country": o.country})
        elif h.kind == "user":
            u = kb.users[h.ref]
            out.append({"kind": "user", "id": u.id, "name": u.name, "code": u.code_on(on)})
        elif h.kind == "agent":
            a = kb.agents[key]
            out.append({"kind": "agent", "phrase": a.phrase, "role_code": a.code})
    return out


def _person(kb: KnowledgeBase, pid: str, on: date, *, via: str) -> dict[str, Any]:
    p = kb.people[pid]
    role = p.role_on(on)
    return {
        "kind": "person", "id": p.id, "name": p.name, "matched": via, "country": p.country,
        "on": on.isoformat(), "code": role.code if role else p.country,
        "role": role.title if role else None,
        "roles": [{"office": list(r.offices), "country": r.country, "title": r.title,
                   "code": r.code, "start": r.start, "end": r.end} for r in p.roles],
    }
