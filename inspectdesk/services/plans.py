"""Editing plans (kế hoạch kiểm tra); their teams and members are in :mod:`.teams`.

The plan dialog edits a :class:`PlanDraft` (a plain copy) and hands it back here;
problems come back as :class:`FieldProblem` codes for the dialog to word next to the
field. The helpers shared with :mod:`inspectdesk.services.teams` live here too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import ChecklistTemplate, Organisation, Plan, Team, TeamMember
from inspectdesk.domain.enums import PlanStatus
from inspectdesk.errors import NotFound
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
from inspectdesk.text import clean_line, clean_text


def _cleaned(draft: Any, multiline: frozenset[str]) -> dict[str, Any]:
    """A draft's values with text cleaned: NFC, single-line fields on one trimmed line."""
    values = {f.name: getattr(draft, f.name) for f in fields(draft)}
    for key, value in values.items():
        if type(value) is str:
            values[key] = clean_text(value) if key in multiline else clean_line(value)
    return values


@dataclass(slots=True)
class PlanDraft:
    """What the plan editor edits."""

    number: str = ""
    title: str = ""
    issuer: str = ""
    issued_on: date | None = None
    start_on: date | None = None
    end_on: date | None = None
    legal_basis: str = ""
    purpose: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    organisation_id: uuid.UUID | None = None
    checklist_id: uuid.UUID | None = None
    status: PlanStatus = PlanStatus.DRAFT
    note: str = ""

    def cleaned(self) -> PlanDraft:
        """The draft as it will be stored: NFC, single-line fields trimmed."""
        multiline = frozenset({"legal_basis", "purpose", "note"})
        return PlanDraft(**_cleaned(self, multiline))


@dataclass(frozen=True, slots=True)
class ChecklistChoice:
    """A checklist version a plan may pin."""

    id: uuid.UUID
    name: str
    version: int
    deleted: bool = False


_PLAN_LIMITS = {
    "number": 60,
    "title": 500,
    "issuer": 300,
    "decision_number": 60,
}


def validate_plan(s: Session, draft: PlanDraft, current: Plan | None) -> list[FieldProblem]:
    """Every problem of a cleaned plan draft (empty when it can be saved).

    A checklist version that was deleted stays acceptable for a plan that already pins it.
    """
    problems: list[FieldProblem] = []
    if not draft.title:
        problems.append(FieldProblem("title", Problem.REQUIRED))
    problems.extend(check_lengths(draft, _PLAN_LIMITS))
    if draft.start_on and draft.end_on and draft.end_on < draft.start_on:
        problems.append(FieldProblem("end_on", Problem.DATE_ORDER))
    if draft.organisation_id is not None:
        org = s.get(Organisation, draft.organisation_id)
        if org is None or org.deleted:
            problems.append(FieldProblem("organisation_id", Problem.MISSING))
    if draft.checklist_id is not None:
        checklist = s.get(ChecklistTemplate, draft.checklist_id)
        pinned = current is not None and current.checklist_id == draft.checklist_id
        if checklist is None or (checklist.deleted and not pinned):
            problems.append(FieldProblem("checklist_id", Problem.MISSING))
    return problems


_Row = TypeVar("_Row", Plan, Team, TeamMember)


def _live(s: Session, model: type[_Row], row_id: uuid.UUID, entity: str, entity_en: str) -> _Row:
    row = s.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(entity=entity, entity_en=entity_en, ref=str(row_id))
    return row


class PlanService:
    """Use cases of plans on one open database (teams: :class:`~.teams.TeamService`)."""

    TABLES = ("plan",)

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus or ChangeBus()

    # -- plans -----------------------------------------------------------------

    def draft(self, plan_id: uuid.UUID) -> tuple[PlanDraft, int]:
        """A plan's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            plan = self._plan(s, plan_id)
            draft = PlanDraft(**{f.name: getattr(plan, f.name) for f in fields(PlanDraft)})
            return draft, plan.revision

    def create(self, draft: PlanDraft) -> uuid.UUID:
        """Add a plan; raises :class:`ValidationFailed` with every problem."""
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            problems = validate_plan(s, clean, None)
            if problems:
                raise ValidationFailed(problems)
            plan = Plan(**{f.name: getattr(clean, f.name) for f in fields(PlanDraft)})
            s.add(plan)
            s.flush()
            new_id = plan.id
        self._bus.publish(self.TABLES, [new_id])
        return new_id

    def update(self, plan_id: uuid.UUID, draft: PlanDraft, revision: int) -> int:
        """Save a changed draft read at ``revision``; return the new revision.

        A plan changed by someone else since it was read is refused (``STALE``).
        """
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            plan = self._plan(s, plan_id)
            if plan.revision != revision:
                raise ValidationFailed([stale(plan)])
            problems = validate_plan(s, clean, plan)
            if problems:
                raise ValidationFailed(problems)
            for f in fields(PlanDraft):
                setattr(plan, f.name, getattr(clean, f.name))
            s.flush()
            new_revision = plan.revision
        self._bus.publish(self.TABLES, [plan_id])
        return new_revision

    def set_deleted(self, plan_ids: list[uuid.UUID], deleted: bool) -> int:
        """Move plans to the trash (or back); return how many changed.

        A plan's teams and visits stay as they are, so restoring gives back everything.
        """
        return set_deleted(self._db, self._bus, Plan, plan_ids, deleted, self.TABLES)

    def organisations(self) -> list[Choice]:
        """Live organisations, in Vietnamese order."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Organisation.id, Organisation.name)
                .where(Organisation.deleted.is_(False))
                .order_by(Organisation.name_sort)
            )
            return [Choice(*row) for row in rows]

    def default_organisation(self) -> uuid.UUID | None:
        """The organisation marked as the file's default (a new plan's issuer), if any."""
        with self._db.sessions() as s:
            return s.scalars(
                select(Organisation.id)
                .where(Organisation.deleted.is_(False), Organisation.is_default.is_(True))
                .limit(1)
            ).first()

    def checklists(self, include: uuid.UUID | None = None) -> list[ChecklistChoice]:
        """Live checklist versions (and ``include``, the one a plan pins, even if deleted)."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(
                    ChecklistTemplate.id,
                    ChecklistTemplate.name,
                    ChecklistTemplate.version,
                    ChecklistTemplate.deleted,
                )
                .where(ChecklistTemplate.deleted.is_(False) | (ChecklistTemplate.id == include))
                .order_by(ChecklistTemplate.name_sort, ChecklistTemplate.version)
            )
            return [ChecklistChoice(*row) for row in rows]

    # -- helpers ---------------------------------------------------------------

    @staticmethod
    def _plan(s: Session, plan_id: uuid.UUID) -> Plan:
        return _live(s, Plan, plan_id, "kế hoạch", "plan")
