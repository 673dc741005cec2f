"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Dialect, Enum, String
from sqlalchemy.types import TypeDecorator

from inspectdesk.text import collation_key


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC and returned as an aware UTC ``datetime``."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; give a timezone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


def code_enum(enum_cls: type[StrEnum], length: int = 20) -> Enum:
    """A string column holding an enum's value (its stable code), portable everywhere."""
    return Enum(
        enum_cls,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=length,
    )


SORT_KEY_LENGTH = 1024


def sort_key_type(length: int = SORT_KEY_LENGTH) -> String:
    """A collation-key column: compared byte by byte on every database."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def stored_sort_key(text: str) -> str:
    """The collation key of ``text`` as stored: cut to fit its column."""
    return collation_key(text)[:SORT_KEY_LENGTH]
