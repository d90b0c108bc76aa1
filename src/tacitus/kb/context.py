"""Actors whose country only the whole article settles.

- A group that fights in several countries ("Islamic State") is coded with the one of them the
  article names most; with its home country where it names none.
- A body every country has one of, named bare ("the Supreme Court", "the National Guard",
  "police"), is the focus country's when the article is clearly about one country.
"""

from __future__ import annotations

from dataclasses import replace

from .loader import KnowledgeBase
from .mention import FOCUS_SHARE, Mention, country_counts, focus_country
from .model import normalize


def in_context(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with transnational groups and bare national bodies given the article's
    country, where it settles one."""
    counts = country_counts(mentions)
    focus = focus_country(mentions, share=FOCUS_SHARE)
    return [_operating(m, kb, counts) or _institution(m, kb, focus) or m for m in mentions]


def _operating(m: Mention, kb: KnowledgeBase, counts: dict[str, int]) -> Mention | None:
    org = kb.orgs.get(m.entity) if m.kind == "org" and m.in_kb else None
    if org is None or not org.operates:
        return None
    home = [org.country] if org.country else []
    places = [c for c in (*home, *org.operates) if counts.get(c)]
    if not places:
        return None
    # the most named; on a tie the home country, then the order the KB lists them in
    best = max(places, key=lambda c: counts[c])
    return replace(m, country=best) if best != m.country else None


def _institution(m: Mention, kb: KnowledgeBase, focus: str | None) -> Mention | None:
    agent = kb.agents.get(normalize(m.name)) if m.kind == "agent" else None
    if agent is None or not agent.institution or focus is None or focus not in kb.countries:
        return None
    country = kb.countries[focus]
    # "government" covers many bodies: the electoral commission is not the cabinet
    role = agent.phrase.replace(" ", "-") if agent.code == "GOV" else agent.code.lower()
    return replace(m, entity=f"{country.id}-{role}",
                   name=f"{country.name} ({agent.phrase})", kind="group",
                   code=focus + agent.code, country=focus, role=agent.phrase, in_kb=True)
