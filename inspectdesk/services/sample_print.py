"""The printable list of a plan's sample (danh sách đơn vị được chọn kiểm tra): .xlsx and PDF.

Both list the units in the sample with their stratum, weight and how they came in, then
the units removed or swapped out with the reasons, so the list that goes to the team
leader shows the whole review. The PDF uses the documents' serif family (Times New Roman
or Liberation Serif, embedded), so Vietnamese prints and can be copied out of it.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from inspectdesk.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from inspectdesk.documents.output import atomic_output
from inspectdesk.domain.sampling import PickSource
from inspectdesk.errors import FileMissing, ReadOnlyFile
from inspectdesk.services.sample_view import PickRow, SampleView
from inspectdesk.services.xlsx_export import export_rows
from inspectdesk.text import nfc

SOURCE_WORDS = {
    PickSource.DRAWN: "Chọn ngẫu nhiên",
    PickSource.ADDED: "Bổ sung",
    PickSource.SWAPPED_IN: "Thay thế",
}
HEADERS = ("STT", "Đơn vị", "Đơn vị cấp trên", "Nhóm", "Trọng số", "Cách chọn", "Ghi chú")
TITLE = "DANH SÁCH ĐƠN VỊ ĐƯỢC CHỌN KIỂM TRA"


def plan_caption(view: SampleView) -> str:
    """``Kế hoạch số 230/KH-UBND: <title>`` (or just the title)."""
    return f"Kế hoạch số {view.number}: {view.title}" if view.number else view.title


def note_of(pick: PickRow) -> str:
    """What the list says about a pick: whom it replaced, and the reason."""
    parts = []
    if pick.replaced_unit:
        parts.append(f"Thay cho {pick.replaced_unit}")
    if pick.reason:
        parts.append(pick.reason)
    return "; ".join(parts)


def _stratum(pick: PickRow) -> str:
    return str(pick.stratum + 1) if pick.stratum is not None else "—"


def _weight(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _cells(number: int, pick: PickRow) -> list[str | int | float]:
    return [
        number,
        pick.unit,
        pick.parent,
        _stratum(pick),
        pick.weight,
        SOURCE_WORDS[pick.source],
        note_of(pick),
    ]


def write_sample_xlsx(view: SampleView, path: Path) -> int:
    """The list as an Excel workbook; return how many units are in the sample."""
    current = view.current()
    removed = [pick for pick in view.picks if pick.removed]
    rows = [_cells(n, pick) for n, pick in enumerate(current, 1)]
    rows += [
        [
            "",
            f"Đã bỏ khỏi mẫu: {pick.unit}",
            pick.parent,
            _stratum(pick),
            pick.weight,
            "",
            pick.reason,
        ]
        for pick in removed
    ]
    seed = f" — số gieo {view.seed}" if view.seed is not None else ""
    export_rows(path, "Mẫu", HEADERS, rows, title=f"{TITLE} — {plan_caption(view)}{seed}")
    return len(current)


def _style(name: str, font: str = REGULAR, size: float = 11, **kw: object) -> ParagraphStyle:
    kw.setdefault("leading", size * 1.2)
    return ParagraphStyle(name, fontName=font, fontSize=size, splitLongWords=1, **kw)


_TITLE = _style("title", BOLD, 14, alignment=TA_CENTER, spaceAfter=4)
_CAPTION = _style("caption", ITALIC, 12, alignment=TA_CENTER, spaceAfter=8)
_HEADING = _style("heading", BOLD, 12, alignment=TA_LEFT, spaceBefore=10, spaceAfter=4)
_CELL = _style("cell", size=10.5, leading=12.5)
_CELL_C = _style("cellc", size=10.5, leading=12.5, alignment=TA_CENTER)
_HEAD = _style("head", BOLD, 10.5, leading=12.5, alignment=TA_CENTER)
_MARGIN = 15 * mm


def _p(value: object, style: ParagraphStyle = _CELL) -> Paragraph:
    return Paragraph(escape(nfc(str(value))).replace("\n", "<br/>"), style)


def _table(head: list[str], rows: list[list[Paragraph]], widths: list[float]) -> Table:
    table = Table([[_p(h, _HEAD) for h in head], *rows], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
            ]
        )
    )
    return table


def _strata_table(view: SampleView, width: float) -> Table:
    rows = []
    previous = -1
    for part in view.parts:
        label = view.strata[part.stratum].label if part.stratum != previous else ""
        previous = part.stratum
        rows.append(
            [
                _p(part.stratum + 1 if label else "", _CELL_C),
                _p(label),
                _p(part.under),
                _p(part.population, _CELL_C),
                _p(part.target, _CELL_C),
                _p(part.selected, _CELL_C),
            ]
        )
    head = ["Nhóm", "Nội dung chọn mẫu", "Thuộc", "Tổng số", "Chỉ tiêu", "Đã chọn"]
    numbers = [16 * mm, 18 * mm, 18 * mm, 18 * mm]
    under = 60 * mm
    return _table(head, rows, [numbers[0], width - sum(numbers) - under, under, *numbers[1:]])


def write_sample_pdf(view: SampleView, path: Path) -> int:
    """The list as a PDF (A4 landscape); return how many units are in the sample."""
    register_fonts()
    width = landscape(A4)[0] - 2 * _MARGIN
    current = view.current()
    story: list[object] = [_p(TITLE, _TITLE), _p(plan_caption(view), _CAPTION)]
    if view.seed is not None:
        story.append(_p(f"Số gieo ngẫu nhiên: {view.seed}. Tổng số đơn vị: {len(current)}.", _CELL))
    story += [_p("I. CÁC NHÓM CHỌN MẪU", _HEADING), _strata_table(view, width)]
    fixed = [12 * mm, 70 * mm, 55 * mm, 16 * mm, 18 * mm, 34 * mm]
    widths = [*fixed, width - sum(fixed)]
    rows = [
        [
            _p(n, _CELL_C),
            _p(pick.unit),
            _p(pick.parent),
            _p(_stratum(pick), _CELL_C),
            _p(_weight(pick.weight), _CELL_C),
            _p(SOURCE_WORDS[pick.source]),
            _p(note_of(pick)),
        ]
        for n, pick in enumerate(current, 1)
    ]
    story += [_p("II. ĐƠN VỊ ĐƯỢC CHỌN", _HEADING), _table(list(HEADERS), rows, widths)]
    removed = [pick for pick in view.picks if pick.removed]
    if removed:
        rows = [
            [
                _p(n, _CELL_C),
                _p(pick.unit),
                _p(pick.parent),
                _p(_stratum(pick), _CELL_C),
                _p(_weight(pick.weight), _CELL_C),
                _p(SOURCE_WORDS[pick.source]),
                _p(pick.reason),
            ]
            for n, pick in enumerate(removed, 1)
        ]
        head = [*HEADERS[:-1], "Lý do bỏ hoặc thay"]
        story += [_p("III. ĐƠN VỊ ĐÃ BỎ HOẶC ĐÃ THAY", _HEADING), _table(head, rows, widths)]
    story.append(Spacer(1, 6))
    try:
        _build(story, Path(path), view)
    except PermissionError:
        raise ReadOnlyFile(path=path) from None
    except FileNotFoundError:
        raise FileMissing(path=Path(path).parent) from None
    return len(current)


def _build(story: list[object], path: Path, view: SampleView) -> None:
    with atomic_output(path) as out:
        doc = SimpleDocTemplate(
            out,
            pagesize=landscape(A4),
            topMargin=_MARGIN,
            bottomMargin=_MARGIN,
            leftMargin=_MARGIN,
            rightMargin=_MARGIN,
            title=nfc(f"{TITLE.capitalize()} — {plan_caption(view)}"),
            initialFontName=REGULAR,
        )
        doc.build(story)
