"""Sorting by a column that may be empty, the same way on a file and on a server.

SQLite puts NULL before every value in an ascending order; PostgreSQL puts it after.
Lists, documents and pages read by ``LIMIT``/``OFFSET`` must come out in one order
whichever database holds the data, so an order by a nullable column says where its
NULLs go: first when ascending, last when descending (SQLite's own order, so a file's
query plans do not change).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import UnaryExpression

__all__ = ["ascending", "descending"]


def ascending(column: Any) -> UnaryExpression[Any]:
    """``column`` ascending, NULLs first."""
    return column.asc().nulls_first()  # type: ignore[no-any-return]


def descending(column: Any) -> UnaryExpression[Any]:
    """``column`` descending, NULLs last."""
    return column.desc().nulls_last()  # type: ignore[no-any-return]
