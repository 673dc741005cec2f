"""The merge report (báo cáo hợp nhất dữ liệu) as a PDF.

What merging another secretary's file did, or would do on a dry run: the records added
and changed per kind of data, every conflict with both values and the decision taken,
the document numbers given anew, and where the backup went. The builder works from
plain data (:class:`MergeReportData`, filled by ``services.merge_report``); every user
text is escaped, so it prints exactly as typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from inspectdesk.documents.fonts import BOLD, REGULAR, register_fonts
from inspectdesk.documents.merge_report_data import ConflictLine, MergeReportData, TableCount
from inspectdesk.documents.output import atomic_output
from inspectdesk.documents.report_pdf import (
    BOTTOM,
    LEFT,
    RIGHT,
    TOP,
    _p,
    _page_number,
    _style,
    text,
)
from inspectdesk.text import nfc

__all__ = ["ConflictLine", "MergeReportData", "TableCount", "build_merge_report_pdf"]

TITLE = "BÁO CÁO HỢP NHẤT DỮ LIỆU"
LONGEST_VALUE = 700
"""Characters of one value printed in a table cell (a cell must fit on a page)."""


TITLE_STYLE = _style("mtitle", BOLD, 14, alignment=TA_CENTER)
SUBTITLE = _style("msub", size=13, alignment=TA_CENTER, spaceAfter=10)
FACT = _style("mfact", size=12, alignment=TA_LEFT, spaceAfter=2)
HEADING = _style("mhead", BOLD, 13, alignment=TA_LEFT, spaceBefore=10, spaceAfter=6)
NOTE = _style("mnote", size=12, alignment=TA_LEFT)
CELL = _style("mcell", size=10.5, alignment=TA_LEFT, leading=12.5)
CELL_R = _style("mcellr", size=10.5, alignment=TA_RIGHT, leading=12.5)
CELL_H = _style("mcellh", BOLD, 10.5, alignment=TA_CENTER, leading=12.5)

COUNT_WIDTHS = tuple(w * mm for w in (12, 93, 30, 30))
CONFLICT_WIDTHS = tuple(w * mm for w in (10, 35, 22, 34, 34, 30))
NUMBER_WIDTHS = tuple(w * mm for w in (12, 76.5, 76.5))


def _clip(value: str) -> str:
    value = nfc(value)
    if len(value) <= LONGEST_VALUE:
        return value
    return f"{value[:LONGEST_VALUE]}… (còn {len(value) - LONGEST_VALUE} ký tự)"


def _bold_fact(label: str, value: str) -> Paragraph:
    return Paragraph(f"<b>{text(label)}</b> {text(value)}", FACT)


def _grid(rows: list[list[Any]], widths: tuple[float, ...], total_row: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
    ]
    if total_row:
        style.append(("BACKGROUND", (0, -1), (-1, -1), "#f4f4f4"))
    table.setStyle(TableStyle(style))
    return table


def _facts(data: MergeReportData) -> list[Flowable]:
    state = "Chạy thử: chưa ghi gì vào tệp" if data.dry_run else "Đã hợp nhất"
    facts = [
        _bold_fact("Tệp của tôi:", data.mine_file),
        _bold_fact("Tệp được hợp nhất vào tệp của tôi:", data.other_file),
        _bold_fact("Thời gian:", data.made_at.strftime("%d/%m/%Y %H:%M")),
        _bold_fact("Người thực hiện:", data.made_by or "(không rõ)"),
        _bold_fact("Tình trạng:", state),
    ]
    if data.backup:
        facts.append(_bold_fact("Bản sao lưu trước khi hợp nhất:", data.backup))
    if data.log_entries:
        facts.append(_bold_fact("Mục nhật ký thay đổi chép sang:", f"{data.log_entries:,}"))
    return facts


def _counts(data: MergeReportData) -> list[Flowable]:
    out: list[Flowable] = [_p("I. SỐ BẢN GHI THÊM MỚI VÀ CẬP NHẬT", HEADING)]
    if not data.counts:
        return [*out, _p("Không có bản ghi nào được thêm mới hoặc cập nhật.", NOTE)]
    head = [_p(h, CELL_H) for h in ("STT", "Loại dữ liệu", "Thêm mới", "Cập nhật")]
    rows: list[list[Any]] = [head]
    for i, count in enumerate(data.counts, 1):
        rows.append(
            [
                _p(str(i), CELL),
                _p(count.table, CELL),
                _p(f"{count.added:,}", CELL_R),
                _p(f"{count.changed:,}", CELL_R),
            ]
        )
    added = sum(c.added for c in data.counts)
    changed = sum(c.changed for c in data.counts)
    rows.append(
        [
            "",
            Paragraph("<b>Tổng cộng</b>", CELL),
            _p(f"{added:,}", CELL_R),
            _p(f"{changed:,}", CELL_R),
        ]
    )
    return [*out, _grid(rows, COUNT_WIDTHS, total_row=True)]


def _conflicts(data: MergeReportData) -> list[Flowable]:
    out: list[Flowable] = [_p("II. XUNG ĐỘT VÀ QUYẾT ĐỊNH", HEADING)]
    if not data.conflicts:
        return [*out, _p("Không có xung đột: hai tệp không cùng sửa một nội dung.", NOTE)]
    out.append(
        _p(
            "Cả hai tệp cùng sửa các nội dung dưới đây. Giá trị không được chọn vẫn được "
            "lưu trong nhật ký thay đổi.",
            NOTE,
        )
    )
    out.append(Spacer(1, 4))
    heads = ("STT", "Bản ghi", "Trường", "Giá trị của tôi", "Giá trị của tệp kia", "Quyết định")
    rows: list[list[Any]] = [[_p(h, CELL_H) for h in heads]]
    for i, c in enumerate(data.conflicts, 1):
        record = Paragraph(f"{text(c.table)}:<br/>{text(_clip(c.label))}", CELL)
        rows.append(
            [
                _p(str(i), CELL),
                record,
                _p(c.field, CELL),
                _p(_clip(c.mine), CELL),
                _p(_clip(c.theirs), CELL),
                _p(_clip(c.decision), CELL),
            ]
        )
    return [*out, _grid(rows, CONFLICT_WIDTHS)]


def _renumbered(data: MergeReportData) -> list[Flowable]:
    out: list[Flowable] = [_p("III. SỐ VĂN BẢN ĐƯỢC CẤP LẠI", HEADING)]
    if not data.renumbered:
        return [*out, _p("Không có số văn bản nào bị trùng.", NOTE)]
    out.append(
        _p(
            "Các văn bản sau đã được cả hai tệp cấp cùng một số; văn bản chưa ký "
            + ("sẽ được cấp số mới khi hợp nhất." if data.dry_run else "đã được cấp số mới."),
            NOTE,
        )
    )
    out.append(Spacer(1, 4))
    rows: list[list[Any]] = [[_p(h, CELL_H) for h in ("STT", "Số cũ", "Số mới")]]
    for i, (old, new) in enumerate(data.renumbered, 1):
        shown = "(cấp khi hợp nhất)" if data.dry_run else new
        rows.append([_p(str(i), CELL), _p(old, CELL), _p(shown, CELL)])
    return [*out, _grid(rows, NUMBER_WIDTHS)]


def build_merge_report_pdf(data: MergeReportData, path: Path) -> None:
    """Write the merge report to ``path`` atomically (a temporary file, then a rename).

    Args:
        data: What the report says.
        path: The PDF to write; replaced only once the new one is complete.

    Raises:
        OSError: the file cannot be written.
    """
    register_fonts()
    subtitle = "(Chạy thử, chưa thay đổi dữ liệu)" if data.dry_run else "(Đã thực hiện)"
    story: list[Flowable] = [_p(TITLE, TITLE_STYLE), _p(subtitle, SUBTITLE)]
    story += _facts(data)
    if data.nothing_to_do:
        story += [Spacer(1, 8), _p("Hai tệp đã thống nhất, không có gì để hợp nhất.", NOTE)]
    else:
        story += [*_counts(data), *_conflicts(data), *_renumbered(data)]
    with atomic_output(Path(path)) as out:
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            title=nfc(f"Báo cáo hợp nhất dữ liệu từ {Path(data.other_file).name}"),
            author=nfc(data.made_by),
            subject=TITLE,
            initialFontName=REGULAR,
            initialFontSize=12,
        )
        doc.build(story, onLaterPages=_page_number)
