"""The weekly or monthly progress report (báo cáo tiến độ kiểm tra) as a PDF.

The look of the summary report (Decree 30/2020/NĐ-CP): the two-column header, the title
"BÁO CÁO TIẾN ĐỘ KIỂM TRA TUẦN … / THÁNG …", a table of figures, the breakdown per day or
per week with its totals, page numbers from page 2, the fonts embedded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from inspectdesk.documents.fonts import BOLD, REGULAR, register_fonts
from inspectdesk.documents.output import atomic_output
from inspectdesk.documents.progress_data import (
    BREAKDOWN_HEAD,
    FIGURES_HEAD,
    ProgressData,
)
from inspectdesk.documents.report_data import ReportData
from inspectdesk.documents.report_pdf import (
    BODY,
    BOTTOM,
    CELL,
    CELL_H,
    CENTRE_14B,
    CENTRE_14I,
    FRAME_WIDTH,
    HEADING,
    LEFT,
    RIGHT,
    TOP,
    _header,
    _p,
    _page_number,
    text,
)
from inspectdesk.text import nfc
from inspectdesk.text.dates import format_short_date

__all__ = ["breakdown_unit", "build_progress_pdf", "progress_title"]

FIGURE_WIDTHS = (14 * mm, FRAME_WIDTH - 44 * mm, 30 * mm)


def progress_title(data: ProgressData) -> str:
    """``BÁO CÁO TIẾN ĐỘ KIỂM TRA THÁNG 11 NĂM 2021`` (or a week, or a range)."""
    return f"BÁO CÁO TIẾN ĐỘ KIỂM TRA {data.period_title()}"


def breakdown_unit(data: ProgressData) -> str:
    """``ngày`` when the breakdown is per day, else ``tuần``."""
    return "ngày" if all(r.start == r.end for r in data.breakdown) else "tuần"


def _header_data(data: ProgressData) -> ReportData:
    """The header's fields in the shape the summary report's header takes."""
    return ReportData(
        superior=data.superior,
        issuer=data.issuer,
        number="      /BC",  # numbered by hand when signed
        place=data.place,
        issued_on=data.today,
        subject=progress_title(data),
    )


def _grid(body: list[list[Any]], widths: tuple[float, ...], bold_rows: list[int]) -> Table:
    table = Table(body, colWidths=widths, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 1), (-1, -1), CELL.fontSize),
        ("LEADING", (0, 1), (-1, -1), CELL.leading),
        ("ALIGN", (0, 1), (-1, -1), "CENTER"),
        ("ALIGN", (1, 1), (1, -1), "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("FONTNAME", (0, r), (-1, r), BOLD) for r in bold_rows]
    table.setStyle(TableStyle(style))
    return table


def _figures(data: ProgressData) -> Table:
    body: list[list[Any]] = [[Paragraph(text(h), CELL_H) for h in FIGURES_HEAD]]
    bold: list[int] = []
    for number, words, count in data.figures():
        if "." not in number:
            bold.append(len(body))
        body.append([number, _p(words, CELL), str(count)])
    return _grid(body, FIGURE_WIDTHS, bold)


def _breakdown(data: ProgressData) -> Table:
    first = 46 * mm
    rest = (FRAME_WIDTH - first) / (len(BREAKDOWN_HEAD) - 1)
    widths = (first, *(rest,) * (len(BREAKDOWN_HEAD) - 1))
    body: list[list[Any]] = [[Paragraph(text(h), CELL_H) for h in BREAKDOWN_HEAD]]
    for row in data.breakdown:
        body.append([_p(row.label, CELL), *(str(n) for n in row.counts())])
    body.append(["Tổng cộng", *(str(n) for n in data.totals())])
    table = _grid(body, widths, [len(body) - 1])
    table.setStyle(TableStyle([("ALIGN", (1, 1), (1, -1), "CENTER")]))
    return table


def build_progress_pdf(data: ProgressData, path: Path) -> None:
    """Write the progress report to ``path`` atomically.

    Args:
        data: The figures (from ``services.progress_report.progress``).
        path: The PDF to write; replaced only once the new one is complete.
    """
    register_fonts()
    title = progress_title(data)
    span = f"(Từ ngày {format_short_date(data.start)} đến ngày {format_short_date(data.end)})"
    story: list[Flowable] = [
        _header(_header_data(data)),
        Spacer(1, 14),
        _p(title, CENTRE_14B),
        _p(span, CENTRE_14I),
        Spacer(1, 10),
        _p("I. SỐ LIỆU CHUNG", HEADING),
        _figures(data),
        Spacer(1, 10),
        _p(
            f"II. TIẾN ĐỘ THEO {breakdown_unit(data).upper()}",
            HEADING,
        ),
        _breakdown(data),
        Spacer(1, 8),
        _p(
            "Số liệu quá hạn tính đến ngày "
            f"{format_short_date(data.today)}; kiến nghị quá hạn là kiến nghị đã hết thời hạn "
            "khắc phục mà chưa khắc phục xong./.",
            BODY,
        ),
    ]
    with atomic_output(path) as out:
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            title=nfc(title),
            author=nfc(data.issuer),
            initialFontName=REGULAR,
            initialFontSize=14,
        )
        doc.build(story, onLaterPages=_page_number)
