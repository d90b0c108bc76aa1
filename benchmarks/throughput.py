"""Throughput of tacitus end to end against the bare spaCy pipeline, in the same run.

    python benchmarks/throughput.py [--repeat N] [--texts DIR_OR_JSONL]

Texts: ../shared/eval/news_dev/articles.jsonl when present, else the bundled examples. Both
runs see the same texts; the ratio tacitus/spaCy says what tacitus's own stages cost on top of
parsing. Peak RSS is for the whole process (both runs plus resource loading).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from importlib import resources as pkg
from pathlib import Path

from tacitus.config import Settings
from tacitus.io.readers import ReadResult, read_inputs
from tacitus.pipeline import code_articles
from tacitus.resources import Resources

SHARED_SET = Path(__file__).resolve().parents[1].parent / "shared/eval/news_dev/articles.jsonl"


def _texts(source: str | None) -> list[ReadResult]:
    if source:
        return [r for r in read_inputs([source]) if r.error is None]
    if SHARED_SET.exists():
        return [r for r in read_inputs([str(SHARED_SET)]) if r.error is None]
    examples = Path(str(pkg.files("tacitus").joinpath("examples")))
    return [r for r in read_inputs([str(examples)]) if r.error is None]


def _time(fn, rounds: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="copies of the text set per run")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds; the best is kept")
    parser.add_argument("--texts", default=None, help="a JSONL file or folder of articles")
    args = parser.parse_args()

    started = time.perf_counter()
    res = Resources.load(Settings.load())
    load_s = time.perf_counter() - started
    items = _texts(args.texts) * args.repeat
    texts = [r.article.text for r in items]
    words = sum(len(t.split()) for t in texts)

    spacy_s = _time(lambda: list(res.nlp.pipe(texts)), args.rounds)
    tacitus_s = _time(lambda: list(code_articles(items, res)), args.rounds)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "articles": len(texts), "words": words, "resource_load_s": round(load_s, 2),
        "spacy_articles_per_s": round(len(texts) / spacy_s, 1),
        "spacy_words_per_s": round(words / spacy_s),
        "tacitus_articles_per_s": round(len(texts) / tacitus_s, 1),
        "tacitus_words_per_s": round(words / tacitus_s),
        "tacitus_over_spacy_time": round(tacitus_s / spacy_s, 2),
        "peak_rss_mb": round(peak_mb),
    }
    for key, value in report.items():
        print(f"{key:>24}: {value}")
    print(json.dumps(report), file=sys.stderr)


if __name__ == "__main__":
    main()
