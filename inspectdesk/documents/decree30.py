"""Formatting shared by every .docx InspectDesk writes (Decree 30/2020/NĐ-CP, Phụ lục I).

A4 portrait; margins 20/20/30/15 mm; Times New Roman on every run (the ``ascii``,
``hAnsi``, ``eastAsia`` and ``cs`` slots, language vi-VN); body 14 pt justified with a
1.27 cm first-line indent, 6 pt after and 1.15 line spacing; the two-column header with
its short rules; page numbers centred in the top margin from page 2; signature blocks
and the "Nơi nhận" list. User text is written as text runs, so nothing in it is ever
interpreted; characters XML cannot hold are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
BODY_SIZE = 14
TEXT_WIDTH_CM = 16.5  # 210 mm − 30 mm − 15 mm
HEADER_LEFT_CM = 6.0
HEADER_RIGHT_CM = TEXT_WIDTH_CM - HEADER_LEFT_CM
CELL_MARGIN_CM = 0.19  # Word's default left/right cell margin
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_WIDTH_CM = 6.04  # the motto in Times New Roman bold 14 pt (Liberation Serif metrics)
RULE_STYLE = "ID Short Rule"
"""Paragraph style of a short rule sized after rendering to the text above it."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Container = Any
"""A python-docx block container: a Document, a table cell or a header."""


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot hold (tabs and newlines stay)."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def set_run_font(
    run: Any, size: float | None = None, *, bold: bool = False, italic: bool = False
) -> None:
    """Give a run Times New Roman in every rFonts slot, vi-VN, and the size and style."""
    run.font.name = FONT
    run.bold = bold
    run.italic = italic
    if size is not None:
        run.font.size = Pt(size)
    _fonts_on(run._element.get_or_add_rPr())


def _fonts_on(rpr: Any) -> None:
    fonts = rpr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for slot in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(slot), LANGUAGE)


def add_text(
    paragraph: Any, text: str, size: float = BODY_SIZE, *, bold: bool = False, italic: bool = False
) -> Any:
    """Append ``text`` literally (line breaks become breaks) as one run; return the run."""
    run = paragraph.add_run()
    for index, line in enumerate(xml_safe(text).split("\n")):
        if index:
            run.add_break()
        if line:
            run.add_text(line)
    set_run_font(run, size, bold=bold, italic=italic)
    return run


def format_paragraph(
    paragraph: Any,
    *,
    align: Any = WD_ALIGN_PARAGRAPH.JUSTIFY,
    first_line: float = 0,
    after: float = 6,
    before: float = 0,
    spacing: float = 1.15,
) -> None:
    fmt = paragraph.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Cm(first_line) if first_line else None
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(before)
    fmt.line_spacing = spacing


def new_document() -> Any:
    """An empty Decree 30 document: A4, margins, fonts, page numbers from page 2."""
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    for style_name in ("Normal", "Table Grid", "Header", "Footer"):
        try:
            style = doc.styles[style_name]
        except KeyError:
            continue
        style.font.name = FONT
        if style_name == "Normal":
            style.font.size = Pt(BODY_SIZE)
        _fonts_on(style.element.get_or_add_rPr())
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            rpr = rpr_default.find(qn("w:rPr"))
            if rpr is not None:
                _fonts_on(rpr)
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    format_paragraph(paragraph, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, spacing=1.0)
    add_page_field(paragraph)
    section.first_page_header.paragraphs[0].text = ""
    return doc


def add_page_field(paragraph: Any, size: float = BODY_SIZE) -> None:
    """Append a PAGE field (the page number) to ``paragraph``."""

    def field_char(kind: str) -> None:
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._element.append(char)
        set_run_font(run, size)

    field_char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._element.append(instr)
    set_run_font(run, size)
    field_char("separate")
    add_text(paragraph, "2", size)
    field_char("end")


def _no_borders(table: Any) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    for later in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"):
        anchor = tbl_pr.find(qn(later))  # CT_TblPr is a sequence: keep the schema order
        if anchor is not None:
            anchor.addprevious(borders)
            return
    tbl_pr.append(borders)


def add_layout_table(container: Container, widths_cm: Sequence[float], rows: int = 1) -> Any:
    """A borderless table of fixed column widths (for headers and signatures)."""
    table = container.add_table(rows=rows, cols=len(widths_cm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # w:tblLayout type="fixed"
    _no_borders(table)
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return table


def cell_paragraph(
    cell: Any, text: str = "", size: float = 13, *, bold: bool = False, italic: bool = False
) -> Any:
    """A centred, single-spaced paragraph in a cell (reusing the cell's first empty one)."""
    paragraphs = cell.paragraphs
    if len(paragraphs) == 1 and not paragraphs[0].runs and not getattr(cell, "_used", False):
        paragraph = paragraphs[0]
        cell._used = True
    else:
        paragraph = cell.add_paragraph()
    format_paragraph(paragraph, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, spacing=1.0)
    if text:
        add_text(paragraph, text, size, bold=bold, italic=italic)
    return paragraph


def _bottom_border(paragraph: Any) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    # pBdr must precede spacing/ind/jc in CT_PPr's sequence
    anchor = None
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"):
        anchor = p_pr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        p_pr.append(borders)


def add_short_rule(
    container: Any, rule_cm: float, available_cm: float, paragraph: Any = None
) -> Any:
    """A centred horizontal rule ``rule_cm`` long: a narrow paragraph's bottom border.

    With ``paragraph`` the rule goes under that paragraph's text (its indents narrow it);
    otherwise a new tiny empty paragraph carries it.
    """
    if paragraph is None:
        paragraph = container.add_paragraph()
        paragraph.style = _rule_style(container)
        format_paragraph(paragraph, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, spacing=1.0)
        paragraph.paragraph_format.line_spacing = Pt(2)
        paragraph.paragraph_format.space_before = Pt(3)
    side = max(0.0, (available_cm - rule_cm) / 2)
    paragraph.paragraph_format.left_indent = Cm(side)
    paragraph.paragraph_format.right_indent = Cm(side)
    _bottom_border(paragraph)
    return paragraph


def _rule_style(container: Any) -> Any:
    styles = container.part.styles
    try:
        return styles[RULE_STYLE]
    except KeyError:
        style = styles.add_style(RULE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.hidden = False
        return style


def estimated_width_cm(text: str, size: float, *, upper: bool = False) -> float:
    """A rough width of a line of Times New Roman bold (for the length of short rules)."""
    em = 0.68 if upper else 0.5
    return len(text) * size * em / 72 * 2.54


@dataclass(frozen=True, slots=True)
class Header:
    """What the two columns at the top of page 1 say, printed as given (tags included).

    ``superior_if`` is a Jinja test: when set, the superior line is kept only where it holds.
    """

    superior: str  # cơ quan chủ quản, e.g. "{{ superior|upper }}"
    issuer: str  # cơ quan ban hành, e.g. "{{ issuer|upper }}"
    number: str  # "Số: {{ number }}"
    place_date: str  # "{{ place_date }}"
    superior_if: str = ""


def add_header(doc: Any, header: Header) -> Any:
    """The two-column borderless header table of page 1; return the table."""
    table = add_layout_table(doc, (HEADER_LEFT_CM, HEADER_RIGHT_CM))
    left, right = table.rows[0].cells
    if header.superior_if:
        cell_paragraph(left, f"{{%p if {header.superior_if} %}}")
    cell_paragraph(left, header.superior, 13)
    if header.superior_if:
        cell_paragraph(left, "{%p endif %}")
    cell_paragraph(left, header.issuer, 13, bold=True)
    inner_left = HEADER_LEFT_CM - 2 * CELL_MARGIN_CM
    add_short_rule(left, inner_left * 0.4, inner_left)  # sized to the issuer when rendered
    number = cell_paragraph(left, header.number)
    number.paragraph_format.space_before = Pt(6)
    cell_paragraph(right, NATION, 13, bold=True)
    motto = cell_paragraph(right, MOTTO, 14, bold=True)
    add_short_rule(right, MOTTO_WIDTH_CM + 0.4, HEADER_RIGHT_CM - 2 * CELL_MARGIN_CM, motto)
    place = cell_paragraph(right, header.place_date, 14, italic=True)
    place.paragraph_format.space_before = Pt(8)
    return table


def add_title(doc: Any, kind: str, subject: str) -> None:
    """Tên loại (``BIÊN BẢN``), trích yếu (bold) and a short rule under them."""
    title = doc.add_paragraph()
    format_paragraph(title, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=0, spacing=1.0)
    add_text(title, kind, BODY_SIZE, bold=True)
    line = doc.add_paragraph()
    format_paragraph(line, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, spacing=1.0)
    add_text(line, subject, BODY_SIZE, bold=True)
    rule = add_short_rule(doc, 4.0, TEXT_WIDTH_CM)  # sized to the subject when rendered
    rule.paragraph_format.space_after = Pt(12)


def add_body(
    container: Container,
    text: str,
    *,
    italic: bool = False,
    bold: bool = False,
    indent: bool = True,
) -> Any:
    """A body paragraph: 14 pt, justified, first-line indent 1.27 cm, 6 pt after."""
    paragraph = container.add_paragraph()
    format_paragraph(paragraph, first_line=1.27 if indent else 0)
    add_text(paragraph, text, BODY_SIZE, bold=bold, italic=italic)
    return paragraph


def add_heading(container: Container, text: str) -> Any:
    """A section heading such as ``I. THÀNH PHẦN`` (bold, upper case)."""
    return add_body(container, text, bold=True)


def add_subheading(container: Container, text: str) -> Any:
    """A numbered sub-heading such as ``1. Đoàn kiểm tra:`` (bold)."""
    return add_body(container, text, bold=True)


def add_bullet(container: Container, text: str) -> Any:
    """A dash line ``- …`` of a list."""
    return add_body(container, f"- {text}")


def add_lines(container: Container, lines: Iterable[str], *, empty: str = "Không có.") -> None:
    """Dash lines, each ending ";" and the last ".", or ``empty`` when there are none."""
    items = [line.strip().rstrip(";.").rstrip() for line in lines if line.strip()]
    if not items:
        add_body(container, empty)
        return
    for index, item in enumerate(items):
        add_bullet(container, item + ("." if index == len(items) - 1 else ";"))


@dataclass(frozen=True, slots=True)
class Signature:
    """One signature block: title lines (printed bold as given: UPPER), a note, the name."""

    titles: tuple[str, ...]
    name: str = ""
    note: str = "(Ký, ghi rõ họ tên)"


SIGNATURE_SPACE_PT = 72  # room for the hand signature and the seal
TITLE_LINE_PT = 16  # one single-spaced 14 pt line, to level names under uneven titles


def add_signature_block(cell: Any, signature: Signature | None, title_lines: int = 0) -> None:
    """Fill a cell with a signature block (or leave it empty for ``None``).

    ``title_lines`` is the most title lines in the row: a block with fewer gets more
    room above the name, so that the names of a row stand level.
    """
    if signature is None:
        cell_paragraph(cell)
        return
    for title in signature.titles:
        cell_paragraph(cell, title, BODY_SIZE, bold=True)
    if signature.note:
        cell_paragraph(cell, signature.note, BODY_SIZE, italic=True)
    name = cell_paragraph(cell, signature.name.strip(), BODY_SIZE, bold=True)
    missing = max(0, title_lines - len(signature.titles))
    name.paragraph_format.space_before = Pt(SIGNATURE_SPACE_PT + missing * TITLE_LINE_PT)
    name.paragraph_format.space_after = Pt(12)


SIGNATURE_WIDTHS_CM = (8.9, TEXT_WIDTH_CM - 8.9)  # "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA" is 8.4 cm


def add_signatures(
    doc: Any,
    rows: Sequence[tuple[Signature | None, Signature | None]],
    widths_cm: tuple[float, float] = SIGNATURE_WIDTHS_CM,
) -> Any:
    """A borderless two-column table of signature blocks; return the table."""
    table = add_layout_table(doc, widths_cm, rows=len(rows))
    for row, (left, right) in zip(table.rows, rows, strict=True):
        lines = max(len(block.titles) if block else 0 for block in (left, right))
        add_signature_block(row.cells[0], left, lines)
        add_signature_block(row.cells[1], right, lines)
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return table


def add_recipients(container: Container, lines: Sequence[str]) -> None:
    """ "Nơi nhận:" (12 pt bold italic) and its list (11 pt), the last "- Lưu: VT, …."."""
    head = container.add_paragraph()
    format_paragraph(head, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, spacing=1.0)
    add_text(head, "Nơi nhận:", 12, bold=True, italic=True)
    items = [line.strip().rstrip(";.").rstrip() for line in lines if line.strip()]
    for index, item in enumerate(items):
        paragraph = container.add_paragraph()
        format_paragraph(paragraph, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, spacing=1.0)
        add_text(paragraph, f"- {item}{'.' if index == len(items) - 1 else ';'}", 11)


def enforce_fonts(doc: Any) -> None:
    """Set the fonts and language on every run of the body, headers and footers."""
    parts = [doc.element.body]
    for section in doc.sections:
        for part in (section.header, section.first_page_header, section.footer):
            parts.append(part._element)
    for part in parts:
        for run in part.iter(qn("w:r")):
            rpr = run.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                run.insert(0, rpr)
            _fonts_on(rpr)
