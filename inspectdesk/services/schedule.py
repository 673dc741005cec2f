"""The schedule of visits over a period, and its conflicts.

A conflict is either a person expected in two places on one day (a member of two teams
scheduled that day at different units, or someone recorded at two visits that day) or
a unit visited twice in one plan. Only live rows count: deleted rows, cancelled visits
and visits of deleted plans are ignored. Each conflict carries a Vietnamese sentence
naming who or what and the visits involved.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import combinations
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, null, select, union_all
from sqlalchemy.orm import Session, aliased

from inspectdesk.db.database import Database
from inspectdesk.db.models import Attendee, Person, Plan, Team, TeamMember, Unit, Visit
from inspectdesk.db.ordering import ascending
from inspectdesk.domain.enums import AttendeeSide, VisitMode, VisitStatus


@dataclass(frozen=True, slots=True)
class ScheduledVisit:
    """One live visit on the calendar: when, where, by whom."""

    id: uuid.UUID
    day: date
    unit: str
    team: str
    team_id: uuid.UUID | None
    plan_id: uuid.UUID | None
    mode: VisitMode
    status: VisitStatus
    people: tuple[str, ...]


class ConflictKind(StrEnum):
    """What clashes: a person in two places, or a unit visited twice in a plan."""

    PERSON = "person"
    UNIT = "unit"


@dataclass(frozen=True, slots=True)
class Conflict:
    """A clash in the schedule. ``day`` is the day of a person's clash, or the first
    scheduled day of a unit's visits; ``text`` says it in Vietnamese."""

    kind: ConflictKind
    day: date | None
    subject: str
    visit_ids: tuple[uuid.UUID, ...]
    text: str


def _live_visits() -> Select[*tuple[Any, ...]]:
    """Live, not cancelled visits of live (or no) plans, with unit and team names."""
    return (
        select(
            Visit.id,
            Visit.scheduled_on,
            Unit.name.label("unit"),
            func.coalesce(Team.name, "").label("team"),
            Visit.team_id,
            Visit.plan_id,
            Visit.mode,
            Visit.status,
        )
        .join(Unit, Unit.id == Visit.unit_id)
        .outerjoin(Team, Team.id == Visit.team_id)
        .outerjoin(Plan, Plan.id == Visit.plan_id)
        .where(
            Visit.deleted.is_(False),
            Visit.status != VisitStatus.CANCELLED,
            func.coalesce(Plan.deleted, False).is_(False),
        )
    )


def _members(s: Session, team_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Each team's live members' names, in the team's order."""
    ids = list(set(team_ids))
    if not ids:
        return {}
    stmt = (
        select(TeamMember.team_id, Person.full_name)
        .join(Person, Person.id == TeamMember.person_id)
        .where(
            TeamMember.team_id.in_(ids),
            TeamMember.deleted.is_(False),
            Person.deleted.is_(False),
        )
        .order_by(TeamMember.team_id, TeamMember.position, Person.name_sort)
    )
    people: dict[uuid.UUID, list[str]] = defaultdict(list)
    for team_id, name in s.execute(stmt):
        people[team_id].append(name)
    return people


def schedule(
    db: Database,
    start: date,
    end: date,
    *,
    plan_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
) -> list[ScheduledVisit]:
    """Live visits scheduled from ``start`` to ``end`` (both included), by day then unit.

    Args:
        db: the open database.
        start: the first day.
        end: the last day.
        plan_id: only the visits of this plan.
        team_id: only the visits of this team.
    """
    stmt = (
        _live_visits()
        .where(Visit.scheduled_on >= start, Visit.scheduled_on <= end)
        .order_by(ascending(Visit.scheduled_on), Unit.name_sort, Visit.id)
    )
    if plan_id is not None:
        stmt = stmt.where(Visit.plan_id == plan_id)
    if team_id is not None:
        stmt = stmt.where(Visit.team_id == team_id)
    with db.sessions() as s:
        rows = s.execute(stmt).all()
        people = _members(s, (r[4] for r in rows if r[4] is not None))
    visits = []
    for visit_id, day, unit, team, team_id, plan, mode, status in rows:
        crew = tuple(people.get(team_id, ())) if team_id else ()
        visits.append(ScheduledVisit(visit_id, day, unit, team, team_id, plan, mode, status, crew))
    return visits


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "chưa xếp ngày"


def _join(parts: Sequence[str]) -> str:
    """“a, b và c”."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " và " + parts[-1]


@dataclass(frozen=True, slots=True)
class _Presence:
    visit_id: uuid.UUID
    unit_id: uuid.UUID
    unit: str
    team_id: uuid.UUID | None
    team: str
    attended: bool  # recorded as an attendee (else: a member of the visit's team)


def _clash(a: _Presence, b: _Presence) -> bool:
    """Whether being at both ``a`` and ``b`` on one day puts a person in two places."""
    if a.visit_id == b.visit_id:
        return False
    if a.attended and b.attended:
        return True
    return a.unit_id != b.unit_id and a.team_id != b.team_id


def _person_conflicts(s: Session, start: date, end: date) -> list[Conflict]:
    in_range = (Visit.scheduled_on >= start, Visit.scheduled_on <= end)
    live = _live_visits().where(*in_range).subquery()
    membership = (
        select(
            live.c.id.label("visit_id"),
            TeamMember.person_id.label("person_id"),
            literal(False).label("attended"),
        )
        .join(TeamMember, TeamMember.team_id == live.c.team_id)
        .where(TeamMember.deleted.is_(False))
    )
    attendance = (
        select(Attendee.visit_id, Attendee.person_id, literal(True))
        .join(live, live.c.id == Attendee.visit_id)
        .where(
            Attendee.deleted.is_(False),
            Attendee.side == AttendeeSide.TEAM,
            Attendee.present.is_(True),
            Attendee.person_id.is_not(null()),
        )
    )
    presence = union_all(membership, attendance).subquery()
    unit = aliased(Unit)
    stmt = (
        select(
            Visit.scheduled_on,
            Person.id,
            Person.full_name,
            Visit.id,
            Visit.unit_id,
            unit.name,
            Visit.team_id,
            func.coalesce(Team.name, ""),
            presence.c.attended,
        )
        .join(Visit, Visit.id == presence.c.visit_id)
        .join(Person, Person.id == presence.c.person_id)
        .join(unit, unit.id == Visit.unit_id)
        .outerjoin(Team, Team.id == Visit.team_id)
        .where(Person.deleted.is_(False))
        .order_by(ascending(Visit.scheduled_on), Person.name_sort, unit.name_sort, Visit.id)
    )
    groups: dict[tuple[date, uuid.UUID], tuple[str, list[_Presence]]] = {}
    for day, person_id, name, visit_id, unit_id, unit_name, team_id, team, attended in s.execute(
        stmt
    ):
        entry = groups.setdefault((day, person_id), (name, []))
        presence_at = _Presence(visit_id, unit_id, unit_name, team_id, team, bool(attended))
        entry[1].append(presence_at)
    conflicts = []
    for (day, _person), (name, places) in groups.items():
        involved: set[uuid.UUID] = set()
        for a, b in combinations(places, 2):
            if _clash(a, b):
                involved |= {a.visit_id, b.visit_id}
        if not involved:
            continue
        shown: dict[uuid.UUID, str] = {}
        for p in places:
            if p.visit_id in involved and p.visit_id not in shown:
                shown[p.visit_id] = f"{p.unit} ({p.team})" if p.team else p.unit
        text = (
            f"{name} phải có mặt ở {len(shown)} nơi trong cùng ngày {_day(day)}: "
            f"{_join(list(shown.values()))}."
        )
        conflicts.append(Conflict(ConflictKind.PERSON, day, name, tuple(shown), text))
    return conflicts


def _unit_conflicts(s: Session, start: date, end: date) -> list[Conflict]:
    in_range = (Visit.scheduled_on >= start, Visit.scheduled_on <= end)
    live = _live_visits().where(Visit.plan_id.is_not(null())).subquery()
    repeated = (
        select(Visit.plan_id, Visit.unit_id)
        .join(live, live.c.id == Visit.id)
        .group_by(Visit.plan_id, Visit.unit_id)
        .having(func.count() > 1)
        .having(func.sum(case((and_(*in_range), 1), else_=0)) > 0)
        .subquery()
    )
    stmt = (
        select(
            Visit.plan_id,
            Plan.number,
            Plan.title,
            Visit.unit_id,
            live.c.unit,
            Visit.id,
            Visit.scheduled_on,
            live.c.team,
        )
        .join(live, live.c.id == Visit.id)
        .join(
            repeated,
            (repeated.c.plan_id == Visit.plan_id) & (repeated.c.unit_id == Visit.unit_id),
        )
        .join(Plan, Plan.id == Visit.plan_id)
        .order_by(Plan.number, live.c.unit, Visit.scheduled_on.is_(None), Visit.scheduled_on)
    )
    groups: dict[tuple[uuid.UUID, uuid.UUID], list[Any]] = defaultdict(list)
    for row in s.execute(stmt):
        groups[(row[0], row[3])].append(row)
    conflicts = []
    for rows in groups.values():
        number, title, unit = rows[0][1], rows[0][2], rows[0][4]
        plan = number or title
        visits = [f"ngày {_day(r[6])}" + (f" ({r[7]})" if r[7] else "") for r in rows]
        text = f"{unit} được kiểm tra {len(rows)} lần trong kế hoạch {plan}: {_join(visits)}."
        days = [r[6] for r in rows if r[6] is not None]
        ids = tuple(r[5] for r in rows)
        conflicts.append(Conflict(ConflictKind.UNIT, min(days, default=None), unit, ids, text))
    return conflicts


def conflicts(db: Database, start: date, end: date) -> list[Conflict]:
    """Clashes among live visits from ``start`` to ``end`` (both included).

    A person's clash counts on a day of the period; a unit visited twice in a plan
    counts when at least one of its visits falls in the period (the others may not).
    Sorted by day, people's clashes before units' on the same day.
    """
    with db.sessions() as s:
        found = _person_conflicts(s, start, end) + _unit_conflicts(s, start, end)
    return sorted(found, key=lambda c: (c.day or date.max, c.kind != ConflictKind.PERSON))
