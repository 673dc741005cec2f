"""The register of issued documents (sổ đăng ký văn bản) as a read-only list.

The register itself (numbers given out) lives in :mod:`inspectdesk.services.register`;
this module only reads it. The register is small (a few hundred entries a year), so
the tone-blind search runs over the fetched rows, across every column shown.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from inspectdesk.db.database import Database
from inspectdesk.db.models import IssuedDocument, Plan, Unit, Visit
from inspectdesk.domain.enums import DocumentType
from inspectdesk.text import matches


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One entry of the register; ``unit`` is the linked visit's unit, ``plan`` a plan's number."""

    id: uuid.UUID
    number: str
    doc_type: DocumentType
    issuer_code: str
    year: int
    sequence: int
    issued_on: date
    title: str
    unit: str
    plan: str
    file_name: str

    @property
    def subject(self) -> str:
        """What the document is about: the visited unit, else the plan."""
        return self.unit or self.plan


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    """What the register list shows; ``None`` / empty means no restriction."""

    search: str = ""
    doc_type: DocumentType | None = None
    year: int | None = None


def list_documents(db: Database, flt: DocumentFilter | None = None) -> list[DocumentRow]:
    """Live register entries, newest first (by date, then number within the series)."""
    flt = flt or DocumentFilter()
    plan_number = select(Plan.number).where(Plan.id == IssuedDocument.plan_id).scalar_subquery()
    stmt = (
        select(
            IssuedDocument.id,
            IssuedDocument.number,
            IssuedDocument.doc_type,
            IssuedDocument.issuer_code,
            IssuedDocument.year,
            IssuedDocument.sequence,
            IssuedDocument.issued_on,
            IssuedDocument.title,
            func.coalesce(Unit.name, ""),
            func.coalesce(plan_number, ""),
            IssuedDocument.file_name,
        )
        .outerjoin(Visit, Visit.id == IssuedDocument.visit_id)
        .outerjoin(Unit, Unit.id == Visit.unit_id)
        .where(IssuedDocument.deleted.is_(False))
        .order_by(
            IssuedDocument.issued_on.desc(),
            IssuedDocument.doc_type,
            IssuedDocument.sequence.desc(),
            IssuedDocument.id,
        )
    )
    if flt.doc_type is not None:
        stmt = stmt.where(IssuedDocument.doc_type == flt.doc_type)
    if flt.year is not None:
        stmt = stmt.where(IssuedDocument.year == flt.year)
    with db.sessions() as s:
        rows = [DocumentRow(*row) for row in s.execute(stmt).all()]
    if flt.search.strip():
        rows = [
            r
            for r in rows
            if matches(flt.search, " ".join((r.number, r.title, r.unit, r.plan, r.file_name)))
        ]
    return rows


def document_years(db: Database) -> list[int]:
    """The years the register has live entries for, newest first."""
    with db.sessions() as s:
        return list(
            s.scalars(
                select(IssuedDocument.year)
                .where(IssuedDocument.deleted.is_(False))
                .distinct()
                .order_by(IssuedDocument.year.desc())
            )
        )
