"""The schedule over a period and its conflicts: people in two places, units visited twice."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from inspectdesk.db.database import Database
from inspectdesk.db.models import Attendee, Person, Plan, Team, TeamMember, Unit, Visit
from inspectdesk.domain.enums import AttendeeSide, VisitMode, VisitStatus
from inspectdesk.services.files import new_file
from inspectdesk.services.schedule import ConflictKind, conflicts, schedule


@dataclass
class World:
    """A plan, two teams sharing one person, units and people, and a way to add visits."""

    db: Database
    ids: dict[str, uuid.UUID] = field(default_factory=dict)

    def visit(
        self,
        unit: str,
        team: str | None,
        day: date | None,
        *,
        plan: str = "plan",
        status: VisitStatus = VisitStatus.PLANNED,
        deleted: bool = False,
        mode: VisitMode = VisitMode.ANNOUNCED,
    ) -> uuid.UUID:
        with self.db.sessions.begin() as s:
            visit = Visit(
                unit_id=self.ids[unit],
                team_id=self.ids[team] if team else None,
                plan_id=self.ids[plan],
                scheduled_on=day,
                status=status,
                deleted=deleted,
                mode=mode,
            )
            s.add(visit)
            s.flush()
            return visit.id

    def attend(self, visit_id: uuid.UUID, person: str, *, side: AttendeeSide) -> None:
        with self.db.sessions.begin() as s:
            s.add(
                Attendee(visit_id=visit_id, person_id=self.ids[person], side=side, full_name=person)
            )


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    db = new_file(tmp_path / "schedule.idb")
    w = World(db)
    with db.sessions.begin() as s:
        rows: dict[str, Unit | Person | Plan | Team] = {
            "plan": Plan(number="12/KH-UBND", title="Kiểm tra công vụ"),
            "other plan": Plan(number="15/KH-UBND", title="Kiểm tra đột xuất"),
            "Sở Nội vụ": Unit(name="Sở Nội vụ"),
            "UBND xã Đạo Tú": Unit(name="UBND xã Đạo Tú"),
            "Sở Y tế": Unit(name="Sở Y tế"),
            "Nguyễn Văn Thành": Person(full_name="Nguyễn Văn Thành"),
            "Trần Thị Hà": Person(full_name="Trần Thị Hà"),
            "Lê Quang Huy": Person(full_name="Lê Quang Huy"),
        }
        s.add_all(rows.values())
        s.flush()
        for name in ("Đoàn số 1", "Đoàn số 2"):
            rows[name] = Team(name=name, plan_id=rows["plan"].id)
            s.add(rows[name])
        s.flush()
        w.ids = {name: row.id for name, row in rows.items()}
        for team, person, position in (
            ("Đoàn số 1", "Nguyễn Văn Thành", 0),
            ("Đoàn số 1", "Trần Thị Hà", 1),
            ("Đoàn số 2", "Nguyễn Văn Thành", 0),
            ("Đoàn số 2", "Lê Quang Huy", 1),
        ):
            s.add(TeamMember(team_id=w.ids[team], person_id=w.ids[person], position=position))
    yield w
    db.close()


DAY = date(2021, 11, 18)
NOVEMBER = (date(2021, 11, 1), date(2021, 11, 30))


def test_schedule_lists_live_visits_with_their_team(world: World) -> None:
    first = world.visit("Sở Nội vụ", "Đoàn số 1", DAY, mode=VisitMode.UNANNOUNCED)
    world.visit("Sở Y tế", "Đoàn số 2", DAY, status=VisitStatus.CANCELLED)
    world.visit("UBND xã Đạo Tú", "Đoàn số 2", DAY, deleted=True)
    world.visit("UBND xã Đạo Tú", None, date(2021, 12, 1))  # outside the period
    (only,) = schedule(world.db, *NOVEMBER)
    assert (only.id, only.day, only.unit, only.team) == (first, DAY, "Sở Nội vụ", "Đoàn số 1")
    assert only.mode is VisitMode.UNANNOUNCED
    assert only.people == ("Nguyễn Văn Thành", "Trần Thị Hà")


def test_schedule_filters_by_plan_and_team(world: World) -> None:
    ours = world.visit("Sở Nội vụ", "Đoàn số 1", DAY)
    theirs = world.visit("Sở Y tế", "Đoàn số 2", DAY)
    other = world.visit("UBND xã Đạo Tú", None, DAY, plan="other plan")
    team_two = world.ids["Đoàn số 2"]
    assert [v.id for v in schedule(world.db, *NOVEMBER, team_id=team_two)] == [theirs]
    in_plan = schedule(world.db, *NOVEMBER, plan_id=world.ids["plan"])
    assert {v.id for v in in_plan} == {ours, theirs}
    assert [v.id for v in schedule(world.db, *NOVEMBER, plan_id=world.ids["other plan"])] == [other]


def test_a_member_of_two_teams_at_two_units_on_one_day(world: World) -> None:
    one = world.visit("Sở Nội vụ", "Đoàn số 1", DAY)
    two = world.visit("Sở Y tế", "Đoàn số 2", DAY)
    world.visit("UBND xã Đạo Tú", "Đoàn số 2", date(2021, 11, 19))  # another day: fine
    (found,) = conflicts(world.db, *NOVEMBER)
    assert found.kind is ConflictKind.PERSON
    assert (found.day, found.subject, set(found.visit_ids)) == (DAY, "Nguyễn Văn Thành", {one, two})
    assert found.text == (
        "Nguyễn Văn Thành phải có mặt ở 2 nơi trong cùng ngày 18/11/2021: "
        "Sở Nội vụ (Đoàn số 1) và Sở Y tế (Đoàn số 2)."
    )


def test_one_team_at_two_units_on_one_day_is_no_clash(world: World) -> None:
    world.visit("Sở Nội vụ", "Đoàn số 1", DAY)
    world.visit("Sở Y tế", "Đoàn số 1", DAY)
    assert conflicts(world.db, *NOVEMBER) == []


def test_two_teams_together_at_one_unit_is_no_clash(world: World) -> None:
    world.visit("Sở Nội vụ", "Đoàn số 1", DAY)
    world.visit("Sở Nội vụ", "Đoàn số 2", DAY, plan="other plan")
    assert conflicts(world.db, *NOVEMBER) == []


def test_someone_recorded_at_two_visits_on_one_day(world: World) -> None:
    one = world.visit("Sở Nội vụ", None, DAY)
    two = world.visit("Sở Y tế", None, DAY)
    world.attend(one, "Lê Quang Huy", side=AttendeeSide.TEAM)
    world.attend(two, "Lê Quang Huy", side=AttendeeSide.TEAM)
    world.attend(two, "Trần Thị Hà", side=AttendeeSide.TEAM)
    world.attend(one, "Trần Thị Hà", side=AttendeeSide.UNIT)  # the unit's side: not counted
    (found,) = conflicts(world.db, *NOVEMBER)
    assert (found.subject, set(found.visit_ids)) == ("Lê Quang Huy", {one, two})


def test_a_unit_visited_twice_in_a_plan(world: World) -> None:
    first = world.visit("UBND xã Đạo Tú", "Đoàn số 1", date(2021, 11, 3))
    second = world.visit("UBND xã Đạo Tú", "Đoàn số 2", date(2021, 11, 25))
    world.visit("UBND xã Đạo Tú", None, date(2021, 11, 26), plan="other plan")
    (found,) = conflicts(world.db, *NOVEMBER)
    assert found.kind is ConflictKind.UNIT
    assert (found.day, found.visit_ids) == (date(2021, 11, 3), (first, second))
    assert found.text == (
        "UBND xã Đạo Tú được kiểm tra 2 lần trong kế hoạch 12/KH-UBND: "
        "ngày 03/11/2021 (Đoàn số 1) và ngày 25/11/2021 (Đoàn số 2)."
    )


def test_cancelled_and_deleted_visits_make_no_conflict(world: World) -> None:
    world.visit("Sở Nội vụ", "Đoàn số 1", DAY)
    world.visit("Sở Y tế", "Đoàn số 2", DAY, status=VisitStatus.CANCELLED)
    world.visit("Sở Nội vụ", "Đoàn số 2", date(2021, 11, 20), deleted=True)
    world.visit("Sở Nội vụ", None, date(2021, 11, 21), status=VisitStatus.CANCELLED)
    assert conflicts(world.db, *NOVEMBER) == []


def test_deleted_team_members_make_no_conflict(world: World) -> None:
    world.visit("Sở Nội vụ", "Đoàn số 1", DAY)
    world.visit("Sở Y tế", "Đoàn số 2", DAY)
    with world.db.sessions.begin() as s:
        for member in s.query(TeamMember).filter_by(person_id=world.ids["Nguyễn Văn Thành"]):
            member.deleted = True
    assert conflicts(world.db, *NOVEMBER) == []


def test_conflicts_across_the_year_end(world: World) -> None:
    new_year = date(2022, 1, 1)
    world.visit("Sở Nội vụ", "Đoàn số 1", new_year)
    world.visit("Sở Y tế", "Đoàn số 2", new_year)
    december = world.visit("UBND xã Đạo Tú", "Đoàn số 1", date(2021, 12, 30))
    january = world.visit("UBND xã Đạo Tú", "Đoàn số 2", date(2022, 1, 3))
    week = conflicts(world.db, date(2021, 12, 27), date(2022, 1, 2))
    assert [(c.kind, c.day) for c in week] == [
        (ConflictKind.UNIT, date(2021, 12, 30)),
        (ConflictKind.PERSON, new_year),
    ]
    assert week[0].visit_ids == (december, january)
    # A unit's repeat counts when one of its visits falls in the period, the other outside.
    later = conflicts(world.db, date(2022, 1, 2), date(2022, 1, 31))
    assert [c.kind for c in later] == [ConflictKind.UNIT]
    assert conflicts(world.db, date(2021, 11, 1), date(2021, 12, 29)) == []
