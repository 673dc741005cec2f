"""Báo cáo tiến độ: the weekly or monthly progress report, as PDF or Excel.

:class:`ProgressReportDialog` asks for a week (any day of it) or a month and the format,
then for the file, and writes the report in the background: a PDF opens in the preview,
a workbook is offered to open, print or show. Nothing is written to the database, so it
works in a read-only file too. Reached from the Documents menu (Ctrl+Shift+G).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services.progress_report import month_of, progress, week_of
from inspectdesk.ui.document_folder import documents_folder
from inspectdesk.ui.document_ready import document_ready
from inspectdesk.ui.pdf_preview import PdfPreviewDialog, open_pdf_preview
from inspectdesk.ui.worker import Progress, Task, run_in_background
from inspectdesk.ui.workspace import Workspace

if TYPE_CHECKING:
    from inspectdesk.ui.main_window import MainWindow

PROGRESS_REPORT_SHORTCUT = "Ctrl+Shift+G"


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ProgressReportDialog(QDialog):
    """Week or month, a day in it, PDF or Excel; OK asks for the file and writes it."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Progress report"))
        self.setMinimumWidth(480)
        self.week_choice = QRadioButton(self.tr("&Week"))
        self.month_choice = QRadioButton(self.tr("&Month"))
        self.week_choice.setChecked(True)
        self.period_group = QButtonGroup(self)  # the two pairs of choices stay apart
        self.period_group.addButton(self.week_choice)
        self.period_group.addButton(self.month_choice)
        periods = QHBoxLayout()
        periods.addWidget(self.week_choice)
        periods.addWidget(self.month_choice)
        periods.addStretch(1)
        self.day = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.span = QLabel()
        self.pdf_choice = QRadioButton(self.tr("P&DF, to print or send"))
        self.xlsx_choice = QRadioButton(self.tr("E&xcel (.xlsx), with formulas"))
        self.pdf_choice.setChecked(True)
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.pdf_choice)
        self.format_group.addButton(self.xlsx_choice)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf_choice)
        formats.addWidget(self.xlsx_choice)
        formats.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), periods)
        day_label = QLabel(self.tr("A &day in it:"))
        day_label.setBuddy(self.day)
        form.addRow(day_label, self.day)
        form.addRow("", self.span)
        form.addRow(self.tr("Format:"), formats)
        note = QLabel(
            self.tr(
                "Visits done, findings, recommendations fixed and overdue in the period, "
                "with a breakdown per day (a week) or per week (a month)."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Write the &report…"))
        self.buttons.accepted.connect(self.write_report)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.task: Task | None = None
        self.preview: PdfPreviewDialog | None = None
        self.written: Path | None = None
        self.day.dateChanged.connect(self._show_span)
        self.week_choice.toggled.connect(self._show_span)
        self._show_span()

    def period(self) -> tuple[date, date]:
        """The first and the last day of the chosen week or month."""
        day = _day(self.day.date())
        return week_of(day) if self.week_choice.isChecked() else month_of(day)

    def _show_span(self) -> None:
        start, end = (d.strftime("%d/%m/%Y") for d in self.period())
        self.span.setText(self.tr("From %1 to %2").replace("%1", start).replace("%2", end))

    def suggested_path(self) -> Path:
        """``Tiến độ 01-11-2021 đến 30-11-2021.pdf`` (translated) in Documents."""
        start, end = (d.strftime("%d-%m-%Y") for d in self.period())
        stem = self.tr("Progress %1 to %2").replace("%1", start).replace("%2", end)
        return documents_folder() / f"{stem}{'.xlsx' if self.xlsx_choice.isChecked() else '.pdf'}"

    def write_report(self) -> Task | None:
        """Ask for the file, then write the report to it (the OK button)."""
        xlsx = self.xlsx_choice.isChecked()
        suffix = ".xlsx" if xlsx else ".pdf"
        kind = self.tr("Excel workbook (*.xlsx)") if xlsx else self.tr("PDF document (*.pdf)")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(self.suggested_path()), kind
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        return self.write_to(target)

    def write_to(self, target: Path) -> Task:
        """Write the report as asked to ``target`` in the background, then show it."""
        if self.task is not None and self.task.running:
            return self.task
        db, today = self.workspace.db, self.today
        start, end = self.period()
        xlsx = self.xlsx_choice.isChecked()

        def work(_progress: Progress) -> Path:
            data = progress(db, start, end, today)
            if xlsx:
                from inspectdesk.services.progress_xlsx import write_progress_xlsx

                return write_progress_xlsx(data, target)
            from inspectdesk.documents.progress_pdf import build_progress_pdf

            build_progress_pdf(data, target)
            return target

        self.task = run_in_background(
            self, self.tr("Writing the progress report"), work, self._written, cancellable=False
        )
        return self.task

    def _written(self, path: Path) -> None:
        self.written = path
        self.accept()
        owner = self.parentWidget()
        if path.suffix.lower() == ".xlsx":
            document_ready(owner, self.windowTitle(), self.tr("Progress report written."), path)
        else:
            self.preview = open_pdf_preview(path, owner)

    def reject(self) -> None:
        """Close, unless the report is being written."""
        if self.task is None or not self.task.running:
            super().reject()


def open_progress_report(workspace: Workspace | None, parent: QWidget | None) -> Path | None:
    """Show the progress report dialog on ``workspace``; the file written, if any."""
    if workspace is None:
        return None
    dialog = ProgressReportDialog(workspace, parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.written


def add_progress_action(window: MainWindow, menu: QMenu) -> QAction:
    """Add "Progress report (week or month)…" (Ctrl+Shift+G) to the Documents menu."""
    action = QAction(
        QCoreApplication.translate("ProgressReportDialog", "Pro&gress report (week or month)…"),
        window,
    )
    action.setObjectName("progress_report_action")
    action.setShortcut(QKeySequence(PROGRESS_REPORT_SHORTCUT))
    action.setStatusTip(
        QCoreApplication.translate(
            "ProgressReportDialog", "Write the weekly or monthly progress report (PDF or Excel)"
        )
    )
    action.triggered.connect(lambda: open_progress_report(window.workspace, window))
    menu.addAction(action)
    return action
