"""What "Check database" found, and the repairs that are safe to make.

The report says healthy or lists the problems and the records per table. When there are
problems, "Repair what is safe…" backs the file up, rebuilds its indexes and derived
search and sort keys (:mod:`inspectdesk.services.repair`) and checks it again; what it
cannot repair safely stays in the report for whoever looks after InspectDesk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDir, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services.files import CheckReport, check_file
from inspectdesk.services.repair import RepairReport, repair_file
from inspectdesk.ui.worker import Progress, Task, run_in_background


def native_path(path: Path | str) -> str:
    """A path written the way the system shows it."""
    return QDir.toNativeSeparators(str(path))


TABLE_NAMES: dict[str, object] = {  # QT_TRANSLATE_NOOP returns its text
    "organisation": QT_TRANSLATE_NOOP("CheckReportDialog", "Organisations"),
    "unit_level": QT_TRANSLATE_NOOP("CheckReportDialog", "Unit levels"),
    "unit_kind": QT_TRANSLATE_NOOP("CheckReportDialog", "Unit kinds"),
    "unit": QT_TRANSLATE_NOOP("CheckReportDialog", "Units"),
    "person": QT_TRANSLATE_NOOP("CheckReportDialog", "People"),
    "checklist_template": QT_TRANSLATE_NOOP("CheckReportDialog", "Checklists"),
    "checklist_section": QT_TRANSLATE_NOOP("CheckReportDialog", "Checklist sections"),
    "checklist_item": QT_TRANSLATE_NOOP("CheckReportDialog", "Checklist items"),
    "plan": QT_TRANSLATE_NOOP("CheckReportDialog", "Plans"),
    "sampling_stratum": QT_TRANSLATE_NOOP("CheckReportDialog", "Sampling groups"),
    "team": QT_TRANSLATE_NOOP("CheckReportDialog", "Teams"),
    "team_member": QT_TRANSLATE_NOOP("CheckReportDialog", "Team members"),
    "lead": QT_TRANSLATE_NOOP("CheckReportDialog", "Leads from the public"),
    "visit": QT_TRANSLATE_NOOP("CheckReportDialog", "Visits"),
    "attendee": QT_TRANSLATE_NOOP("CheckReportDialog", "Attendees"),
    "checklist_result": QT_TRANSLATE_NOOP("CheckReportDialog", "Checklist results"),
    "finding": QT_TRANSLATE_NOOP("CheckReportDialog", "Findings"),
    "recommendation": QT_TRANSLATE_NOOP("CheckReportDialog", "Recommendations"),
    "remediation_event": QT_TRANSLATE_NOOP("CheckReportDialog", "Remediation steps"),
    "sanction": QT_TRANSLATE_NOOP("CheckReportDialog", "Sanctions"),
    "issued_document": QT_TRANSLATE_NOOP("CheckReportDialog", "Issued documents"),
    "signed_copy": QT_TRANSLATE_NOOP("CheckReportDialog", "Signed copies of minutes"),
    "sample_pick": QT_TRANSLATE_NOOP("CheckReportDialog", "Units drawn for plans"),
    "change_log": QT_TRANSLATE_NOOP("CheckReportDialog", "Change log entries"),
}


def table_label(table: str) -> str:
    """The words for a table of the file, in the current language (its name if unknown)."""
    english = TABLE_NAMES.get(table)
    return QCoreApplication.translate("CheckReportDialog", str(english)) if english else table


class CheckReportDialog(QDialog):
    """What "Check database" found: healthy or the problems, and the records per table."""

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Check database"))
        locale = QLocale()
        problems = len(report.problems)
        self.headline = QLabel()
        self.headline.setObjectName("checkHeadline")
        self.headline.setWordWrap(True)
        if report.healthy:
            self.headline.setText(self.tr("Healthy: no problems were found in this file."))
            colour = "#1b5e20"
        else:
            self.headline.setText(
                self.tr("%n problem(s) found. Restore the file from a recent backup.", "", problems)
            )
            colour = "#b00020"
        self.headline.setStyleSheet(f"font-size: 13pt; font-weight: 600; color: {colour};")
        facts = QFormLayout()
        path_label = QLabel(native_path(report.path))
        path_label.setWordWrap(True)
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts.addRow(self.tr("File:"), path_label)
        schema = self.tr("%1 (this version of InspectDesk: %2)")
        schema = schema.replace("%1", str(report.file_generation))
        facts.addRow(
            self.tr("Data schema:"), QLabel(schema.replace("%2", str(report.app_generation)))
        )
        self.table = QTableWidget(len(report.counts), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Records")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (table, count) in enumerate(report.counts.items()):
            self.table.setItem(row, 0, QTableWidgetItem(table_label(table)))
            number = QTableWidgetItem(locale.toString(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, number)
        note = QLabel(self.tr("The counts include records in the Trash."))
        note.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(facts)
        self.details: QPlainTextEdit | None = None
        if report.problems or report.notes:
            title = self.tr("Technical details (for whoever looks after InspectDesk):")
            layout.addWidget(QLabel(title))
            self.details = QPlainTextEdit("\n".join([*report.problems, *report.notes]))
            self.details.setReadOnly(True)
            self.details.setMaximumHeight(110)
            layout.addWidget(self.details)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        self.repair_button = buttons.addButton(
            self.tr("&Repair what is safe…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.repair_button.setToolTip(
            self.tr(
                "Back the file up, then rebuild its indexes and its search and sort keys; "
                "nothing is deleted"
            )
        )
        self.repair_button.setVisible(not report.healthy)
        self.repair_button.clicked.connect(self.repair)
        self.repair_task: Task | None = None
        self.repaired: RepairReport | None = None
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setDefault(True)
            close.setFocus()
        self.resize(560, 640)

    def text(self) -> str:
        """The report as plain text (what "Copy report" puts on the clipboard)."""
        lines = [self.windowTitle(), self.headline.text(), native_path(self.report.path), ""]
        lines += [*self.report.problems, *self.report.notes]
        for row in range(self.table.rowCount()):
            name, count = self.table.item(row, 0), self.table.item(row, 1)
            if name is not None and count is not None:
                lines.append(f"{name.text()}\t{count.text()}")
        return "\n".join(lines)

    def copy_report(self) -> None:
        """Put the report on the clipboard, to paste into an e-mail."""
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text())

    def repair(self) -> Task | None:
        """Ask, then repair the file in the background and show the new check."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "InspectDesk will back the file up, rebuild its indexes and its search and "
                "sort keys, and check it again. Nothing is deleted. Go ahead?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        path = self.report.path

        def work(_progress: Progress) -> tuple[RepairReport, CheckReport]:
            return repair_file(path), check_file(path)

        def done(result: tuple[RepairReport, CheckReport]) -> None:
            self.repaired, report = result
            fixed = sum(self.repaired.keys_fixed.values())
            text = QCoreApplication.translate(
                "CheckReportDialog",
                "Repaired: indexes rebuilt and %1 search or sort keys corrected. "
                "A backup was taken first: %2",
            )
            QMessageBox.information(
                self,
                self.windowTitle(),
                text.replace("%1", str(fixed)).replace("%2", native_path(self.repaired.backup)),
            )
            again = CheckReportDialog(report, self.parentWidget())
            self.accept()
            again.exec()

        self.repair_task = run_in_background(
            self, self.tr("Repairing the file"), work, done, cancellable=False
        )
        return self.repair_task
