"""Leads from citizens (phản ánh, kiến nghị): press, hotline 1022, letters, in person.

Dialogs edit a :class:`LeadDraft` (a plain copy) and hand it back here; problems come
back as :class:`FieldProblem` codes for the dialog to word next to the field. A lead
may trigger an unannounced visit (``Visit.lead_id``); the list says how many.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Lead, Unit, Visit
from inspectdesk.domain.enums import LeadSource, LeadStatus, VisitMode, VisitStatus
from inspectdesk.errors import NotFound, UserError
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.tombstones import set_deleted
from inspectdesk.services.units import Choice
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
    stale,
)
from inspectdesk.text import clean_line, clean_text, fold

_LIMITS = {"source_detail": 300, "summary": 4000, "note": 4000}


@dataclass(slots=True)
class LeadDraft:
    """What the lead editor edits."""

    received_on: date | None = None
    source: LeadSource = LeadSource.HOTLINE
    source_detail: str = ""
    summary: str = ""
    unit_id: uuid.UUID | None = None
    status: LeadStatus = LeadStatus.NEW
    note: str = ""

    def cleaned(self) -> LeadDraft:
        """The draft as it will be stored: NFC, the single-line field trimmed."""
        return LeadDraft(
            received_on=self.received_on,
            source=self.source,
            source_detail=clean_line(self.source_detail),
            summary=clean_text(self.summary),
            unit_id=self.unit_id,
            status=self.status,
            note=clean_text(self.note),
        )


@dataclass(frozen=True, slots=True)
class LeadRow:
    """One line of the list of leads; ``visits`` counts the live visits it triggered."""

    id: uuid.UUID
    received_on: date
    source: LeadSource
    source_detail: str
    summary: str
    unit_id: uuid.UUID | None
    unit: str
    status: LeadStatus
    visits: int


@dataclass(frozen=True, slots=True)
class LeadFilter:
    """What the list of leads shows; ``None`` / empty means no restriction."""

    search: str = ""
    source: LeadSource | None = None
    status: LeadStatus | None = None


def validate(s: Session, draft: LeadDraft) -> list[FieldProblem]:
    """Every problem of a cleaned draft (empty when it can be saved)."""
    problems: list[FieldProblem] = []
    if draft.received_on is None:
        problems.append(FieldProblem("received_on", Problem.REQUIRED))
    if not draft.summary:
        problems.append(FieldProblem("summary", Problem.REQUIRED))
    problems.extend(check_lengths(draft, _LIMITS))
    if draft.unit_id is not None:
        unit = s.get(Unit, draft.unit_id)
        if unit is None or unit.deleted:
            problems.append(FieldProblem("unit_id", Problem.MISSING))
    return problems


def list_leads(db: Database, flt: LeadFilter | None = None) -> list[LeadRow]:
    """Live leads, newest first; the search matches the summary or the unit, ignoring tones."""
    flt = flt or LeadFilter()
    visits = (
        select(func.count(Visit.id))
        .where(Visit.lead_id == Lead.id, Visit.deleted.is_(False))
        .scalar_subquery()
    )
    stmt = (
        select(
            Lead.id,
            Lead.received_on,
            Lead.source,
            Lead.source_detail,
            Lead.summary,
            Lead.unit_id,
            func.coalesce(Unit.name, ""),
            Lead.status,
            visits,
        )
        .outerjoin(Unit, Unit.id == Lead.unit_id)
        .where(Lead.deleted.is_(False))
        .order_by(Lead.received_on.desc(), Lead.created_at.desc(), Lead.id)
    )
    if flt.source is not None:
        stmt = stmt.where(Lead.source == flt.source)
    if flt.status is not None:
        stmt = stmt.where(Lead.status == flt.status)
    for word in fold(flt.search).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        stmt = stmt.where(
            Lead.summary_fold.like(pattern, escape="\\")
            | func.coalesce(Unit.name_fold, "").like(pattern, escape="\\")
        )
    with db.sessions() as s:
        return [LeadRow(*row) for row in s.execute(stmt).all()]


class LeadWithoutUnit(UserError):
    """A lead that names no unit cannot become a visit."""

    code = "lead_without_unit"
    vi = (
        "Phản ánh “{summary}” chưa ghi đơn vị bị phản ánh; hãy ghi đơn vị trước khi lập "
        "cuộc kiểm tra."
    )
    en = "The report “{summary}” names no unit yet; record the unit before planning a visit."


class LeadService:
    """Use cases of the leads on one open database."""

    TABLES = ("lead",)

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus or ChangeBus()

    @staticmethod
    def _live(s: Session, lead_id: uuid.UUID) -> Lead:
        lead = s.get(Lead, lead_id)
        if lead is None or lead.deleted:
            raise NotFound(entity="phản ánh", entity_en="lead", ref=str(lead_id))
        return lead

    def draft(self, lead_id: uuid.UUID) -> tuple[LeadDraft, int]:
        """A lead's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            lead = self._live(s, lead_id)
            draft = LeadDraft(**{f.name: getattr(lead, f.name) for f in fields(LeadDraft)})
            return draft, lead.revision

    def create(self, draft: LeadDraft) -> uuid.UUID:
        """Record a lead; raises :class:`ValidationFailed` with every problem."""
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            problems = validate(s, clean)
            if problems:
                raise ValidationFailed(problems)
            lead = Lead(**{f.name: getattr(clean, f.name) for f in fields(LeadDraft)})
            s.add(lead)
            s.flush()
            new_id = lead.id
        self._bus.publish(self.TABLES, [new_id])
        return new_id

    def update(self, lead_id: uuid.UUID, draft: LeadDraft, revision: int) -> int:
        """Save a changed draft read at ``revision``; return the new revision.

        A lead changed by someone else since it was read is refused (``STALE``).
        """
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            lead = self._live(s, lead_id)
            if lead.revision != revision:
                raise ValidationFailed([stale(lead)])
            problems = validate(s, clean)
            if problems:
                raise ValidationFailed(problems)
            for f in fields(LeadDraft):
                setattr(lead, f.name, getattr(clean, f.name))
            s.flush()
            new_revision = lead.revision
        self._bus.publish(self.TABLES, [lead_id])
        return new_revision

    def start_visit(self, lead_id: uuid.UUID, today: date | None = None) -> uuid.UUID:
        """Turn a lead into an unannounced visit of its unit; return the visit's id.

        The visit is planned for ``today``, linked to the lead (so the lead shows what
        came of it) and the lead moves to "visit planned".

        Raises:
            NotFound: no such live lead.
            LeadWithoutUnit: the lead names no unit to visit yet.
        """
        today = today or date.today()
        with self._db.sessions.begin() as s:
            lead = self._live(s, lead_id)
            if lead.unit_id is None:
                raise LeadWithoutUnit(summary=lead.summary[:60])
            summary = lead.summary.strip().rstrip(".")
            visit = Visit(
                unit_id=lead.unit_id,
                lead_id=lead.id,
                mode=VisitMode.UNANNOUNCED,
                status=VisitStatus.PLANNED,
                scheduled_on=today,
                subject=f"Kiểm tra đột xuất theo phản ánh: {summary}"[:500],
            )
            s.add(visit)
            if lead.status in (LeadStatus.NEW, LeadStatus.VERIFYING):
                lead.status = LeadStatus.VISIT_PLANNED
            s.flush()
            visit_id = visit.id
        self._bus.publish(("lead", "visit"), [lead_id, visit_id])
        return visit_id

    def set_deleted(self, lead_ids: list[uuid.UUID], deleted: bool) -> int:
        """Move leads to the trash (or back); return how many changed."""
        return set_deleted(self._db, self._bus, Lead, lead_ids, deleted, self.TABLES)

    def units(self) -> list[Choice]:
        """Live units a lead may be about, in Vietnamese order."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Unit.id, Unit.name)
                .where(Unit.deleted.is_(False))
                .order_by(Unit.name_sort, Unit.id)
            )
            return [Choice(*row) for row in rows]
