"""Plans (kế hoạch kiểm tra), their sampling strata, and teams."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from inspectdesk.db.models.base import Syncable
from inspectdesk.db.types import code_enum, sort_key_type
from inspectdesk.domain.enums import PlanStatus, TeamRole


class Plan(Syncable):
    """An inspection plan: number, period, legal basis and the checklist it pins."""

    __tablename__ = "plan"
    __text_keys__ = {"title": ("title_fold", "title_sort")}

    number: Mapped[str] = mapped_column(String(60), default="", index=True)
    title: Mapped[str] = mapped_column(String(500))
    title_fold: Mapped[str] = mapped_column(String(500), default="", index=True)
    title_sort: Mapped[str] = mapped_column(sort_key_type(), default="")
    issuer: Mapped[str] = mapped_column(String(300), default="")
    issued_on: Mapped[date | None] = mapped_column(Date, default=None)
    start_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    end_on: Mapped[date | None] = mapped_column(Date, default=None)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date, default=None)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("organisation.id"), default=None
    )
    checklist_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("checklist_template.id"), default=None
    )
    status: Mapped[PlanStatus] = mapped_column(code_enum(PlanStatus), default=PlanStatus.DRAFT)
    sampling_seed: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class SamplingStratum(Syncable):
    """One line of a plan's sample: which units (by kind, level, ancestor) and how many."""

    __tablename__ = "sampling_stratum"

    plan_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("plan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit_kind.id"), default=None
    )
    level_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit_level.id"), default=None
    )
    under_unit_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit.id"), default=None
    )
    percent: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=False), default=None)
    count: Mapped[int | None] = mapped_column(Integer, default=None)
    label: Mapped[str] = mapped_column(String(300), default="")


class Team(Syncable):
    """An inspection team (đoàn / tổ kiểm tra) of a plan.

    A team that uses the agency's seal keeps its own document series: ``doc_code``
    (``ĐKT``) is its ký hiệu in the register; an empty one means the team's documents
    are numbered in the series of the plan's organisation.
    """

    __tablename__ = "team"
    __text_keys__ = {"name": ("name_fold", "name_sort")}

    plan_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("plan.id"), default=None, index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    name_fold: Mapped[str] = mapped_column(String(300), default="", index=True)
    name_sort: Mapped[str] = mapped_column(sort_key_type(), default="")
    doc_code: Mapped[str] = mapped_column(String(40), default="")
    is_undercover: Mapped[bool] = mapped_column(default=False)
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class TeamMember(Syncable):
    """A person on a team, with a role."""

    __tablename__ = "team_member"

    team_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("team.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id"), index=True)
    role: Mapped[TeamRole] = mapped_column(code_enum(TeamRole), default=TeamRole.MEMBER)
    position: Mapped[int] = mapped_column(Integer, default=0)
