"""The progress report as PDF and Excel: read back with pypdf and openpyxl."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from inspectdesk.documents.progress_data import PeriodRow, ProgressData
from inspectdesk.documents.progress_pdf import build_progress_pdf
from inspectdesk.domain.enums import FindingKind, VisitStatus
from inspectdesk.services.progress_xlsx import write_progress_xlsx


def month_data() -> ProgressData:
    weeks = (
        PeriodRow("Tuần 1 (01/11/2021 – 07/11/2021)", date(2021, 11, 1), date(2021, 11, 7)),
        PeriodRow(
            "Tuần 2 (08/11/2021 – 14/11/2021)",
            date(2021, 11, 8),
            date(2021, 11, 14),
            visits=3,
            unannounced=1,
            shortcomings=4,
            violations=2,
            recommendations=5,
        ),
        PeriodRow(
            "Tuần 3 (15/11/2021 – 21/11/2021)",
            date(2021, 11, 15),
            date(2021, 11, 21),
            visits=2,
            shortcomings=1,
            recommendations=1,
            fixed=2,
        ),
    )
    return ProgressData(
        kind="month",
        start=date(2021, 11, 1),
        end=date(2021, 11, 30),
        today=date(2022, 1, 3),
        issuer="Sở Nội vụ",
        superior="UBND tỉnh Vĩnh Phúc",
        place="Vĩnh Yên",
        visits_by_status=((VisitStatus.SIGNED, 5), (VisitStatus.CANCELLED, 1)),
        announced=4,
        unannounced=1,
        findings_by_kind=(
            (FindingKind.STRENGTH, 7),
            (FindingKind.SHORTCOMING, 5),
            (FindingKind.VIOLATION, 2),
        ),
        recommendations=6,
        fixed=2,
        in_progress=3,
        open=1,
        overdue=2,
        fixed_in_period=2,
        overdue_all=4,
        breakdown=weeks,
    )


def test_the_pdf_reads_back_in_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "tiến độ.pdf"
    build_progress_pdf(month_data(), path)
    reader = PdfReader(path)
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "BÁO CÁO TIẾN ĐỘ KIỂM TRA THÁNG 11 NĂM 2021" in text
    assert "SỞ NỘI VỤ" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "quá hạn tính đến ngày 03/01/2022" in text
    assert "TIẾN ĐỘ THEO TUẦN" in text and "Tuần 2" in text and "Tổng cộng" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            fonts.add(font.get_object()["/BaseFont"])
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert not any("Helvetica" in str(f) for f in fonts)
    assert reader.metadata is not None and "THÁNG 11" in str(reader.metadata.title)


def test_a_week_is_broken_down_by_day(tmp_path: Path) -> None:
    days = tuple(
        PeriodRow(f"Ngày {d}", date(2021, 11, d), date(2021, 11, d), visits=1) for d in range(8, 15)
    )
    data = ProgressData(
        kind="week",
        start=date(2021, 11, 8),
        end=date(2021, 11, 14),
        today=date(2021, 11, 20),
        breakdown=days,
        announced=7,
    )
    path = tmp_path / "week.pdf"
    build_progress_pdf(data, path)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)
    assert "TUẦN TỪ 08/11/2021 ĐẾN 14/11/2021" in text
    assert "TIẾN ĐỘ THEO NGÀY" in text


def test_the_workbook_has_both_tables_with_sum_formulas(tmp_path: Path) -> None:
    path = write_progress_xlsx(month_data(), tmp_path / "tiến độ.xlsx")
    book = load_workbook(path)
    figures, weeks = book.worksheets
    assert figures.title == "Số liệu" and weeks.title == "Tiến độ theo tuần"
    assert figures["A2"].value == "BÁO CÁO TIẾN ĐỘ KIỂM TRA THÁNG 11 NĂM 2021"
    assert figures.freeze_panes == "A6" and weeks.freeze_panes == "A6"
    rows = {r[0].value: r for r in figures.iter_rows(min_row=6) if r[0].value}
    assert rows["1"][2].value == "=SUM(C7:C8)"
    assert rows["1.1"][2].value == 4 and rows["1.2"][2].value == 1
    assert rows["4"][2].value == "=SUM(C17:C19)"  # made = fixed + in progress + open
    assert rows["4.4"][2].value == 2 and rows["6"][2].value == 4
    total_row = weeks.max_row
    assert weeks.cell(total_row, 1).value == "Tổng cộng"
    assert weeks.cell(total_row, 2).value == "=SUM(B6:B8)"
    assert weeks.cell(7, 2).value == 3 and weeks.cell(8, 7).value == 2
    assert weeks.cell(5, 2).value == "Cuộc kiểm tra đã thực hiện"
