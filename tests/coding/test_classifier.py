"""The shipped clause classifier: loads without training, predicts sensible roots, scores."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tacitus.coding.classifier import (
    NO_EVENT,
    ROOTS,
    ClauseClassifier,
    default_model_dir,
    normalize_clause,
)
from tacitus.errors import KnowledgeBaseError

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "train_classifier.py"
EXAMPLES = REPO / "src" / "tacitus" / "coding" / "data" / "clause_examples.jsonl"

# Measured when the shipped model was trained (scripts/train_classifier.py, seed 20240611):
# held-out accuracy 0.708, macro-F1 0.705 on 298 held-out clauses. Floors sit just below;
# do not lower them: retrain or improve the examples instead.
ACCURACY_FLOOR = 0.69
MACRO_F1_FLOOR = 0.68


def _training_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_classifier", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def clf() -> ClauseClassifier:
    return ClauseClassifier.load()


# Sentences written for this test; none of them is in clause_examples.jsonl.
UNSEEN = [
    ("The Egyptian president met the Sudanese army chief in Cairo on Sunday.", {"04"}),
    ("Police in Lima arrested two opposition lawmakers on Wednesday.", {"17"}),
    ("Russian jets carried out air strikes on rebel positions in Idlib.", {"19", "18"}),
    ("Washington imposed sanctions on three Iranian shipping firms.", {"16"}),
    ("The Venezuelan government accused Guyana of provoking the crisis.", {"11"}),
    ("Thousands of people marched in Madrid against the new housing law.", {"14"}),
    ("Gunmen abducted a local official in the north.", {"18"}),
    ("Japan pledged 5 billion dollars in loans to Indonesia.", {"03", "07"}),
    ("North Korea threatened to retaliate against the sanctions.", {"13"}),
    ("The foreign ministry demanded the withdrawal of the troops.", {"10"}),
    ("The UN urged both sides to show restraint.", {"02"}),
    ("Prosecutors opened an investigation into the minister.", {"09"}),
    ("The Kenyan shilling fell against the dollar.", {NO_EVENT}),
]


@pytest.mark.parametrize(("text", "expected"), UNSEEN)
def test_predicts_sensible_roots_for_unseen_clauses(
        clf: ClauseClassifier, text: str, expected: set[str]) -> None:
    root, prob = clf.predict(text)
    assert root in expected, (text, root, prob)
    assert 0.0 < prob <= 1.0


def test_heldout_split_scores_above_floor(clf: ClauseClassifier) -> None:
    script = _training_script()
    _, test_rows = script.split(script.load_examples(EXAMPLES))
    assert len(test_rows) >= 160
    result = script.evaluate(clf.predict_many, test_rows)
    assert result["accuracy"] >= ACCURACY_FLOOR, result
    assert result["macro_f1"] >= MACRO_F1_FLOOR, result


def test_examples_cover_every_root() -> None:
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    counts = {root: sum(r["root"] == root for r in rows) for root in ROOTS}
    assert all(n >= 35 for root, n in counts.items() if root != NO_EVENT), counts
    assert counts[NO_EVENT] >= 80, counts
    texts = [normalize_clause(r["text"]) for r in rows]
    assert len(set(texts)) == len(texts), "duplicate examples"


def test_predict_many_keeps_order_and_matches_predict(clf: ClauseClassifier) -> None:
    texts = [t for t, _ in UNSEEN[:4]]
    many = clf.predict_many(texts)
    assert [root for root, _ in many] == [clf.predict(t)[0] for t in texts]
    assert clf.predict_many([]) == []
    assert clf.predict_many(["   ", texts[0]])[0] == (NO_EVENT, 1.0)
    assert clf.predict_many(["   ", texts[0]])[1] == many[0]


def test_probabilities_are_a_distribution_over_roots(clf: ClauseClassifier) -> None:
    assert set(clf.labels) == set(ROOTS)
    doc = clf.nlp(normalize_clause(UNSEEN[0][0]))
    assert abs(sum(doc.cats.values()) - 1.0) < 1e-4


def test_shipped_model_is_small() -> None:
    model_dir = default_model_dir()
    size = sum(p.stat().st_size for p in model_dir.rglob("*") if p.is_file())
    assert size < 5_000_000


def test_missing_model_raises_knowledge_base_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="clause classifier model not found"):
        ClauseClassifier.load(tmp_path / "nowhere")


def test_classifier_is_frozen(clf: ClauseClassifier) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        clf.path = Path("elsewhere")  # type: ignore[misc]
