"""Evaluation sets with score floors: news-dev, plover-gsr, petrarch-unittest.

Each run prints a table and a one-line JSON summary, then compares the summary with the floors
in floors.yaml; the exit status is 1 when a score is below its floor (and 0 with a message when
the shared data is absent).
"""

from .runner import Evaluation, load_floors, run_evaluation, run_set

__all__ = ["Evaluation", "load_floors", "run_evaluation", "run_set"]
