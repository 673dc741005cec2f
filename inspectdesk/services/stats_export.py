"""A plan's statistics to Excel: the summary report's appendix table, with live totals.

One row per inspected visit (STT, unit, date, mode and the six counts of the report's
appendix), the Vietnamese headings of the report, and a "Tổng cộng" row whose cells are
``SUM`` formulas, so a secretary who corrects a count in Excel gets the right total.
Title rows above, the heading row frozen, columns sized, printed landscape on A4.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from inspectdesk.db.database import Database
from inspectdesk.documents.report_text import APPENDIX_HEAD, counts_of, period_words, visit_cells
from inspectdesk.services.report_gather import ReportScope, gather_report
from inspectdesk.services.xlsx_export import check_writable, replace_atomically

TITLE = "THỐNG KÊ KẾT QUẢ KIỂM TRA"
TOTAL_LABEL = "Tổng cộng"
WIDTHS = (6, 42, 13, 12, 11, 9, 10, 11, 12, 8)
DATE_FORMAT = "DD/MM/YYYY"
_FIRST_COUNT = 5  # column E: the first of the six counts
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True, slots=True)
class StatsExport:
    """Where the statistics went and what the sheet holds (rows are 1-based)."""

    path: Path
    visits: int
    heading_row: int
    total_row: int


def export_plan_statistics(
    db: Database, plan_id: uuid.UUID, path: Path, today: date | None = None
) -> StatsExport:
    """Write the statistics of a plan's inspected visits to a new .xlsx workbook.

    The numbers are those of the plan's summary report (:func:`gather_report`); nothing
    is written to the database (a report number the gathering would register is not).

    Raises:
        NotFound: no such plan.
        ReadOnlyFile, NotAFile, FileMissing, DiskFull: ``path`` cannot be written.
    """
    path = Path(path)
    check_writable(path)
    today = today or date.today()
    with db.sessions() as s:
        data = gather_report(s, ReportScope(plan_id), today, today)
        s.rollback()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Thống kê"
    last_col = get_column_letter(len(APPENDIX_HEAD))
    titles = [
        (data.issuer.upper(), Font(bold=True, size=12)),
        (TITLE, Font(bold=True, size=14)),
        (data.subject, Font(italic=True, size=12)),
        (f"({period_words(data)})", Font(italic=True, size=11)),
    ]
    for row, (text, font) in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=1)
        _text(cell, text)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.merge_cells(f"A{row}:{last_col}{row}")
    heading_row = len(titles) + 2
    for column, heading in enumerate(APPENDIX_HEAD, start=1):
        cell = sheet.cell(row=heading_row, column=column)
        _text(cell, heading)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BOX
    sheet.row_dimensions[heading_row].height = 48
    first = heading_row + 1
    for number, visit in enumerate(data.visits, start=1):
        row = first + number - 1
        unit, _day, mode = visit_cells(visit)
        values: list[Any] = [number, unit, visit.visited_on, mode, *counts_of(visit)]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            if isinstance(value, str):
                _text(cell, value)
            else:
                cell.value = value
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            cell.border = _BOX
            cell.alignment = Alignment(
                horizontal="left" if column == 2 else "center", vertical="center", wrap_text=True
            )
    total_row = first + len(data.visits)
    _totals(sheet, first, total_row)
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{first}"
    sheet.print_title_rows = f"{heading_row}:{heading_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    workbook.properties.title = f"{TITLE} — {data.subject}"
    replace_atomically(path, workbook.save)
    return StatsExport(path, len(data.visits), heading_row, total_row)


def _totals(sheet: Any, first: int, total_row: int) -> None:
    label = sheet.cell(row=total_row, column=1)
    _text(label, TOTAL_LABEL)
    sheet.merge_cells(f"A{total_row}:{get_column_letter(_FIRST_COUNT - 1)}{total_row}")
    for column in range(1, len(APPENDIX_HEAD) + 1):
        cell = sheet.cell(row=total_row, column=column)
        cell.font = Font(bold=True)
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center")
        if column >= _FIRST_COUNT:
            letter = get_column_letter(column)
            last = max(first, total_row - 1)
            cell.value = f"=SUM({letter}{first}:{letter}{last})" if total_row > first else 0


def _text(cell: Any, text: str) -> None:
    """Text that stays text, even when it starts with "=" (never run as a formula)."""
    cell.value = text
    cell.data_type = "s"
