"""Signed minutes: marking them signed, the scanned signed copy, and the logged unlock.

Once a visit's minutes are marked signed the visit is locked (its records refuse
edits, see :func:`~inspectdesk.services.visit_rows.editable_visit`); it leaves that
state only through :meth:`SigningService.unlock`, which needs a reason and writes it
into the change log as the note of the status change ("Mở khóa: …"). The scanned
copy is stored in the file (table ``signed_copy``); a copy is never changed: a newer
scan tombstones the older one, so nothing is half-replaced and nothing is lost.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.events import CHANGE_NOTE
from inspectdesk.db.models import ChangeLogEntry, IssuedDocument, SignedCopy, Unit, Visit
from inspectdesk.domain.enums import ChangeAction, DocumentType, VisitStatus
from inspectdesk.errors import CancelledVisit
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.signing_rules import (
    SUFFIXES,
    AlreadySigned,
    BadSignedDate,
    MinutesNotDrawnUp,
    NoSignedCopy,
    NotSigned,
    Scan,
    ScanNotWritten,
    SigningNeedsStart,
    UnlockNeedsReason,
    VisitChanged,
    read_scan,
)
from inspectdesk.services.visit_rows import live
from inspectdesk.services.visits import to_local
from inspectdesk.text import clean_line

UNLOCK_NOTE = "Mở khóa: "
"""How the note of an unlock's change-log entry begins; the reason follows."""

UNDO_SIGN_REASON = "Hoàn tác thao tác “Đánh dấu đã ký”"
"""The reason recorded when marking signed is taken back with Undo."""

MAX_REASON = 300 - len(UNLOCK_NOTE)
TABLES = ("visit", "issued_document", "signed_copy")


@dataclass(frozen=True, slots=True)
class SignedCopyInfo:
    """A stored scan, without its bytes."""

    id: uuid.UUID
    visit_id: uuid.UUID
    document_id: uuid.UUID | None
    file_name: str
    media_type: str
    size: int
    sha256: str
    signed_on: date | None
    attached_at: datetime
    attached_by: str

    @property
    def suffix(self) -> str:
        """The file name ending of its type (``.pdf``, ``.jpg``…)."""
        return SUFFIXES.get(self.media_type, Path(self.file_name).suffix)


@dataclass(frozen=True, slots=True)
class SigningState:
    """Where a visit stands with its signed minutes."""

    visit_id: uuid.UUID
    revision: int
    status: VisitStatus
    minutes_number: str
    signed_on: date | None
    scan: SignedCopyInfo | None
    unit_name: str = ""
    visit_day: date | None = None
    """The day the visit started (Vietnam time): the earliest signing date."""

    @property
    def signed(self) -> bool:
        return self.status is VisitStatus.SIGNED

    @property
    def can_sign(self) -> bool:
        """Minutes drawn up, not cancelled, not signed yet."""
        closed = (VisitStatus.SIGNED, VisitStatus.CANCELLED)
        return bool(self.minutes_number) and self.status not in closed


@dataclass(frozen=True, slots=True)
class UnlockRecord:
    """One logged unlock: when, by whom, and why."""

    at: datetime
    by: str
    reason: str


@dataclass(frozen=True, slots=True)
class DocumentSigning:
    """A register entry's signing facts, for the documents register."""

    visit_id: uuid.UUID | None
    visit_status: VisitStatus | None
    signed_on: date | None
    has_scan: bool


def _info(copy: SignedCopy) -> SignedCopyInfo:
    return SignedCopyInfo(
        copy.id,
        copy.visit_id,
        copy.document_id,
        copy.file_name,
        copy.media_type,
        copy.size,
        copy.sha256,
        copy.signed_on,
        copy.created_at,
        copy.updated_by,
    )


def _live_copies(s: Session, visit_id: uuid.UUID) -> list[SignedCopy]:
    """A visit's live copies, newest first (normally one)."""
    return list(
        s.scalars(
            select(SignedCopy)
            .where(SignedCopy.visit_id == visit_id, SignedCopy.deleted.is_(False))
            .order_by(SignedCopy.created_at.desc(), SignedCopy.id)
        )
    )


def minutes_entry(s: Session, visit: Visit) -> IssuedDocument | None:
    """The register entry of a visit's minutes, when it has one."""
    if not visit.minutes_number:
        return None
    return s.scalars(
        select(IssuedDocument)
        .where(
            IssuedDocument.visit_id == visit.id,
            IssuedDocument.doc_type == DocumentType.MINUTES,
            IssuedDocument.number == visit.minutes_number,
            IssuedDocument.deleted.is_(False),
        )
        .order_by(IssuedDocument.year.desc())
    ).first()


def _unit_name(s: Session, visit: Visit) -> str:
    unit = s.get(Unit, visit.unit_id) if visit.unit_id else None
    return unit.name if unit else "?"


class SigningService:
    """Signing a visit's minutes, its scanned copy and the unlock, on one open database.

    Args:
        db: The open database.
        bus: Where committed changes are published.
        today: Gives today's date (a signing date may not be later).
    """

    def __init__(
        self, db: Database, bus: ChangeBus | None = None, today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self._bus = bus
        self._today = today

    def _publish(self, ids: list[uuid.UUID]) -> None:
        if self._bus is not None:
            self._bus.publish(TABLES, ids)

    def _visit(self, s: Session, visit_id: uuid.UUID, revision: int | None) -> Visit:
        visit = live(s, Visit, visit_id)
        if revision is not None and visit.revision != revision:
            raise VisitChanged()
        return visit

    # -- reading -------------------------------------------------------------------

    def state(self, visit_id: uuid.UUID) -> SigningState:
        """The signing facts of a live visit (NotFound otherwise)."""
        with self._db.sessions() as s:
            visit = live(s, Visit, visit_id)
            entry = minutes_entry(s, visit)
            copies = _live_copies(s, visit_id)
            start = to_local(visit.actual_start)
            return SigningState(
                visit.id,
                visit.revision,
                visit.status,
                visit.minutes_number,
                entry.signed_on if entry else None,
                _info(copies[0]) if copies else None,
                _unit_name(s, visit) if visit.unit_id else "",
                start.date() if start else None,
            )

    def scan_of(self, visit_id: uuid.UUID) -> SignedCopyInfo | None:
        """The visit's scanned signed copy (the newest), or None."""
        return self.state(visit_id).scan

    def unlocks(self, visit_id: uuid.UUID) -> list[UnlockRecord]:
        """Every logged unlock of a visit, newest first."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(ChangeLogEntry.changed_at, ChangeLogEntry.changed_by, ChangeLogEntry.note)
                .where(
                    ChangeLogEntry.table_name == Visit.__tablename__,
                    ChangeLogEntry.row_id == visit_id,
                    ChangeLogEntry.action == ChangeAction.UPDATE,
                    ChangeLogEntry.field == "status",
                    ChangeLogEntry.note.startswith(UNLOCK_NOTE, autoescape=True),
                )
                .order_by(ChangeLogEntry.changed_at.desc())
            )
            return [UnlockRecord(at, by, note[len(UNLOCK_NOTE) :]) for at, by, note in rows]

    def documents(self) -> dict[uuid.UUID, DocumentSigning]:
        """Signing facts of every live register entry, by its id."""
        with self._db.sessions() as s:
            scanned = set(
                s.scalars(select(SignedCopy.visit_id).where(SignedCopy.deleted.is_(False)))
            )
            rows = s.execute(
                select(IssuedDocument.id, IssuedDocument.visit_id, IssuedDocument.signed_on, Visit)
                .outerjoin(Visit, Visit.id == IssuedDocument.visit_id)
                .where(IssuedDocument.deleted.is_(False))
            )
            return {
                doc_id: DocumentSigning(
                    visit_id if visit is not None and not visit.deleted else None,
                    visit.status if visit is not None else None,
                    signed_on,
                    visit_id in scanned,
                )
                for doc_id, visit_id, signed_on, visit in rows
            }

    # -- writing -------------------------------------------------------------------

    def sign(self, visit_id: uuid.UUID, signed_on: date, scan: Path | None, revision: int) -> int:
        """Mark the minutes signed on ``signed_on`` (with the scan, if given); new revision.

        One transaction: the status, the register entry's date and the copy together.

        Raises:
            BadScan: the scan is not an acceptable file (checked before anything).
            MinutesNotDrawnUp, CancelledVisit, AlreadySigned, SigningNeedsStart,
            BadSignedDate, VisitChanged: the visit cannot be signed as asked.
        """
        checked = read_scan(scan) if scan is not None else None
        with self._db.sessions.begin() as s:
            visit = self._visit(s, visit_id, revision)
            unit = _unit_name(s, visit)
            if visit.status is VisitStatus.CANCELLED:
                raise CancelledVisit(unit=unit)
            if visit.status is VisitStatus.SIGNED:
                raise AlreadySigned(unit=unit)
            if not visit.minutes_number:
                raise MinutesNotDrawnUp(unit=unit)
            start = to_local(visit.actual_start)
            if start is None or visit.unit_id is None:
                raise SigningNeedsStart(unit=unit)
            self._check_date(signed_on, start.date())
            visit.status = VisitStatus.SIGNED
            entry = minutes_entry(s, visit)
            if entry is not None and entry.signed_on != signed_on:
                entry.signed_on = signed_on
            if checked is not None:
                self._store(s, visit, entry, checked, signed_on)
            s.flush()
            new_revision = visit.revision
        self._publish([visit_id])
        return new_revision

    def _check_date(self, signed_on: date, visit_day: date) -> None:
        day = signed_on.strftime("%d/%m/%Y")
        if signed_on > self._today():
            raise BadSignedDate(
                day=day, reason_vi="sau ngày hôm nay", reason_en="it is after today"
            )
        if signed_on < visit_day:
            raise BadSignedDate(
                day=day,
                reason_vi=f"trước ngày kiểm tra {visit_day:%d/%m/%Y}",
                reason_en=f"it is before the visit on {visit_day:%d/%m/%Y}",
            )

    def attach_scan(self, visit_id: uuid.UUID, scan: Path) -> SignedCopyInfo:
        """Attach (or replace) the scanned copy of minutes already marked signed.

        Raises:
            BadScan: the file is not acceptable; nothing changes.
            NotSigned: the minutes are not marked signed.
        """
        checked = read_scan(scan)
        with self._db.sessions.begin() as s:
            visit = live(s, Visit, visit_id)
            if visit.status is not VisitStatus.SIGNED:
                raise NotSigned(unit=_unit_name(s, visit))
            entry = minutes_entry(s, visit)
            copy = self._store(s, visit, entry, checked, entry.signed_on if entry else None)
            s.flush()
            info = _info(copy)
        self._publish([visit_id, info.id])
        return info

    def _store(
        self,
        s: Session,
        visit: Visit,
        entry: IssuedDocument | None,
        scan: Scan,
        signed_on: date | None,
    ) -> SignedCopy:
        for older in _live_copies(s, visit.id):
            older.deleted = True
        copy = SignedCopy(
            visit_id=visit.id,
            document_id=entry.id if entry else None,
            file_name=scan.file_name,
            media_type=scan.media_type,
            size=len(scan.content),
            sha256=scan.sha256,
            signed_on=signed_on,
            content=scan.content,
        )
        s.add(copy)
        s.flush()
        return copy

    def export_scan(self, visit_id: uuid.UUID, target: Path) -> Path:
        """Write the visit's scanned copy to ``target`` (atomically); return ``target``.

        Raises:
            NoSignedCopy: the visit has no scan.
            ScanNotWritten: ``target`` cannot be written.
        """
        target = Path(target)
        with self._db.sessions() as s:
            visit = live(s, Visit, visit_id)
            copies = _live_copies(s, visit_id)
            if not copies:
                raise NoSignedCopy(unit=_unit_name(s, visit))
            content = copies[0].content
        temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            with temp.open("wb") as stream:
                stream.write(content)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp, target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise ScanNotWritten(path=target, detail=exc.strerror or str(exc)) from exc
        return target

    def unlock(self, visit_id: uuid.UUID, reason: str, revision: int) -> int:
        """Take signed minutes back to "drafted" so the visit can be edited; new revision.

        Nothing else changes (the signing date and the scan stay). The change log's
        entry of the status change carries ``"Mở khóa: <reason>"`` as its note.

        Raises:
            UnlockNeedsReason: ``reason`` is blank.
            NotSigned: the minutes are not signed.
            VisitChanged: the visit changed since ``revision`` was read.
        """
        why = clean_line(reason)[:MAX_REASON]
        if not why:
            raise UnlockNeedsReason()
        with self._db.sessions.begin() as s:
            visit = self._visit(s, visit_id, revision)
            if visit.status is not VisitStatus.SIGNED:
                raise NotSigned(unit=_unit_name(s, visit))
            s.info[CHANGE_NOTE] = UNLOCK_NOTE + why
            visit.status = VisitStatus.DRAFTED
            s.flush()
            s.info.pop(CHANGE_NOTE, None)
            new_revision = visit.revision
        self._publish([visit_id])
        return new_revision
