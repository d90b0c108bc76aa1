import pytest

from tacitus.config import Settings
from tacitus.io.validate import validate_article
from tacitus.types import Article

SETTINGS = Settings.load()
EN = "The president said on Monday that the talks with the rebels would resume next week. " * 3


@pytest.mark.parametrize("text,kind", [
    ("", "empty"),
    ("   \n  ", "empty"),
    ("El presidente dijo el lunes que las conversaciones con los rebeldes se reanudarán la "
     "próxima semana en la capital del país.", "not_english"),
    ("대통령은 월요일 반군과의 회담이 다음 주에 재개될 것이라고 말했다. 정부는 성명을 발표했다.", "not_english"),
])
def test_rejected(text: str, kind: str) -> None:
    err = validate_article(Article(id="x", text=text), SETTINGS)
    assert err is not None and err.kind == kind


def test_english_accepted() -> None:
    assert validate_article(Article(id="x", text=EN), SETTINGS) is None


def test_size_limit_is_a_setting() -> None:
    small = Settings.load(max_chars=100)
    err = validate_article(Article(id="x", text=EN * 2), small)
    assert err is not None and err.kind == "too_large"
    assert "max_chars" in err.message


def test_one_megabyte_is_under_the_default_limit() -> None:
    text = EN * (1_000_000 // len(EN) + 1)
    assert len(text) > 1_000_000
    assert validate_article(Article(id="x", text=text), SETTINGS) is None
