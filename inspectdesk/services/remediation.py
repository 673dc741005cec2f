"""Following up recommendations (theo dõi khắc phục): the list, one record, its history.

Overdue is derived, never stored: a recommendation is overdue when its deadline is
before ``today`` and it is not done. The SQL computes it, so the list, the filter and
the overview agree. Every saved change of a recommendation's remediation adds a
:class:`~inspectdesk.db.models.RemediationEvent` to its history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Plan, Recommendation, RemediationEvent, Unit, Visit
from inspectdesk.db.ordering import descending
from inspectdesk.domain.enums import RemediationStatus, VisitMode, VisitStatus
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.recommendation_paging import (
    RecommendationFilter,
    RecommendationQuery,
    RecommendationRow,
    overdue_clause,
)
from inspectdesk.services.units import Choice
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
    stale,
)
from inspectdesk.text import clean_text

__all__ = [
    "HistoryEntry",
    "RecommendationDetail",
    "RecommendationFilter",
    "RecommendationRow",
    "RemediationDraft",
    "RemediationService",
    "RemediationState",
    "SavedChange",
    "list_recommendations",
    "overdue_clause",
    "validate",
]

TABLES = ("recommendation", "remediation_event")

_LIMITS = {"evidence": 4000, "note": 4000}


@dataclass(frozen=True, slots=True)
class RemediationState:
    """The remediation fields of a recommendation, as stored."""

    status: RemediationStatus
    done_on: date | None
    evidence: str


@dataclass(slots=True)
class RemediationDraft:
    """What the recommendation dialog edits: the state, plus a note for the history."""

    status: RemediationStatus = RemediationStatus.OPEN
    done_on: date | None = None
    evidence: str = ""
    note: str = ""

    def cleaned(self) -> RemediationDraft:
        """The draft as it will be stored: NFC, trimmed; no done date unless done."""
        return RemediationDraft(
            status=self.status,
            done_on=self.done_on if self.status is RemediationStatus.DONE else None,
            evidence=clean_text(self.evidence),
            note=clean_text(self.note),
        )

    def state(self) -> RemediationState:
        return RemediationState(self.status, self.done_on, self.evidence)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """A step of a recommendation's history."""

    id: uuid.UUID
    occurred_on: date
    status: RemediationStatus
    note: str
    evidence: str
    recorded_by: str


@dataclass(frozen=True, slots=True)
class RecommendationDetail:
    """Everything the recommendation dialog shows; ``history`` is newest first."""

    id: uuid.UUID
    unit: str
    visit_date: date | None
    text: str
    responsible: str
    deadline: date | None
    state: RemediationState
    revision: int
    history: tuple[HistoryEntry, ...]

    def overdue(self, today: date) -> bool:
        return (
            self.deadline is not None
            and self.deadline < today
            and self.state.status is not RemediationStatus.DONE
        )


@dataclass(frozen=True, slots=True)
class SavedChange:
    """What :meth:`RemediationService.update` did, so that it can be undone."""

    revision: int
    before: RemediationState
    after: RemediationState
    event_id: uuid.UUID | None


def list_recommendations(
    db: Database, flt: RecommendationFilter | None = None, today: date | None = None
) -> list[RecommendationRow]:
    """Live recommendations of live visits: unfinished first, by deadline (none last).

    The whole list at once; the follow-up screen reads it a page at a time through
    :class:`~inspectdesk.services.recommendation_paging.RecommendationQuery`, whose
    statement this is.

    Args:
        db: The open database.
        flt: The filters; the search matches the recommendation's text or the unit's
            name, ignoring tones.
        today: The day overdue is judged against (default: today).
    """
    return RecommendationQuery.of(flt, today).all_rows(db)


def validate(draft: RemediationDraft, today: date) -> list[FieldProblem]:
    """Every problem of a cleaned draft (empty when it can be saved)."""
    problems: list[FieldProblem] = []
    if draft.status is RemediationStatus.DONE and draft.done_on is None:
        problems.append(FieldProblem("done_on", Problem.REQUIRED))
    if draft.status is RemediationStatus.DONE and not draft.evidence.strip():
        problems.append(FieldProblem("evidence", Problem.REQUIRED))  # what shows it was done
    if draft.done_on is not None and draft.done_on > today:
        problems.append(FieldProblem("done_on", Problem.INVALID))
    problems.extend(check_lengths(draft, _LIMITS))
    return problems


def _state(rec: Recommendation) -> RemediationState:
    return RemediationState(rec.status, rec.done_on, rec.evidence)


class RemediationService:
    """Use cases of the follow-up of recommendations on one open database."""

    TABLES = TABLES

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus or ChangeBus()

    @staticmethod
    def _live(s: Session, rec_id: uuid.UUID) -> Recommendation:
        rec = s.get(Recommendation, rec_id)
        if rec is None or rec.deleted:
            raise NotFound(entity="kiến nghị", entity_en="recommendation", ref=str(rec_id))
        return rec

    def detail(self, rec_id: uuid.UUID) -> RecommendationDetail:
        """A recommendation with its visit, its remediation and its history.

        Raises:
            NotFound: no live recommendation has this id.
        """
        with self._db.sessions() as s:
            rec = self._live(s, rec_id)
            unit, visit_date = s.execute(
                select(Unit.name, Visit.scheduled_on)
                .join(Visit, Visit.unit_id == Unit.id)
                .where(Visit.id == rec.visit_id)
            ).one()
            events = s.scalars(
                select(RemediationEvent)
                .where(
                    RemediationEvent.recommendation_id == rec_id,
                    RemediationEvent.deleted.is_(False),
                )
                .order_by(RemediationEvent.occurred_on.desc(), RemediationEvent.created_at.desc())
            )
            history = tuple(
                HistoryEntry(e.id, e.occurred_on, e.status, e.note, e.evidence, e.updated_by)
                for e in events
            )
            return RecommendationDetail(
                id=rec.id,
                unit=unit,
                visit_date=visit_date,
                text=rec.text,
                responsible=rec.responsible,
                deadline=rec.deadline,
                state=_state(rec),
                revision=rec.revision,
                history=history,
            )

    def draft(self, rec_id: uuid.UUID) -> tuple[RemediationDraft, int]:
        """A recommendation's editable remediation and the revision it was read at."""
        detail = self.detail(rec_id)
        state = detail.state
        return RemediationDraft(state.status, state.done_on, state.evidence), detail.revision

    def update(
        self,
        rec_id: uuid.UUID,
        draft: RemediationDraft,
        revision: int,
        today: date | None = None,
    ) -> SavedChange:
        """Save a draft read at ``revision`` and record the step in the history.

        Nothing is written when nothing changed and no note was given. The history
        event is dated the done date for a recommendation marked done, else ``today``.

        Raises:
            ValidationFailed: with every problem, or ``revision``/``STALE`` when someone
                changed the recommendation since it was read; nothing is written.
            NotFound: no live recommendation has this id.
        """
        today = today or date.today()
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            rec = self._live(s, rec_id)
            if rec.revision != revision:
                raise ValidationFailed([stale(rec)])
            problems = validate(clean, today)
            if problems:
                raise ValidationFailed(problems)
            before, after = _state(rec), clean.state()
            if before == after and not clean.note:
                return SavedChange(rec.revision, before, after, None)
            rec.status, rec.done_on, rec.evidence = after.status, after.done_on, after.evidence
            event = RemediationEvent(
                recommendation_id=rec_id,
                occurred_on=after.done_on if after.status is RemediationStatus.DONE else today,
                status=after.status,
                note=clean.note,
                evidence=after.evidence if after.evidence != before.evidence else "",
            )
            s.add(event)
            s.flush()
            saved = SavedChange(rec.revision, before, after, event.id)
        self._bus.publish(self.TABLES, [rec_id, event.id])
        return saved

    def restore_state(
        self,
        rec_id: uuid.UUID,
        state: RemediationState,
        event_id: uuid.UUID | None,
        event_live: bool,
    ) -> int:
        """Put a recommendation back in ``state`` and show or hide one history event.

        This is how an edit is undone (the old state, the event tombstoned) and redone
        (the new state, the event live again). Returns the new revision.
        """
        with self._db.sessions.begin() as s:
            rec = self._live(s, rec_id)
            rec.status, rec.done_on, rec.evidence = state.status, state.done_on, state.evidence
            if event_id is not None:
                event = s.get(RemediationEvent, event_id)
                if event is not None:
                    event.deleted = not event_live
            s.flush()
            revision = rec.revision
        self._bus.publish(self.TABLES, [rec_id] + ([event_id] if event_id else []))
        return revision

    def schedule_reinspection(self, rec_id: uuid.UUID, on: date) -> uuid.UUID:
        """Plan a visit that checks a recommendation was carried out; return its id.

        The visit goes to the recommendation's unit on ``on``, in the same plan and with
        the same team as the visit that made it, announced, its subject naming what is
        checked again.

        Raises:
            NotFound: no such live recommendation.
        """
        with self._db.sessions.begin() as s:
            rec = self._live(s, rec_id)
            origin = s.get(Visit, rec.visit_id)
            if origin is None:
                raise NotFound(entity="cuộc kiểm tra", entity_en="visit", ref=str(rec.visit_id))
            text = rec.text.strip().rstrip(".")
            visit = Visit(
                unit_id=rec.responsible_unit_id or origin.unit_id,
                plan_id=origin.plan_id,
                team_id=origin.team_id,
                mode=VisitMode.ANNOUNCED,
                status=VisitStatus.PLANNED,
                scheduled_on=on,
                subject=f"Kiểm tra lại việc thực hiện kiến nghị: {text}"[:500],
            )
            s.add(visit)
            s.flush()
            visit_id = visit.id
        self._bus.publish(("visit",), [visit_id])
        return visit_id

    def plans(self) -> list[Choice]:
        """Live plans, newest first, named by number and title (for the plan filter)."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Plan.id, Plan.number, Plan.title)
                .where(Plan.deleted.is_(False))
                .order_by(descending(Plan.start_on), Plan.title_sort)
            )
            return [Choice(i, f"{n} – {t}" if n else t) for i, n, t in rows]
