"""The progress report in Excel: the same two tables as the PDF, with live totals.

Sheet "Số liệu" holds the figures; a heading figure (1, 2, 3, 4) that is the sum of its
sub-items is a ``SUM`` formula over them. Sheet "Tiến độ" holds the breakdown per day or
per week and a "Tổng cộng" row of ``SUM`` formulas. Each sheet's heading row is frozen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from inspectdesk.documents.progress_data import BREAKDOWN_HEAD, FIGURES_HEAD, ProgressData
from inspectdesk.documents.progress_pdf import breakdown_unit, progress_title
from inspectdesk.services.xlsx_export import check_writable, replace_atomically, text_cell
from inspectdesk.text.dates import format_short_date

__all__ = ["write_progress_xlsx"]

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
SUMMED = ("1", "2", "3", "4")  # heading figures that add up their sub-items


def _titles(sheet: Any, data: ProgressData, columns: int) -> int:
    """The issuer, title and period over ``columns``; the next free row."""
    span = f"Từ ngày {format_short_date(data.start)} đến ngày {format_short_date(data.end)}"
    last = get_column_letter(columns)
    for row, (words, font) in enumerate(
        [
            (data.issuer.upper(), Font(bold=True, size=12)),
            (progress_title(data), Font(bold=True, size=14)),
            (f"({span})", Font(italic=True, size=11)),
        ],
        start=1,
    ):
        cell = sheet.cell(row=row, column=1)
        text_cell(cell, words)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.merge_cells(f"A{row}:{last}{row}")
    return 5


def _heading(sheet: Any, row: int, head: tuple[str, ...]) -> None:
    for column, words in enumerate(head, start=1):
        cell = sheet.cell(row=row, column=column)
        text_cell(cell, words)
        cell.font = Font(bold=True)
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.freeze_panes = f"A{row + 1}"
    sheet.print_title_rows = f"{row}:{row}"


def _put(sheet: Any, row: int, values: list[Any], bold: bool = False) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str) and not value.startswith("=SUM("):
            text_cell(cell, value)
        else:
            cell.value = value
        cell.border = _BOX
        cell.font = Font(bold=bold)
        cell.alignment = Alignment(
            horizontal="left" if column == 2 else "center", vertical="center", wrap_text=True
        )


def _figures_sheet(sheet: Any, data: ProgressData) -> None:
    heading = _titles(sheet, data, len(FIGURES_HEAD))
    _heading(sheet, heading, FIGURES_HEAD)
    figures = data.figures()
    first = heading + 1
    for i, (number, words, count) in enumerate(figures):
        row = first + i
        value: Any = count
        if number in SUMMED:
            subs = [j for j, f in enumerate(figures) if f[0].startswith(f"{number}.")]
            if number == "4":
                subs = subs[:3]  # "4.4 overdue" is a part of 4.1–4.3, not a fourth share
            if subs:
                value = f"=SUM(C{first + subs[0]}:C{first + subs[-1]})"
        _put(sheet, row, [number, words, value], bold="." not in number)
    for column, width in enumerate((8, 60, 12), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _breakdown_sheet(sheet: Any, data: ProgressData) -> None:
    heading = _titles(sheet, data, len(BREAKDOWN_HEAD))
    _heading(sheet, heading, BREAKDOWN_HEAD)
    sheet.row_dimensions[heading].height = 45
    first = heading + 1
    for i, period in enumerate(data.breakdown):
        _put(sheet, first + i, [period.label, *period.counts()])
    total = first + len(data.breakdown)
    sums: list[Any] = ["Tổng cộng"]
    for column in range(2, len(BREAKDOWN_HEAD) + 1):
        letter = get_column_letter(column)
        sums.append(f"=SUM({letter}{first}:{letter}{total - 1})" if data.breakdown else 0)
    _put(sheet, total, sums, bold=True)
    for column, width in enumerate((34, 14, 12, 12, 10, 13, 13), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def write_progress_xlsx(data: ProgressData, path: Path) -> Path:
    """Write the progress report's tables to a new .xlsx workbook at ``path``.

    Raises:
        ReadOnlyFile, NotAFile, FileMissing, DiskFull: ``path`` cannot be written.
    """
    path = Path(path)
    check_writable(path)
    workbook = Workbook()
    figures = workbook.active
    figures.title = "Số liệu"
    _figures_sheet(figures, data)
    breakdown = workbook.create_sheet(f"Tiến độ theo {breakdown_unit(data)}")
    _breakdown_sheet(breakdown, data)
    for sheet in (figures, breakdown):
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    workbook.properties.title = progress_title(data)
    replace_atomically(path, workbook.save)
    return path
