"""Tổng quan: the figures of the open file at a glance, each a way into its list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import FindingKind, RemediationStatus, VisitStatus
from inspectdesk.services.overview import Overview, overview
from inspectdesk.text import format_short_date
from inspectdesk.ui.bar_chart import BarChart
from inspectdesk.ui.labels import label
from inspectdesk.ui.pages.base import Page
from inspectdesk.ui.row_model import ID_ROLE
from inspectdesk.ui.worker import Progress, Task, run_in_background

KIND_COLOURS = {
    FindingKind.STRENGTH: QColor("#2e7d32"),
    FindingKind.SHORTCOMING: QColor("#f9a825"),
    FindingKind.VIOLATION: QColor("#c62828"),
}
REMEDIATION_COLOURS = {
    RemediationStatus.DONE: QColor("#2e7d32"),
    RemediationStatus.IN_PROGRESS: QColor("#1565c0"),
    RemediationStatus.OPEN: QColor("#9e9e9e"),
}


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class OverviewPage(Page):
    """Counters and charts; clicking a counter opens its list, filtered.

    ``navigate(page_key, criteria)`` asks the main window to show a page with a filter
    (criteria such as ``{"status": VisitStatus.SIGNED}`` or ``{"overdue": True}``).
    """

    TABLES = frozenset({"unit", "plan", "visit", "finding", "recommendation"})
    navigate = Signal(str, object)  # object: a dict would lose its enum values to QVariant
    visit_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None  # None: the real today (tests pin it)
        self.task: Task | None = None  # the count under way
        self._generation = 0
        self.title = QLabel(self.tr("Overview"))
        self.title.setObjectName("pageTitle")
        self._values: dict[str, QPushButton] = {}
        content = QWidget()
        grid = QGridLayout(content)
        general = self._box(
            self.tr("This file"),
            [
                ("units", self.tr("Units"), "units", {}),
                ("plans", self.tr("Plans"), "plans", {}),
                ("visits", self.tr("Visits"), "visits", {}),
                ("inspected", self.tr("Visits with minutes"), "visits", {"inspected": True}),
                ("this_week", self.tr("Visits due this week"), "visits", {"this_week": True}),
            ],
        )
        visits = self._box(
            self.tr("Visits by status"),
            [(s.value, label(s), "visits", {"status": s}) for s in VisitStatus],
        )
        self.findings_chart = BarChart()
        findings = self._box(
            self.tr("Findings by kind"),
            [(f"f_{k.value}", label(k), "findings", {"kind": k}) for k in FindingKind],
            self.findings_chart,
        )
        self.remediation_chart = BarChart()
        remediation = self._box(
            self.tr("Recommendations"),
            [(f"r_{r.value}", label(r), "remediation", {"status": r}) for r in RemediationStatus]
            + [("overdue", self.tr("Overdue"), "remediation", {"overdue": True})],
            self.remediation_chart,
        )
        self._values["overdue"].setObjectName("alertCounter")
        self.upcoming = QListWidget()
        self.upcoming.setObjectName("upcoming")
        self.upcoming.itemActivated.connect(lambda item: self.visit_opened.emit(item.data(ID_ROLE)))
        upcoming_box = QGroupBox(self.tr("Visits due this week"))
        QVBoxLayout(upcoming_box).addWidget(self.upcoming)
        grid.addWidget(general, 0, 0)
        grid.addWidget(visits, 0, 1)
        grid.addWidget(findings, 1, 0)
        grid.addWidget(remediation, 1, 1)
        grid.addWidget(upcoming_box, 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)

    def _box(
        self,
        title: str,
        rows: list[tuple[str, str, str, dict[str, Any]]],
        chart: BarChart | None = None,
    ) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for index, (key, text, page, criteria) in enumerate(rows):
            value = QPushButton("—")
            value.setObjectName("counter")
            value.setFlat(True)
            value.setCursor(Qt.CursorShape.PointingHandCursor)
            value.setToolTip(self.tr("Show the list"))
            value.clicked.connect(
                lambda _checked=False, p=page, c=criteria: self.navigate.emit(p, c)
            )
            caption = QLabel(text)
            caption.setBuddy(value)
            grid.addWidget(caption, index, 0)
            grid.addWidget(value, index, 1, Qt.AlignmentFlag.AlignLeft)
            self._values[key] = value
        if chart is not None:
            grid.addWidget(chart, len(rows), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def value(self, key: str) -> str:
        """The text shown for one counter (for tests and screenshots)."""
        return self._values[key].text()

    def counter(self, key: str) -> QPushButton:
        return self._values[key]

    def refresh(self) -> None:
        """Count again in the background (half a second on a ministry's file) and show the
        figures when they arrive; a later refresh makes an earlier one's figures moot."""
        super().refresh()
        if self.workspace is None:
            return
        db, today = self.workspace.db, self.today
        self._generation = generation = self._generation + 1

        def work(_progress: Progress) -> Overview:
            return overview(db, today)

        def done(data: Overview) -> None:
            if generation == self._generation and self.workspace is not None:
                self.show_overview(data)

        self.task = run_in_background(self, self.tr("Overview"), work, done, show_progress=False)

    def clear(self) -> None:
        self._generation += 1  # figures of the file just closed are not shown
        for value in self._values.values():
            value.setText("—")
        self.findings_chart.set_bars([])
        self.remediation_chart.set_bars([])
        self.upcoming.clear()

    def show_overview(self, data: Overview) -> None:
        numbers: dict[str, int] = {
            "units": data.units,
            "plans": data.plans,
            "visits": data.visits,
            "inspected": data.inspected,
            "this_week": data.this_week,
            "overdue": data.overdue,
        }
        numbers.update({s.value: data.visits_by_status.get(s, 0) for s in VisitStatus})
        numbers.update({f"f_{k.value}": data.findings_by_kind.get(k, 0) for k in FindingKind})
        numbers.update(
            {f"r_{r.value}": data.recommendations_by_status.get(r, 0) for r in RemediationStatus}
        )
        for key, number in numbers.items():
            self._values[key].setText(_number(number))
        self.findings_chart.set_bars(
            [(label(k), data.findings_by_kind.get(k, 0), KIND_COLOURS[k]) for k in FindingKind]
        )
        self.remediation_chart.set_bars(
            [
                (label(r), data.recommendations_by_status.get(r, 0), REMEDIATION_COLOURS[r])
                for r in (
                    RemediationStatus.DONE,
                    RemediationStatus.IN_PROGRESS,
                    RemediationStatus.OPEN,
                )
            ]
            + [(self.tr("Overdue"), data.overdue, QColor("#c62828"))]
        )
        self.upcoming.clear()
        for visit in data.upcoming:
            item = QListWidgetItem(
                f"{format_short_date(visit.scheduled_on)}  ·  {visit.unit}  ·  {label(visit.mode)}"
            )
            item.setData(ID_ROLE, str(visit.id))
            self.upcoming.addItem(item)
        if not data.upcoming:
            self.upcoming.addItem(self.tr("No visits are due this week."))
