from datetime import date

import pytest

from tacitus.checks import weekday_mismatches


@pytest.mark.parametrize("text,flagged", [
    ("said on Tuesday (04/22).", True),
    ("said on Monday (04/22).", False),
    ("on Wednesday (04/24) in Moscow", False),
    ("on Friday, April 19, the talks", False),
    ("on Thursday, April 19, the talks", True),
])
def test_weekday_mismatch(text: str, flagged: bool) -> None:
    assert bool(weekday_mismatches(text, date(2019, 4, 24))) is flagged


def test_no_published_date_no_weekday_check() -> None:
    assert weekday_mismatches("on Tuesday (04/22)", None) == []


def test_unsourced_claim_is_conservative(code_text) -> None:  # type: ignore[no-untyped-def]
    flagged = code_text("The meeting was deliberately engineered by the United States to "
                        "pressure China.").checks
    assert [c.kind for c in flagged] == ["unsourced_claim"]
    sourced = code_text("Analysts said the meeting was deliberately engineered by the United "
                        "States to pressure China.").checks
    assert sourced == ()


def test_ordinary_news_raises_no_checks(code_text) -> None:  # type: ignore[no-untyped-def]
    rec = code_text("Chinese President Xi Jinping met Russian President Vladimir Putin in "
                    "Moscow on Monday. The two leaders discussed trade, the Kremlin said.")
    assert rec.checks == ()
