"""Visits (cuộc kiểm tra) and what they record: attendance, results, findings."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from inspectdesk.db.models.base import Syncable
from inspectdesk.db.types import UTCDateTime, code_enum
from inspectdesk.domain.enums import (
    AttendeeSide,
    FindingKind,
    ItemResult,
    RemediationStatus,
    SanctionForm,
    TeamRole,
    VisitMode,
    VisitStatus,
)


class Visit(Syncable):
    """One inspection of one unit by one team on one day."""

    __tablename__ = "visit"

    plan_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("plan.id"), default=None, index=True
    )
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("unit.id"), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("team.id"), default=None, index=True
    )
    lead_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("lead.id"), default=None)
    mode: Mapped[VisitMode] = mapped_column(code_enum(VisitMode), default=VisitMode.ANNOUNCED)
    status: Mapped[VisitStatus] = mapped_column(
        code_enum(VisitStatus), default=VisitStatus.PLANNED, index=True
    )
    scheduled_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    actual_start: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    actual_end: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    causes: Mapped[str] = mapped_column(Text, default="")
    unit_opinion: Mapped[str] = mapped_column(Text, default="")
    other_notes: Mapped[str] = mapped_column(Text, default="")
    copies: Mapped[int] = mapped_column(Integer, default=2)
    minutes_number: Mapped[str] = mapped_column(String(60), default="")


class Attendee(Syncable):
    """Someone present at a visit. Name and title are kept as they were that day."""

    __tablename__ = "attendee"

    visit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("visit.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("person.id"), default=None)
    side: Mapped[AttendeeSide] = mapped_column(code_enum(AttendeeSide))
    team_role: Mapped[TeamRole | None] = mapped_column(code_enum(TeamRole), default=None)
    full_name: Mapped[str] = mapped_column(String(200))
    job_title: Mapped[str] = mapped_column(String(200), default="")
    present: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ChecklistResult(Syncable):
    """The result of one checklist item at one visit."""

    __tablename__ = "checklist_result"
    __table_args__ = (UniqueConstraint("visit_id", "item_id"),)

    visit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("visit.id"), index=True)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("checklist_item.id"))
    result: Mapped[ItemResult] = mapped_column(code_enum(ItemResult), default=ItemResult.UNSET)
    note: Mapped[str] = mapped_column(Text, default="")


class Finding(Syncable):
    """An ưu điểm, tồn tại/hạn chế or vi phạm noted at a visit."""

    __tablename__ = "finding"
    __text_keys__ = {"text": ("text_fold", None)}

    visit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("visit.id"), index=True)
    item_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("checklist_item.id"), default=None, index=True
    )
    kind: Mapped[FindingKind] = mapped_column(code_enum(FindingKind), index=True)
    text: Mapped[str] = mapped_column(Text)
    text_fold: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    responsible_person_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id"), default=None
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Recommendation(Syncable):
    """A kiến nghị: what must be fixed, by whom, by when, and how far it got."""

    __tablename__ = "recommendation"
    __text_keys__ = {"text": ("text_fold", None)}

    visit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("visit.id"), index=True)
    finding_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("finding.id"), default=None
    )
    text: Mapped[str] = mapped_column(Text)
    text_fold: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(300), default="")
    responsible_unit_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit.id"), default=None
    )
    deadline: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    status: Mapped[RemediationStatus] = mapped_column(
        code_enum(RemediationStatus), default=RemediationStatus.OPEN, index=True
    )
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    evidence: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class RemediationEvent(Syncable):
    """A step in a recommendation's history (reported, checked, done…)."""

    __tablename__ = "remediation_event"

    recommendation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("recommendation.id"), index=True
    )
    occurred_on: Mapped[date] = mapped_column(Date)
    status: Mapped[RemediationStatus] = mapped_column(code_enum(RemediationStatus))
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")


class Sanction(Syncable):
    """A hình thức xử lý decided for a person after a visit."""

    __tablename__ = "sanction"

    visit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("visit.id"), index=True)
    finding_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("finding.id"), default=None
    )
    person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("person.id"), default=None)
    person_name: Mapped[str] = mapped_column(String(200), default="")
    form: Mapped[SanctionForm] = mapped_column(code_enum(SanctionForm))
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
