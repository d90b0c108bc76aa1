"""Checks flag what does not add up; one module per kind. Each returns Check values."""

from .causal import unsourced_claims
from .contradiction import kb_contradictions
from .dates import date_conflicts, weekday_mismatches

__all__ = ["date_conflicts", "kb_contradictions", "unsourced_claims", "weekday_mismatches"]
