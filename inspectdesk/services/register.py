"""The register of issued documents (sổ đăng ký văn bản) and its number series.

Numbers run from 01 each year, per document type and issuer (Decree 30, Art. 15); a
team that uses the agency's seal keeps its own series under its own ký hiệu. A number,
once given, is never given again, even if its document is later deleted.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import IssuedDocument
from inspectdesk.db.server import hold_series_lock
from inspectdesk.domain.enums import DocumentType
from inspectdesk.domain.numbering import format_document_number, is_valid_issuer_code
from inspectdesk.errors import InvalidArgument
from inspectdesk.text import nfc


def next_sequence(s: Session, doc_type: DocumentType, issuer_code: str, year: int) -> int:
    """The next free sequence of a series (tombstoned entries still hold their numbers).

    On a server the series is locked until the transaction ends, so two people issuing
    at once never get the same number."""
    hold_series_lock(s, f"register|{doc_type.value}|{issuer_code}|{year}")
    last = s.scalar(
        select(func.max(IssuedDocument.sequence)).where(
            IssuedDocument.doc_type == doc_type,
            IssuedDocument.issuer_code == issuer_code,
            IssuedDocument.year == year,
        )
    )
    return (last or 0) + 1


def register_document(
    s: Session,
    doc_type: DocumentType,
    issuer_code: str,
    issued_on: date,
    title: str = "",
    *,
    plan_id: uuid.UUID | None = None,
    visit_id: uuid.UUID | None = None,
) -> IssuedDocument:
    """Give the next number of the series and record it in the register.

    Raises:
        InvalidArgument: the issuer code is not a valid ký hiệu.
    """
    code = nfc(issuer_code.strip())
    if not is_valid_issuer_code(code):
        raise InvalidArgument(
            detail=f"Ký hiệu “{issuer_code}” không hợp lệ (ví dụ đúng: ĐKT, SNV, UBND-NV).",
        )
    sequence = next_sequence(s, doc_type, code, issued_on.year)
    entry = IssuedDocument(
        doc_type=doc_type,
        issuer_code=code,
        year=issued_on.year,
        sequence=sequence,
        number=format_document_number(sequence, doc_type, code),
        issued_on=issued_on,
        title=title,
        plan_id=plan_id,
        visit_id=visit_id,
    )
    s.add(entry)
    s.flush()
    return entry


def issue_number(
    db: Database,
    doc_type: DocumentType,
    issuer_code: str,
    issued_on: date,
    title: str = "",
    *,
    plan_id: uuid.UUID | None = None,
    visit_id: uuid.UUID | None = None,
) -> str:
    """One unit of work: register a document and return its number (``05/BB-ĐKT``)."""
    with db.sessions.begin() as s:
        entry = register_document(
            s, doc_type, issuer_code, issued_on, title, plan_id=plan_id, visit_id=visit_id
        )
        return entry.number


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, as 64 hex digits."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def record_file(
    db: Database,
    doc_type: DocumentType,
    number: str,
    path: Path,
    *,
    plan_id: uuid.UUID | None = None,
    visit_id: uuid.UUID | None = None,
) -> str | None:
    """Note in the register which file a document was written to, and its SHA-256.

    Returns the digest, or None when the register has no such entry.
    """
    digest = file_sha256(path)
    with db.sessions.begin() as s:
        query = select(IssuedDocument).where(
            IssuedDocument.doc_type == doc_type,
            IssuedDocument.number == number,
            IssuedDocument.deleted.is_(False),
        )
        if visit_id is not None:
            query = query.where(IssuedDocument.visit_id == visit_id)
        if plan_id is not None:
            query = query.where(IssuedDocument.plan_id == plan_id)
        entry = s.scalars(query.order_by(IssuedDocument.year.desc())).first()
        if entry is None:
            return None
        entry.file_name = Path(path).name
        entry.sha256 = digest
    return digest
