"""The summary report PDF, read back with pypdf: layout, fonts, text, figures, register."""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from inspectdesk.db.database import Database, open_database
from inspectdesk.db.models import Finding, IssuedDocument, Plan, Unit, Visit
from inspectdesk.documents.fonts import choose_fonts
from inspectdesk.documents.report_data import FindingGroup, ReportData, TeamLine, VisitRow
from inspectdesk.documents.report_pdf import build_report_pdf
from inspectdesk.documents.report_text import appendix_totals
from inspectdesk.domain.enums import DocumentType, FindingKind
from inspectdesk.services.demo import build_demo
from inspectdesk.services.report import ReportResult, ReportService

TODAY = date(2026, 11, 20)
PLAN = "230/KH-UBND"
HOSTILE = "<b>x</b> & AT&T {{ name }} {% if x %}y{% endif %} </i>"
MM = 72 / 25.4


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


def generate(db: Database, out: Path, plan: str = PLAN) -> ReportResult:
    service = ReportService(db)
    return service.write_pdf(service.plan_by_number(plan), out, today=TODAY)


def page_text(reader: PdfReader, index: int) -> str:
    return unicodedata.normalize("NFC", reader.pages[index].extract_text())


def all_text(reader: PdfReader) -> str:
    return "\n".join(page_text(reader, i) for i in range(len(reader.pages)))


@pytest.fixture
def report(db: Database, tmp_path: Path) -> tuple[ReportResult, PdfReader]:
    result = generate(db, tmp_path / "report.pdf")
    return result, PdfReader(tmp_path / "report.pdf")


def test_page_size_is_a4(report: tuple[ReportResult, PdfReader]) -> None:
    _, reader = report
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.5)


def _fonts(reader: PdfReader) -> Iterator[Any]:
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            yield ref.get_object()


def test_every_font_is_embedded(report: tuple[ReportResult, PdfReader]) -> None:
    _, reader = report
    fonts = list(_fonts(reader))
    assert fonts
    for font in fonts:
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    names = {str(f["/BaseFont"]) for f in fonts}
    assert not any("Helvetica" in n or "Times-Roman" in n for n in names)


def test_text_extracts_vietnamese(report: tuple[ReportResult, PdfReader]) -> None:
    result, reader = report
    first = page_text(reader, 0)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Độc lập - Tự do - Hạnh phúc" in first
    assert f"Số: {result.number}" in first
    assert "Vĩnh Yên, ngày 10 tháng 01 năm 2022" in first
    text = all_text(reader)
    assert result.data.visits[0].unit in text
    assert re.search(r"\d+\s*Sở Giáo dục và Đào tạo", text) or "Sở Giáo dục và Đào tạo" in text


def test_sections_in_order_and_ending(report: tuple[ReportResult, PdfReader]) -> None:
    _, reader = report
    text = all_text(reader)
    position = 0
    for marker in (
        "BÁO CÁO",
        "Kết quả kiểm tra",
        "Thực hiện Quyết định số 1234/QĐ-UBND",
        "I. KHÁI QUÁT",
        "II. KẾT QUẢ KIỂM TRA",
        "1. Ưu điểm",
        "2. Tồn tại, hạn chế",
        "3. Nguyên nhân",
        "III. KẾT QUẢ XỬ LÝ SAU KIỂM TRA",
        "IV. ĐỀ XUẤT, KIẾN NGHỊ",
        "./.",
        "Nơi nhận:",
        "- Lưu: VT, SNV.",
        "PHỤ LỤC",
        "Tổng cộng",
    ):
        found = text.find(marker, position)
        assert found >= 0, f"{marker!r} missing or out of order"
        position = found + len(marker)


def _top_margin_texts(reader: PdfReader, index: int) -> list[str]:
    page = reader.pages[index]
    top = float(page.mediabox.height) - 20 * MM
    found: list[str] = []

    def visit(text: str, cm: Any, tm: Any, *_: Any) -> None:
        y = tm[5] * cm[3] + cm[5] if cm else tm[5]
        if text.strip() and y > top:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return found


def test_page_numbers_from_page_two(report: tuple[ReportResult, PdfReader]) -> None:
    _, reader = report
    assert len(reader.pages) >= 3
    assert _top_margin_texts(reader, 0) == []
    assert _top_margin_texts(reader, 1) == ["2"]
    last = len(reader.pages) - 1
    assert _top_margin_texts(reader, last) == [str(last + 1)]


def test_appendix_total_row_equals_sums(
    db: Database, report: tuple[ReportResult, PdfReader]
) -> None:
    result, reader = report
    rows = result.data.visits
    assert len(rows) == 21  # 22 visits, one cancelled
    totals = appendix_totals(rows)
    fields = ("shortcomings", "violations", "recommendations", "fixed", "in_progress", "sanctions")
    assert totals == tuple(sum(getattr(v, f) for v in rows) for f in fields)
    with db.sessions() as s:
        plan_id = s.scalar(select(Plan.id).where(Plan.number == PLAN))
        shortcomings = s.scalar(
            select(func.count())
            .select_from(Finding)
            .join(Visit, Visit.id == Finding.visit_id)
            .where(
                Visit.plan_id == plan_id,
                Visit.status != "cancelled",
                Finding.kind == FindingKind.SHORTCOMING,
                Finding.deleted.is_(False),
            )
        )
    assert totals[0] == shortcomings
    text = all_text(reader)
    tail = text[text.rindex("Tổng cộng") + len("Tổng cộng") :].split()
    assert tuple(int(n) for n in tail[:6]) == totals


def test_hostile_texts_print_literally(db: Database, tmp_path: Path) -> None:
    long_word = "Khôngcódấucách" * 40
    with db.sessions.begin() as s:
        plan_id = s.scalar(select(Plan.id).where(Plan.number == PLAN))
        finding = s.scalars(
            select(Finding)
            .join(Visit, Visit.id == Finding.visit_id)
            .where(Visit.plan_id == plan_id, Finding.kind == FindingKind.SHORTCOMING)
        ).first()
        assert finding is not None
        finding.text = f"{HOSTILE} {long_word} " + "Nội dung dài. " * 150
        unit = s.get(Unit, s.get(Visit, finding.visit_id).unit_id)  # type: ignore[union-attr]
        assert unit is not None
        unit.name = "Trường A&B <i>"
    generate(db, tmp_path / "r.pdf")
    text = all_text(PdfReader(tmp_path / "r.pdf")).replace("\n", "")
    assert "<b>x</b> & AT&T {{ name }} {% if x %}y{% endif %} </i>" in text
    assert "Trường A&B <i>" in text
    assert "AT&T;" not in text


def test_builder_survives_empty_and_huge_fields(tmp_path: Path) -> None:
    huge = ("Đ" * 300 + " ") + "x " * 1000
    data = ReportData(
        superior="",
        issuer=HOSTILE,
        number="01/BC-SNV",
        place="",
        issued_on=date(2026, 3, 5),
        subject=HOSTILE,
        team=(TeamLine(HOSTILE, "Trưởng đoàn"),),
        groups=(FindingGroup(huge, (huge, HOSTILE)),),
        strengths=(huge,),
        recipients=("Lưu: VT, SNV.",),
        visits=tuple(VisitRow(huge[:400], None, i % 2 == 0, i, 1, 2, 1, 1, 0) for i in range(60)),
    )
    out = tmp_path / "edge.pdf"
    build_report_pdf(data, out)
    reader = PdfReader(out)
    text = all_text(reader).replace("\n", "")
    assert "ngày 05 tháng 3 năm 2026" in text
    assert HOSTILE.replace(" ", "") in text.replace(" ", "")
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def _report_entries(db: Database, plan: str) -> list[tuple[str, date]]:
    with db.sessions() as s:
        rows = s.execute(
            select(IssuedDocument.number, IssuedDocument.issued_on)
            .join(Plan, Plan.id == IssuedDocument.plan_id)
            .where(Plan.number == plan, IssuedDocument.doc_type == DocumentType.REPORT)
        ).all()
    return [(n, d) for n, d in rows]


def test_number_registered_once_and_kept(db: Database, tmp_path: Path) -> None:
    plan = "18/KH-UBND"
    assert _report_entries(db, plan) == []
    first = generate(db, tmp_path / "a.pdf", plan)
    second = generate(db, tmp_path / "b.pdf", plan)
    assert re.fullmatch(r"\d{2}/BC-SNV", first.number)
    assert second.number == first.number
    assert _report_entries(db, plan) == [(first.number, TODAY)]
    assert f"Số: {first.number}" in page_text(PdfReader(tmp_path / "b.pdf"), 0)


def test_existing_register_entry_is_reused(db: Database, tmp_path: Path) -> None:
    before = _report_entries(db, PLAN)
    assert len(before) == 1
    result = generate(db, tmp_path / "r.pdf")
    assert result.number == before[0][0]
    assert _report_entries(db, PLAN) == before


def test_font_choice_prefers_windows_times(tmp_path: Path) -> None:
    fonts = tmp_path / "Fonts"
    fonts.mkdir()
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf"):
        (fonts / name).write_bytes(b"")
    assert choose_fonts(str(tmp_path)).name == "Liberation Serif"
    (fonts / "timesbi.ttf").write_bytes(b"")
    assert choose_fonts(str(tmp_path)).name == "Times New Roman"
    with pytest.raises(FileNotFoundError):
        choose_fonts("", tmp_path / "nowhere")


def test_the_command_line_writes_the_report(tmp_path: Path, demo_master: Path) -> None:
    from inspectdesk.cli import main

    copy = tmp_path / "demo.idb"
    shutil.copy(demo_master, copy)
    out = tmp_path / "báo cáo.pdf"
    assert main(["report", str(copy), "--plan", "230/KH-UBND", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["report", str(copy), "--plan", "999/KH", "-o", str(out)]) == 1


def test_the_register_keeps_the_report_file_and_its_hash(
    report: tuple[ReportResult, PdfReader], db: Database
) -> None:
    import hashlib

    from inspectdesk.db.models import IssuedDocument

    result, _reader = report
    with db.sessions() as s:
        entry = (
            s.query(IssuedDocument)
            .filter_by(number=result.number, file_name=result.path.name)
            .one()
        )
        assert entry.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
        assert entry.file_name == result.path.name
