"""The sentences and table cells of the summary report, shared by its PDF and .docx forms."""

from __future__ import annotations

from collections.abc import Sequence

from inspectdesk.documents.report_data import ReportData, VisitRow
from inspectdesk.text.dates import format_decree_date, format_short_date

APPENDIX_HEAD = (
    "STT",
    "Cơ quan, đơn vị được kiểm tra",
    "Ngày kiểm tra",
    "Hình thức",
    "Tồn tại, hạn chế",
    "Vi phạm",
    "Kiến nghị",
    "Đã khắc phục",
    "Đang khắc phục",
    "Xử lý",
)
NO_SHORTCOMINGS = "Không phát hiện tồn tại, hạn chế."


def period_words(data: ReportData) -> str:
    """``từ ngày … đến ngày …`` or ``(chưa xác định)``."""
    if data.period_start and data.period_end:
        return (
            f"từ {format_decree_date(data.period_start)} đến {format_decree_date(data.period_end)}"
        )
    return "(chưa xác định)"


def overview_lines(data: ReportData) -> list[str]:
    """The numbered lines of I. KHÁI QUÁT."""
    team = "; ".join(f"{m.name} - {m.role}" for m in data.team) or "(chưa có)"
    return [
        f"1. Thành phần Đoàn kiểm tra: {team}.",
        f"2. Thời gian kiểm tra: {period_words(data)}.",
        f"3. Phạm vi, nội dung kiểm tra: {data.scope or '(chưa ghi)'}",
        f"4. Số cơ quan, đơn vị được kiểm tra: {data.units_inspected}/{data.units_planned} "
        f"cơ quan, đơn vị theo kế hoạch; trong đó {data.announced} cuộc kiểm tra theo "
        f"kế hoạch và {data.unannounced} cuộc kiểm tra đột xuất.",
    ]


def follow_up_lines(data: ReportData) -> list[str]:
    """The numbered lines of III. KẾT QUẢ XỬ LÝ SAU KIỂM TRA."""
    r = data.remediation
    rate = f"{100 * r.done / r.total:.0f}%" if r.total else "0%"
    lines = [
        f"1. Đoàn kiểm tra đã đưa ra {r.total} kiến nghị; đã khắc phục {r.done} ({rate}), "
        f"đang khắc phục {r.in_progress}, chưa khắc phục {r.open}; "
        f"quá hạn chưa khắc phục {r.overdue}.",
    ]
    if data.sanctions:
        forms = "; ".join(f"{s.form}: {s.count}" for s in data.sanctions)
        lines.append(f"2. Xử lý trách nhiệm ({sum(s.count for s in data.sanctions)}): {forms}.")
    else:
        lines.append("2. Xử lý trách nhiệm: chưa có trường hợp nào.")
    return lines


def closing_line(data: ReportData) -> str:
    """The last sentence of the body, ending "./."."""
    return f"Trên đây là báo cáo {data.subject[:1].lower()}{data.subject[1:]}./."


def appendix_caption(data: ReportData) -> str:
    """``(Kèm theo Báo cáo số … ngày … của …)``."""
    return (
        f"(Kèm theo Báo cáo số {data.number} {format_decree_date(data.issued_on)} "
        f"của {data.issuer})"
    )


def counts_of(v: VisitRow) -> tuple[int, ...]:
    """The six counted columns of an appendix row."""
    return (v.shortcomings, v.violations, v.recommendations, v.fixed, v.in_progress, v.sanctions)


def appendix_totals(rows: Sequence[VisitRow]) -> tuple[int, ...]:
    """The total row of the appendix: column sums of the six counts."""
    return tuple(sum(col) for col in zip(*(counts_of(v) for v in rows), strict=True)) or (0,) * 6


def visit_cells(v: VisitRow) -> tuple[str, str, str]:
    """The unit, date and mode cells of an appendix row."""
    day = format_short_date(v.visited_on) if v.visited_on else ""
    return v.unit, day, "Đột xuất" if v.unannounced else "Kế hoạch"
