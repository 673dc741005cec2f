"""Leads from citizens, the register of issued documents and the scanned signed copies,
the change log, file facts."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from inspectdesk.db.models.base import Base, Syncable, utcnow
from inspectdesk.db.types import UTCDateTime, code_enum
from inspectdesk.domain.enums import ChangeAction, DocumentType, LeadSource, LeadStatus


class Lead(Syncable):
    """A phản ánh, kiến nghị (press, hotline 1022, letter) that may trigger a visit."""

    __tablename__ = "lead"
    __text_keys__ = {"summary": ("summary_fold", None)}

    received_on: Mapped[date] = mapped_column(Date, index=True)
    source: Mapped[LeadSource] = mapped_column(code_enum(LeadSource))
    source_detail: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text)
    summary_fold: Mapped[str] = mapped_column(Text, default="")
    unit_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit.id"), default=None, index=True
    )
    status: Mapped[LeadStatus] = mapped_column(code_enum(LeadStatus), default=LeadStatus.NEW)
    note: Mapped[str] = mapped_column(Text, default="")


class IssuedDocument(Syncable):
    """The register (sổ đăng ký văn bản): each number given out, once, per year."""

    __tablename__ = "issued_document"
    __table_args__ = (UniqueConstraint("issuer_code", "doc_type", "year", "sequence"),)

    doc_type: Mapped[DocumentType] = mapped_column(code_enum(DocumentType, length=4))
    issuer_code: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500), default="")
    plan_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("plan.id"), default=None)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("visit.id"), default=None)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)


class SignedCopy(Syncable):
    """The scanned copy of a visit's minutes as signed on paper (PDF or image).

    A copy is never changed once stored: attaching a newer scan tombstones the older
    row and adds a new one, so the change log never carries file contents and a
    replaced scan can be restored. ``content`` is loaded only when asked for.
    """

    __tablename__ = "signed_copy"

    visit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("visit.id"), index=True)
    document_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("issued_document.id"), default=None
    )
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class ChangeLogEntry(Base):
    """One change to one field of one row: append-only.

    Rows of this table are never updated or deleted (the session refuses it); a merge
    keeps the losing value of a conflict here.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_row", "table_name", "row_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    action: Mapped[ChangeAction] = mapped_column(code_enum(ChangeAction))
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    note: Mapped[str] = mapped_column(String(300), default="")


class FileMeta(Base):
    """Facts about the file itself (its identity, schema generation, who made it)."""

    __tablename__ = "file_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
