"""Plain, JSON-ready forms of column values (for the change log and the JSON format)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import Column, Enum

from inspectdesk.db.types import UTCDateTime

JsonScalar = str | int | float | bool | None


def to_plain(value: Any) -> JsonScalar:
    """Turn a column value into a JSON scalar: UUIDs and dates as ISO text, enums as codes."""
    if isinstance(value, PyEnum):
        return str(value.value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"no plain form for {type(value).__name__}")


class ValueProblem(ValueError):
    """A plain value does not fit a column; the message says why (in English)."""


def _parse_datetime(value: str) -> datetime:
    text = value[:-1] + "+00:00" if value.endswith("Z") else value
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        raise ValueProblem(f"timestamp without a time zone: {value!r}")
    return parsed.astimezone(UTC)


def from_plain(column: Column[Any], value: JsonScalar) -> Any:
    """Turn a JSON scalar back into a value for ``column``.

    Raises:
        ValueProblem: the value has the wrong type, form or length for the column.
    """
    if value is None:
        if not column.nullable:
            raise ValueProblem("must not be empty (null)")
        return None
    kind = column.type
    if isinstance(kind, Enum) and kind.enum_class is not None:
        codes = {str(m.value): m for m in kind.enum_class}
        if not isinstance(value, str) or value not in codes:
            raise ValueProblem(f"{value!r} is not one of {sorted(codes)}")
        return codes[value]
    python_type = _python_type(column)
    if python_type is uuid.UUID:
        if not isinstance(value, str):
            raise ValueProblem(f"{value!r} is not a UUID")
        try:
            return uuid.UUID(value)
        except ValueError:
            raise ValueProblem(f"{value!r} is not a UUID") from None
    if python_type is datetime:
        if not isinstance(value, str):
            raise ValueProblem(f"{value!r} is not a timestamp")
        try:
            return _parse_datetime(value)
        except ValueError:
            raise ValueProblem(f"{value!r} is not an ISO 8601 timestamp") from None
    if python_type is date:
        if not isinstance(value, str):
            raise ValueProblem(f"{value!r} is not a date")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueProblem(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None
    if python_type is bool:
        if not isinstance(value, bool):
            raise ValueProblem(f"{value!r} is not true or false")
        return value
    if python_type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueProblem(f"{value!r} is not a whole number")
        return value
    if python_type is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueProblem(f"{value!r} is not a number")
        return float(value)
    if python_type is str:
        if not isinstance(value, str):
            raise ValueProblem(f"{value!r} is not text")
        length = getattr(kind, "length", None)
        if length is not None and len(value) > length:
            raise ValueProblem(f"text longer than {length} characters")
        return value
    raise ValueProblem(f"unsupported column type {kind!r}")


def _python_type(column: Column[Any]) -> type:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return datetime
    try:
        return kind.python_type
    except NotImplementedError:  # pragma: no cover - every type we use has one
        return object
