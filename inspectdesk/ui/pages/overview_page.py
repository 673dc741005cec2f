"""Tổng quan: the figures of the open file at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from inspectdesk.domain.enums import FindingKind, RemediationStatus, VisitStatus
from inspectdesk.services.overview import Overview, overview
from inspectdesk.ui.labels import label
from inspectdesk.ui.pages.base import Page


class OverviewPage(Page):
    """Counters for units, plans, visits by status, findings by kind, remediation."""

    TABLES = frozenset({"unit", "plan", "visit", "finding", "recommendation"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Overview"))
        self.title.setObjectName("pageTitle")
        self._values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        grid = QGridLayout()
        layout.addLayout(grid)
        layout.addStretch(1)
        general = self._box(
            self.tr("This file"),
            [
                ("units", self.tr("Units")),
                ("plans", self.tr("Plans")),
                ("visits", self.tr("Visits")),
                ("inspected", self.tr("Visits with minutes")),
                ("this_week", self.tr("Visits due this week")),
            ],
        )
        visits = self._box(self.tr("Visits by status"), [(s.value, label(s)) for s in VisitStatus])
        findings = self._box(
            self.tr("Findings by kind"), [(f"f_{k.value}", label(k)) for k in FindingKind]
        )
        remediation = self._box(
            self.tr("Recommendations"),
            [(f"r_{r.value}", label(r)) for r in RemediationStatus]
            + [("overdue", self.tr("Overdue"))],
        )
        grid.addWidget(general, 0, 0)
        grid.addWidget(visits, 0, 1)
        grid.addWidget(findings, 1, 0)
        grid.addWidget(remediation, 1, 1)

    def _box(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for index, (key, text) in enumerate(rows):
            value = QLabel("—")
            value.setObjectName("counter")
            grid.addWidget(QLabel(text), index, 0)
            grid.addWidget(value, index, 1)
            self._values[key] = value
        return box

    def value(self, key: str) -> str:
        """The text shown for one counter (for tests and screenshots)."""
        return self._values[key].text()

    def refresh(self) -> None:
        super().refresh()
        if self.workspace is not None:
            self.show_overview(overview(self.workspace.db))

    def clear(self) -> None:
        for value in self._values.values():
            value.setText("—")

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
            self._values[key].setText(f"{number:,}".replace(",", "."))
