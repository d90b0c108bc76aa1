"""Counts for `tacitus kb stats`."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .loader import KnowledgeBase

_MINISTER_OFFICES = ("foreign_minister", "defence_minister", "spokesperson")


def kb_stats(kb: KnowledgeBase) -> dict[str, Any]:
    un = [c for c in kb.countries.values() if c.un in ("member", "observer")]
    offices: Counter[str] = Counter(o for p in kb.people.values() for r in p.roles
                                    for o in r.offices)
    covered = [c.code for c in un if _has_history(kb, c.code)]
    return {
        "countries": len(kb.countries),
        "un_members": sum(c.un == "member" for c in kb.countries.values()),
        "un_observers": sum(c.un == "observer" for c in kb.countries.values()),
        "countries_by_region": dict(sorted(Counter(c.region or "?" for c in
                                                   kb.countries.values()).items())),
        "un_states_with_hos_and_hog_history_from_2000": len(covered),
        "un_states_missing_history": sorted(c.code for c in un if c.code not in covered),
        "people": len(kb.people),
        "roles": sum(len(p.roles) for p in kb.people.values()),
        "roles_by_office": dict(offices.most_common()),
        "minister_and_spokesperson_countries": {
            o: len({r.country for p in kb.people.values() for r in p.roles if o in r.offices})
            for o in _MINISTER_OFFICES},
        "organisations": len(kb.orgs),
        "organisations_by_kind": dict(Counter(o.kind for o in kb.orgs.values()).most_common()),
        "agents": len(kb.agents),
        "user_entries": len(kb.users),
        "current_to": {k: v.isoformat() for k, v in sorted(kb.current_to.items())},
    }


def _has_history(kb: KnowledgeBase, code: str) -> bool:
    """Head of state and head of government both covered on 2000-01-01 and today."""
    jan2000 = date(2000, 1, 2)
    need = ("head_of_state", "head_of_government")
    roles = [r for p in kb.people.values() for r in p.roles if r.country == code]
    for office in need:
        held = [r for r in roles if office in r.offices]
        if not any(r.active(jan2000) or (r.start and r.start <= date(2000, 12, 31))
                   for r in held) and code not in _BORN_AFTER_2000:
            return False
        if not any(r.end is None for r in held):
            return False
    return True


# States that did not exist on 2000-01-01: their history starts at independence.
_BORN_AFTER_2000 = frozenset({"TLS", "SRB", "MNE", "SSD", "KOS"})
