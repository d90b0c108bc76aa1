"""The shipped KB passes its validator and covers what the issues ask for."""

from tacitus.kb.loader import KnowledgeBase
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
