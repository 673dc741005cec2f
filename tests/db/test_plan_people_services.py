"""Plan, team and person services: validation, revisions, members and people search."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from inspectdesk.db.database import Database
from inspectdesk.db.models import ChecklistTemplate, Organisation, Plan, Team, TeamMember, Unit
from inspectdesk.domain.enums import Honorific, PlanStatus, TeamRole
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.files import new_file
from inspectdesk.services.people import PersonDraft, PersonService
from inspectdesk.services.plans import PlanDraft, PlanService
from inspectdesk.services.teams import TeamDraft, TeamService
from inspectdesk.services.validation import Problem, ValidationFailed

PEOPLE = (
    "Nguyễn Văn An",
    "Nguyễn Thị Bình",
    "Trần Văn Cường",
    "Lê Thị Dung",
    "Đỗ Văn Nguyên",
)


@dataclass
class World:
    db: Database
    bus: ChangeBus
    published: list[Changes]
    plans: PlanService
    teams: TeamService
    people: PersonService
    org: uuid.UUID
    checklist: uuid.UUID
    old_checklist: uuid.UUID
    unit: uuid.UUID
    person: dict[str, uuid.UUID]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    db = new_file(tmp_path / "plans.idb")
    with db.sessions.begin() as s:
        org = Organisation(name="Sở Nội vụ", doc_code="SNV")
        current = ChecklistTemplate(name="Kỷ luật, kỷ cương hành chính", version=2)
        old = ChecklistTemplate(name="Kỷ luật, kỷ cương hành chính", version=1, deleted=True)
        unit = Unit(name="UBND thành phố Vĩnh Yên")
        s.add_all([org, current, old, unit])
        s.flush()
        ids = (org.id, current.id, old.id, unit.id)
    bus = ChangeBus()
    published: list[Changes] = []
    bus.subscribe(published.append)
    people = PersonService(db, bus)
    person = {
        name: people.create(PersonDraft(full_name=name, unit_id=ids[3] if i % 2 else None))
        for i, name in enumerate(PEOPLE)
    }
    published.clear()
    yield World(
        db, bus, published, PlanService(db, bus), TeamService(db, bus), people, *ids, person
    )
    db.close()


def problems(exc: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, Problem]]:
    return {(p.field, p.problem) for p in exc.value.problems}


def a_plan(world: World, **changes: object) -> PlanDraft:
    draft = PlanDraft(
        number="230/KH-UBND",
        title="Kiểm tra công vụ năm 2026",
        issuer="UBND tỉnh Vĩnh Phúc",
        start_on=date(2026, 3, 1),
        end_on=date(2026, 12, 31),
        legal_basis="Căn cứ Luật Cán bộ, công chức;\nCăn cứ Nghị định 30/2020/NĐ-CP",
        organisation_id=world.org,
        checklist_id=world.checklist,
        status=PlanStatus.APPROVED,
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


# -- plans ------------------------------------------------------------------------


def test_create_stores_the_cleaned_plan_and_publishes(world: World) -> None:
    plan_id = world.plans.create(a_plan(world, title="  Kiểm tra  công vụ\u00a0năm 2026 "))
    draft, revision = world.plans.draft(plan_id)
    assert draft.title == "Kiểm tra công vụ năm 2026"
    assert draft.legal_basis.splitlines()[1] == "Căn cứ Nghị định 30/2020/NĐ-CP"
    assert (draft.status, draft.checklist_id, revision) == (PlanStatus.APPROVED, world.checklist, 1)
    assert world.published[-1].tables == {"plan"} and plan_id in world.published[-1].ids


def test_validation_lists_every_problem_and_writes_nothing(world: World) -> None:
    draft = a_plan(
        world,
        title=" ",
        number="x" * 61,
        start_on=date(2026, 5, 2),
        end_on=date(2026, 5, 1),
        organisation_id=uuid.uuid4(),
        checklist_id=world.old_checklist,  # deleted: not a choice for a new plan
    )
    with pytest.raises(ValidationFailed) as exc:
        world.plans.create(draft)
    assert problems(exc) == {
        ("title", Problem.REQUIRED),
        ("number", Problem.TOO_LONG),
        ("end_on", Problem.DATE_ORDER),
        ("organisation_id", Problem.MISSING),
        ("checklist_id", Problem.MISSING),
    }
    with world.db.sessions() as s:
        assert s.scalars(select(Plan)).all() == []
    assert world.published == []


def test_one_day_plan_is_fine(world: World) -> None:
    day = date(2026, 5, 1)
    world.plans.create(a_plan(world, start_on=day, end_on=day))


def test_update_refuses_a_stale_revision(world: World) -> None:
    plan_id = world.plans.create(a_plan(world))
    draft, revision = world.plans.draft(plan_id)
    new_revision = world.plans.update(plan_id, replace(draft, purpose="Chấn chỉnh"), revision)
    assert new_revision == revision + 1
    with pytest.raises(ValidationFailed) as exc:
        world.plans.update(plan_id, replace(draft, purpose="Khác"), revision)
    (stale_problem,) = exc.value.problems
    assert (stale_problem.field, stale_problem.problem) == ("revision", Problem.STALE)
    assert stale_problem.by and stale_problem.at is not None  # who saved it meanwhile, when
    assert world.plans.draft(plan_id)[0].purpose == "Chấn chỉnh"


def test_a_plan_keeps_a_checklist_version_deleted_since(world: World) -> None:
    plan_id = world.plans.create(a_plan(world))
    with world.db.sessions.begin() as s:
        s.get_one(Plan, plan_id).checklist_id = world.old_checklist
    draft, revision = world.plans.draft(plan_id)
    world.plans.update(plan_id, replace(draft, note="ghi chú"), revision)
    mine = {world.checklist, world.old_checklist}
    choices = [c for c in world.plans.checklists(include=world.old_checklist) if c.id in mine]
    assert [(c.version, c.deleted) for c in choices] == [(1, True), (2, False)]
    assert [c.version for c in world.plans.checklists() if c.id in mine] == [2]


def test_delete_to_the_trash_and_back(world: World) -> None:
    plan_id = world.plans.create(a_plan(world))
    assert world.plans.set_deleted([plan_id], True) == 1
    with pytest.raises(NotFound):
        world.plans.draft(plan_id)
    assert world.plans.set_deleted([plan_id], True) == 0
    assert world.plans.set_deleted([plan_id], False) == 1
    assert world.plans.draft(plan_id)[0].number == "230/KH-UBND"


def test_choice_lists(world: World) -> None:
    assert [c.name for c in world.plans.organisations()] == ["Sở Nội vụ"]
    assert [c.name for c in world.people.units()] == ["UBND thành phố Vĩnh Yên"]


# -- teams and members --------------------------------------------------------------


@pytest.fixture
def team(world: World) -> uuid.UUID:
    plan_id = world.plans.create(a_plan(world))
    return world.teams.add_team(plan_id, TeamDraft(name="Đoàn kiểm tra số 1", doc_code="đkt"))


def test_team_fields_and_doc_code(world: World, team: uuid.UUID) -> None:
    draft, revision = world.teams.team_draft(team)
    assert draft.doc_code == "ĐKT"  # capitals, as in "05/BB-ĐKT"
    with pytest.raises(ValidationFailed) as exc:
        world.teams.update_team(team, replace(draft, name="", doc_code="Đ/KT"), revision)
    assert problems(exc) == {("name", Problem.REQUIRED), ("doc_code", Problem.INVALID)}
    world.teams.update_team(team, replace(draft, doc_code="", is_undercover=True), revision)
    with pytest.raises(ValidationFailed) as exc:
        world.teams.update_team(team, draft, revision)
    assert problems(exc) == {("revision", Problem.STALE)}
    assert world.teams.team_draft(team)[0].is_undercover


def test_teams_of_a_plan_and_their_deletion(world: World, team: uuid.UUID) -> None:
    with world.db.sessions() as s:
        plan_id = s.get_one(Team, team).plan_id
    assert plan_id is not None
    other = world.teams.add_team(plan_id, TeamDraft(name="Tổ kiểm tra đột xuất"))
    world.teams.add_member(other, world.person["Lê Thị Dung"])
    rows = world.teams.teams(plan_id)
    assert [(r.name, r.members) for r in rows] == [
        ("Đoàn kiểm tra số 1", 0),
        ("Tổ kiểm tra đột xuất", 1),
    ]
    world.teams.set_team_deleted([other], True)
    assert [r.id for r in world.teams.teams(plan_id)] == [team]
    world.teams.set_team_deleted([other], False)
    assert world.teams.members(other)[0].full_name == "Lê Thị Dung"
    with pytest.raises(NotFound):
        world.teams.add_team(uuid.uuid4(), TeamDraft(name="x"))


def test_members_with_roles_and_the_one_leader_rule(world: World, team: uuid.UUID) -> None:
    p = world.person
    leader = world.teams.add_member(team, p["Nguyễn Văn An"], TeamRole.LEADER)
    world.teams.add_member(team, p["Trần Văn Cường"], TeamRole.SECRETARY)
    member = world.teams.add_member(team, p["Lê Thị Dung"])
    assert world.published[-1].tables == {"team_member"}
    with pytest.raises(ValidationFailed) as exc:
        world.teams.add_member(team, p["Nguyễn Thị Bình"], TeamRole.LEADER)
    assert problems(exc) == {("role", Problem.INVALID)}
    with pytest.raises(ValidationFailed) as exc:
        world.teams.change_role(member, TeamRole.SECRETARY)
    assert problems(exc) == {("role", Problem.INVALID)}
    with pytest.raises(ValidationFailed) as exc:
        world.teams.add_member(team, p["Lê Thị Dung"], TeamRole.DEPUTY)
    assert problems(exc) == {("person", Problem.INVALID)}  # already on the team
    assert world.teams.change_role(member, TeamRole.DEPUTY) == TeamRole.MEMBER
    assert world.teams.change_role(leader, TeamRole.LEADER) == TeamRole.LEADER  # unchanged
    rows = world.teams.members(team)
    assert [(r.full_name, r.role, r.position) for r in rows] == [
        ("Nguyễn Văn An", TeamRole.LEADER, 1),
        ("Trần Văn Cường", TeamRole.SECRETARY, 2),
        ("Lê Thị Dung", TeamRole.DEPUTY, 3),
    ]
    world.teams.set_member_deleted(leader, True)
    new_leader = world.teams.add_member(team, p["Nguyễn Thị Bình"], TeamRole.LEADER)
    with pytest.raises(ValidationFailed) as exc:
        world.teams.set_member_deleted(leader, False)  # would make two leaders
    assert problems(exc) == {("role", Problem.INVALID)}
    world.teams.set_member_deleted(new_leader, True)
    world.teams.set_member_deleted(leader, False)
    assert [r.role for r in world.teams.members(team)].count(TeamRole.LEADER) == 1


def test_missing_person_is_refused(world: World, team: uuid.UUID) -> None:
    with pytest.raises(ValidationFailed) as exc:
        world.teams.add_member(team, uuid.uuid4())
    assert problems(exc) == {("person", Problem.MISSING)}


def test_reorder_and_move_members(world: World, team: uuid.UUID) -> None:
    ids = [world.teams.add_member(team, world.person[name]) for name in PEOPLE[:3]]
    assert world.teams.move_member(ids[2], -1) == [ids[0], ids[2], ids[1]]
    assert world.teams.move_member(ids[0], -5) == [ids[0], ids[2], ids[1]]  # clamped
    before = world.teams.reorder_members(team, [ids[1], ids[0], ids[2]])
    assert before == [ids[0], ids[2], ids[1]]
    assert [r.id for r in world.teams.members(team)] == [ids[1], ids[0], ids[2]]
    assert [r.position for r in world.teams.members(team)] == [1, 2, 3]
    with pytest.raises(ValidationFailed) as exc:
        world.teams.reorder_members(team, ids[:2])
    assert problems(exc) == {("order", Problem.INVALID)}
    with world.db.sessions() as s:
        assert s.scalars(select(TeamMember.position).order_by(TeamMember.position)).all() == [
            1,
            2,
            3,
        ]


# -- people -----------------------------------------------------------------------


def test_search_people_ignores_tones(world: World) -> None:
    names = [r.full_name for r in world.people.search_people("nguyen van")]
    assert names == ["Nguyễn Văn An", "Đỗ Văn Nguyên"]  # starting with it first, then anywhere
    assert [r.full_name for r in world.people.search_people("le thi")] == ["Lê Thị Dung"]
    names = [r.full_name for r in world.people.search_people("NGUYỄN")]
    assert names == ["Nguyễn Thị Bình", "Nguyễn Văn An", "Đỗ Văn Nguyên"]  # Vietnamese order
    in_unit = world.people.search_people("", unit_id=world.unit)
    assert [r.full_name for r in in_unit] == ["Nguyễn Thị Bình", "Lê Thị Dung"][::-1]
    assert all(r.unit == "UBND thành phố Vĩnh Yên" for r in in_unit)
    assert world.people.search_people("100%_") == []


def test_person_validation(world: World) -> None:
    draft = PersonDraft(full_name="  ", email="an at snv.gov.vn", unit_id=uuid.uuid4())
    with pytest.raises(ValidationFailed) as exc:
        world.people.create(draft)
    assert problems(exc) == {
        ("full_name", Problem.REQUIRED),
        ("email", Problem.INVALID),
        ("unit_id", Problem.MISSING),
    }
    person = world.people.create(
        PersonDraft(
            full_name="Phạm Thu Hà",
            honorific=Honorific.MS,
            job_title="Chuyên viên",
            organisation_id=world.org,
            email=" ha.pt@snv.vinhphuc.gov.vn ",
        )
    )
    draft, revision = world.people.draft(person)
    assert (draft.honorific, draft.email) == (Honorific.MS, "ha.pt@snv.vinhphuc.gov.vn")
    world.people.update(person, replace(draft, phone="0211 3862 123"), revision)
    with pytest.raises(ValidationFailed) as exc:
        world.people.update(person, draft, revision)
    assert problems(exc) == {("revision", Problem.STALE)}
    assert world.people.set_deleted([person], True) == 1
    assert "Phạm Thu Hà" not in [r.full_name for r in world.people.search_people("ha")]
