"""kb_contradiction: the text gives a known person a country or office that the KB
contradicts for that date ("North Korea Defense Minister Patrick Shanahan")."""

from __future__ import annotations

from collections.abc import Sequence

from ..kb.loader import KnowledgeBase
from ..kb.resolve import Mention
from ..types import Check


def kb_contradictions(mentions: Sequence[Mention], kb: KnowledgeBase) -> list[Check]:
    out: list[Check] = []
    for m in mentions:
        if m.kind != "person" or not m.in_kb or m.when is None:
            continue
        person = kb.people.get(m.entity)
        if person is None or not m.stated_country:
            continue
        roles = person.roles_on(m.when)
        kb_countries = {r.country for r in roles} | ({person.country} if person.country else set())
        if m.stated_country in kb_countries:
            continue
        if m.stated_office is None and not roles:
            continue  # a bare adjective ("Russian X") without office: nationality is fuzzy
        stated = kb.countries[m.stated_country].name if m.stated_country in kb.countries \
            else m.stated_country
        held = roles[0] if roles else None
        kb_side = (f"{held.title or '/'.join(held.offices)} of {_name(kb, held.country)}"
                   if held else f"a national of {_name(kb, person.country)}")
        out.append(Check(
            kind="kb_contradiction", severity="warning", text=m.text, start=m.start, end=m.end,
            message=f"the text makes {person.name} {stated}'s "
                    f"{m.stated_title or 'representative'}, but on {m.when} the knowledge base "
                    f"has {person.name} as {kb_side}"))
    return out


def _name(kb: KnowledgeBase, code: str | None) -> str:
    if code is None:
        return "an unknown country"
    c = kb.countries.get(code)
    return c.name if c else code
