"""The shipped KB passes its validator and covers what the issues ask for."""

import pytest

from tacitus.kb.loader import KnowledgeBase
from tacitus.kb.model import normalize
from tacitus.kb.validate import validate_kb


def test_validator_finds_no_problems() -> None:
    problems = validate_kb()
    assert problems == [], "\n".join(problems[:30])


def test_un_membership(kb: KnowledgeBase) -> None:
    stats = kb.stats()
    assert stats["un_members"] == 193
    assert stats["un_observers"] == 2


def test_every_file_records_current_to(kb: KnowledgeBase) -> None:
    assert kb.current_to
    assert all(d.year >= 2024 for d in kb.current_to.values())


def test_validator_checks_agent_countries_and_operating_countries(tmp_path) -> None:  # type: ignore[no-untyped-def]
    meta = 'meta: {schema: 1, current_to: "2026-11-30", description: test}\n'
    (tmp_path / "countries.yaml").write_text(
        meta + "countries:\n  - {id: aaa, code: AAA, name: Aland, un: none}\n")
    (tmp_path / "orgs.yaml").write_text(
        meta + "orgs:\n  - {id: g, name: Group, kind: armed_group, code: AAAREB, "
               "country: AAA, operates: [AAA, ZZZ]}\n")
    (tmp_path / "agents.yaml").write_text(
        meta + "agents:\n  - {phrase: congressman, code: LEG, country: QQQ}\n")
    problems = validate_kb(tmp_path)
    assert any("ZZZ" in p for p in problems) and any("QQQ" in p for p in problems)


@pytest.mark.parametrize("name,code,country", [
    ("Christian Democrats", "DEULEG", "DEU"),
    ("Muslim League", "PAKLEG", "PAK"),
    ("Syrian National Coalition", "SYROPP", "SYR"),
    ("Forum for Democratic Change", "UGAOPP", "UGA"),
    ("Inter-American Dialogue", "NGOTHK", "USA"),
    ("P5+1", "IGO", None),
    ("General Motors", "MNC", "USA"),
    ("Gazprom", "RUSBUS", "RUS"),
])
def test_general_kb_entries(kb: KnowledgeBase, name, code, country) -> None:  # type: ignore[no-untyped-def]
    org = next(kb.orgs[h.ref] for h in kb.hits(normalize(name)) if h.kind == "org")
    assert (org.code, org.country) == (code, country)


def test_un_bodies_have_their_full_names(kb: KnowledgeBase) -> None:
    assert kb.orgs["un-security-council"].name == "United Nations Security Council"
    assert "UN Security Council" in kb.orgs["un-security-council"].aliases
