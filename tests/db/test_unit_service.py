"""The unit service: drafts in, validated, saved with revisions, changes published."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspectdesk.db.database import Database
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.files import new_file
from inspectdesk.services.listing import list_units
from inspectdesk.services.units import UnitDraft, UnitService
from inspectdesk.services.validation import FieldProblem, Problem, ValidationFailed


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_file(tmp_path / "units.idb")
    yield database
    database.close()


@pytest.fixture
def published() -> list[Changes]:
    return []


@pytest.fixture
def service(db: Database, published: list[Changes]) -> UnitService:
    bus = ChangeBus()
    bus.subscribe(published.append)
    return UnitService(db, bus)


def test_create_cleans_the_draft_and_publishes(
    service: UnitService, db: Database, published: list[Changes]
) -> None:
    kind = service.kinds()[0]
    unit_id = service.create(UnitDraft(name="  UBND   phường\tLiên Bảo ", kind_id=kind.id))
    draft, revision = service.draft(unit_id)
    assert draft.name == "UBND phường Liên Bảo"
    assert draft.kind_id == kind.id and revision == 1
    assert published[-1].tables == {"unit"} and unit_id in published[-1].ids
    assert [r.name for r in list_units(db, search="lien bao")] == ["UBND phường Liên Bảo"]


def test_every_problem_is_reported_and_nothing_written(
    service: UnitService, db: Database, published: list[Changes]
) -> None:
    draft = UnitDraft(name=" ", admin_code="26-A", phone="0" * 61, kind_id=uuid.uuid4())
    with pytest.raises(ValidationFailed) as caught:
        service.create(draft)
    assert set(caught.value.problems) == {
        FieldProblem("name", Problem.REQUIRED),
        FieldProblem("admin_code", Problem.NOT_DIGITS),
        FieldProblem("phone", Problem.TOO_LONG, 60),
        FieldProblem("kind_id", Problem.MISSING),
    }
    assert list_units(db) == [] and published == []


def test_a_unit_cannot_be_moved_under_itself_or_its_descendants(service: UnitService) -> None:
    province = service.create(UnitDraft(name="UBND tỉnh Vĩnh Phúc"))
    district = service.create(UnitDraft(name="UBND thành phố Vĩnh Yên", parent_id=province))
    commune = service.create(UnitDraft(name="UBND phường Liên Bảo", parent_id=district))
    draft, revision = service.draft(province)
    for parent in (province, commune):
        draft.parent_id = parent
        with pytest.raises(ValidationFailed) as caught:
            service.update(province, draft, revision)
        assert caught.value.problems == [FieldProblem("parent_id", Problem.CYCLE)]


def test_a_stale_revision_is_refused(service: UnitService) -> None:
    unit_id = service.create(UnitDraft(name="Sở Y tế"))
    draft, revision = service.draft(unit_id)
    draft.note = "lần 1"
    assert service.update(unit_id, draft, revision) == revision + 1
    draft.note = "lần 2"
    with pytest.raises(ValidationFailed) as caught:
        service.update(unit_id, draft, revision)
    (stale_problem,) = caught.value.problems
    assert (stale_problem.field, stale_problem.problem) == ("revision", Problem.STALE)
    assert stale_problem.by and stale_problem.at is not None  # who saved it meanwhile, when
    assert service.draft(unit_id)[0].note == "lần 1"


def test_trash_and_restore(service: UnitService, db: Database) -> None:
    unit_id = service.create(UnitDraft(name="Sở Xây dựng"))
    assert service.set_deleted([unit_id], True) == 1
    assert list_units(db) == []
    with pytest.raises(NotFound):
        service.draft(unit_id)
    assert service.set_deleted([unit_id], True) == 0
    assert service.set_deleted([unit_id], False) == 1
    assert [r.name for r in list_units(db)] == ["Sở Xây dựng"]


def test_a_parent_in_the_trash_cannot_be_chosen(service: UnitService) -> None:
    parent = service.create(UnitDraft(name="UBND huyện Tam Đảo"))
    service.set_deleted([parent], True)
    with pytest.raises(ValidationFailed) as caught:
        service.create(UnitDraft(name="UBND xã Đạo Trù", parent_id=parent))
    assert caught.value.problems == [FieldProblem("parent_id", Problem.MISSING)]
    assert parent not in {c.id for c in service.parents()}
