"""The organisation and checklist services: defaults, versioning, codes, refusals."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspectdesk.db.database import Database
from inspectdesk.db.models import ChecklistItem, ChecklistSection, ChecklistTemplate, Plan
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.checklists import (
    ChecklistDraft,
    ChecklistService,
    ItemDraft,
    SectionDraft,
)
from inspectdesk.services.files import new_file
from inspectdesk.services.organisations import OrganisationDraft, OrganisationService
from inspectdesk.services.validation import FieldProblem, Problem, ValidationFailed


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_file(tmp_path / "orgs.idb")
    yield database
    database.close()


@pytest.fixture
def published() -> list[Changes]:
    return []


@pytest.fixture
def bus(published: list[Changes]) -> ChangeBus:
    bus = ChangeBus()
    bus.subscribe(published.append)
    return bus


@pytest.fixture
def orgs(db: Database, bus: ChangeBus) -> OrganisationService:
    return OrganisationService(db, bus)


@pytest.fixture
def checklists(db: Database, bus: ChangeBus) -> ChecklistService:
    return ChecklistService(db, bus)


def _org(name: str, code: str, default: bool = False) -> OrganisationDraft:
    return OrganisationDraft(
        name=name, superior_name="ubnd tỉnh vĩnh phúc", doc_code=code, is_default=default
    )


def _defaults(orgs: OrganisationService) -> list[str]:
    return [r.name for r in orgs.rows() if r.is_default]


# -- organisations ---------------------------------------------------------------------


def test_first_organisation_becomes_default_and_is_cleaned(
    orgs: OrganisationService, published: list[Changes]
) -> None:
    first = orgs.create(_org("  sở nội vụ ", " snv "))
    draft, revision = orgs.draft(first)
    assert draft.name == "SỞ NỘI VỤ"
    assert draft.superior_name == "UBND TỈNH VĨNH PHÚC"
    assert draft.doc_code == "SNV"
    assert draft.is_default and revision == 1
    assert published[-1].touches("organisation")


def test_setting_a_default_clears_the_others(orgs: OrganisationService) -> None:
    first = orgs.create(_org("Sở Nội vụ", "SNV"))
    second = orgs.create(_org("Thanh tra tỉnh", "TTr", default=True))
    assert _defaults(orgs) == ["THANH TRA TỈNH"]
    assert orgs.set_default(first) == second
    assert _defaults(orgs) == ["SỞ NỘI VỤ"]
    draft, revision = orgs.draft(second)
    draft.is_default = True
    orgs.update(second, draft, revision)
    assert _defaults(orgs) == ["THANH TRA TỈNH"]


def test_unmarking_the_default_keeps_it(orgs: OrganisationService) -> None:
    only = orgs.create(_org("Sở Nội vụ", "SNV"))
    draft, revision = orgs.draft(only)
    draft.is_default = False
    orgs.update(only, draft, revision)
    assert orgs.default() == only


def test_organisation_validation_writes_nothing(orgs: OrganisationService) -> None:
    bad = OrganisationDraft(name="", doc_code="S N-", email="not mail")
    with pytest.raises(ValidationFailed) as caught:
        orgs.create(bad)
    assert set(caught.value.problems) == {
        FieldProblem("name", Problem.REQUIRED),
        FieldProblem("doc_code", Problem.INVALID),
        FieldProblem("email", Problem.INVALID),
    }
    assert orgs.rows() == []


def test_stale_revision_is_refused(orgs: OrganisationService) -> None:
    org = orgs.create(_org("Sở Nội vụ", "SNV"))
    draft, revision = orgs.draft(org)
    draft.phone = "0211 3862 518"
    orgs.update(org, draft, revision)
    with pytest.raises(ValidationFailed) as caught:
        orgs.update(org, draft, revision)
    (stale_problem,) = caught.value.problems
    assert (stale_problem.field, stale_problem.problem) == ("revision", Problem.STALE)
    assert stale_problem.by and stale_problem.at is not None  # who saved it meanwhile, when


def test_the_default_cannot_be_deleted(orgs: OrganisationService) -> None:
    default = orgs.create(_org("Sở Nội vụ", "SNV"))
    other = orgs.create(_org("Thanh tra tỉnh", "TTr"))
    with pytest.raises(ValidationFailed) as caught:
        orgs.set_deleted([default, other], True)
    assert caught.value.problems == [FieldProblem("is_default", Problem.INVALID)]
    assert len(orgs.rows()) == 2
    assert orgs.set_deleted([other], True) == 1
    assert [r.id for r in orgs.rows()] == [default]
    assert orgs.set_deleted([other], False) == 1
    assert _defaults(orgs) == ["SỞ NỘI VỤ"]


# -- checklists ------------------------------------------------------------------------


def _draft(*sections: tuple[str, list[str]], name: str = "Kiểm tra thử") -> ChecklistDraft:
    return ChecklistDraft(
        name=name,
        sections=[
            SectionDraft(title, [ItemDraft(text) for text in items]) for title, items in sections
        ],
    )


def _codes(db: Database, template_id: uuid.UUID) -> list[tuple[str, str]]:
    with db.sessions() as s:
        rows = s.execute(
            select(ChecklistItem.code, ChecklistItem.text)
            .join(ChecklistSection, ChecklistItem.section_id == ChecklistSection.id)
            .where(
                ChecklistSection.template_id == template_id,
                ChecklistSection.deleted.is_(False),
                ChecklistItem.deleted.is_(False),
            )
            .order_by(ChecklistSection.position, ChecklistItem.position)
        )
        return [(c, t) for c, t in rows]


def _pin(db: Database, template_id: uuid.UUID, *, deleted: bool = False) -> uuid.UUID:
    with db.sessions.begin() as s:
        plan = Plan(title="Kế hoạch thử", checklist_id=template_id, deleted=deleted)
        s.add(plan)
        s.flush()
        return plan.id


def test_builtin_checklists_are_listed(checklists: ChecklistService) -> None:
    rows = checklists.templates()
    assert len(rows) == 2
    assert all(r.version == 1 and r.plans == 0 and r.items > 0 for r in rows)


def test_new_checklist_is_version_one_with_codes(
    checklists: ChecklistService, db: Database, published: list[Changes]
) -> None:
    new_id = checklists.save(None, _draft((" Mục A ", ["a1", "a2"]), ("Mục B", ["b1"])))
    assert _codes(db, new_id) == [("1.1", "a1"), ("1.2", "a2"), ("2.1", "b1")]
    assert checklists.version(new_id) == 1
    assert published[-1].touches("checklist_item")
    loaded = checklists.load(new_id)
    assert [s.title for s in loaded.sections] == ["Mục A", "Mục B"]


def test_unused_version_is_changed_in_place_keeping_ids(
    checklists: ChecklistService, db: Database
) -> None:
    template_id = checklists.save(None, _draft(("Mục A", ["a1", "a2"]), ("Mục B", ["b1"])))
    draft = checklists.load(template_id)
    kept = draft.sections[0].items[1].id
    draft.sections.reverse()  # B first now
    del draft.sections[1].items[0]  # drop a1
    draft.sections[0].items.append(ItemDraft("b2", "hướng dẫn"))
    assert checklists.save(template_id, draft) == template_id
    assert _codes(db, template_id) == [
        ("1.1", "b1"),
        ("1.2", "b2"),
        ("2.1", "a2"),
    ]
    again = checklists.load(template_id)
    assert again.sections[1].items[0].id == kept
    assert again.sections[0].items[1].guidance == "hướng dẫn"
    with db.sessions() as s:
        count = s.scalar(select(func.count(ChecklistTemplate.id)))
    assert count == 3  # two built-in + this one, no new version


def test_used_version_gets_a_new_version(checklists: ChecklistService, db: Database) -> None:
    template_id = checklists.save(None, _draft(("Mục A", ["a1", "a2"])))
    _pin(db, template_id, deleted=True)  # even a plan in the trash keeps it
    draft = checklists.load(template_id)
    draft.sections[0].items[0].text = "a1 sửa"
    new_id = checklists.save(template_id, draft)
    assert new_id != template_id
    assert checklists.version(new_id) == 2
    assert _codes(db, template_id) == [("1.1", "a1"), ("1.2", "a2")]
    assert _codes(db, new_id) == [("1.1", "a1 sửa"), ("1.2", "a2")]
    third = checklists.save(template_id, draft)  # from the old one again: next number
    assert checklists.version(third) == 3
    rows = [r for r in checklists.templates() if r.name == "Kiểm tra thử"]
    assert [r.version for r in rows] == [3, 2, 1]


def test_checklist_validation_writes_nothing(checklists: ChecklistService) -> None:
    before = checklists.templates()
    with pytest.raises(ValidationFailed) as caught:
        checklists.save(None, ChecklistDraft(name=" "))
    assert set(caught.value.problems) == {
        FieldProblem("name", Problem.REQUIRED),
        FieldProblem("sections", Problem.REQUIRED),
    }
    bad = _draft(("", ["x", " "]), ("Mục B", []))
    bad.sections[0].items[0].text = "x" * 2001
    with pytest.raises(ValidationFailed) as caught:
        checklists.save(None, bad)
    assert set(caught.value.problems) == {
        FieldProblem("sections.0.title", Problem.REQUIRED),
        FieldProblem("sections.0.items.0.text", Problem.TOO_LONG, 2000),
        FieldProblem("sections.0.items.1.text", Problem.REQUIRED),
        FieldProblem("sections.1.items", Problem.REQUIRED),
    }
    assert checklists.templates() == before


def test_duplicate_and_delete(checklists: ChecklistService, db: Database) -> None:
    source = checklists.templates()[0]
    copy = checklists.duplicate(source.id, "Bản sao")
    row = next(r for r in checklists.templates() if r.id == copy)
    assert (row.version, row.family_id != source.family_id) == (1, True)
    assert row.items == source.items
    _pin(db, source.id)
    with pytest.raises(ValidationFailed) as caught:
        checklists.set_deleted([source.id, copy], True)
    assert caught.value.problems == [FieldProblem("plans", Problem.INVALID)]
    assert len(checklists.templates()) == 3
    assert checklists.templates()[0].plans + checklists.templates()[1].plans >= 1
    assert checklists.set_deleted([copy], True) == 1
    assert copy not in {r.id for r in checklists.templates()}
