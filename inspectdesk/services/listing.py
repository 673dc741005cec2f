"""Read-only lists of what a file holds, as plain rows (for the command line and views).

Lists sort in Vietnamese order by the stored collation keys and filter ignoring tones
on the stored folded keys, so the database does the work on any backend.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from inspectdesk.db.database import Database
from inspectdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Finding,
    Plan,
    Team,
    Unit,
    UnitKind,
    UnitLevel,
    Visit,
)
from inspectdesk.db.ordering import ascending, descending
from inspectdesk.domain.enums import FindingKind, PlanStatus, VisitMode, VisitStatus
from inspectdesk.errors import AmbiguousReference, NotFound
from inspectdesk.text import fold


@dataclass(frozen=True, slots=True)
class UnitRow:
    id: uuid.UUID
    name: str
    kind: str
    level: str
    parent: str
    parent_id: uuid.UUID | None
    admin_code: str


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    id: uuid.UUID
    name: str
    version: int
    sections: int
    items: int
    builtin_key: str


@dataclass(frozen=True, slots=True)
class PlanRow:
    id: uuid.UUID
    number: str
    title: str
    start_on: date | None
    end_on: date | None
    status: PlanStatus
    checklist: str
    visits: int


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: uuid.UUID
    plan: str
    unit: str
    team: str
    mode: VisitMode
    status: VisitStatus
    scheduled_on: date | None
    minutes_number: str


@dataclass(frozen=True, slots=True)
class FindingRow:
    id: uuid.UUID
    visit_id: uuid.UUID
    unit: str
    kind: FindingKind
    item: str
    text: str


_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")


def _search(stmt: _S, column: Any, query: str | None) -> _S:
    """Keep rows whose folded column contains every word of ``query``, ignoring tones."""
    for word in fold(query or "").split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(column.like(f"%{escaped}%", escape="\\"))
    return stmt


def resolve_plan(s: Session, ref: str) -> Plan:
    """Find a live plan by UUID or by its number (``230/KH-UBND``).

    Raises:
        NotFound: no plan, or several with that number.
    """
    plan: Plan | None = None
    try:
        plan = s.get(Plan, uuid.UUID(ref.strip()))
    except ValueError:
        matches = list(
            s.scalars(select(Plan).where(Plan.number == ref.strip(), Plan.deleted.is_(False)))
        )
        if len(matches) > 1:
            raise AmbiguousReference(
                count=len(matches), entity="kế hoạch", entity_en="plan", ref=ref
            ) from None
        plan = matches[0] if matches else None
    if plan is None or plan.deleted:
        raise NotFound(entity="kế hoạch", entity_en="plan", ref=ref)
    return plan


def resolve_visit(s: Session, ref: str) -> Visit:
    """Find a live visit by UUID or by its minutes number (``05/BB-ĐKT``)."""
    visit: Visit | None = None
    try:
        visit = s.get(Visit, uuid.UUID(ref.strip()))
    except ValueError:
        matches = list(
            s.scalars(
                select(Visit).where(Visit.minutes_number == ref.strip(), Visit.deleted.is_(False))
            )
        )
        if len(matches) > 1:
            raise AmbiguousReference(
                count=len(matches), entity="cuộc kiểm tra", entity_en="visit", ref=ref
            ) from None
        visit = matches[0] if matches else None
    if visit is None or visit.deleted:
        raise NotFound(entity="cuộc kiểm tra", entity_en="visit", ref=ref)
    return visit


def list_units(db: Database, search: str | None = None) -> list[UnitRow]:
    """Every live unit, in Vietnamese order of name."""
    parent = aliased(Unit)
    stmt = (
        select(
            Unit.id,
            Unit.name,
            func.coalesce(UnitKind.name, ""),
            func.coalesce(UnitLevel.name, ""),
            func.coalesce(parent.name, ""),
            Unit.parent_id,
            Unit.admin_code,
        )
        .outerjoin(UnitKind, UnitKind.id == Unit.kind_id)
        .outerjoin(UnitLevel, UnitLevel.id == Unit.level_id)
        .outerjoin(parent, parent.id == Unit.parent_id)
        .where(Unit.deleted.is_(False))
        .order_by(Unit.name_sort, Unit.id)
    )
    stmt = _search(stmt, Unit.name_fold, search)
    with db.sessions() as s:
        return [UnitRow(*row) for row in s.execute(stmt)]


def list_checklists(db: Database, search: str | None = None) -> list[ChecklistRow]:
    """Every live checklist version with its size."""
    sections = (
        select(func.count(ChecklistSection.id))
        .where(ChecklistSection.template_id == ChecklistTemplate.id)
        .where(ChecklistSection.deleted.is_(False))
        .scalar_subquery()
    )
    items = (
        select(func.count(ChecklistItem.id))
        .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
        .where(ChecklistSection.template_id == ChecklistTemplate.id)
        .where(ChecklistItem.deleted.is_(False))
        .scalar_subquery()
    )
    stmt = (
        select(
            ChecklistTemplate.id,
            ChecklistTemplate.name,
            ChecklistTemplate.version,
            sections,
            items,
            ChecklistTemplate.builtin_key,
        )
        .where(ChecklistTemplate.deleted.is_(False))
        .order_by(ChecklistTemplate.name_sort, ChecklistTemplate.version)
    )
    stmt = _search(stmt, ChecklistTemplate.name_fold, search)
    with db.sessions() as s:
        return [ChecklistRow(*row) for row in s.execute(stmt)]


def list_plans(db: Database, search: str | None = None) -> list[PlanRow]:
    """Every live plan, newest first."""
    visits = (
        select(func.count(Visit.id))
        .where(Visit.plan_id == Plan.id, Visit.deleted.is_(False))
        .scalar_subquery()
    )
    stmt = (
        select(
            Plan.id,
            Plan.number,
            Plan.title,
            Plan.start_on,
            Plan.end_on,
            Plan.status,
            func.coalesce(ChecklistTemplate.name, ""),
            visits,
        )
        .outerjoin(ChecklistTemplate, ChecklistTemplate.id == Plan.checklist_id)
        .where(Plan.deleted.is_(False))
        .order_by(descending(Plan.start_on), Plan.title_sort)
    )
    stmt = _search(stmt, Plan.title_fold, search)
    with db.sessions() as s:
        return [PlanRow(*row) for row in s.execute(stmt)]


def list_visits(
    db: Database,
    plan: str | None = None,
    search: str | None = None,
    *,
    statuses: Collection[VisitStatus] = (),
    mode: VisitMode | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    team_id: uuid.UUID | None = None,
) -> list[VisitRow]:
    """Live visits, by date then unit.

    Args:
        db: the open database.
        plan: a plan's number or id: only its visits.
        search: words of the unit's name, tones optional.
        statuses: only visits in one of these statuses (all when empty).
        mode: only announced or only unannounced visits.
        date_from: only visits scheduled on or after this day.
        date_to: only visits scheduled on or before this day.
        team_id: only the visits of this team.
    """
    stmt = (
        select(
            Visit.id,
            func.coalesce(Plan.number, ""),
            Unit.name,
            func.coalesce(Team.name, ""),
            Visit.mode,
            Visit.status,
            Visit.scheduled_on,
            Visit.minutes_number,
        )
        .join(Unit, Unit.id == Visit.unit_id)
        .outerjoin(Plan, Plan.id == Visit.plan_id)
        .outerjoin(Team, Team.id == Visit.team_id)
        .where(Visit.deleted.is_(False))
        .order_by(ascending(Visit.scheduled_on), Unit.name_sort, Visit.id)
    )
    stmt = _search(stmt, Unit.name_fold, search)
    if statuses:
        stmt = stmt.where(Visit.status.in_(list(statuses)))
    if mode is not None:
        stmt = stmt.where(Visit.mode == mode)
    if date_from is not None:
        stmt = stmt.where(Visit.scheduled_on >= date_from)
    if date_to is not None:
        stmt = stmt.where(Visit.scheduled_on <= date_to)
    if team_id is not None:
        stmt = stmt.where(Visit.team_id == team_id)
    with db.sessions() as s:
        if plan:
            stmt = stmt.where(Visit.plan_id == resolve_plan(s, plan).id)
        return [VisitRow(*row) for row in s.execute(stmt)]


@dataclass(frozen=True, slots=True)
class TeamChoice:
    id: uuid.UUID
    name: str
    plan: str


def list_teams(db: Database) -> list[TeamChoice]:
    """Live teams of live plans (and teams without a plan), newest plan first."""
    stmt = (
        select(Team.id, Team.name, func.coalesce(Plan.number, ""))
        .outerjoin(Plan, Plan.id == Team.plan_id)
        .where(Team.deleted.is_(False), func.coalesce(Plan.deleted, False).is_(False))
        .order_by(descending(Plan.start_on), Team.name_sort)
    )
    with db.sessions() as s:
        return [TeamChoice(*row) for row in s.execute(stmt)]


def list_findings(
    db: Database,
    plan: str | None = None,
    search: str | None = None,
    kind: FindingKind | None = None,
) -> list[FindingRow]:
    """Live findings of live visits, by unit then position."""
    stmt = (
        select(
            Finding.id,
            Finding.visit_id,
            Unit.name,
            Finding.kind,
            func.coalesce(ChecklistItem.code, ""),
            Finding.text,
        )
        .join(Visit, and_(Visit.id == Finding.visit_id, Visit.deleted.is_(False)))
        .join(Unit, Unit.id == Visit.unit_id)
        .outerjoin(ChecklistItem, ChecklistItem.id == Finding.item_id)
        .where(Finding.deleted.is_(False))
        .order_by(Unit.name_sort, ascending(Visit.scheduled_on), Finding.position, Finding.id)
    )
    if kind is not None:
        stmt = stmt.where(Finding.kind == kind)
    stmt = _search(stmt, Finding.text_fold, search)
    with db.sessions() as s:
        if plan:
            stmt = stmt.where(Visit.plan_id == resolve_plan(s, plan).id)
        return [FindingRow(*row) for row in s.execute(stmt)]
