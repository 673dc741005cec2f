"""The summary report of an inspection plan (báo cáo kết quả kiểm tra) as a PDF.

Layout after Decree 30/2020/NĐ-CP, Phụ lục I: A4, margins 20/20/30/15 mm, the two-column
header, title and trích yếu, 14 pt justified body, "./." ending, signature and Nơi nhận,
page numbers centred at the top from page 2, and an appendix table on a page of its own.
Every user text is escaped before it reaches a ``Paragraph``: it prints as typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from inspectdesk.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from inspectdesk.documents.output import atomic_output
from inspectdesk.documents.report_charts import HEIGHT, findings_chart
from inspectdesk.documents.report_data import ReportData
from inspectdesk.documents.report_text import (
    APPENDIX_HEAD,
    NO_SHORTCOMINGS,
    appendix_caption,
    appendix_totals,
    closing_line,
    counts_of,
    follow_up_lines,
    overview_lines,
    visit_cells,
)
from inspectdesk.text import nfc
from inspectdesk.text.dates import format_place_date

__all__ = ["ReportData", "build_report_pdf"]

TOP = BOTTOM = 20 * mm
LEFT = 30 * mm
RIGHT = 15 * mm
FRAME_WIDTH = A4[0] - LEFT - RIGHT
HEADER_LEFT = 65 * mm
HEADER_RIGHT = FRAME_WIDTH - HEADER_LEFT
PAGE_NUMBER_SIZE = 13


def _style(name: str, font: str = REGULAR, size: float = 14, **kw: Any) -> ParagraphStyle:
    kw.setdefault("leading", size * 1.2)
    return ParagraphStyle(name, fontName=font, fontSize=size, splitLongWords=1, **kw)


BODY = _style("body", alignment=TA_JUSTIFY, firstLineIndent=1.27 * cm, spaceAfter=6)
HEADING = _style(
    "heading", BOLD, alignment=TA_JUSTIFY, firstLineIndent=1.27 * cm, spaceAfter=6, keepWithNext=1
)
ITEM = _style(
    "item", ITALIC, alignment=TA_JUSTIFY, firstLineIndent=1.27 * cm, spaceAfter=6, keepWithNext=1
)
CENTRE_13 = _style("c13", size=13, alignment=TA_CENTER)
CENTRE_13B = _style("c13b", BOLD, 13, alignment=TA_CENTER)
CENTRE_14B = _style("c14b", BOLD, alignment=TA_CENTER)
CENTRE_14I = _style("c14i", ITALIC, alignment=TA_CENTER)
CENTRE_14 = _style("c14", alignment=TA_CENTER)
RECIPIENTS_TITLE = _style("rt", BOLD_ITALIC, 12, alignment=TA_LEFT)
RECIPIENTS = _style("r", size=11, alignment=TA_LEFT, leading=13)
CELL = _style("cell", size=11, leading=13, alignment=TA_LEFT)
CELL_C = _style("cellc", size=11, leading=13, alignment=TA_CENTER)
CELL_H = _style("cellh", BOLD, 10.5, leading=12.5, alignment=TA_CENTER)


def text(value: str) -> str:
    """User text as safe paragraph markup: NFC, escaped, newlines as line breaks."""
    return escape(nfc(value)).replace("\n", "<br/>")


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


class _Rule(Flowable):  # type: ignore[misc]
    """A horizontal line of a given width, centred in whatever width it is given."""

    def __init__(self, width: float, space_before: float = 1, space_after: float = 2) -> None:
        super().__init__()
        self.line_width = width
        self.above = space_before
        self.below = space_after
        self._avail = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.above + self.below + 0.6

    def draw(self) -> None:
        x = (self._avail - self.line_width) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, self.below + 0.3, x + self.line_width, self.below + 0.3)


def _rule(width: float, space_before: float = 3, space_after: float = 2) -> Flowable:
    return _Rule(width, space_before, space_after)


def _text_width(value: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(nfc(value), font, size))


def _header(data: ReportData) -> Table:
    motto = "Độc lập - Tự do - Hạnh phúc"
    issuer_width = _text_width(data.issuer, BOLD, 13)
    left: list[Flowable] = [
        _p(data.superior.upper(), CENTRE_13),
        _p(data.issuer.upper(), CENTRE_13B),
        _rule(min(max(issuer_width / 3, 15 * mm), HEADER_LEFT - 4 * mm)),
        Spacer(1, 4),
        _p(f"Số: {data.number}", CENTRE_13),
    ]
    right: list[Flowable] = [
        _p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CENTRE_13B),
        _p(motto, CENTRE_14B),
        _rule(_text_width(motto, BOLD, 14)),
        Spacer(1, 4),
        _p(format_place_date(data.place, data.issued_on), CENTRE_14I),
    ]
    table = Table([[left, right]], colWidths=[HEADER_LEFT, HEADER_RIGHT])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _title(data: ReportData) -> list[Flowable]:
    return [
        Spacer(1, 14),
        _p("BÁO CÁO", CENTRE_14B),
        _p(data.subject, CENTRE_14B),
        _rule(min(_text_width(data.subject, BOLD, 14) / 3, 50 * mm) or 30 * mm, 2, 12),
    ]


def _paras(lines: Iterable[str], style: ParagraphStyle = BODY) -> list[Flowable]:
    return [_p(line, style) for line in lines]


def _overview(data: ReportData) -> list[Flowable]:
    return [_p("I. KHÁI QUÁT", HEADING), *_paras(overview_lines(data))]


def _results(data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [_p("II. KẾT QUẢ KIỂM TRA", HEADING), _p("1. Ưu điểm", HEADING)]
    out += _paras(f"- {s}" for s in data.strengths) or [_p("Không có.", BODY)]
    out.append(_p("2. Tồn tại, hạn chế", HEADING))
    if not data.groups:
        out.append(_p(NO_SHORTCOMINGS, BODY))
    for group in data.groups:
        out.append(_p(group.item, ITEM))
        out += _paras(f"- {line}" for line in group.lines)
    out.append(_p("3. Nguyên nhân", HEADING))
    out += _paras(f"- {c}" for c in data.causes) or [_p("(chưa ghi)", BODY)]
    return out


def _follow_up(data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [_p("III. KẾT QUẢ XỬ LÝ SAU KIỂM TRA", HEADING)]
    out += _paras(follow_up_lines(data))
    out.append(CondPageBreak(HEIGHT * (2 if data.findings_by_level else 1)))
    out.append(findings_chart(data, FRAME_WIDTH))
    return out


def _proposals(data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [_p("IV. ĐỀ XUẤT, KIẾN NGHỊ", HEADING)]
    out += _paras(f"- {p}" for p in data.proposals) or [_p("Không có.", BODY)]
    out.append(_p(closing_line(data), BODY))
    return out


def _signature(data: ReportData) -> Flowable:
    recipients: list[Flowable] = [_p("Nơi nhận:", RECIPIENTS_TITLE)]
    recipients += _paras((f"- {r}" for r in data.recipients), RECIPIENTS)
    sign: list[Flowable] = _paras((t.upper() for t in data.signer_titles), CENTRE_14B)
    sign += [Spacer(1, 28 * mm), _p(data.signer_name, CENTRE_14B)]
    table = Table([[recipients, sign]], colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6), table])


APPENDIX_WIDTHS = tuple(w * mm for w in (9, 41, 20, 19, 13, 12, 13, 13, 13, 12))


def _appendix(data: ReportData) -> list[Flowable]:
    """The appendix table. Only the unit's name can wrap, so it alone is a Paragraph:
    the other cells are plain strings, which a 1,000-row table draws several times faster."""
    head = [Paragraph(text(h), CELL_H) for h in APPENDIX_HEAD]
    body: list[list[Any]] = [head]
    for i, v in enumerate(data.visits, 1):
        unit, day, mode = visit_cells(v)
        body.append([str(i), _p(unit, CELL), day, mode, *(str(n) for n in counts_of(v))])
    total = appendix_totals(data.visits) if data.visits else (0,) * 6
    body.append(["", "Tổng cộng", "", "", *(str(n) for n in total)])
    table = Table(body, colWidths=APPENDIX_WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 1), (-1, -1), CELL.fontSize),
                ("LEADING", (0, 1), (-1, -1), CELL.leading),
                ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                ("ALIGN", (1, -1), (1, -1), "LEFT"),
                ("FONTNAME", (0, -1), (-1, -1), BOLD),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
            ]
        )
    )
    return [
        PageBreak(),
        _p("PHỤ LỤC", CENTRE_14B),
        _p("BẢNG TỔNG HỢP KẾT QUẢ KIỂM TRA", CENTRE_14B),
        _p(appendix_caption(data), CENTRE_14I),
        Spacer(1, 8),
        table,
    ]


def _page_number(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)
    canvas.drawCentredString(LEFT + FRAME_WIDTH / 2, A4[1] - TOP / 2 - 4, str(doc.page))
    canvas.restoreState()


def build_report_pdf(data: ReportData, path: Path) -> None:
    """Write the report to ``path`` atomically (a temporary file, then a rename).

    Args:
        data: What the report says.
        path: The PDF to write; replaced only once the new one is complete.
    """
    register_fonts()
    story: list[Flowable] = [_header(data), *_title(data)]
    story += _paras(data.opening)
    for part in (_overview, _results, _follow_up, _proposals):
        story += part(data)
    story.append(_signature(data))
    story += _appendix(data)
    with atomic_output(path) as out:
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            title=nfc(f"Báo cáo số {data.number}"),
            author=nfc(data.issuer),
            subject=nfc(data.subject),
            initialFontName=REGULAR,
            initialFontSize=14,
        )
        doc.build(story, onLaterPages=_page_number)
