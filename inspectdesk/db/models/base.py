"""The declarative base and the columns every synchronisable row carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import Boolean, Integer, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from inspectdesk.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, in UTC, aware."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """The declarative base of every InspectDesk table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Syncable(Base):
    """Columns that make a row mergeable between files.

    ``id`` is a UUID made by the application; ``revision`` counts the row's saved
    versions (SQLAlchemy's version counter, so a stale write is refused);
    ``deleted`` is a tombstone: rows are never removed, so a deletion travels to
    other files like any other change.

    Subclasses may declare ``__text_keys__``: for a text column, the names of the
    folded search-key column and the collation-key column kept in step with it.
    """

    __text_keys__: ClassVar[dict[str, tuple[str | None, str | None]]] = {}
    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.revision}
