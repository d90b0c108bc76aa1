import json
from datetime import date
from pathlib import Path

import pytest

from tacitus.io.readers import ArticleOverrides, read_inputs, read_text_article

TEXT = "Leaders meet\nJAKARTA (TheInsiderStories)North Korea leader Kim Jong-un met Putin.\n"


def test_text_title_and_dateline() -> None:
    art = read_text_article(TEXT)
    assert art.title == "Leaders meet"
    assert art.dateline == "JAKARTA"
    assert art.source == "TheInsiderStories"
    assert art.text == TEXT  # offsets index the text as read


@pytest.mark.parametrize("para,place", [
    ("MOSCOW — Saturday's phone conversation", "MOSCOW"),
    ("WASHINGTON, D.C. - The talks", "WASHINGTON, D.C."),
    ("GENEVA (Reuters) - Diplomats said", "GENEVA"),
    ("North Korea said nothing", None),
])
def test_dateline_forms(para: str, place: str | None) -> None:
    assert read_text_article("Title\n" + para).dateline == place


def test_same_article_from_txt_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": TEXT, "title": "Leaders meet"}) + "\n")
    a, b = (r.article for r in read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")]))
    assert (a.id, a.text, a.title, a.dateline) == (b.id, b.text, b.title, b.dateline)


def test_jsonl_echoes_id_and_fields(tmp_path: Path) -> None:
    row = {"id": "r-1", "text": TEXT, "published": "2019-04-24", "url": "https://x",
           "source": "Reuters", "language": "en"}
    (tmp_path / "in.jsonl").write_text(json.dumps(row) + "\n")
    art = next(read_inputs([str(tmp_path / "in.jsonl")])).article
    assert (art.id, art.published, art.url, art.source) == ("r-1", date(2019, 4, 24),
                                                           "https://x", "Reuters")


def test_directory_recursive_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B title\nbody b")
    (tmp_path / "sub" / "a.txt").write_text("A title\nbody a")
    (tmp_path / "ignore.bin").write_bytes(b"\x00\x01")
    titles = [r.article.title for r in read_inputs([str(tmp_path)])]
    assert titles == ["B title", "A title"]


def test_overrides(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    ov = ArticleOverrides(published=date(2020, 1, 2), source="Mine", id="x1")
    art = next(read_inputs([str(tmp_path / "a.txt")], overrides=ov)).article
    assert (art.published, art.source, art.id) == (date(2020, 1, 2), "Mine", "x1")


@pytest.mark.parametrize("name,content,kind", [
    ("bin.txt", b"\x00\x01\x02binary", "binary"),
    ("latin.txt", "caf\xe9".encode("latin-1") + b" more words here", "invalid_utf8"),
    ("bad.jsonl", b'{"text": "ok"\n', "bad_json"),
    ("notext.jsonl", b'{"title": "no text"}\n', "bad_json"),
    ("empty.html", b"<html><body><nav>menu</nav></body></html>", "no_article"),
])
def test_bad_input_gives_error(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    (tmp_path / name).write_bytes(content)
    result = next(read_inputs([str(tmp_path / name)]))
    assert result.error is not None and result.error.kind == kind
    assert result.error.message


def test_missing_file() -> None:
    result = next(read_inputs(["/nonexistent/file.txt"]))
    assert result.error is not None and result.error.kind == "not_found"


def test_html_article(tmp_path: Path) -> None:
    body = " ".join(["Russian President Vladimir Putin met Chinese President Xi Jinping in "
                     "Moscow on Monday, the Kremlin said."] * 6)
    html = (f"<html><head><title>Putin meets Xi</title><meta property='og:site_name' "
            f"content='Example News'></head><body><article><h1>Putin meets Xi</h1><p>{body}</p>"
            f"</article></body></html>")
    (tmp_path / "a.html").write_text(html)
    art = next(read_inputs([str(tmp_path / "a.html")])).article
    assert art.title == "Putin meets Xi"
    assert "Xi Jinping" in art.text
