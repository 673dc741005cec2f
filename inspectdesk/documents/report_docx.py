"""The summary report as a Word template, for those who edit it before signing.

Same sections, sentences and appendix as the PDF (:mod:`report_text` words both); the
charts stay in the PDF, the figures they draw are in the text and the appendix.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from inspectdesk.documents.decree30 import (
    TEXT_WIDTH_CM,
    add_body,
    add_heading,
    add_layout_table,
    add_text,
    cell_paragraph,
    enforce_fonts,
    format_paragraph,
)
from inspectdesk.documents.report_data import (
    FindingGroup,
    RemediationStats,
    ReportData,
    SanctionCount,
    TeamLine,
    VisitRow,
)
from inspectdesk.documents.report_text import (
    APPENDIX_HEAD,
    NO_SHORTCOMINGS,
    appendix_caption,
    appendix_totals,
    closing_line,
    counts_of,
    follow_up_lines,
    overview_lines,
    period_words,
    visit_cells,
)
from inspectdesk.documents.tags import add_lines_of, add_tag, punctuated, templated_document
from inspectdesk.text import format_place_date

APPENDIX_WIDTHS_CM = (1.1, 3.3, 2.3, 1.7, 1.35, 1.35, 1.35, 1.35, 1.35, 1.35)
CELL_SIZE = 11
HEAD_SIZE = 10
COUNT_KEYS = ("shortcomings", "violations", "recommendations", "fixed", "in_progress", "sanctions")


def report_context(data: ReportData) -> dict[str, Any]:
    """The placeholders of the report template (``docs/templates.md`` lists them)."""
    totals = appendix_totals(data.visits)
    visits = []
    for index, v in enumerate(data.visits, 1):
        unit, day, mode = visit_cells(v)
        row: dict[str, Any] = {"index": str(index), "unit": unit, "date": day, "mode": mode}
        row.update(zip(COUNT_KEYS, map(str, counts_of(v)), strict=True))
        visits.append(row)
    r = data.remediation
    return {
        "superior": data.superior.strip(),
        "issuer": data.issuer.strip(),
        "number": data.number.strip(),
        "place_date": format_place_date(data.place, data.issued_on),
        "subject": data.subject.strip(),
        "opening": [line for line in data.opening if line.strip()],
        "overview": overview_lines(data),
        "period": period_words(data),
        "units_inspected": str(data.units_inspected),
        "units_planned": str(data.units_planned),
        "strengths": punctuated(data.strengths),
        "groups": [{"item": g.item, "lines": punctuated(g.lines)} for g in data.groups],
        "causes": punctuated(data.causes),
        "follow_up": follow_up_lines(data),
        "recommendations_total": str(r.total),
        "recommendations_done": str(r.done),
        "recommendations_overdue": str(r.overdue),
        "proposals": punctuated(data.proposals),
        "closing": closing_line(data),
        "signer_titles": [t.strip() for t in data.signer_titles if t.strip()],
        "signer_name": data.signer_name.strip(),
        "recipients": punctuated(data.recipients),
        "appendix_caption": appendix_caption(data),
        "visits": visits,
        "totals": dict(zip(COUNT_KEYS, map(str, totals), strict=True)),
    }


def _cell_text(
    cell: Any, text: str, *, bold: bool = False, left: bool = False, size: float = CELL_SIZE
) -> None:
    paragraph = cell.paragraphs[0]
    format_paragraph(
        paragraph,
        align=WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER,
        after=0,
        spacing=1.0,
    )
    add_text(paragraph, text, size, bold=bold)


def _grid(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0")):
            element.set(qn(key), value)
        element.set(qn("w:color"), "000000")
        borders.append(element)
    tbl_pr = table._tbl.tblPr
    old = tbl_pr.find(qn("w:tblBorders"))
    if old is not None:
        old.addprevious(borders)
        tbl_pr.remove(old)
    else:
        tbl_pr.append(borders)


def _loop_row(table: Any, statement: str) -> None:
    row = table.add_row()
    _cell_text(row.cells[0], f"{{%tr {statement} %}}", left=True)


def _appendix(doc: Any) -> None:
    head = add_body(doc, "PHỤ LỤC", bold=True, indent=False)
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.paragraph_format.page_break_before = True
    title = add_body(doc, "BẢNG TỔNG HỢP KẾT QUẢ KIỂM TRA", bold=True, indent=False)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption = add_body(doc, "{{ appendix_caption }}", italic=True, indent=False)
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=1, cols=len(APPENDIX_HEAD))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _grid(table)
    for cell, text in zip(table.rows[0].cells, APPENDIX_HEAD, strict=True):
        _cell_text(cell, text, bold=True, size=HEAD_SIZE)
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    _loop_row(table, "for v in visits")
    row = table.add_row()
    fields = ("v.index", "v.unit", "v.date", "v.mode", *(f"v.{k}" for k in COUNT_KEYS))
    for index, (cell, field) in enumerate(zip(row.cells, fields, strict=True)):
        _cell_text(cell, f"{{{{ {field} }}}}", left=index == 1)
    _loop_row(table, "endfor")
    total = table.add_row()
    _cell_text(total.cells[1], "Tổng cộng", bold=True, left=True)
    for cell, key in zip(total.cells[4:], COUNT_KEYS, strict=True):
        _cell_text(cell, f"{{{{ totals.{key} }}}}", bold=True)
    for column, width in zip(table.columns, APPENDIX_WIDTHS_CM, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _signature(doc: Any) -> None:
    table = add_layout_table(doc, (TEXT_WIDTH_CM * 0.45, TEXT_WIDTH_CM * 0.55))
    left, right = table.rows[0].cells
    head = cell_paragraph(left, "Nơi nhận:", 12, bold=True, italic=True)
    head.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cell_paragraph(left, "{%p for line in recipients %}")
    cell_paragraph(left, "- {{ line }}", 11).alignment = WD_ALIGN_PARAGRAPH.LEFT
    cell_paragraph(left, "{%p endfor %}")
    cell_paragraph(right, "{%p for line in signer_titles %}")
    cell_paragraph(right, "{{ line|upper }}", 14, bold=True)
    cell_paragraph(right, "{%p endfor %}")
    name = cell_paragraph(right, "{{ signer_name }}", 14, bold=True)
    name.paragraph_format.space_before = Cm(2.8)
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def report_template() -> Any:
    """The built-in report template (a python-docx ``Document`` with Jinja tags)."""
    doc = templated_document("BÁO CÁO")
    add_lines_of(doc, "opening", empty="", dash=False)
    add_heading(doc, "I. KHÁI QUÁT")
    add_lines_of(doc, "overview", empty="", dash=False)
    add_heading(doc, "II. KẾT QUẢ KIỂM TRA")
    add_heading(doc, "1. Ưu điểm")
    add_lines_of(doc, "strengths")
    add_heading(doc, "2. Tồn tại, hạn chế")
    add_tag(doc, "for group in groups")
    add_body(doc, "{{ group.item }}", italic=True)
    add_lines_of(doc, "group.lines", empty="")
    add_tag(doc, "else")
    add_body(doc, NO_SHORTCOMINGS)
    add_tag(doc, "endfor")
    add_heading(doc, "3. Nguyên nhân")
    add_lines_of(doc, "causes", empty="(chưa ghi)")
    add_heading(doc, "III. KẾT QUẢ XỬ LÝ SAU KIỂM TRA")
    add_lines_of(doc, "follow_up", empty="", dash=False)
    add_heading(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ")
    add_lines_of(doc, "proposals")
    closing = add_body(doc, "{{ closing }}")
    closing.paragraph_format.keep_with_next = True
    _signature(doc)
    _appendix(doc)
    enforce_fonts(doc)
    return doc


def sample_report() -> ReportData:
    """A filled report used to check a user's template before it is installed."""
    return ReportData(
        superior="UBND tỉnh Vĩnh Phúc",
        issuer="Sở Nội vụ",
        number="03/BC-SNV",
        place="Vĩnh Yên",
        issued_on=date(2021, 12, 10),
        subject="Kết quả kiểm tra công vụ năm 2021",
        opening=("Thực hiện Kế hoạch số 230/KH-UBND, Đoàn kiểm tra báo cáo như sau:",),
        team=(TeamLine("Nguyễn Văn Thành, Phó Giám đốc", "Trưởng đoàn"),),
        period_start=date(2021, 11, 8),
        period_end=date(2021, 11, 30),
        scope="Chấp hành kỷ luật, kỷ cương hành chính.",
        units_planned=3,
        units_inspected=2,
        announced=1,
        unannounced=1,
        strengths=("Niêm yết công khai thủ tục hành chính (Sở Y tế)",),
        groups=(FindingGroup("1.1 Giờ giấc làm việc", ("Đi muộn (UBND xã Tam Hồng)",)),),
        causes=("Chưa quán triệt",),
        remediation=RemediationStats(total=2, done=1, in_progress=1),
        sanctions=(SanctionCount("Nhắc nhở", 1),),
        proposals=("Đề nghị các đơn vị khắc phục",),
        signer_titles=("TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN"),
        signer_name="Nguyễn Văn Thành",
        recipients=("UBND tỉnh (để báo cáo)", "Lưu: VT, SNV"),
        visits=(
            VisitRow("Sở Y tế", date(2021, 11, 8), False, 1, 0, 1, 1, 0, 0),
            VisitRow("UBND xã Tam Hồng", date(2021, 11, 9), True, 2, 1, 1, 0, 1, 1),
        ),
    )
