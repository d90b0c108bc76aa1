import tacitus


def test_all_names_exist() -> None:
    for name in tacitus.__all__:
        assert hasattr(tacitus, name), name


def test_exception_tree() -> None:
    for exc in (tacitus.ConfigError, tacitus.KnowledgeBaseError, tacitus.InputError,
                tacitus.StoreError, tacitus.EvaluationError):
        assert issubclass(exc, tacitus.TacitusError)
    assert str(tacitus.StoreError("x")).startswith("[T400]")


def test_readme_documents_every_command_and_setting() -> None:
    from pathlib import Path

    from tacitus.config import Settings

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for cmd in ("tacitus code", "tacitus events", "tacitus export", "tacitus eval", "kb stats",
                "kb lookup", "kb import", "make demo", "make test", "make bench"):
        assert cmd in readme, cmd
    for field in Settings.__dataclass_fields__:
        assert f"`{field}`" in readme, field
