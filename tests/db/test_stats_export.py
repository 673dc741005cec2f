"""The plan's statistics in Excel: the report's appendix, read back with openpyxl."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from inspectdesk.db.models import (
    Finding,
    IssuedDocument,
    Organisation,
    Plan,
    Recommendation,
    Sanction,
    Unit,
    Visit,
)
from inspectdesk.documents.report_text import APPENDIX_HEAD
from inspectdesk.domain.enums import (
    FindingKind,
    RemediationStatus,
    SanctionForm,
    VisitMode,
    VisitStatus,
)
from inspectdesk.errors import FileMissing, NotFound
from inspectdesk.services.files import open_file
from inspectdesk.services.stats_export import export_plan_statistics

TODAY = date(2025, 12, 1)


@pytest.fixture
def plan_file(fresh_file: Callable[[str], Path]) -> tuple[Path, Plan]:
    """A plan with three visits whose counts are known by hand (one cancelled)."""
    path = fresh_file("stats.idb")
    with open_file(path) as db, db.sessions.begin() as s:
        s.add(
            Organisation(
                name="Sở Nội vụ",
                superior_name="UBND TỈNH VĨNH PHÚC",
                doc_code="SNV",
                place_name="Vĩnh Yên",
                is_default=True,
            )
        )
        plan = Plan(
            number="12/KH-SNV",
            title="Kiểm tra công vụ năm 2025",
            start_on=date(2025, 10, 1),
            end_on=date(2025, 11, 30),
        )
        units = [Unit(name="Sở Tư pháp"), Unit(name="=UBND xã Đại Đình"), Unit(name="Sở Y tế")]
        s.add_all([plan, *units])
        s.flush()
        first = Visit(
            plan_id=plan.id,
            unit_id=units[0].id,
            status=VisitStatus.SIGNED,
            mode=VisitMode.ANNOUNCED,
            scheduled_on=date(2025, 10, 6),
        )
        second = Visit(
            plan_id=plan.id,
            unit_id=units[1].id,
            status=VisitStatus.DRAFTED,
            mode=VisitMode.UNANNOUNCED,
            scheduled_on=date(2025, 10, 20),
        )
        cancelled = Visit(
            plan_id=plan.id,
            unit_id=units[2].id,
            status=VisitStatus.CANCELLED,
            scheduled_on=date(2025, 10, 21),
        )
        s.add_all([first, second, cancelled])
        s.flush()
        kinds = [FindingKind.SHORTCOMING, FindingKind.SHORTCOMING, FindingKind.VIOLATION]
        s.add_all(
            Finding(visit_id=first.id, kind=k, text=f"Nội dung {n}", position=n)
            for n, k in enumerate(kinds)
        )
        s.add(Finding(visit_id=second.id, kind=FindingKind.SHORTCOMING, text="Chưa niêm yết"))
        s.add_all(
            Recommendation(visit_id=first.id, text=f"Kiến nghị {n}", status=st, position=n)
            for n, st in enumerate((RemediationStatus.DONE, RemediationStatus.IN_PROGRESS))
        )
        s.add(Recommendation(visit_id=second.id, text="Niêm yết", status=RemediationStatus.OPEN))
        s.add(Sanction(visit_id=first.id, person_name="Nguyễn Văn A", form=SanctionForm.REMINDER))
        plan_id = plan.id
    with open_file(path) as db, db.sessions() as s:
        return path, s.get_one(Plan, plan_id)


def test_the_appendix_table_with_sum_formulas(plan_file: tuple[Path, Plan], tmp_path: Path) -> None:
    path, plan = plan_file
    out = tmp_path / "thống kê.xlsx"
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with open_file(path) as db:
        result = export_plan_statistics(db, plan.id, out, today=TODAY)
        with db.sessions() as s:  # no report number was registered for it
            assert s.scalar(select(func.count()).select_from(IssuedDocument)) == 0
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert (result.visits, result.heading_row, result.total_row) == (2, 6, 9)
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "SỞ NỘI VỤ"
    assert sheet["A2"].value == "THỐNG KÊ KẾT QUẢ KIỂM TRA"
    assert "A1:J1" in {str(r) for r in sheet.merged_cells.ranges}
    assert tuple(c.value for c in sheet[6]) == APPENDIX_HEAD
    assert all(c.font.b for c in sheet[6])
    assert sheet.freeze_panes == "A7"
    rows = [tuple(c.value for c in sheet[r]) for r in (7, 8)]
    assert rows[0][0:2] == (1, "Sở Tư pháp")
    assert rows[0][2].date() == date(2025, 10, 6)
    assert sheet["C7"].number_format == "DD/MM/YYYY"
    assert rows[0][3:] == ("Kế hoạch", 2, 1, 2, 1, 1, 1)  # counted by hand from the fixture
    assert rows[1][1] == "=UBND xã Đại Đình" and sheet["B8"].data_type == "s"  # text, not a formula
    assert rows[1][3:] == ("Đột xuất", 1, 0, 1, 0, 0, 0)
    total = [c.value for c in sheet[9]]
    assert total[0] == "Tổng cộng"
    assert total[4:] == [f"=SUM({col}7:{col}8)" for col in "EFGHIJ"]
    computed = [sum(r[i] for r in rows) for i in range(4, 10)]
    assert computed == [3, 1, 3, 1, 1, 1]
    assert sheet.column_dimensions["B"].width > 30


def test_a_plan_without_inspected_visits_gives_a_zero_total(
    fresh_file: Callable[[str], Path], tmp_path: Path
) -> None:
    path = fresh_file("empty.idb")
    with open_file(path) as db:
        with db.sessions.begin() as s:
            s.add(Organisation(name="Sở Nội vụ", doc_code="SNV", is_default=True))
            plan = Plan(number="1/KH-SNV", title="Kiểm tra", start_on=TODAY, end_on=TODAY)
            s.add(plan)
        result = export_plan_statistics(db, plan.id, tmp_path / "s.xlsx", today=TODAY)
    sheet = load_workbook(tmp_path / "s.xlsx").active
    assert result.visits == 0
    assert [c.value for c in sheet[result.total_row]][4:] == [0] * 6


def test_unknown_plan_and_missing_folder(plan_file: tuple[Path, Plan], tmp_path: Path) -> None:
    import uuid

    path, plan = plan_file
    with open_file(path) as db:
        with pytest.raises(NotFound):
            export_plan_statistics(db, uuid.uuid4(), tmp_path / "s.xlsx", today=TODAY)
        with pytest.raises(FileMissing):
            export_plan_statistics(db, plan.id, tmp_path / "nowhere" / "s.xlsx", today=TODAY)
