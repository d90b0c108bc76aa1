"""The embedded DuckDB store: schema with migrations, idempotent writes, queries, exports."""

from .db import Store
from .queries import EventQuery

__all__ = ["EventQuery", "Store"]
