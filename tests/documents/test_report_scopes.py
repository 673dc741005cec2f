"""The report as an editable .docx, reports of a period, and the figures by unit level."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import func, select

from inspectdesk.cli import main
from inspectdesk.db.database import Database, open_database
from inspectdesk.db.models import Finding, IssuedDocument, Plan, Visit
from inspectdesk.documents.report_text import appendix_totals
from inspectdesk.domain.enums import DocumentType, FindingKind
from inspectdesk.errors import InvalidArgument
from inspectdesk.services.demo import build_demo
from inspectdesk.services.report import ReportScope, ReportService
from inspectdesk.services.report_gather import INSPECTED, gather_report

TODAY = date(2026, 11, 20)
PLAN = "230/KH-UBND"
HOSTILE = "<b>x</b> & {{ name }} {% if x %}"
SECTIONS = (
    "I. KHÁI QUÁT",
    "II. KẾT QUẢ KIỂM TRA",
    "III. KẾT QUẢ XỬ LÝ SAU KIỂM TRA",
    "IV. ĐỀ XUẤT, KIẾN NGHỊ",
    "PHỤ LỤC",
)


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.idb"
    build_demo(path, today=TODAY)
    return path


@pytest.fixture
def db(demo_master: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.idb"
    shutil.copy(demo_master, path)
    database = open_database(path)
    yield database
    database.close()


def plan_id(db: Database, number: str = PLAN) -> Any:
    return ReportService(db).plan_by_number(number)


def test_report_docx_layout_sections_and_appendix(db: Database, tmp_path: Path) -> None:
    service = ReportService(db)
    result = service.write(ReportScope(plan_id(db)), tmp_path / "bc.docx", docx=True, today=TODAY)
    doc = docx.Document(str(result.path))
    section = doc.sections[0]
    sizes = (section.page_width, section.page_height, section.left_margin, section.right_margin)
    assert [round(v.mm) for v in sizes] == [210, 297, 30, 15]
    texts = [p.text for p in doc.paragraphs]
    assert [texts.index(h) for h in SECTIONS] == sorted(texts.index(h) for h in SECTIONS)
    assert any(t.endswith("./.") for t in texts)
    header = doc.tables[0].rows[0].cells[0].text
    assert f"Số: {result.number}" in header
    for run in doc.element.body.iter(qn("w:r")):
        fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts is not None and fonts.get(qn("w:cs")) == "Times New Roman"
    appendix = doc.tables[-1]
    rows = result.data.visits
    assert len(appendix.rows) == 1 + len(rows) + 1  # head, one row per visit, total
    assert appendix.rows[1].cells[1].text == rows[0].unit
    total = [c.text for c in appendix.rows[-1].cells]
    assert total[1] == "Tổng cộng"
    assert tuple(int(n) for n in total[4:]) == appendix_totals(rows)
    assert not any("{{" in t or "{%" in t for t in texts)


def test_report_docx_prints_user_text_literally(db: Database, tmp_path: Path) -> None:
    with db.sessions.begin() as s:
        pid = s.scalar(select(Plan.id).where(Plan.number == PLAN))
        finding = s.scalars(
            select(Finding)
            .join(Visit, Visit.id == Finding.visit_id)
            .where(Visit.plan_id == pid, Finding.kind == FindingKind.SHORTCOMING)
        ).first()
        assert finding is not None
        finding.text = HOSTILE + " " + "Dài " * 600
    result = ReportService(db).write(ReportScope(pid), tmp_path / "bc.docx", docx=True)
    text = "\n".join(p.text for p in docx.Document(str(result.path)).paragraphs)
    assert HOSTILE in text


def test_period_report_covers_only_visits_in_the_dates(db: Database) -> None:
    start, end = date(2021, 11, 9), date(2021, 11, 12)
    with db.sessions.begin() as s:
        expected = s.scalar(
            select(func.count()).where(
                Visit.deleted.is_(False),
                Visit.status.in_(INSPECTED),
                Visit.scheduled_on.between(start, end),
            )
        )
        data = gather_report(s, ReportScope(None, start, end), TODAY, TODAY)
    assert expected and len(data.visits) == expected
    assert all(v.visited_on and start <= v.visited_on <= end for v in data.visits)
    assert "từ ngày 09 tháng 11 năm 2021 đến ngày 12 tháng 11 năm 2021" in data.subject
    assert data.signer_titles == ("GIÁM ĐỐC",)  # the Sở's head signs a period's report
    by_level = sum(n for _, n in data.findings_by_level)
    problems = sum(v.shortcomings + v.violations for v in data.visits)
    assert by_level == problems


def test_period_report_number_is_registered_once(db: Database, tmp_path: Path) -> None:
    scope = ReportScope(None, date(2021, 11, 1), date(2021, 11, 30))
    service = ReportService(db)
    first = service.write(scope, tmp_path / "a.pdf", today=TODAY)
    again = service.write(scope, tmp_path / "b.docx", docx=True, today=TODAY)
    other = service.write(
        ReportScope(None, date(2021, 12, 1), date(2021, 12, 31)), tmp_path / "c.pdf", today=TODAY
    )
    assert again.number == first.number != other.number
    with db.sessions() as s:
        titles = s.scalars(
            select(IssuedDocument.title).where(
                IssuedDocument.number == first.number,
                IssuedDocument.doc_type == DocumentType.REPORT,
                IssuedDocument.year == TODAY.year,
            )
        ).all()
    assert len(titles) == 1 and "tháng 11 năm 2021" in titles[0]


@pytest.mark.parametrize(
    "scope",
    [
        {"plan_id": None, "start": None, "end": None},
        {"plan_id": None, "start": date(2021, 1, 1), "end": None},
        {"plan_id": None, "start": date(2021, 2, 1), "end": date(2021, 1, 1)},
    ],
)
def test_a_scope_needs_a_plan_or_a_period_in_order(scope: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        ReportScope(**scope)


def test_plan_report_counts_findings_by_level(db: Database) -> None:
    with db.sessions.begin() as s:
        data = gather_report(s, ReportScope(plan_id(db)), TODAY, TODAY)
    levels = dict(data.findings_by_level)
    assert set(levels) <= {"Tỉnh", "Huyện", "Xã", "Khác"} and levels
    assert sum(levels.values()) == sum(v.shortcomings + v.violations for v in data.visits)


def test_command_line_period_and_docx(demo_master: Path, tmp_path: Path) -> None:
    copy = tmp_path / "demo.idb"
    shutil.copy(demo_master, copy)
    out = tmp_path / "kỳ.docx"
    args = ["report", str(copy), "--from", "2021-11-01", "--to", "2021-12-31", "--docx"]
    assert main([*args, "-o", str(out)]) == 0
    assert docx.Document(str(out)).paragraphs
    assert main(["report", str(copy), "-o", str(tmp_path / "x.pdf")]) == 2
    bad = ["report", str(copy), "--from", "2021-12-31", "--to", "2021-11-01"]
    assert main([*bad, "-o", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit):
        main(["report", str(copy), "--from", "31/12/2021", "--to", "2022-01-01", "-o", "x"])
