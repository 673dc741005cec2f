"""What a visit records: attendance, checklist results, findings and recommendations.

:class:`VisitRecords` holds the use cases on the rows that hang off a visit; the visit
service (:mod:`inspectdesk.services.visits`) builds on it. Every method is one unit of
work, refuses to touch a visit whose minutes are signed (:class:`VisitLocked`), and
publishes the tables it touched with the visit's id among the changed ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import (
    Attendee,
    ChecklistItem,
    ChecklistResult,
    Finding,
    Person,
    Recommendation,
    RemediationEvent,
    Syncable,
    TeamMember,
)
from inspectdesk.domain.enums import AttendeeSide, ItemResult, RemediationStatus
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.tombstones import mark_deleted
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
    stale,
)
from inspectdesk.services.visit_rows import (
    LONG_TEXT,
    AttendeeDraft,
    FindingDraft,
    RecommendationDraft,
    RemediationEventRow,
    editable_visit,
    live,
    not_found,
)
from inspectdesk.text import clean_text

_R = TypeVar("_R", bound=Syncable)


def _next_position(s: Session, model: Any, visit_id: uuid.UUID, *where: Any) -> int:
    stmt = select(func.max(model.position)).where(model.visit_id == visit_id, *where)
    return int(s.scalar(stmt) or 0) + 1


def _check_person(s: Session, person_id: uuid.UUID | None, name: str) -> list[FieldProblem]:
    if person_id is None:
        return []
    person = s.get(Person, person_id)
    return [] if person and not person.deleted else [FieldProblem(name, Problem.MISSING)]


def _fail_on(problems: list[FieldProblem]) -> None:
    if problems:
        raise ValidationFailed(problems)


class VisitRecords:
    """Use cases on the records of a visit, on one open database.

    Args:
        db: The open database.
        bus: Where committed changes are published.
        today: Gives the date that stamps remediation events and decides what is overdue.
    """

    def __init__(
        self, db: Database, bus: ChangeBus | None = None, today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self._bus = bus or ChangeBus()
        self._today = today

    def _publish(self, tables: Sequence[str], visit_id: uuid.UUID, *ids: uuid.UUID) -> None:
        self._bus.publish(tables, [visit_id, *ids])

    def _record(self, s: Session, model: type[_R], row_id: uuid.UUID, revision: int | None) -> _R:
        """A live record of an editable visit, refusing a stale ``revision``."""
        row = live(s, model, row_id)
        editable_visit(s, row.visit_id)  # type: ignore[attr-defined]
        if revision is not None and row.revision != revision:
            raise ValidationFailed([stale(row)])
        return row

    def _set_deleted(self, model: type[_R], row_id: uuid.UUID, deleted: bool) -> None:
        with self._db.sessions.begin() as s:
            row = s.get(model, row_id)
            if row is None:
                raise not_found(model.__tablename__, row_id)
            visit_id: uuid.UUID = row.visit_id  # type: ignore[attr-defined]
            editable_visit(s, visit_id)
            mark_deleted(s, model, [row_id], deleted)
        self._publish([model.__tablename__], visit_id, row_id)

    # -- attendance ------------------------------------------------------------

    @staticmethod
    def _attendee_problems(s: Session, d: AttendeeDraft) -> list[FieldProblem]:
        problems = [] if d.full_name else [FieldProblem("full_name", Problem.REQUIRED)]
        problems += check_lengths(d, {"full_name": 200, "job_title": 200})
        return problems + _check_person(s, d.person_id, "person_id")

    def attendee_draft(self, attendee_id: uuid.UUID) -> tuple[AttendeeDraft, int]:
        """An attendee's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            a = live(s, Attendee, attendee_id)
            draft = AttendeeDraft(
                a.side, a.full_name, a.job_title, a.team_role, a.person_id, a.present
            )
            return draft, a.revision

    def fill_team(self, visit_id: uuid.UUID) -> list[uuid.UUID]:
        """Seat the visit's team: each member not yet present, with role, name and title.

        Names and job titles are copied as they are today, so later changes to a person
        leave the record of this visit alone. Returns the new attendees' ids.

        Raises:
            ValidationFailed: the visit has no team (``team_id`` REQUIRED).
        """
        with self._db.sessions.begin() as s:
            visit = editable_visit(s, visit_id)
            if visit.team_id is None:
                raise ValidationFailed([FieldProblem("team_id", Problem.REQUIRED)])
            seated = set(
                s.scalars(
                    select(Attendee.person_id).where(
                        Attendee.visit_id == visit_id,
                        Attendee.side == AttendeeSide.TEAM,
                        Attendee.deleted.is_(False),
                    )
                )
            )
            members = s.execute(
                select(TeamMember, Person)
                .join(Person, Person.id == TeamMember.person_id)
                .where(TeamMember.team_id == visit.team_id, TeamMember.deleted.is_(False))
                .order_by(TeamMember.position)
            )
            position = _next_position(s, Attendee, visit_id, Attendee.side == AttendeeSide.TEAM)
            added: list[Attendee] = []
            for member, person in members:
                if person.id in seated:
                    continue
                added.append(
                    Attendee(
                        visit_id=visit_id,
                        person_id=person.id,
                        side=AttendeeSide.TEAM,
                        team_role=member.role,
                        full_name=person.full_name,
                        job_title=person.job_title,
                        position=position + len(added),
                    )
                )
            s.add_all(added)
            s.flush()
            ids = [a.id for a in added]
        if ids:
            self._publish(["attendee"], visit_id, *ids)
        return ids

    def add_attendee(self, visit_id: uuid.UUID, draft: AttendeeDraft) -> uuid.UUID:
        """Add someone at the end of their side of the table; return the new id."""
        d = draft.cleaned()
        with self._db.sessions.begin() as s:
            editable_visit(s, visit_id)
            _fail_on(self._attendee_problems(s, d))
            position = _next_position(s, Attendee, visit_id, Attendee.side == d.side)
            row = Attendee(visit_id=visit_id, position=position, **_values(d))
            s.add(row)
            s.flush()
            new_id = row.id
        self._publish(["attendee"], visit_id, new_id)
        return new_id

    def update_attendee(self, attendee_id: uuid.UUID, draft: AttendeeDraft, revision: int) -> int:
        """Save a changed attendee read at ``revision``; return the new revision."""
        d = draft.cleaned()
        with self._db.sessions.begin() as s:
            row = self._record(s, Attendee, attendee_id, revision)
            _fail_on(self._attendee_problems(s, d))
            if d.side is not row.side:
                row.position = _next_position(s, Attendee, row.visit_id, Attendee.side == d.side)
            for key, value in _values(d).items():
                setattr(row, key, value)
            s.flush()
            visit_id, new_revision = row.visit_id, row.revision
        self._publish(["attendee"], visit_id, attendee_id)
        return new_revision

    def set_attendee_deleted(self, attendee_id: uuid.UUID, deleted: bool = True) -> None:
        """Take someone off the list (a tombstone), or put them back."""
        self._set_deleted(Attendee, attendee_id, deleted)

    def move_attendee(self, attendee_id: uuid.UUID, step: int) -> bool:
        """Move someone ``step`` places up (negative) or down their side; False at an end."""
        with self._db.sessions.begin() as s:
            row = self._record(s, Attendee, attendee_id, None)
            side = list(
                s.scalars(
                    select(Attendee)
                    .where(
                        Attendee.visit_id == row.visit_id,
                        Attendee.side == row.side,
                        Attendee.deleted.is_(False),
                    )
                    .order_by(Attendee.position, Attendee.created_at)
                )
            )
            here = side.index(row)
            there = here + step
            if step == 0 or not 0 <= there < len(side):
                return False
            side.insert(there, side.pop(here))
            for position, attendee in enumerate(side, 1):
                if attendee.position != position:
                    attendee.position = position
            visit_id = row.visit_id
        self._publish(["attendee"], visit_id, attendee_id)
        return True

    # -- checklist -------------------------------------------------------------

    def set_result(
        self,
        visit_id: uuid.UUID,
        item_id: uuid.UUID,
        result: ItemResult | None = None,
        note: str | None = None,
    ) -> None:
        """Record an item's result and/or note (None keeps what is there)."""
        clean_note = None if note is None else clean_text(note)
        if clean_note is not None and len(clean_note) > LONG_TEXT:
            raise ValidationFailed([FieldProblem("note", Problem.TOO_LONG, LONG_TEXT)])
        with self._db.sessions.begin() as s:
            editable_visit(s, visit_id)
            live(s, ChecklistItem, item_id)
            row = s.scalar(
                select(ChecklistResult).where(
                    ChecklistResult.visit_id == visit_id, ChecklistResult.item_id == item_id
                )
            )
            if row is None:
                row = ChecklistResult(visit_id=visit_id, item_id=item_id, note="")
                s.add(row)
            row.deleted = False
            if result is not None:
                row.result = result
            if clean_note is not None:
                row.note = clean_note
            s.flush()
            row_id = row.id
        self._publish(["checklist_result"], visit_id, row_id)

    # -- findings --------------------------------------------------------------

    @staticmethod
    def _finding_problems(s: Session, d: FindingDraft) -> list[FieldProblem]:
        problems = [] if d.text else [FieldProblem("text", Problem.REQUIRED)]
        problems += check_lengths(d, {"text": LONG_TEXT, "cause": LONG_TEXT})
        if d.item_id is not None and (s.get(ChecklistItem, d.item_id) is None):
            problems.append(FieldProblem("item_id", Problem.MISSING))
        return problems + _check_person(s, d.responsible_person_id, "responsible_person_id")

    def finding_draft(self, finding_id: uuid.UUID) -> tuple[FindingDraft, int]:
        with self._db.sessions() as s:
            f = live(s, Finding, finding_id)
            return FindingDraft(f.kind, f.text, f.item_id, f.cause, f.responsible_person_id), (
                f.revision
            )

    def add_finding(self, visit_id: uuid.UUID, draft: FindingDraft) -> uuid.UUID:
        """Add a finding after the others; return its id."""
        d = draft.cleaned()
        with self._db.sessions.begin() as s:
            editable_visit(s, visit_id)
            _fail_on(self._finding_problems(s, d))
            row = Finding(
                visit_id=visit_id, position=_next_position(s, Finding, visit_id), **_values(d)
            )
            s.add(row)
            s.flush()
            new_id = row.id
        self._publish(["finding"], visit_id, new_id)
        return new_id

    def update_finding(self, finding_id: uuid.UUID, draft: FindingDraft, revision: int) -> int:
        """Save a changed finding read at ``revision``; return the new revision."""
        d = draft.cleaned()
        with self._db.sessions.begin() as s:
            row = self._record(s, Finding, finding_id, revision)
            _fail_on(self._finding_problems(s, d))
            for key, value in _values(d).items():
                setattr(row, key, value)
            s.flush()
            visit_id, new_revision = row.visit_id, row.revision
        self._publish(["finding"], visit_id, finding_id)
        return new_revision

    def set_finding_deleted(self, finding_id: uuid.UUID, deleted: bool = True) -> None:
        """Move a finding to the trash (a tombstone), or back."""
        self._set_deleted(Finding, finding_id, deleted)

    # -- recommendations -------------------------------------------------------

    def _recommendation_problems(
        self, s: Session, d: RecommendationDraft, visit_id: uuid.UUID
    ) -> list[FieldProblem]:
        problems = [] if d.text else [FieldProblem("text", Problem.REQUIRED)]
        problems += check_lengths(d, {"text": LONG_TEXT, "responsible": 300, "evidence": LONG_TEXT})
        if d.finding_id is not None:
            finding = s.get(Finding, d.finding_id)
            if finding is None or finding.deleted or finding.visit_id != visit_id:
                problems.append(FieldProblem("finding_id", Problem.MISSING))
        if d.done_on is not None and d.done_on > self._today():
            problems.append(FieldProblem("done_on", Problem.INVALID))
        return problems

    def recommendation_draft(self, recommendation_id: uuid.UUID) -> tuple[RecommendationDraft, int]:
        with self._db.sessions() as s:
            r = live(s, Recommendation, recommendation_id)
            draft = RecommendationDraft(
                r.text, r.responsible, r.deadline, r.status, r.finding_id, r.done_on, r.evidence
            )
            return draft, r.revision

    def _event(self, s: Session, row: Recommendation) -> None:
        day = row.done_on if row.status is RemediationStatus.DONE and row.done_on else self._today()
        evidence = row.evidence if row.status is RemediationStatus.DONE else ""
        s.add(
            RemediationEvent(
                recommendation_id=row.id, occurred_on=day, status=row.status, evidence=evidence
            )
        )

    def add_recommendation(self, visit_id: uuid.UUID, draft: RecommendationDraft) -> uuid.UUID:
        """Add a recommendation (and the first step of its history); return its id."""
        d = draft.cleaned()
        if d.status is RemediationStatus.DONE and d.done_on is None:
            d = replace(d, done_on=self._today())
        with self._db.sessions.begin() as s:
            visit = editable_visit(s, visit_id)
            _fail_on(self._recommendation_problems(s, d, visit_id))
            row = Recommendation(
                visit_id=visit_id,
                responsible_unit_id=visit.unit_id,
                position=_next_position(s, Recommendation, visit_id),
                **_values(d),
            )
            s.add(row)
            s.flush()
            self._event(s, row)
            new_id = row.id
        self._publish(["recommendation", "remediation_event"], visit_id, new_id)
        return new_id

    def update_recommendation(
        self, recommendation_id: uuid.UUID, draft: RecommendationDraft, revision: int
    ) -> int:
        """Save a changed recommendation read at ``revision``; return the new revision.

        A change of status adds a step to the remediation history; becoming DONE records
        ``done_on`` (today unless the draft gives the day), leaving DONE clears it.
        """
        d = draft.cleaned()
        with self._db.sessions.begin() as s:
            row = self._record(s, Recommendation, recommendation_id, revision)
            _fail_on(self._recommendation_problems(s, d, row.visit_id))
            moved = d.status is not row.status
            if d.status is RemediationStatus.DONE and d.done_on is None:
                d = replace(d, done_on=row.done_on if not moved and row.done_on else self._today())
            for key, value in _values(d).items():
                setattr(row, key, value)
            s.flush()
            if moved:
                self._event(s, row)
            visit_id, new_revision = row.visit_id, row.revision
        tables = ["recommendation", "remediation_event"] if moved else ["recommendation"]
        self._publish(tables, visit_id, recommendation_id)
        return new_revision

    def set_recommendation_deleted(
        self, recommendation_id: uuid.UUID, deleted: bool = True
    ) -> None:
        """Move a recommendation to the trash (a tombstone), or back."""
        self._set_deleted(Recommendation, recommendation_id, deleted)

    def remediation_history(self, recommendation_id: uuid.UUID) -> list[RemediationEventRow]:
        """The steps of a recommendation's remediation, oldest first."""
        with self._db.sessions() as s:
            live(s, Recommendation, recommendation_id)
            rows = s.scalars(
                select(RemediationEvent)
                .where(
                    RemediationEvent.recommendation_id == recommendation_id,
                    RemediationEvent.deleted.is_(False),
                )
                .order_by(RemediationEvent.occurred_on, RemediationEvent.created_at)
            )
            return [RemediationEventRow(e.occurred_on, e.status, e.note, e.evidence) for e in rows]


def _values(draft: object) -> dict[str, Any]:
    return {f.name: getattr(draft, f.name) for f in fields(draft)}  # type: ignore[arg-type]
