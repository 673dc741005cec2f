"""The visit service: general data, status rules, attendance, checklist, findings, remediation."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspectdesk.db.database import Database
from inspectdesk.db.models import (
    Attendee,
    ChecklistItem,
    ChecklistResult,
    ChecklistSection,
    ChecklistTemplate,
    Finding,
    Person,
    Plan,
    Recommendation,
    RemediationEvent,
    Team,
    TeamMember,
    Unit,
    Visit,
)
from inspectdesk.domain.enums import (
    AttendeeSide,
    FindingKind,
    ItemResult,
    RemediationStatus,
    TeamRole,
    VisitMode,
    VisitStatus,
)
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.files import new_file
from inspectdesk.services.signing import SigningService
from inspectdesk.services.validation import FieldProblem, Problem, ValidationFailed
from inspectdesk.services.visits import (
    VIETNAM,
    AttendeeDraft,
    FindingDraft,
    RecommendationDraft,
    UseUnlock,
    VisitDraft,
    VisitLocked,
    VisitService,
    from_local,
    to_local,
)

TODAY = date(2026, 11, 20)
START = datetime(2026, 11, 12, 8, 30)  # Vietnam wall-clock time
END = datetime(2026, 11, 12, 10, 45)


@dataclass
class World:
    """A file with two plans, a team of four, a unit with its head, and the service."""

    db: Database
    svc: VisitService
    published: list[Changes]
    unit: uuid.UUID
    other_unit: uuid.UUID
    plan: uuid.UUID
    other_plan: uuid.UUID
    team: uuid.UUID
    other_team: uuid.UUID
    head: uuid.UUID
    items: list[uuid.UUID]

    def draft(self, **changes: object) -> VisitDraft:
        base = VisitDraft(unit_id=self.unit, plan_id=self.plan, team_id=self.team)
        return replace(base, **changes)  # type: ignore[arg-type]

    def count(self, model: type) -> int:
        with self.db.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    db = new_file(tmp_path / "visits.idb")
    with db.sessions.begin() as s:
        template = s.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.name)).first()
        assert template is not None
        unit, other = Unit(name="UBND thành phố Vĩnh Yên"), Unit(name="Sở Nội vụ")
        plan = Plan(number="230/KH-UBND", title="Kiểm tra công vụ", checklist_id=template.id)
        other_plan = Plan(number="12/KH-SNV", title="Kiểm tra khác")
        s.add_all([unit, other, plan, other_plan])
        s.flush()
        team = Team(name="Đoàn kiểm tra số 1", plan_id=plan.id)
        other_team = Team(name="Đoàn kiểm tra số 2", plan_id=other_plan.id)
        head = Person(full_name="Nguyễn Văn An", job_title="Chủ tịch UBND", unit_id=unit.id)
        inspectors = [
            Person(full_name="Trần Thị Bình", job_title="Phó Giám đốc Sở Nội vụ"),
            Person(full_name="Lê Văn Cường", job_title="Trưởng phòng CCHC"),
            Person(full_name="Phạm Thu Dung", job_title="Chuyên viên"),
            Person(full_name="Hoàng Minh Đức", job_title="Chuyên viên Văn phòng"),
        ]
        s.add_all([team, other_team, head, *inspectors])
        s.flush()
        roles = (TeamRole.LEADER, TeamRole.DEPUTY, TeamRole.MEMBER, TeamRole.SECRETARY)
        for position, (person, role) in enumerate(zip(inspectors, roles, strict=True)):
            s.add(TeamMember(team_id=team.id, person_id=person.id, role=role, position=position))
        items = list(
            s.scalars(
                select(ChecklistItem.id)
                .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
                .where(ChecklistSection.template_id == template.id)
                .order_by(ChecklistSection.position, ChecklistItem.position)
            )
        )
        ids = (unit.id, other.id, plan.id, other_plan.id, team.id, other_team.id, head.id)
    bus = ChangeBus()
    published: list[Changes] = []
    bus.subscribe(published.append)
    yield World(db, VisitService(db, bus, today=lambda: TODAY), published, *ids, items)
    db.close()


def problems_of(excinfo: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, Problem]]:
    return {(p.field, p.problem) for p in excinfo.value.problems}


# --- general data ---------------------------------------------------------------------


def test_create_and_load_round_trip_in_vietnam_time(world: World) -> None:
    draft = world.draft(
        mode=VisitMode.UNANNOUNCED,
        scheduled_on=date(2026, 11, 12),
        actual_start=START,
        actual_end=END,
        place="  Trụ sở   UBND thành phố Vĩnh Yên ",
        subject="Kiểm tra công vụ",
        copies=3,
        causes="Nguyên nhân\r\nthứ hai",
    )
    visit_id = world.svc.create(draft)
    with world.db.sessions() as s:
        stored = s.get_one(Visit, visit_id)
        assert stored.actual_start == datetime(2026, 11, 12, 1, 30, tzinfo=UTC)
        assert stored.actual_end == datetime(2026, 11, 12, 3, 45, tzinfo=UTC)
        assert stored.status is VisitStatus.PLANNED
    detail = world.svc.load(visit_id)
    assert detail.general == draft.cleaned()
    assert detail.general.actual_start == START
    assert detail.general.place == "Trụ sở UBND thành phố Vĩnh Yên"
    assert detail.general.causes == "Nguyên nhân\nthứ hai"
    assert detail.unit_name == "UBND thành phố Vĩnh Yên"
    assert detail.checklist_name and len(detail.checklist) == len(world.items)
    assert all(entry.result is ItemResult.UNSET for entry in detail.checklist)
    assert world.published[-1] == Changes(frozenset({"visit"}), frozenset({visit_id}))


def test_local_time_conversion_uses_utc_plus_seven() -> None:
    assert VIETNAM.utcoffset(None) == timedelta(hours=7)
    moment = from_local(datetime(2021, 11, 8, 7, 30))
    assert moment == datetime(2021, 11, 8, 0, 30, tzinfo=UTC)
    assert to_local(moment) == datetime(2021, 11, 8, 7, 30)
    assert to_local(datetime(2021, 11, 7, 23, 5, 42, tzinfo=UTC)) == datetime(2021, 11, 8, 6, 5)
    assert from_local(None) is None and to_local(None) is None
    with pytest.raises(ValueError):
        to_local(datetime(2021, 11, 8, 7, 30))
    draft = VisitDraft(actual_start=datetime(2021, 11, 8, 1, 0, tzinfo=UTC)).cleaned()
    assert draft.actual_start == datetime(2021, 11, 8, 8, 0)


def test_a_draft_with_problems_is_refused_and_nothing_is_written(world: World) -> None:
    bad = world.draft(
        unit_id=None,
        team_id=world.other_team,
        actual_start=END,
        actual_end=START,
        place="x" * 301,
        copies=0,
        lead_id=uuid.uuid4(),
    )
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.create(bad)
    assert problems_of(excinfo) == {
        ("unit_id", Problem.REQUIRED),
        ("team_id", Problem.INVALID),
        ("actual_end", Problem.DATE_ORDER),
        ("place", Problem.TOO_LONG),
        ("copies", Problem.INVALID),
        ("lead_id", Problem.MISSING),
    }
    assert FieldProblem("place", Problem.TOO_LONG, 300) in excinfo.value.problems
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.create(world.draft(unit_id=uuid.uuid4(), plan_id=uuid.uuid4(), team_id=None))
    assert problems_of(excinfo) == {("unit_id", Problem.MISSING), ("plan_id", Problem.MISSING)}
    assert world.count(Visit) == 0
    assert world.published == []


def test_update_general_saves_and_returns_the_new_revision(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    draft, revision = world.svc.general(visit_id)
    new_revision = world.svc.update_general(visit_id, replace(draft, place="Hội trường"), revision)
    assert new_revision == revision + 1
    assert world.svc.load(visit_id).general.place == "Hội trường"
    unchanged = world.svc.update_general(visit_id, replace(draft, place="Hội trường"), new_revision)
    assert unchanged == new_revision  # nothing changed: no new version


def test_a_stale_revision_is_refused(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    draft, revision = world.svc.general(visit_id)
    world.svc.update_general(visit_id, replace(draft, place="Nơi thứ nhất"), revision)
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.update_general(visit_id, replace(draft, place="Nơi thứ hai"), revision)
    assert problems_of(excinfo) == {("revision", Problem.STALE)}
    assert world.svc.load(visit_id).general.place == "Nơi thứ nhất"
    with pytest.raises(ValidationFailed):
        world.svc.set_status(visit_id, VisitStatus.NOTIFIED, revision)


def test_an_invalid_update_writes_nothing(world: World) -> None:
    visit_id = world.svc.create(world.draft(actual_start=START))
    draft, revision = world.svc.general(visit_id)
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.update_general(
            visit_id, replace(draft, actual_end=START.replace(hour=7)), revision
        )
    assert problems_of(excinfo) == {("actual_end", Problem.DATE_ORDER)}
    assert world.svc.general(visit_id) == (draft, revision)


def test_unknown_visits_are_not_found(world: World) -> None:
    missing = uuid.uuid4()
    for call in (
        lambda: world.svc.load(missing),
        lambda: world.svc.general(missing),
        lambda: world.svc.update_general(missing, world.draft(), 1),
        lambda: world.svc.set_status(missing, VisitStatus.NOTIFIED, 1),
        lambda: world.svc.fill_team(missing),
        lambda: world.svc.add_finding(missing, FindingDraft(FindingKind.STRENGTH, "Tốt")),
        lambda: world.svc.set_result(missing, world.items[0], ItemResult.PASS),
        lambda: world.svc.update_attendee(missing, AttendeeDraft(AttendeeSide.OTHER, "A"), 1),
        lambda: world.svc.set_finding_deleted(missing),
        lambda: world.svc.remediation_history(missing),
    ):
        with pytest.raises(NotFound):
            call()


def test_a_visit_in_the_trash_is_not_found_until_restored(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    assert world.svc.set_deleted([visit_id], True) == 1
    with pytest.raises(NotFound):
        world.svc.load(visit_id)
    assert world.svc.set_deleted([visit_id], False) == 1
    assert world.svc.load(visit_id).id == visit_id


# --- status rules --------------------------------------------------------------------


def test_minutes_need_an_actual_start(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    revision = world.svc.load(visit_id).revision
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.set_status(visit_id, VisitStatus.DRAFTED, revision)
    assert problems_of(excinfo) == {
        ("status", Problem.INVALID),
        ("actual_start", Problem.REQUIRED),
    }
    assert world.svc.load(visit_id).status is VisitStatus.PLANNED
    revision = world.svc.set_status(visit_id, VisitStatus.IN_PROGRESS, revision)
    draft, revision = world.svc.general(visit_id)
    revision = world.svc.update_general(visit_id, replace(draft, actual_start=START), revision)
    revision = world.svc.set_status(visit_id, VisitStatus.DRAFTED, revision)
    assert world.svc.load(visit_id).status is VisitStatus.DRAFTED
    with pytest.raises(ValidationFailed) as excinfo:  # a drafted visit keeps its start
        world.svc.update_general(visit_id, replace(draft, actual_start=None), revision)
    assert problems_of(excinfo) == {("actual_start", Problem.REQUIRED)}


def test_signed_minutes_lock_the_visit_until_it_is_unlocked(world: World) -> None:
    visit_id = world.svc.create(world.draft(actual_start=START))
    finding = world.svc.add_finding(visit_id, FindingDraft(FindingKind.STRENGTH, "Đúng giờ"))
    with world.db.sessions.begin() as s:
        s.get_one(Visit, visit_id).minutes_number = "01/BB-ĐKT"
    signing = SigningService(world.db, today=lambda: TODAY)
    revision = signing.sign(visit_id, START.date(), None, world.svc.load(visit_id).revision)
    detail = world.svc.load(visit_id)
    assert detail.locked
    draft = detail.general
    for call in (
        lambda: world.svc.update_general(visit_id, replace(draft, place="X"), revision),
        lambda: world.svc.fill_team(visit_id),
        lambda: world.svc.add_attendee(visit_id, AttendeeDraft(AttendeeSide.OTHER, "Khách")),
        lambda: world.svc.set_result(visit_id, world.items[0], ItemResult.PASS),
        lambda: world.svc.add_finding(visit_id, FindingDraft(FindingKind.STRENGTH, "Tốt")),
        lambda: world.svc.set_finding_deleted(finding),
        lambda: world.svc.add_recommendation(visit_id, RecommendationDraft("Sửa")),
    ):
        with pytest.raises(VisitLocked):
            call()
    with pytest.raises(UseUnlock):  # the status control cannot unlock
        world.svc.set_status(visit_id, VisitStatus.DRAFTED, revision)
    revision = signing.unlock(visit_id, "Bổ sung ý kiến của đơn vị", revision)
    world.svc.update_general(visit_id, replace(draft, place="X"), revision)
    assert world.svc.load(visit_id).general.place == "X"


# --- attendance ------------------------------------------------------------------------


def test_fill_team_copies_members_with_roles_as_they_are_that_day(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    ids = world.svc.fill_team(visit_id)
    assert len(ids) == 4
    with world.db.sessions.begin() as s:  # later, an inspector is promoted
        person = s.scalars(select(Person).where(Person.full_name == "Lê Văn Cường")).one()
        person.job_title = "Phó Giám đốc"
    rows = world.svc.load(visit_id).attendees
    assert [(r.full_name, r.team_role, r.job_title) for r in rows] == [
        ("Trần Thị Bình", TeamRole.LEADER, "Phó Giám đốc Sở Nội vụ"),
        ("Lê Văn Cường", TeamRole.DEPUTY, "Trưởng phòng CCHC"),
        ("Phạm Thu Dung", TeamRole.MEMBER, "Chuyên viên"),
        ("Hoàng Minh Đức", TeamRole.SECRETARY, "Chuyên viên Văn phòng"),
    ]
    assert all(r.side is AttendeeSide.TEAM and r.present for r in rows)
    assert world.svc.fill_team(visit_id) == []  # everyone is already seated
    assert world.published[-1].tables == {"attendee"}


def test_fill_team_needs_a_team(world: World) -> None:
    visit_id = world.svc.create(world.draft(team_id=None))
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.fill_team(visit_id)
    assert problems_of(excinfo) == {("team_id", Problem.REQUIRED)}
    assert world.count(Attendee) == 0


def test_attendees_add_update_move_and_remove(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    world.svc.fill_team(visit_id)
    head = world.svc.add_attendee(
        visit_id,
        AttendeeDraft(
            AttendeeSide.UNIT,
            " Nguyễn Văn An ",
            "Chủ tịch UBND",
            TeamRole.LEADER,  # ignored: not on the team's side
            world.head,
        ),
    )
    guest = world.svc.add_attendee(
        visit_id, AttendeeDraft(AttendeeSide.OTHER, "Đỗ Thị Hà", "Trưởng phòng Nội vụ")
    )
    deputy = world.svc.add_attendee(visit_id, AttendeeDraft(AttendeeSide.UNIT, "Vũ Văn Long"))
    rows = world.svc.load(visit_id).attendees
    assert [r.full_name for r in rows][4:] == ["Nguyễn Văn An", "Vũ Văn Long", "Đỗ Thị Hà"]
    assert rows[4].team_role is None and rows[4].person_id == world.head
    draft, revision = world.svc.attendee_draft(head)
    new_revision = world.svc.update_attendee(head, replace(draft, present=False), revision)
    assert new_revision == revision + 1
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.update_attendee(head, replace(draft, full_name=" "), new_revision)
    assert problems_of(excinfo) == {("full_name", Problem.REQUIRED)}
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.update_attendee(head, draft, revision)
    assert problems_of(excinfo) == {("revision", Problem.STALE)}
    assert world.svc.move_attendee(deputy, -1)
    assert not world.svc.move_attendee(deputy, -1)  # already first of the unit's side
    assert not world.svc.move_attendee(guest, 1)
    world.svc.set_attendee_deleted(guest)
    rows = world.svc.load(visit_id).attendees
    assert [(r.full_name, r.present) for r in rows][4:] == [
        ("Vũ Văn Long", True),
        ("Nguyễn Văn An", False),
    ]
    world.svc.set_attendee_deleted(guest, False)
    assert len(world.svc.load(visit_id).attendees) == 7
    with pytest.raises(ValidationFailed):
        world.svc.add_attendee(visit_id, AttendeeDraft(AttendeeSide.OTHER, "x" * 201))
    assert world.count(Attendee) == 7


# --- checklist -------------------------------------------------------------------------


def test_set_result_records_and_keeps_what_is_not_given(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    first, second = world.items[:2]
    world.svc.set_result(visit_id, first, ItemResult.FAIL)
    world.svc.set_result(visit_id, first, note="Đến muộn 20 phút")
    world.svc.set_result(visit_id, second, ItemResult.NOT_APPLICABLE, "Không có")
    world.svc.set_result(visit_id, second, ItemResult.PASS)
    entries = {e.item_id: e for e in world.svc.load(visit_id).checklist}
    assert (entries[first].result, entries[first].note) == (ItemResult.FAIL, "Đến muộn 20 phút")
    assert (entries[second].result, entries[second].note) == (ItemResult.PASS, "Không có")
    assert world.count(ChecklistResult) == 2
    assert world.published[-1].tables == {"checklist_result"}
    assert visit_id in world.published[-1].ids
    with pytest.raises(NotFound):
        world.svc.set_result(visit_id, uuid.uuid4(), ItemResult.PASS)
    with pytest.raises(ValidationFailed):
        world.svc.set_result(visit_id, first, note="x" * 10_001)


def test_the_checklist_follows_the_plan(world: World) -> None:
    visit_id = world.svc.create(world.draft(plan_id=world.other_plan, team_id=None))
    detail = world.svc.load(visit_id)
    assert detail.checklist == () and detail.checklist_name == ""
    codes = [e.code for e in world.svc.load(world.svc.create(world.draft())).checklist]
    assert codes and all(codes)


# --- findings and recommendations ---------------------------------------------------


def test_findings_add_update_and_delete(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    finding = world.svc.add_finding(
        visit_id,
        FindingDraft(FindingKind.SHORTCOMING, " Đến muộn ", world.items[0], "Ý thức kém"),
    )
    row = world.svc.load(visit_id).findings[0]
    assert (row.text, row.kind, row.item_id, row.cause) == (
        "Đến muộn",
        FindingKind.SHORTCOMING,
        world.items[0],
        "Ý thức kém",
    )
    assert row.item_code
    draft, revision = world.svc.finding_draft(finding)
    world.svc.update_finding(finding, replace(draft, kind=FindingKind.VIOLATION), revision)
    assert world.svc.load(visit_id).findings[0].kind is FindingKind.VIOLATION
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.update_finding(finding, draft, revision)
    assert problems_of(excinfo) == {("revision", Problem.STALE)}
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.add_finding(
            visit_id, FindingDraft(FindingKind.STRENGTH, "  ", item_id=uuid.uuid4())
        )
    assert problems_of(excinfo) == {("text", Problem.REQUIRED), ("item_id", Problem.MISSING)}
    world.svc.set_finding_deleted(finding)
    assert world.svc.load(visit_id).findings == ()
    world.svc.set_finding_deleted(finding, False)
    assert len(world.svc.load(visit_id).findings) == 1
    assert world.count(Finding) == 1


def history(world: World, rec: uuid.UUID) -> list[tuple[date, RemediationStatus, str]]:
    return [(e.occurred_on, e.status, e.evidence) for e in world.svc.remediation_history(rec)]


def test_recommendation_status_changes_are_recorded_in_its_history(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    finding = world.svc.add_finding(visit_id, FindingDraft(FindingKind.SHORTCOMING, "Muộn"))
    rec = world.svc.add_recommendation(
        visit_id,
        RecommendationDraft(
            "Chấn chỉnh giờ giấc", "Chủ tịch UBND", date(2026, 12, 15), finding_id=finding
        ),
    )
    assert history(world, rec) == [(TODAY, RemediationStatus.OPEN, "")]
    draft, revision = world.svc.recommendation_draft(rec)
    revision = world.svc.update_recommendation(rec, replace(draft, responsible="UBND"), revision)
    assert len(history(world, rec)) == 1  # no change of status, no new step
    done = replace(draft, status=RemediationStatus.DONE, evidence="Báo cáo số 12/BC-UBND")
    revision = world.svc.update_recommendation(rec, done, revision)
    row = world.svc.load(visit_id).recommendations[0]
    assert (row.status, row.done_on, row.overdue) == (RemediationStatus.DONE, TODAY, False)
    assert history(world, rec)[-1] == (TODAY, RemediationStatus.DONE, "Báo cáo số 12/BC-UBND")
    assert {"recommendation", "remediation_event"} <= world.published[-1].tables
    back = replace(draft, status=RemediationStatus.IN_PROGRESS)
    world.svc.update_recommendation(rec, back, revision)
    row = world.svc.load(visit_id).recommendations[0]
    assert (row.status, row.done_on) == (RemediationStatus.IN_PROGRESS, None)
    assert [step[1] for step in history(world, rec)] == [
        RemediationStatus.OPEN,
        RemediationStatus.DONE,
        RemediationStatus.IN_PROGRESS,
    ]
    with world.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(RemediationEvent)) == 3


def test_recommendation_validation_and_overdue(world: World) -> None:
    visit_id = world.svc.create(world.draft())
    other_visit = world.svc.create(world.draft(unit_id=world.other_unit))
    foreign = world.svc.add_finding(other_visit, FindingDraft(FindingKind.VIOLATION, "Sai"))
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.add_recommendation(
            visit_id,
            RecommendationDraft(
                "",
                "x" * 301,
                finding_id=foreign,
                status=RemediationStatus.DONE,
                done_on=date(2027, 1, 1),
            ),
        )
    assert problems_of(excinfo) == {
        ("text", Problem.REQUIRED),
        ("responsible", Problem.TOO_LONG),
        ("finding_id", Problem.MISSING),
        ("done_on", Problem.INVALID),
    }
    assert world.count(Recommendation) == 0 and world.count(RemediationEvent) == 0
    late = world.svc.add_recommendation(
        visit_id, RecommendationDraft("Sửa", deadline=date(2026, 11, 1))
    )
    fixed = world.svc.add_recommendation(
        visit_id, RecommendationDraft("Sửa ngay", status=RemediationStatus.DONE)
    )
    rows = {r.id: r for r in world.svc.load(visit_id).recommendations}
    assert rows[late].overdue and not rows[fixed].overdue
    assert rows[fixed].done_on == TODAY
    world.svc.set_recommendation_deleted(late)
    assert [r.id for r in world.svc.load(visit_id).recommendations] == [fixed]


# --- choices --------------------------------------------------------------------------


def test_choice_lists(world: World) -> None:
    assert [c.name for c in world.svc.units()] == ["Sở Nội vụ", "UBND thành phố Vĩnh Yên"]
    assert [c.id for c in world.svc.teams(world.plan)] == [world.team]
    assert {c.id for c in world.svc.teams(None)} == {world.team, world.other_team}
    assert [(p.full_name, p.job_title) for p in world.svc.unit_people(world.unit)] == [
        ("Nguyễn Văn An", "Chủ tịch UBND")
    ]
    assert world.svc.unit_people(None) == []
    assert any(c.name.startswith("230/KH-UBND – ") for c in world.svc.plans())
