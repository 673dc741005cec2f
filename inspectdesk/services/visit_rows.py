"""The plain rows and drafts of a visit's records, and how they are read.

Drafts are what the visit editor's dialogs and cells edit; rows are what it shows.
The readers take a session (they never open one); :func:`live` and
:func:`editable_visit` fetch rows the way every use case of a visit needs them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.models import (
    Attendee,
    ChecklistItem,
    Finding,
    Recommendation,
    Syncable,
    Visit,
)
from inspectdesk.domain.enums import (
    AttendeeSide,
    FindingKind,
    ItemResult,
    RemediationStatus,
    TeamRole,
    VisitStatus,
)
from inspectdesk.errors import NotFound, UserError
from inspectdesk.text import clean_line, clean_text

LONG_TEXT = 10_000
"""The most characters a multi-line text of a visit's record may hold."""

SIDE_ORDER = {AttendeeSide.TEAM: 0, AttendeeSide.UNIT: 1, AttendeeSide.OTHER: 2}

_ENTITIES = {  # table -> (Vietnamese, English) for NotFound
    "visit": ("cuộc kiểm tra", "visit"),
    "attendee": ("thành phần tham dự", "attendee"),
    "finding": ("kết quả kiểm tra", "finding"),
    "recommendation": ("kiến nghị", "recommendation"),
    "checklist_item": ("nội dung kiểm tra", "checklist item"),
}

_R = TypeVar("_R", bound=Syncable)
_D = TypeVar("_D")


class VisitLocked(UserError):
    """The visit's minutes are signed: its records cannot change until it is unlocked."""

    code = "visit_locked"
    vi = (
        "Biên bản của cuộc kiểm tra này đã ký nên không sửa được;"
        " muốn sửa, hãy dùng “Mở khóa” và ghi lý do."
    )
    en = (
        "The minutes of this visit are signed, so it cannot be changed;"
        " to edit it, use “Unlock” and give the reason."
    )


def _cleaned(draft: _D, long_fields: Sequence[str] = ()) -> _D:
    """``draft`` with its text in NFC: single-line fields trimmed, ``long_fields`` tidied."""
    values: dict[str, Any] = {}
    for f in fields(draft):  # type: ignore[arg-type]
        value = getattr(draft, f.name)
        if type(value) is str:  # not the codes (StrEnum members are str too)
            values[f.name] = clean_text(value) if f.name in long_fields else clean_line(value)
    return replace(draft, **values)  # type: ignore[type-var]


# --- drafts (what dialogs and cells edit) and rows (what the editor shows) -----------


@dataclass(frozen=True, slots=True)
class AttendeeDraft:
    """Someone at a visit. ``team_role`` only counts on the team's side."""

    side: AttendeeSide
    full_name: str
    job_title: str = ""
    team_role: TeamRole | None = None
    person_id: uuid.UUID | None = None
    present: bool = True

    def cleaned(self) -> AttendeeDraft:
        clean = _cleaned(self)
        return clean if clean.side is AttendeeSide.TEAM else replace(clean, team_role=None)


@dataclass(frozen=True, slots=True)
class AttendeeRow:
    id: uuid.UUID
    revision: int
    side: AttendeeSide
    team_role: TeamRole | None
    full_name: str
    job_title: str
    present: bool
    person_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    """One item of the plan's checklist with this visit's result and note."""

    item_id: uuid.UUID
    section_id: uuid.UUID
    section: str
    code: str
    text: str
    guidance: str
    result: ItemResult
    note: str


@dataclass(frozen=True, slots=True)
class FindingDraft:
    """An ưu điểm, tồn tại/hạn chế or vi phạm."""

    kind: FindingKind
    text: str
    item_id: uuid.UUID | None = None
    cause: str = ""
    responsible_person_id: uuid.UUID | None = None

    def cleaned(self) -> FindingDraft:
        return _cleaned(self, ("text", "cause"))


@dataclass(frozen=True, slots=True)
class FindingRow:
    id: uuid.UUID
    revision: int
    kind: FindingKind
    item_id: uuid.UUID | None
    item_code: str
    text: str
    cause: str
    responsible_person_id: uuid.UUID | None

    def draft(self) -> FindingDraft:
        return FindingDraft(
            self.kind, self.text, self.item_id, self.cause, self.responsible_person_id
        )


@dataclass(frozen=True, slots=True)
class RecommendationDraft:
    """A kiến nghị. ``done_on`` is filled in (today) when the status becomes DONE."""

    text: str
    responsible: str = ""
    deadline: date | None = None
    status: RemediationStatus = RemediationStatus.OPEN
    finding_id: uuid.UUID | None = None
    done_on: date | None = None
    evidence: str = ""

    def cleaned(self) -> RecommendationDraft:
        clean = _cleaned(self, ("text", "evidence"))
        return clean if clean.status is RemediationStatus.DONE else replace(clean, done_on=None)


@dataclass(frozen=True, slots=True)
class RecommendationRow:
    id: uuid.UUID
    revision: int
    text: str
    responsible: str
    deadline: date | None
    status: RemediationStatus
    finding_id: uuid.UUID | None
    done_on: date | None
    evidence: str
    overdue: bool

    def draft(self) -> RecommendationDraft:
        return RecommendationDraft(
            self.text,
            self.responsible,
            self.deadline,
            self.status,
            self.finding_id,
            self.done_on,
            self.evidence,
        )


@dataclass(frozen=True, slots=True)
class RemediationEventRow:
    occurred_on: date
    status: RemediationStatus
    note: str
    evidence: str


# --- reading ----------------------------------------------------------------------------


def not_found(table: str, ref: object) -> NotFound:
    vi, en = _ENTITIES[table]
    return NotFound(entity=vi, entity_en=en, ref=str(ref))


def live(s: Session, model: type[_R], row_id: uuid.UUID) -> _R:
    """The live row of ``model`` with this id; :class:`NotFound` otherwise."""
    row = s.get(model, row_id)
    if row is None or row.deleted:
        raise not_found(model.__tablename__, row_id)
    return row


def editable_visit(s: Session, visit_id: uuid.UUID) -> Visit:
    """A live visit whose minutes are not signed."""
    visit = live(s, Visit, visit_id)
    if visit.status is VisitStatus.SIGNED:
        raise VisitLocked()
    return visit


def read_attendees(s: Session, visit_id: uuid.UUID) -> list[AttendeeRow]:
    rows = s.scalars(
        select(Attendee)
        .where(Attendee.visit_id == visit_id, Attendee.deleted.is_(False))
        .order_by(Attendee.position, Attendee.created_at)
    )
    ordered = sorted(rows, key=lambda a: SIDE_ORDER[a.side])  # stable: keeps positions
    return [
        AttendeeRow(
            a.id, a.revision, a.side, a.team_role, a.full_name, a.job_title, a.present, a.person_id
        )
        for a in ordered
    ]


def read_findings(s: Session, visit_id: uuid.UUID) -> list[FindingRow]:
    rows = s.execute(
        select(Finding, func.coalesce(ChecklistItem.code, ""))
        .outerjoin(ChecklistItem, ChecklistItem.id == Finding.item_id)
        .where(Finding.visit_id == visit_id, Finding.deleted.is_(False))
        .order_by(Finding.position, Finding.created_at)
    )
    return [
        FindingRow(
            f.id, f.revision, f.kind, f.item_id, code, f.text, f.cause, f.responsible_person_id
        )
        for f, code in rows
    ]


def read_recommendations(s: Session, visit_id: uuid.UUID, today: date) -> list[RecommendationRow]:
    rows = s.scalars(
        select(Recommendation)
        .where(Recommendation.visit_id == visit_id, Recommendation.deleted.is_(False))
        .order_by(Recommendation.position, Recommendation.created_at)
    )
    return [
        RecommendationRow(
            r.id,
            r.revision,
            r.text,
            r.responsible,
            r.deadline,
            r.status,
            r.finding_id,
            r.done_on,
            r.evidence,
            r.status is not RemediationStatus.DONE
            and r.deadline is not None
            and r.deadline < today,
        )
        for r in rows
    ]
