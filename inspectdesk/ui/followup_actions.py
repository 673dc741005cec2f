"""Follow-up extras: re-inspect a recommendation's unit, and what one person answers for.

"Schedule a re-inspection…" plans an announced visit to check a recommendation was
carried out (in the plan and with the team of the visit that made it) and opens it.
"What a person answers for…" lists, for one head of unit or responsible official and
one year, the findings and recommendations they answer for across plans, with status,
deadline and overdue, and exports them for the year-end evaluation.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.services.accountability import AnswerRow, answers_for, export_answers
from inspectdesk.services.people import PersonService
from inspectdesk.services.remediation import RemediationService
from inspectdesk.services.units import Choice
from inspectdesk.ui.document_ready import document_ready
from inspectdesk.ui.forms import SearchCombo, show_user_error
from inspectdesk.ui.workspace import Workspace

REINSPECT_AFTER = timedelta(days=7)


def reinspect_action(page: Any) -> QAction:
    """Follow-up → Schedule a re-inspection… for the current recommendation."""
    action = QAction(QCoreApplication.translate("FollowUp", "Schedule a &re-inspection…"), page)
    action.triggered.connect(lambda: schedule_reinspection(page))
    return action


def schedule_reinspection(page: Any, on: date | None = None) -> uuid.UUID | None:
    """Plan a visit checking the current recommendation, then open it."""
    current = page.current_id()
    workspace: Workspace | None = page.workspace
    if workspace is None or workspace.readonly or not current:
        return None
    if on is None:
        suggested = (getattr(page, "today", None) or date.today()) + REINSPECT_AFTER
        text, ok = QInputDialog.getText(
            page,
            QCoreApplication.translate("FollowUp", "Schedule a re-inspection"),
            QCoreApplication.translate("FollowUp", "Day of the re-inspection (dd/mm/yyyy):"),
            text=suggested.strftime("%d/%m/%Y"),
        )
        if not ok:
            return None
        try:
            day, month, year = (int(part) for part in text.strip().split("/"))
            on = date(year, month, day)
        except ValueError:
            show_user_error(page, _BadDay(text=text))
            return None
    try:
        visit_id = RemediationService(workspace.db, workspace.bus).schedule_reinspection(
            uuid.UUID(current), on
        )
    except UserError as exc:
        show_user_error(page, exc)
        return None
    from inspectdesk.ui.visit_editor import open_visit_editor

    open_visit_editor(page.window(), workspace, visit_id)
    return visit_id


class _BadDay(UserError):
    code = "bad_day"
    vi = "“{text}” không phải một ngày (dd/mm/yyyy)."
    en = "“{text}” is not a day (dd/mm/yyyy)."


def answers_action(page: Any) -> QAction:
    """Follow-up → What a person answers for…"""
    action = QAction(QCoreApplication.translate("FollowUp", "What a person &answers for…"), page)
    action.triggered.connect(
        lambda: AnswersDialog(page.workspace, parent=page).exec() if page.workspace else None
    )
    return action


class AnswersDialog(QDialog):
    """One person's findings and recommendations over a year, exportable to .xlsx."""

    def __init__(
        self, workspace: Workspace, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or date.today()
        self.rows: list[AnswerRow] = []
        self.setWindowTitle(self.tr("What a person answers for"))
        self.resize(900, 520)
        people = PersonService(workspace.db).search_people(limit=None)
        self.person = SearchCombo()
        self.person.set_choices(
            [
                Choice(p.id, f"{p.full_name} – {p.job_title}" if p.job_title else p.full_name)
                for p in people
            ]
        )
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today.year)
        self.person.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        top = QHBoxLayout()
        person_label = QLabel(self.tr("&Person:"))
        person_label.setBuddy(self.person)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        top.addWidget(person_label)
        top.addWidget(self.person, 1)
        top.addWidget(year_label)
        top.addWidget(self.year)
        headings = [
            self.tr("Kind"),
            self.tr("Content"),
            self.tr("Unit"),
            self.tr("Plan"),
            self.tr("Deadline"),
            self.tr("Status"),
            self.tr("As"),
        ]
        self.table = QTableWidget(0, len(headings))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the chosen person's rows for the chosen year."""
        person = self.person.value()
        self.rows = (
            answers_for(self.workspace.db, person, self.year.value(), self.today) if person else []
        )
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            deadline = row.deadline.strftime("%d/%m/%Y") if row.deadline else ""
            status = row.status + (self.tr(" (overdue)") if row.overdue else "")
            cells = (row.kind, row.text, row.unit, row.plan, deadline, status, row.role)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        overdue = sum(1 for row in self.rows if row.overdue)
        self.summary.setText(
            self.tr("%1 item(s), %2 overdue")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(overdue))
        )
        self.export_button.setEnabled(bool(self.rows))

    def export(self, target: Path | None = None) -> Path | None:
        """Write the rows to an .xlsx workbook and offer to open it."""
        person = self.person.value()
        if person is None:
            return None
        if target is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.windowTitle(),
                str(Path(folder) / f"trach-nhiem-{self.year.value()}.xlsx"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not name:
                return None
            target = Path(name).with_suffix(".xlsx")
        try:
            written = export_answers(
                self.workspace.db, person, self.year.value(), target, self.today
            )
        except UserError as exc:
            show_user_error(self, exc)
            return None
        path, _count = written
        document_ready(self, self.windowTitle(), self.summary.text(), path)
        return path
