"""What a weekly or monthly progress report says: plain frozen data and its Vietnamese words.

Filled by ``services.progress_report``; printed by ``documents.progress_pdf`` and written
to Excel by ``services.progress_xlsx``. The figures and the breakdown tables are given
here as rows of words and numbers, so the PDF and the workbook show the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inspectdesk.domain.enums import FindingKind, VisitStatus
from inspectdesk.text.dates import format_short_date

VISIT_STATUS_WORDS = {
    VisitStatus.PLANNED: "Dự kiến",
    VisitStatus.NOTIFIED: "Đã thông báo",
    VisitStatus.IN_PROGRESS: "Đang kiểm tra",
    VisitStatus.DRAFTED: "Đã lập biên bản (chưa ký)",
    VisitStatus.SIGNED: "Đã ký biên bản",
    VisitStatus.CANCELLED: "Hủy",
}
FINDING_WORDS = {
    FindingKind.STRENGTH: "Ưu điểm",
    FindingKind.SHORTCOMING: "Tồn tại, hạn chế",
    FindingKind.VIOLATION: "Vi phạm",
}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
BREAKDOWN_HEAD = (
    "Thời gian",
    "Cuộc kiểm tra đã thực hiện",
    "Trong đó đột xuất",
    "Tồn tại, hạn chế",
    "Vi phạm",
    "Kiến nghị đã đưa ra",
    "Kiến nghị đã khắc phục",
)
FIGURES_HEAD = ("STT", "Nội dung", "Số lượng")


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """One line of the breakdown: a day of a week, or a week of a month."""

    label: str
    start: date
    end: date
    visits: int = 0
    unannounced: int = 0
    shortcomings: int = 0
    violations: int = 0
    recommendations: int = 0
    fixed: int = 0

    def counts(self) -> tuple[int, int, int, int, int, int]:
        """The six numbers, in the order of :data:`BREAKDOWN_HEAD` after the label."""
        return (
            self.visits,
            self.unannounced,
            self.shortcomings,
            self.violations,
            self.recommendations,
            self.fixed,
        )


@dataclass(frozen=True, slots=True)
class ProgressData:
    """The figures of a period, as of ``today`` for what is overdue.

    ``recommendations`` … ``overdue`` are about the recommendations made at the visits of
    the period; ``fixed_in_period`` counts every recommendation whose remediation was
    recorded as done within the period, and ``overdue_all`` every overdue one in the file.
    """

    kind: str  # "week", "month" or "range"
    start: date
    end: date
    today: date
    issuer: str = ""
    superior: str = ""
    place: str = ""
    visits_by_status: tuple[tuple[VisitStatus, int], ...] = ()
    announced: int = 0
    unannounced: int = 0
    findings_by_kind: tuple[tuple[FindingKind, int], ...] = ()
    recommendations: int = 0
    fixed: int = 0
    in_progress: int = 0
    open: int = 0
    overdue: int = 0
    fixed_in_period: int = 0
    overdue_all: int = 0
    breakdown: tuple[PeriodRow, ...] = ()

    @property
    def visits_done(self) -> int:
        """Visits carried out (announced and unannounced)."""
        return self.announced + self.unannounced

    def findings(self, kind: FindingKind) -> int:
        """How many findings of ``kind``."""
        return dict(self.findings_by_kind).get(kind, 0)

    def period_title(self) -> str:
        """``TUẦN TỪ 01/11/2021 ĐẾN 07/11/2021``, ``THÁNG 11 NĂM 2021`` or a range."""
        if self.kind == "month":
            return f"THÁNG {self.start.month:02d} NĂM {self.start.year}"
        span = f"TỪ {format_short_date(self.start)} ĐẾN {format_short_date(self.end)}"
        return f"TUẦN {span}" if self.kind == "week" else span

    def figures(self) -> tuple[tuple[str, str, int], ...]:
        """The table of figures: (number, words, count); sub-items are numbered ``1.1``."""
        today = format_short_date(self.today)
        rows: list[tuple[str, str, int]] = [
            ("1", "Cuộc kiểm tra đã thực hiện", self.visits_done),
            ("1.1", "Theo kế hoạch", self.announced),
            ("1.2", "Đột xuất", self.unannounced),
            (
                "2",
                "Cuộc kiểm tra trong kỳ, theo tình trạng",
                sum(n for _, n in self.visits_by_status),
            ),
        ]
        rows += [
            (f"2.{i}", VISIT_STATUS_WORDS[s], n)
            for i, (s, n) in enumerate(self.visits_by_status, 1)
        ]
        rows.append(
            ("3", "Nội dung phát hiện qua kiểm tra", sum(n for _, n in self.findings_by_kind))
        )
        rows += [
            (f"3.{i}", FINDING_WORDS[k], n) for i, (k, n) in enumerate(self.findings_by_kind, 1)
        ]
        rows += [
            ("4", "Kiến nghị đã đưa ra trong kỳ", self.recommendations),
            ("4.1", "Đã khắc phục", self.fixed),
            ("4.2", "Đang khắc phục", self.in_progress),
            ("4.3", "Chưa khắc phục", self.open),
            ("4.4", f"Trong đó quá hạn tính đến ngày {today}", self.overdue),
            ("5", "Kiến nghị được khắc phục xong trong kỳ", self.fixed_in_period),
            ("6", f"Tổng số kiến nghị quá hạn tính đến ngày {today}", self.overdue_all),
        ]
        return tuple(rows)

    def totals(self) -> tuple[int, ...]:
        """The breakdown's column totals."""
        columns = zip(*(r.counts() for r in self.breakdown), strict=True)
        return tuple(sum(col) for col in columns) or (0,) * (len(BREAKDOWN_HEAD) - 1)
