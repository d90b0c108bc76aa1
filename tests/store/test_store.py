from datetime import date
from pathlib import Path

from tacitus.store import EventQuery, Store
from tacitus.store.queries import export, query_events
from tacitus.types import Article, Record, RecordError

TEXT = ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on "
        "Monday. Japan imposed sanctions on North Korea on Tuesday. Tensions on the Korean "
        "Peninsula rose.")


def _record(code_text) -> Record:  # type: ignore[no-untyped-def]
    return code_text(TEXT, published=date(2019, 4, 24))


def test_rerun_adds_nothing(tmp_path: Path, code_text) -> None:  # type: ignore[no-untyped-def]
    rec = _record(code_text)
    with Store.open(tmp_path / "t.duckdb") as store:
        store.write([rec])
        first = store.counts()
        summary = store.write([rec])
        assert store.counts() == first
        assert summary.unchanged == 1
    assert first["events"] >= 2


def test_error_record_never_replaces_good(tmp_path: Path, code_text) -> None:  # type: ignore[no-untyped-def]
    rec = _record(code_text)
    bad = Record(article=Article(id=rec.article.id, text=""),
                 errors=(RecordError("empty", "x"),))
    with Store.open(tmp_path / "t.duckdb") as store:
        store.write([rec])
        before = store.counts()
        assert store.write([bad]).kept_good == 1
        assert store.counts() == before


def test_queries_and_exports(tmp_path: Path, code_text) -> None:  # type: ignore[no-untyped-def]
    with Store.open(tmp_path / "t.duckdb") as store:
        store.write([_record(code_text)])
        assert {r["root"] for r in query_events(store, EventQuery(root="16"))} == {"16"}
        rows = query_events(store, EventQuery(dyad=("JPN", "PRK")))
        assert rows and all(r["source_code"].startswith("JPN") for r in rows)
        assert query_events(store, EventQuery(country="FRA")) == []
        assert query_events(store, EventQuery(since=date(2030, 1, 1))) == []
        for fmt in ("parquet", "csv", "jsonl"):
            n = export(store, tmp_path / f"out.{fmt}", fmt=fmt)
            assert n > 0 and (tmp_path / f"out.{fmt}").stat().st_size > 0


def test_migrations_recorded(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.duckdb") as store:
        assert store.schema_version() >= 2
        assert store.pending_migrations() == []


def test_places_without_a_country_are_stored(tmp_path: Path, code_text) -> None:  # type: ignore[no-untyped-def]
    rec = _record(code_text)
    assert any(p.location.country is None for p in rec.places)  # the Korean Peninsula
    with Store.open(tmp_path / "t.duckdb") as store:
        store.write([rec])
        assert store.counts()["places"] == len(rec.places)


def test_migrations_upgrade_an_older_store(tmp_path: Path) -> None:
    import duckdb

    from tacitus.store.migrations import MIGRATIONS

    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                 "applied_at TIMESTAMP DEFAULT current_timestamp)")
    for version, name, sql in MIGRATIONS[:1]:
        conn.execute(sql)
        conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                     [version, name])
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
        assert store.pending_migrations() == []
