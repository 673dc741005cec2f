"""Editing a visit (cuộc kiểm tra): its general data, status and everything it records.

The editor edits a :class:`VisitDraft` (a plain copy) field by field and hands it back
here; problems come back as :class:`FieldProblem` codes for the editor to word next to
the field. Times of day are Vietnam wall-clock times in drafts and stored as aware UTC:
:func:`to_local` and :func:`from_local` convert, with :data:`VIETNAM`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from inspectdesk.db.models import (
    ChecklistItem,
    ChecklistResult,
    ChecklistSection,
    ChecklistTemplate,
    Lead,
    Person,
    Plan,
    Team,
    Unit,
    Visit,
)
from inspectdesk.db.ordering import descending
from inspectdesk.domain.enums import ItemResult, VisitMode, VisitStatus
from inspectdesk.services.signing_rules import UseMarkSigned, UseUnlock
from inspectdesk.services.tombstones import set_deleted
from inspectdesk.services.units import Choice
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
    stale,
)
from inspectdesk.services.visit_records import VisitRecords
from inspectdesk.services.visit_rows import (
    LONG_TEXT,
    AttendeeDraft,
    AttendeeRow,
    ChecklistEntry,
    FindingDraft,
    FindingRow,
    RecommendationDraft,
    RecommendationRow,
    RemediationEventRow,
    VisitLocked,
    editable_visit,
    live,
    read_attendees,
    read_findings,
    read_recommendations,
)
from inspectdesk.text import clean_line, clean_text

__all__ = [
    "VIETNAM",
    "AttendeeDraft",
    "AttendeeRow",
    "ChecklistEntry",
    "FindingDraft",
    "FindingRow",
    "PersonChoice",
    "RecommendationDraft",
    "RecommendationRow",
    "RemediationEventRow",
    "UseMarkSigned",
    "UseUnlock",
    "VisitDetail",
    "VisitDraft",
    "VisitLocked",
    "VisitService",
    "from_local",
    "to_local",
]

VIETNAM = timezone(timedelta(hours=7), "ICT")
"""Vietnam's time zone (UTC+7, no daylight saving): visits are shown and edited in it."""

NEEDS_START = frozenset({VisitStatus.DRAFTED, VisitStatus.SIGNED})
"""Statuses a visit reaches only with a unit and an actual start."""

_LIMITS = {
    "place": 300,
    "subject": 500,
    "causes": LONG_TEXT,
    "unit_opinion": LONG_TEXT,
    "other_notes": LONG_TEXT,
}
MAX_COPIES = 99


def to_local(moment: datetime | None) -> datetime | None:
    """An aware moment as Vietnam wall-clock time (naive), to the minute."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime: give a time zone")
    return moment.astimezone(VIETNAM).replace(tzinfo=None, second=0, microsecond=0)


def from_local(local: datetime | None) -> datetime | None:
    """Vietnam wall-clock time (naive; an aware time is taken as it is) as aware UTC."""
    if local is None:
        return None
    aware = local if local.tzinfo is not None else local.replace(tzinfo=VIETNAM)
    return aware.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class VisitDraft:
    """What the visit editor edits. ``actual_start``/``actual_end`` are Vietnam local times."""

    unit_id: uuid.UUID | None = None
    plan_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    lead_id: uuid.UUID | None = None
    mode: VisitMode = VisitMode.ANNOUNCED
    scheduled_on: date | None = None
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    place: str = ""
    subject: str = ""
    copies: int = 2
    causes: str = ""
    unit_opinion: str = ""
    other_notes: str = ""

    def cleaned(self) -> VisitDraft:
        """The draft as it will be stored: NFC, trimmed, times local and to the minute."""
        return replace(
            self,
            actual_start=to_local(from_local(self.actual_start)),
            actual_end=to_local(from_local(self.actual_end)),
            place=clean_line(self.place),
            subject=clean_line(self.subject),
            causes=clean_text(self.causes),
            unit_opinion=clean_text(self.unit_opinion),
            other_notes=clean_text(self.other_notes),
        )


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """A person of a unit, to seat among the unit's representatives."""

    id: uuid.UUID
    full_name: str
    job_title: str


@dataclass(frozen=True, slots=True)
class VisitDetail:
    """Everything the visit editor shows, read in one unit of work."""

    id: uuid.UUID
    revision: int
    status: VisitStatus
    minutes_number: str
    general: VisitDraft
    unit_name: str
    checklist_name: str
    attendees: tuple[AttendeeRow, ...]
    checklist: tuple[ChecklistEntry, ...]
    findings: tuple[FindingRow, ...]
    recommendations: tuple[RecommendationRow, ...]

    @property
    def locked(self) -> bool:
        """Signed minutes: nothing changes until the visit is unlocked (see signing)."""
        return self.status is VisitStatus.SIGNED


def _draft_of(visit: Visit) -> VisitDraft:
    values = {f.name: getattr(visit, f.name) for f in fields(VisitDraft)}
    values["actual_start"] = to_local(visit.actual_start)
    values["actual_end"] = to_local(visit.actual_end)
    return VisitDraft(**values)


def _exists(s: Session, model: type[Unit | Plan | Team | Lead], row_id: uuid.UUID) -> bool:
    row = s.get(model, row_id)
    return row is not None and not row.deleted


def validate(s: Session, d: VisitDraft, status: VisitStatus) -> list[FieldProblem]:
    """Every problem of a cleaned draft for a visit in ``status`` (empty when it can be saved)."""
    problems: list[FieldProblem] = []
    if d.unit_id is None:
        problems.append(FieldProblem("unit_id", Problem.REQUIRED))
    for name, model in (("unit_id", Unit), ("plan_id", Plan), ("team_id", Team), ("lead_id", Lead)):
        value = getattr(d, name)
        if value is not None and not _exists(s, model, value):
            problems.append(FieldProblem(name, Problem.MISSING))
    if d.team_id is not None and d.plan_id is not None:
        team = s.get(Team, d.team_id)
        if team is not None and team.plan_id not in (None, d.plan_id):
            problems.append(FieldProblem("team_id", Problem.INVALID))
    problems += check_lengths(d, _LIMITS)
    if not 1 <= d.copies <= MAX_COPIES:
        problems.append(FieldProblem("copies", Problem.INVALID))
    if d.actual_start and d.actual_end and d.actual_end < d.actual_start:
        problems.append(FieldProblem("actual_end", Problem.DATE_ORDER))
    if status in NEEDS_START and d.actual_start is None:
        problems.append(FieldProblem("actual_start", Problem.REQUIRED))
    return problems


def _store(visit: Visit, d: VisitDraft) -> None:
    for f in fields(VisitDraft):
        value = getattr(d, f.name)
        if f.name in ("actual_start", "actual_end"):
            value = from_local(value)
        if getattr(visit, f.name) != value:
            setattr(visit, f.name, value)


def _checklist(s: Session, visit: Visit) -> tuple[str, list[ChecklistEntry]]:
    """The name of the plan's pinned checklist and its items with this visit's results."""
    plan = s.get(Plan, visit.plan_id) if visit.plan_id else None
    template = s.get(ChecklistTemplate, plan.checklist_id) if plan and plan.checklist_id else None
    if template is None or template.deleted:
        return "", []
    results = {
        r.item_id: r
        for r in s.scalars(
            select(ChecklistResult).where(
                ChecklistResult.visit_id == visit.id, ChecklistResult.deleted.is_(False)
            )
        )
    }
    rows = s.execute(
        select(ChecklistSection, ChecklistItem)
        .join(ChecklistItem, ChecklistItem.section_id == ChecklistSection.id)
        .where(
            ChecklistSection.template_id == template.id,
            ChecklistSection.deleted.is_(False),
            ChecklistItem.deleted.is_(False),
        )
        .order_by(ChecklistSection.position, ChecklistItem.position)
    )
    entries = []
    for section, item in rows:
        result = results.get(item.id)
        entries.append(
            ChecklistEntry(
                item.id,
                section.id,
                section.title,
                item.code,
                item.text,
                item.guidance,
                result.result if result else ItemResult.UNSET,
                result.note if result else "",
            )
        )
    return template.name, entries


class VisitService(VisitRecords):
    """Use cases of one visit on one open database (records: see :class:`VisitRecords`)."""

    TABLES = ("visit",)

    def create(self, draft: VisitDraft) -> uuid.UUID:
        """Add a planned visit; raises :class:`ValidationFailed` with every problem."""
        d = draft.cleaned()
        with self._db.sessions.begin() as s:
            problems = validate(s, d, VisitStatus.PLANNED)
            if problems:
                raise ValidationFailed(problems)
            visit = Visit(status=VisitStatus.PLANNED)
            _store(visit, d)
            s.add(visit)
            s.flush()
            new_id = visit.id
        self._bus.publish(self.TABLES, [new_id])
        return new_id

    def load(self, visit_id: uuid.UUID) -> VisitDetail:
        """Everything about a live visit that its editor shows.

        Raises:
            NotFound: no such visit, or it is in the trash.
        """
        with self._db.sessions() as s:
            visit = live(s, Visit, visit_id)
            unit = s.get(Unit, visit.unit_id)
            checklist_name, entries = _checklist(s, visit)
            return VisitDetail(
                id=visit.id,
                revision=visit.revision,
                status=visit.status,
                minutes_number=visit.minutes_number,
                general=_draft_of(visit),
                unit_name=unit.name if unit else "",
                checklist_name=checklist_name,
                attendees=tuple(read_attendees(s, visit_id)),
                checklist=tuple(entries),
                findings=tuple(read_findings(s, visit_id)),
                recommendations=tuple(read_recommendations(s, visit_id, self._today())),
            )

    def general(self, visit_id: uuid.UUID) -> tuple[VisitDraft, int]:
        """A visit's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            visit = live(s, Visit, visit_id)
            return _draft_of(visit), visit.revision

    def update_general(self, visit_id: uuid.UUID, draft: VisitDraft, revision: int) -> int:
        """Save a changed draft read at ``revision``; return the new revision.

        Raises:
            ValidationFailed: the draft has problems, or the visit changed since it was
                read (``revision`` STALE); nothing is written.
            VisitLocked: the minutes are signed.
        """
        d = draft.cleaned()
        with self._db.sessions.begin() as s:
            visit = editable_visit(s, visit_id)
            if visit.revision != revision:
                raise ValidationFailed([stale(visit)])
            problems = validate(s, d, visit.status)
            if problems:
                raise ValidationFailed(problems)
            _store(visit, d)
            s.flush()
            new_revision = visit.revision
        self._bus.publish(self.TABLES, [visit_id])
        return new_revision

    def set_status(self, visit_id: uuid.UUID, status: VisitStatus, revision: int) -> int:
        """Move a visit to ``status``; return the new revision.

        Any status other than signed may follow any other, but the minutes can be
        drafted only once the visit has a unit and an actual start: otherwise ``status``
        is INVALID and ``actual_start`` REQUIRED. The signed state is entered and left
        only through :class:`~inspectdesk.services.signing.SigningService` (its date,
        scan and logged unlock).

        Raises:
            UseMarkSigned: ``status`` is SIGNED.
            UseUnlock: the visit is signed.
        """
        with self._db.sessions.begin() as s:
            visit = live(s, Visit, visit_id)
            if visit.revision != revision:
                raise ValidationFailed([stale(visit)])
            if status is not visit.status:
                if visit.status is VisitStatus.SIGNED:
                    raise UseUnlock()
                if status is VisitStatus.SIGNED:
                    raise UseMarkSigned()
            if status in NEEDS_START:
                problems = [
                    FieldProblem(name, Problem.REQUIRED)
                    for name in ("unit_id", "actual_start")
                    if getattr(visit, name) is None
                ]
                if problems:
                    raise ValidationFailed([FieldProblem("status", Problem.INVALID), *problems])
            if visit.status is not status:
                visit.status = status
            s.flush()
            new_revision = visit.revision
        self._bus.publish(self.TABLES, [visit_id])
        return new_revision

    def set_deleted(self, visit_ids: Iterable[uuid.UUID], deleted: bool) -> int:
        """Move visits to the trash (or back); return how many changed."""
        return set_deleted(self._db, self._bus, Visit, visit_ids, deleted, self.TABLES)

    # -- choices for the editor ----------------------------------------------------

    def units(self) -> list[Choice]:
        """Live units, in Vietnamese order."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Unit.id, Unit.name)
                .where(Unit.deleted.is_(False))
                .order_by(Unit.name_sort, Unit.id)
            )
            return [Choice(*row) for row in rows]

    def plans(self) -> list[Choice]:
        """Live plans, newest first, named ``number – title``."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Plan.id, Plan.number, Plan.title)
                .where(Plan.deleted.is_(False))
                .order_by(descending(Plan.start_on), Plan.title_sort)
            )
            return [Choice(i, f"{n} – {t}" if n else t) for i, n, t in rows]

    def teams(self, plan_id: uuid.UUID | None) -> list[Choice]:
        """Live teams of a plan and those of no plan (every team without a plan)."""
        with self._db.sessions() as s:
            stmt = select(Team.id, Team.name).where(Team.deleted.is_(False))
            if plan_id is not None:
                stmt = stmt.where(or_(Team.plan_id.is_(None), Team.plan_id == plan_id))
            return [Choice(*row) for row in s.execute(stmt.order_by(Team.name_sort, Team.id))]

    def unit_people(self, unit_id: uuid.UUID | None) -> list[PersonChoice]:
        """Live people of a unit (its heads and staff), in Vietnamese order."""
        if unit_id is None:
            return []
        with self._db.sessions() as s:
            rows = s.execute(
                select(Person.id, Person.full_name, Person.job_title)
                .where(Person.unit_id == unit_id, Person.deleted.is_(False))
                .order_by(Person.name_sort, Person.id)
            )
            return [PersonChoice(*row) for row in rows]
