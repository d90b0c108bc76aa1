"""Train the clause classifier shipped with tacitus (CAMEO root of a clause; "00" = no event).

    .venv/bin/python scripts/train_classifier.py              # train, evaluate, save the model
    .venv/bin/python scripts/train_classifier.py --no-save    # train and evaluate only

Reads src/tacitus/coding/data/clause_examples.jsonl ({"text": ..., "root": "04"} per line),
holds out every 5th line (line index i with i % 5 == 4) as the test split, trains a spaCy
`textcat` (exclusive classes, bag-of-words unigram model) on the rest with a fixed seed,
prints held-out accuracy and macro-F1, and writes the pipeline with `nlp.to_disk` to
src/tacitus/coding/data/clause_classifier/. The same seed and data give the same model.
`make test` never runs this script; tests/coding/test_classifier.py checks the shipped model.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from tacitus.coding.classifier import ROOTS, ClauseClassifier, normalize_clause

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "tacitus" / "coding" / "data"
EXAMPLES = DATA / "clause_examples.jsonl"
MODEL_DIR = DATA / "clause_classifier"

SEED = 20240611
EPOCHS = 20
BATCH_SIZE = 16
HELDOUT_EVERY = 5  # every 5th line (i % 5 == 4) is held out for evaluation
# TextCatBOW hashes unigrams into `length` rows per label: 2**14 x 21 labels x 4 bytes = 1.4 MB.
MODEL_CONFIG: dict[str, Any] = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 1,
    "no_output_layer": False,
    "length": 2**14,
}

Row = dict[str, str]


def load_examples(path: Path = EXAMPLES) -> list[Row]:
    rows: list[Row] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("root") not in ROOTS or not str(row.get("text", "")).strip():
                raise ValueError(f"{path}:{n}: bad example {row!r}")
            rows.append({"text": str(row["text"]), "root": str(row["root"])})
    return rows


def is_heldout(index: int) -> bool:
    return index % HELDOUT_EVERY == HELDOUT_EVERY - 1


def split(rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    """(train, test): the deterministic split the shipped model was trained and scored on."""
    train = [r for i, r in enumerate(rows) if not is_heldout(i)]
    test = [r for i, r in enumerate(rows) if is_heldout(i)]
    return train, test


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the roots present in `gold`, and per-root F1."""
    labels = sorted(set(gold))
    per: dict[str, float] = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        per[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    return {"accuracy": acc, "macro_f1": sum(per.values()) / len(per), "per_root_f1": per}


def evaluate(predict_many: Callable[[list[str]], list[tuple[str, float]]],
             rows: Sequence[Row]) -> dict[str, Any]:
    pred = [root for root, _ in predict_many([r["text"] for r in rows])]
    return scores([r["root"] for r in rows], pred)


def train(rows: Iterable[Row], *, seed: int = SEED, epochs: int = EPOCHS) -> Any:
    import spacy
    from spacy.training import Example
    from spacy.util import minibatch
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat: Any = nlp.add_pipe("textcat", config={"model": MODEL_CONFIG})
    for label in ROOTS:
        textcat.add_label(label)
    examples = [
        Example.from_dict(nlp.make_doc(normalize_clause(r["text"])),
                          {"cats": {label: float(label == r["root"]) for label in ROOTS}})
        for r in rows
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=BATCH_SIZE):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer)
    nlp.meta.update({
        "name": "tacitus_clause_classifier",
        "version": "0.1.0",
        "description": "CAMEO root (01-20, 00 = no event) of a clause; "
                       "trained by scripts/train_classifier.py",
        "license": "MIT",
    })
    return nlp


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-save", action="store_true", help="do not write the model directory")
    ap.add_argument("--out", type=Path, default=MODEL_DIR, help="model directory to write")
    args = ap.parse_args(argv)

    rows = load_examples()
    train_rows, test_rows = split(rows)
    counts = {root: sum(r["root"] == root for r in rows) for root in ROOTS}
    print(f"{len(rows)} examples: {len(train_rows)} train, {len(test_rows)} held out")
    print("per root: " + " ".join(f"{k}:{v}" for k, v in counts.items()))

    t0 = time.perf_counter()
    nlp = train(train_rows)
    print(f"trained in {time.perf_counter() - t0:.1f}s ({EPOCHS} epochs, seed {SEED})")

    if args.no_save:
        clf = ClauseClassifier(nlp=nlp, path=args.out)
    else:
        if args.out.exists():
            shutil.rmtree(args.out)
        nlp.to_disk(args.out)
        clf = ClauseClassifier.load(args.out)  # score what was written, as the tests will
        size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
        print(f"saved to {args.out} ({size / 1e6:.2f} MB)")

    result = evaluate(clf.predict_many, test_rows)
    print(f"held-out accuracy {result['accuracy']:.3f}  macro-F1 {result['macro_f1']:.3f}")
    print("per-root F1: " + " ".join(f"{k}:{v:.2f}" for k, v in result["per_root_f1"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
