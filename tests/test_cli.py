import json
from pathlib import Path

from typer.testing import CliRunner

from tacitus.cli import app

from .conftest import SEED, needs_shared

runner = CliRunner()
GOOD = ("Moscow talks\nMOSCOW — Chinese President Xi Jinping met Russian President Vladimir "
        "Putin in Moscow on Monday, the Kremlin said.\n")


def test_code_jsonl_and_bad_inputs_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01 binary")
    (tmp_path / "c.txt").write_text("")
    (tmp_path / "d.jsonl").write_text('{"id": "x", "text": "Der Präsident sagte, dass das '
                                      'Treffen mit den Führern ein Erfolg für das Land war."}\n'
                                      '{broken\n')
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["code", str(tmp_path), "--format", "jsonl", "--db", str(db),
                                 "--published", "2019-04-22"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    kinds = [r["errors"][0]["kind"] if r["errors"] else None for r in records]
    assert kinds == [None, "binary", "empty", "not_english", "bad_json"]
    assert records[0]["events"]
    again = runner.invoke(app, ["code", str(tmp_path / "a.txt"), "--db", str(db),
                                "--format", "jsonl", "--published", "2019-04-22"])
    assert again.exit_code == 0
    rows = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    assert rows.exit_code == 0 and len(rows.stdout.splitlines()) == len(records[0]["events"])


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"\x00\x01 binary")
    result = runner.invoke(app, ["code", str(tmp_path / "b.txt"), "--format", "jsonl"])
    assert result.exit_code == 1


def test_kb_lookup_and_stats() -> None:
    out = runner.invoke(app, ["kb", "lookup", "Medvedev", "--date", "2011-06-01"])
    assert out.exit_code == 0
    found = json.loads(out.stdout)
    assert found[0]["code"] == "RUSGOV" and found[0]["role"] == "President"
    stats = runner.invoke(app, ["kb", "stats"])
    assert json.loads(stats.stdout)["un_members"] == 193


@needs_shared()
def test_seed_record_has_contract_fields() -> None:
    out = runner.invoke(app, ["code", str(SEED), "--published", "2019-04-24", "--format",
                              "jsonl"])
    assert out.exit_code == 0
    rec = json.loads(out.stdout)
    assert set(rec) >= {"article", "actors", "places", "events", "checks", "errors"}
    assert set(rec["article"]) >= {"id", "title", "published", "source", "url", "dateline",
                                   "language"}
    for ev in rec["events"]:
        assert set(ev) >= {"id", "cameo", "root", "plover", "quad_class", "goldstein", "source",
                           "target", "date", "date_precision", "date_text", "location", "mode",
                           "attribution", "sentence", "start", "end", "confidence"}
