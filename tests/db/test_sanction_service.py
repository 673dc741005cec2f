"""The sanction service: recording, validating, changing and deleting a visit's sanctions."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inspectdesk.db.database import Database
from inspectdesk.db.models import Finding, Person, Sanction, Unit, Visit
from inspectdesk.domain.enums import FindingKind, SanctionForm
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.files import new_file
from inspectdesk.services.sanctions import SanctionDraft, SanctionService
from inspectdesk.services.validation import Problem, ValidationFailed

TODAY = date(2026, 11, 20)


@dataclass
class World:
    """Two visits, each with a finding; a person of the first visit's unit."""

    db: Database
    svc: SanctionService
    published: list[Changes]
    visit: uuid.UUID
    other_visit: uuid.UUID
    finding: uuid.UUID
    other_finding: uuid.UUID
    person: uuid.UUID


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    db = new_file(tmp_path / "sanctions.idb")
    with db.sessions.begin() as s:
        unit, other = Unit(name="UBND thị trấn Tam Sơn"), Unit(name="Sở Nội vụ")
        s.add_all([unit, other])
        s.flush()
        visit, other_visit = Visit(unit_id=unit.id), Visit(unit_id=other.id)
        person = Person(full_name="Nguyễn Văn Tuấn", job_title="Công chức Tư pháp", unit_id=unit.id)
        s.add_all([visit, other_visit, person])
        s.flush()
        finding = Finding(visit_id=visit.id, kind=FindingKind.VIOLATION, text="Vắng mặt")
        other_finding = Finding(visit_id=other_visit.id, kind=FindingKind.VIOLATION, text="Khác")
        s.add_all([finding, other_finding])
        s.flush()
        ids = (visit.id, other_visit.id, finding.id, other_finding.id, person.id)
    bus = ChangeBus()
    published: list[Changes] = []
    bus.subscribe(published.append)
    yield World(db, SanctionService(db, bus, today=lambda: TODAY), published, *ids)
    db.close()


def problems_of(excinfo: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, Problem]]:
    return {(p.field, p.problem) for p in excinfo.value.problems}


def test_add_fills_the_name_from_the_person_and_publishes(world: World) -> None:
    draft = SanctionDraft(
        person_id=world.person,
        form=SanctionForm.CRITICISM,
        finding_id=world.finding,
        decided_on=TODAY,
        decision_number="  152/TB-UBND ",
        note="Vắng mặt tại bộ phận một cửa",
    )
    new_id = world.svc.add(world.visit, draft)
    assert world.published[-1].tables == {"sanction"}
    assert new_id in world.published[-1].ids
    (row,) = world.svc.list(world.visit)
    assert (row.id, row.person_name, row.form) == (
        new_id,
        "Nguyễn Văn Tuấn",
        SanctionForm.CRITICISM,
    )
    assert row.decision_number == "152/TB-UBND"
    assert world.svc.list(world.other_visit) == []
    stored, revision = world.svc.draft(new_id)
    assert stored == row.draft()
    assert revision == row.revision


def test_a_typed_name_is_kept_beside_the_person(world: World) -> None:
    draft = SanctionDraft(
        person_id=world.person, person_name="Ông Tuấn", form=SanctionForm.REMINDER
    )
    new_id = world.svc.add(world.visit, draft)
    assert world.svc.draft(new_id)[0].person_name == "Ông Tuấn"


def test_every_problem_is_reported_and_nothing_written(world: World) -> None:
    draft = SanctionDraft(
        person_name="   ",
        finding_id=world.other_finding,
        decided_on=TODAY + timedelta(days=1),
        decision_number="x" * 61,
    )
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.add(world.visit, draft)
    assert problems_of(excinfo) == {
        ("person_name", Problem.REQUIRED),
        ("form", Problem.REQUIRED),
        ("finding_id", Problem.INVALID),
        ("decided_on", Problem.INVALID),
        ("decision_number", Problem.TOO_LONG),
    }
    with world.db.sessions() as s:
        assert s.scalars(select(Sanction)).all() == []
    assert world.published == []


def test_a_missing_person_and_a_deleted_finding_are_refused(world: World) -> None:
    with world.db.sessions.begin() as s:
        s.get_one(Finding, world.finding).deleted = True
    draft = SanctionDraft(
        person_id=uuid.uuid4(),
        person_name="Ai đó",
        form=SanctionForm.WARNING,
        finding_id=world.finding,
    )
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.add(world.visit, draft)
    assert problems_of(excinfo) == {
        ("person_id", Problem.MISSING),
        ("finding_id", Problem.INVALID),
    }


def test_adding_to_a_missing_visit_is_not_found(world: World) -> None:
    with pytest.raises(NotFound):
        world.svc.add(uuid.uuid4(), SanctionDraft(person_name="A", form=SanctionForm.REMINDER))


def test_update_refuses_a_stale_revision_and_checks_the_rules(world: World) -> None:
    new_id = world.svc.add(world.visit, SanctionDraft(person_name="A", form=SanctionForm.REMINDER))
    draft, revision = world.svc.draft(new_id)
    draft.form = SanctionForm.REPRIMAND
    new_revision = world.svc.update(new_id, draft, revision)
    assert new_revision > revision
    assert world.svc.list(world.visit)[0].form is SanctionForm.REPRIMAND
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.update(new_id, draft, revision)
    assert problems_of(excinfo) == {("revision", Problem.STALE)}
    draft.decided_on = TODAY + timedelta(days=3)
    with pytest.raises(ValidationFailed) as excinfo:
        world.svc.update(new_id, draft, new_revision)
    assert problems_of(excinfo) == {("decided_on", Problem.INVALID)}


def test_delete_and_restore(world: World) -> None:
    ids = [
        world.svc.add(world.visit, SanctionDraft(person_name=name, form=SanctionForm.REMINDER))
        for name in ("Bình", "An")
    ]
    assert world.svc.set_deleted(ids, True) == 2
    assert world.published[-1].tables == {"sanction"}
    assert world.svc.list(world.visit) == []
    assert world.svc.set_deleted(ids, True) == 0
    with pytest.raises(NotFound):
        world.svc.draft(ids[0])
    assert world.svc.set_deleted(ids, False) == 2
    assert [r.person_name for r in world.svc.list(world.visit)] == ["An", "Bình"]


def test_list_puts_the_heaviest_form_first(world: World) -> None:
    for name, form in (("A", SanctionForm.REMINDER), ("B", SanctionForm.WARNING)):
        world.svc.add(world.visit, SanctionDraft(person_name=name, form=form))
    assert [r.form for r in world.svc.list(world.visit)] == [
        SanctionForm.WARNING,
        SanctionForm.REMINDER,
    ]


def test_choices_are_the_units_people_and_the_visits_findings(world: World) -> None:
    (person,) = world.svc.people(world.visit)
    assert person.id == world.person
    assert person.name == "Nguyễn Văn Tuấn — Công chức Tư pháp"
    assert [c.id for c in world.svc.findings(world.visit)] == [world.finding]
    assert world.svc.person_name(world.person) == "Nguyễn Văn Tuấn"
