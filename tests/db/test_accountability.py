"""What a head or deputy head of a unit answers for in a year, and its export."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inspectdesk.db.models import Finding, Person, Plan, Recommendation, Unit, Visit
from inspectdesk.domain.enums import FindingKind, RemediationStatus, VisitStatus
from inspectdesk.errors import InvalidArgument, NotFound
from inspectdesk.services.accountability import (
    answers_for,
    export_answers,
    is_head_title,
    resolve_person,
)
from inspectdesk.services.files import open_file

TODAY = date(2022, 1, 3)


@dataclass(frozen=True)
class People:
    path: Path
    head: uuid.UUID
    deputy: uuid.UUID
    other_head: uuid.UUID


@pytest.fixture
def people(fresh_file: Callable[[str], Path]) -> People:
    """A commune's chairman and vice-chairman, findings over two years, another commune."""
    path = fresh_file("heads.idb")
    with open_file(path) as db, db.sessions.begin() as s:
        commune, other = Unit(name="UBND xã Đại Đình"), Unit(name="UBND xã Tam Quan")
        plan = Plan(
            number="12/KH-SNV",
            title="Kiểm tra công vụ",
            start_on=date(2021, 1, 1),
            end_on=date(2021, 12, 31),
        )
        s.add_all([commune, other, plan])
        s.flush()
        head = Person(
            full_name="Nguyễn Văn An", job_title="Chủ tịch UBND xã Đại Đình", unit_id=commune.id
        )
        deputy = Person(
            full_name="Trần Thị Bình", job_title="Phó Chủ tịch UBND xã Đại Đình", unit_id=commune.id
        )
        other_head = Person(
            full_name="Lê Văn Cường", job_title="Chủ tịch UBND xã Tam Quan", unit_id=other.id
        )
        s.add_all([head, deputy, other_head])
        s.flush()
        v2021 = Visit(
            unit_id=commune.id,
            plan_id=plan.id,
            scheduled_on=date(2021, 11, 10),
            status=VisitStatus.SIGNED,
        )
        v2020 = Visit(unit_id=commune.id, scheduled_on=date(2020, 12, 1), status=VisitStatus.SIGNED)
        s.add_all([v2021, v2020])
        s.flush()
        named_deputy = Finding(
            visit_id=v2021.id,
            kind=FindingKind.VIOLATION,
            text="Sổ theo dõi không ghi",
            responsible_person_id=deputy.id,
        )
        named_head = Finding(
            visit_id=v2021.id,
            kind=FindingKind.SHORTCOMING,
            text="Chưa kiểm tra thường xuyên",
            responsible_person_id=head.id,
        )
        strength = Finding(
            visit_id=v2021.id, kind=FindingKind.STRENGTH, text="Tốt", responsible_person_id=head.id
        )
        s.add_all([named_deputy, named_head, strength])
        s.flush()
        s.add_all(
            [
                Recommendation(
                    visit_id=v2021.id,
                    finding_id=named_deputy.id,
                    text="Ghi sổ đầy đủ",
                    responsible_unit_id=commune.id,
                    deadline=date(2021, 12, 31),
                    status=RemediationStatus.OPEN,
                    position=1,
                ),
                Recommendation(
                    visit_id=v2021.id,
                    text="Báo cáo kết quả",
                    deadline=date(2022, 2, 1),
                    responsible_unit_id=commune.id,
                    status=RemediationStatus.DONE,
                    done_on=date(2021, 12, 20),
                    position=2,
                ),
                # made in 2020, due in 2021: the 2021 evaluation includes it
                Recommendation(
                    visit_id=v2020.id,
                    text="Niêm yết thủ tục",
                    deadline=date(2021, 1, 15),
                    responsible_unit_id=commune.id,
                    status=RemediationStatus.DONE,
                    done_on=date(2021, 1, 10),
                ),
                Recommendation(
                    visit_id=v2021.id, text="Đã xóa", deleted=True, responsible_unit_id=commune.id
                ),
            ]
        )
    return People(path, head.id, deputy.id, other_head.id)


def test_head_titles() -> None:
    assert is_head_title("Chủ tịch UBND xã Đại Đình")
    assert is_head_title("Giám đốc Sở Xây dựng") and is_head_title("Trưởng Trạm y tế")
    assert not is_head_title("Phó Chủ tịch UBND xã Đại Đình")
    assert not is_head_title("Chuyên viên") and not is_head_title("")


def test_the_head_answers_for_their_findings_and_the_units_recommendations(
    people: People,
) -> None:
    with open_file(people.path, readonly=True) as db:
        rows = answers_for(db, people.head, 2021, TODAY)
    findings = [r for r in rows if r.kind != "Kiến nghị"]
    recs = [r for r in rows if r.kind == "Kiến nghị"]
    assert [(r.kind, r.text, r.plan) for r in findings] == [
        ("Tồn tại, hạn chế", "Chưa kiểm tra thường xuyên", "12/KH-SNV")
    ]
    assert [(r.text, r.role, r.status, r.overdue) for r in recs] == [
        ("Niêm yết thủ tục", "Người đứng đầu đơn vị", "Đã khắc phục", False),
        ("Ghi sổ đầy đủ", "Người đứng đầu đơn vị", "Chưa khắc phục", True),  # due 31/12/2021
        ("Báo cáo kết quả", "Người đứng đầu đơn vị", "Đã khắc phục", False),
    ]


def test_the_deputy_answers_only_for_what_names_them(people: People) -> None:
    with open_file(people.path, readonly=True) as db:
        rows = answers_for(db, people.deputy, 2021, TODAY)
        before_deadline = answers_for(db, people.deputy, 2021, date(2021, 12, 31))
        other = answers_for(db, people.other_head, 2021, TODAY)
        next_year = answers_for(db, people.deputy, 2022, TODAY)
    assert [(r.kind, r.role) for r in rows] == [
        ("Vi phạm", "Người chịu trách nhiệm"),
        ("Kiến nghị", "Người chịu trách nhiệm"),
    ]
    assert rows[1].overdue and not before_deadline[1].overdue
    assert other == [] and next_year == []


def test_export_for_the_year_end_evaluation(people: People, tmp_path: Path) -> None:
    target = tmp_path / "An 2021.xlsx"
    with open_file(people.path, readonly=True) as db:
        path, count = export_answers(db, people.head, 2021, target, TODAY)
    assert (path, count) == (target, 4)
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "NỘI DUNG CHỊU TRÁCH NHIỆM NĂM 2021"
    assert sheet["A2"].value == "Nguyễn Văn An, Chủ tịch UBND xã Đại Đình"
    assert sheet.freeze_panes == "A6"
    assert sheet["C6"].value == "Chưa kiểm tra thường xuyên"
    assert sheet["H8"].value.date() == date(2021, 12, 31) and sheet["J8"].value == "Có"


def test_people_are_found_by_name_or_id(people: People) -> None:
    with open_file(people.path) as db, db.sessions() as s:
        assert resolve_person(s, "  nguyen van an ").id == people.head
        assert resolve_person(s, str(people.deputy)).id == people.deputy
        with pytest.raises(NotFound):
            resolve_person(s, "Không Ai")
        s.add(Person(full_name="Nguyễn Văn An", job_title="Chuyên viên"))
        s.flush()
        with pytest.raises(InvalidArgument):
            resolve_person(s, "Nguyễn Văn An")
        s.rollback()
    with open_file(people.path, readonly=True) as db, pytest.raises(NotFound):
        answers_for(db, uuid.uuid4(), 2021, TODAY)
