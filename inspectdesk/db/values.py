"""Plain, JSON-ready forms of column values (for the change log and the JSON format)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

JsonScalar = str | int | float | bool | None


def to_plain(value: Any) -> JsonScalar:
    """Turn a column value into a JSON scalar: UUIDs and dates as ISO text, enums as codes."""
    if value is None or isinstance(value, bool | int | float | str):
        if isinstance(value, Enum):
            return str(value.value)
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"no plain form for {type(value).__name__}")
