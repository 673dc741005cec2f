"""Báo cáo theo kỳ: the summary report of a period, of every plan or of one plan.

:class:`PeriodReportDialog` asks for the dates, the plan and the format, then for the
file, and writes the report in the background: a PDF opens in the preview, a .docx is
offered to open, print or show. :func:`install_documents_menu` adds the main window's
Documents menu that reaches it.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
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

from inspectdesk.services.visits import VisitService
from inspectdesk.ui.document_folder import documents_folder, file_name_part
from inspectdesk.ui.document_ready import document_ready
from inspectdesk.ui.forms import ERROR_STYLE
from inspectdesk.ui.pdf_preview import PdfPreviewDialog, open_pdf_preview
from inspectdesk.ui.worker import Progress, Task, run_in_background
from inspectdesk.ui.workspace import Workspace

if TYPE_CHECKING:
    from inspectdesk.services.report import ReportResult
    from inspectdesk.ui.main_window import MainWindow

PERIOD_REPORT_SHORTCUT = "Ctrl+Shift+P"


def previous_month(today: date) -> tuple[date, date]:
    """The first and the last day of the month before ``today``'s."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class PeriodReportDialog(QDialog):
    """From, to, an optional plan and PDF or Word; OK asks for the file and writes it.

    The report is numbered in the register the first time, so the dialog writes
    nothing in a read-only file. The dialog closes once the report is written; a
    problem the user can fix is shown and the dialog stays open.
    """

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Summary report for a period"))
        self.setMinimumWidth(580)  # room for a plan's number and the start of its title
        start, end = previous_month(today or date.today())
        self.date_from = _date_edit(start)
        self.date_to = _date_edit(end)
        self.range_error = QLabel(self.tr("The start date must not be after the end date."))
        self.range_error.setStyleSheet(ERROR_STYLE)
        self.range_error.setWordWrap(True)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.date_to)
        dates.addWidget(to_label)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.plan = QComboBox()
        self.plan.addItem(self.tr("All plans"), None)
        for choice in VisitService(workspace.db).plans():
            self.plan.addItem(choice.name, str(choice.id))
        self.plan.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan.setMinimumContentsLength(40)
        self.pdf_choice = QRadioButton(self.tr("P&DF, to print or send"))
        self.docx_choice = QRadioButton(self.tr("&Word (.docx), to edit"))
        self.pdf_choice.setChecked(True)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf_choice)
        formats.addWidget(self.docx_choice)
        formats.addStretch(1)
        form = QFormLayout()
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.date_from)
        form.addRow(from_label, dates)
        form.addRow("", self.range_error)
        plan_label = QLabel(self.tr("&Plan:"))
        plan_label.setBuddy(self.plan)
        form.addRow(plan_label, self.plan)
        form.addRow(self.tr("Format:"), formats)
        note = QLabel(
            self.tr(
                "The report covers the visits scheduled in the period (of the chosen plan). "
                "It is numbered in the register the first time it is written."
            )
        )
        note.setWordWrap(True)
        self.readonly_note = QLabel(
            self.tr("The file is open read-only: a report cannot be numbered in it.")
        )
        self.readonly_note.setStyleSheet(ERROR_STYLE)
        self.readonly_note.setWordWrap(True)
        self.readonly_note.setVisible(workspace.readonly)
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
        layout.addWidget(self.readonly_note)
        layout.addWidget(self.buttons)
        self.task: Task | None = None
        self.preview: PdfPreviewDialog | None = None
        self.written: ReportResult | None = None
        self.date_from.dateChanged.connect(self._check)
        self.date_to.dateChanged.connect(self._check)
        self._check()

    # -- what is asked ---------------------------------------------------------------

    def start(self) -> date:
        return _day(self.date_from.date())

    def end(self) -> date:
        return _day(self.date_to.date())

    def plan_id(self) -> uuid.UUID | None:
        """The chosen plan (None: every plan)."""
        data = self.plan.currentData()
        return uuid.UUID(data) if data else None

    def is_valid(self) -> bool:
        """Whether the dates make a period (from ≤ to)."""
        return self.start() <= self.end()

    def _check(self) -> None:
        valid = self.is_valid()
        self.range_error.setVisible(not valid)
        self.ok_button.setEnabled(valid and not self.workspace.readonly)

    def suggested_path(self) -> Path:
        """The default file: ``Báo cáo từ 01-11-2021 đến 31-12-2021.pdf`` in Documents."""
        start, end = (d.strftime("%d-%m-%Y") for d in (self.start(), self.end()))
        plan = self.plan.currentText().split(" – ")[0] if self.plan_id() else ""
        if plan:
            stem = self.tr("Report %1, %2 to %3").replace("%1", file_name_part(plan))
            stem = stem.replace("%2", start).replace("%3", end)
        else:
            stem = self.tr("Report %1 to %2").replace("%1", start).replace("%2", end)
        suffix = ".docx" if self.docx_choice.isChecked() else ".pdf"
        return documents_folder() / f"{stem}{suffix}"

    # -- writing -----------------------------------------------------------------

    def write_report(self) -> Task | None:
        """Ask for the file, then write the report to it (the OK button)."""
        if not self.is_valid() or self.workspace.readonly:
            return None
        docx = self.docx_choice.isChecked()
        suffix = ".docx" if docx else ".pdf"
        kind = self.tr("Word document (*.docx)") if docx else self.tr("PDF document (*.pdf)")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(self.suggested_path()), kind
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        return self.write_to(target)

    def write_to(self, target: Path) -> Task | None:
        """Write the report as asked to ``target`` in the background, then show it."""
        if not self.is_valid() or self.workspace.readonly:
            return None
        if self.task is not None and self.task.running:
            return self.task
        from inspectdesk.services.report import ReportScope, ReportService

        service = ReportService(self.workspace.db, self.workspace.bus)
        scope = ReportScope(self.plan_id(), self.start(), self.end())
        docx = self.docx_choice.isChecked()

        def work(_progress: Progress) -> ReportResult:
            return service.write(scope, target, docx=docx)

        self.task = run_in_background(
            self, self.tr("Writing the summary report"), work, self._written, cancellable=False
        )
        return self.task

    def _written(self, result: ReportResult) -> None:
        self.written = result
        self.accept()
        owner = self.parentWidget()
        if result.path.suffix.lower() == ".docx":
            text = self.tr("Summary report no. %1 written.").replace("%1", result.number)
            document_ready(owner, self.windowTitle(), text, result.path)
        else:
            self.preview = open_pdf_preview(result.path, owner)

    def reject(self) -> None:
        """Close, unless the report is being written (its result would be lost)."""
        if self.task is None or not self.task.running:
            super().reject()


def open_period_report(workspace: Workspace | None, parent: QWidget | None) -> ReportResult | None:
    """Show the period report dialog on ``workspace``; the report written, if any."""
    if workspace is None:
        return None
    dialog = PeriodReportDialog(workspace, parent)
    dialog.exec()
    dialog.deleteLater()  # once closed, nothing runs for it any more
    return dialog.written


def install_documents_menu(window: MainWindow) -> tuple[QMenu, QAction]:
    """Add the Documents menu (after the menus built so far); return it and its report action.

    It holds "Summary report for a period…" (Ctrl+Shift+P) and the window's
    "Document templates…" action.
    """
    menu = window.menuBar().addMenu(QCoreApplication.translate("PeriodReportDialog", "&Documents"))
    action = QAction(
        QCoreApplication.translate("PeriodReportDialog", "Summary report for a &period…"), window
    )
    action.setShortcut(QKeySequence(PERIOD_REPORT_SHORTCUT))
    action.setStatusTip(
        QCoreApplication.translate(
            "PeriodReportDialog", "Write the summary report of the visits in a period"
        )
    )
    action.triggered.connect(lambda: open_period_report(window.workspace, window))
    menu.addAction(action)
    from inspectdesk.ui.progress_dialog import add_progress_action

    add_progress_action(window, menu)
    menu.addSeparator()
    menu.addAction(window.templates_action)
    return menu, action
