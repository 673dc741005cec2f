"""File → Merge another file…: another secretary's file merged into the open one.

:func:`install_merge_action` adds the action (Ctrl+Shift+M; disabled for a read-only
file). It asks for the other file and works out in the background what merging would
do (a dry run). :class:`MergeDialog` shows that — the records to add and change per
kind of data, and one row per conflict with its decision — and "Merge" merges in the
background after a confirmation: a backup is made first and a merge cannot be undone,
so the undo history is cleared. The result (and, before merging, the preview) can be
saved as the merge report PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.documents.merge_report_data import MergeReportData
from inspectdesk.errors import UserError
from inspectdesk.services.merge import ConflictKey, Decision, MergeReport, merge_into
from inspectdesk.services.merge_plan import syncable_table_names
from inspectdesk.services.merge_report import merge_report_data, save_merge_report_pdf
from inspectdesk.ui.document_folder import documents_folder
from inspectdesk.ui.merge_conflicts import MINE, THEIRS, ConflictTable, SummaryTable
from inspectdesk.ui.pdf_preview import open_pdf_preview
from inspectdesk.ui.worker import Progress, Task, run_in_background, show_crash
from inspectdesk.ui.workspace import Workspace

if TYPE_CHECKING:
    from inspectdesk.ui.main_window import MainWindow

MERGE_SHORTCUT = "Ctrl+Shift+M"
FILE_FILTER = "InspectDesk (*.idb)"
Outcome = tuple[MergeReport, MergeReportData]


def _native(path: Path | str) -> str:
    return QDir.toNativeSeparators(str(path))


def _fail(parent: QWidget, title: str, language: str, exc: BaseException) -> None:
    """A user error as a sentence in the settings' language; anything else as a crash."""
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, title, exc.describe(language))
    else:
        show_crash(parent, exc)


class MergeDialog(QDialog):
    """What merging ``report.other`` into the open file does; decide the conflicts, merge.

    Opened on a dry run's report. After "Merge" it shows what was done instead, with the
    backup's location; :attr:`merged` is emitted with the final report.
    """

    merged = Signal(object)  # MergeReport
    report_saved = Signal(Path)

    def __init__(
        self,
        workspace: Workspace,
        report: MergeReport,
        data: MergeReportData,
        parent: QWidget | None = None,
        *,
        language: str = "vi",
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report = report
        self.data = data
        self.language = language
        self.task: Task | None = None
        self.applied: dict[ConflictKey, Decision] | None = None  # once merged
        self.setWindowTitle(self.tr("Merge another file"))
        self.headline = QLabel()
        self.headline.setObjectName("mergeHeadline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.files = QLabel()
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = SummaryTable()
        self.conflicts_label = QLabel()
        self.conflicts_label.setWordWrap(True)
        self.conflicts = ConflictTable()
        self.keep_all = QPushButton(self.tr("&Keep mine for all"))
        self.keep_all.clicked.connect(lambda: self.conflicts.set_all(MINE))
        self.take_all = QPushButton(self.tr("&Take theirs for all"))
        self.take_all.clicked.connect(lambda: self.conflicts.set_all(THEIRS))
        all_buttons = QHBoxLayout()
        all_buttons.addWidget(self.keep_all)
        all_buttons.addWidget(self.take_all)
        all_buttons.addStretch(1)
        self.renumbered = QLabel()
        self.renumbered.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("&Save report as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(self.confirm_and_merge)
        self.save_button.clicked.connect(self.save_report)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.files)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 2)
        layout.addLayout(all_buttons)
        layout.addWidget(self.renumbered)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.merge_button.setDefault(True)
        self._show()
        self.resize(960, 640)

    @property
    def is_merged(self) -> bool:
        """Whether the merge has been made (the dialog shows its result)."""
        return not self.report.dry_run

    # -- showing -------------------------------------------------------------------------

    def _show(self) -> None:
        report, data, done = self.report, self.data, self.is_merged
        if done:
            self.headline.setText(self.tr("The merge is done."))
        else:
            self.headline.setText(self.tr("What merging would do (nothing is changed yet):"))
        self.files.setText(
            self.tr("From: %1\nInto: %2 (the open file)")
            .replace("%1", _native(report.other))
            .replace("%2", _native(report.mine))
        )
        self.summary.show_counts(data.counts, done)
        n = len(report.conflicts)
        if done:
            text = self.tr("%n conflict(s), settled as shown.", "", n)
        else:
            text = self.tr(
                "%n conflict(s): both files changed the same thing. Choose what to keep "
                "in each row; the value not chosen is kept in the change log.",
                "",
                n,
            )
        self.conflicts_label.setText(text)
        self.conflicts.show_conflicts(report.conflicts, data.conflicts, editable=not done)
        for widget in (self.conflicts_label, self.conflicts):
            widget.setVisible(n > 0)
        for button in (self.keep_all, self.take_all):
            button.setVisible(n > 0 and not done)
        self._show_renumbered(data)
        if done:
            backup = _native(report.backup) if report.backup else self.tr("(none)")
            self.note.setText(
                self.tr("Your file was backed up before merging, to:\n%1").replace("%1", backup)
            )
        else:
            self.note.setText(
                self.tr(
                    "Before merging, a backup of your file is made. A merge cannot be "
                    "undone with Undo: to go back, restore that backup."
                )
            )
        self.merge_button.setVisible(not done)
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        (self.close_button if done else self.merge_button).setFocus()

    def _show_renumbered(self, data: MergeReportData) -> None:
        if not data.renumbered:
            self.renumbered.hide()
            return
        if self.is_merged:
            pairs = ", ".join(f"{old} → {new}" for old, new in data.renumbered)
            text = self.tr("Document numbers given anew: %1").replace("%1", pairs)
        else:
            numbers = ", ".join(old for old, _new in data.renumbered)
            text = self.tr(
                "Both files used these document numbers; the draft will get a new number: %1"
            ).replace("%1", numbers)
        self.renumbered.setText(text)
        self.renumbered.show()

    # -- merging -------------------------------------------------------------------------

    def confirm_and_merge(self) -> Task | None:
        """Ask for confirmation (a backup is made, no undo), then merge."""
        if self.is_merged:
            return None
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Merge “%1” into the open file now?\n\nA backup of your file is made first. "
                "A merge cannot be undone: the undo history of this file is cleared, and "
                "to go back you restore the backup."
            ).replace("%1", self.report.other.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.merge()

    def merge(self) -> Task | None:
        """Merge with the decisions shown, in the background (no confirmation)."""
        if self.is_merged or (self.task is not None and self.task.running):
            return None
        db, other = self.workspace.db, self.report.other
        decisions = self.conflicts.decisions()
        message = self.tr("Merging “%1”…").replace("%1", other.name)

        def work(progress: Progress) -> Outcome:
            progress.report(0, 0, message)
            report = merge_into(db, other, decisions=decisions)
            return report, merge_report_data(report, decisions=decisions, db=db)

        self.applied = decisions
        self.task = run_in_background(
            self,
            self.tr("Merging"),
            work,
            self._merged,
            lambda exc: _fail(self, self.windowTitle(), self.language, exc),
            cancellable=False,
        )
        return self.task

    def _merged(self, outcome: Outcome) -> None:
        self.report, self.data = outcome
        self.workspace.undo_stack.clear()  # the steps before the merge no longer apply
        self.workspace.bus.publish(syncable_table_names())
        self._show()
        self.merged.emit(self.report)

    # -- the report ----------------------------------------------------------------------

    def suggested_path(self) -> Path:
        """``Báo cáo hợp nhất <other file>.pdf`` in the Documents folder."""
        stem = self.tr("Merge report %1").replace("%1", self.report.other.stem)
        return documents_folder() / f"{stem}.pdf"

    def save_report(self) -> Task | None:
        """Ask where, then write the merge report PDF (of the preview or of the merge)."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the merge report"),
            str(self.suggested_path()),
            self.tr("PDF document (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        return self.save_report_to(target)

    def save_report_to(self, target: Path) -> Task:
        """Write the merge report PDF to ``target`` in the background, then show it."""
        report, db = self.report, self.workspace.db
        decisions = self.applied if self.is_merged else self.conflicts.decisions()

        def work(_progress: Progress) -> Path:
            return save_merge_report_pdf(report, target, decisions=decisions, db=db)

        self.task = run_in_background(
            self,
            self.tr("Saving the merge report"),
            work,
            self._report_saved,
            lambda exc: _fail(self, self.windowTitle(), self.language, exc),
            cancellable=False,
        )
        return self.task

    def _report_saved(self, path: Path) -> None:
        self.report_saved.emit(path)
        open_pdf_preview(path, self)

    def reject(self) -> None:
        """Close, unless work is running (a merge must finish and be shown)."""
        if self.task is None or not self.task.running:
            super().reject()


class MergeAction(QObject):
    """File → "Merge another file…" of one main window: choose, preview, open the dialog."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: MergeDialog | None = None
        self.action = QAction(self.tr("&Merge another file…"), self)
        self.action.setShortcut(QKeySequence(MERGE_SHORTCUT))
        self.action.setStatusTip(
            self.tr("Bring in the new records and changes of another secretary's copy of this file")
        )
        self.action.triggered.connect(self.choose_file)
        window.file_menu.aboutToShow.connect(self.update_enabled)
        self._recheck = QTimer(self, singleShot=True, interval=0)
        self._recheck.timeout.connect(self.update_enabled)
        window.installEventFilter(self)  # a file opened or closed: the shortcut follows
        self.update_enabled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A workspace is a child of the window: when children come and go, look again."""
        if event.type() in (QEvent.Type.ChildAdded, QEvent.Type.ChildRemoved):
            self._recheck.start()  # once the window has set (or dropped) its workspace
        return False

    def _workspace(self) -> Workspace | None:
        ws = self.window.workspace
        return ws if ws is not None and ws.path is not None and not ws.readonly else None

    def update_enabled(self) -> None:
        """Enabled only while a file is open for editing."""
        self.action.setEnabled(self._workspace() is not None)

    def choose_file(self) -> Task | None:
        """Ask for the other file, then work out what merging it would do."""
        if self._workspace() is None:
            self.update_enabled()
            return None
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Choose the file to merge into this one"),
            self.window.settings.default_folder,
            FILE_FILTER,
        )
        return self.preview(Path(name)) if name else None

    def preview(self, other: Path) -> Task | None:
        """Run the dry run of merging ``other`` in the background, then show the dialog."""
        ws = self._workspace()
        if ws is None:
            return None
        db, language = ws.db, self.window.settings.language
        title = self.tr("Merge another file")
        message = self.tr("Comparing with “%1”…").replace("%1", other.name)

        def work(progress: Progress) -> Outcome:
            progress.report(0, 0, message)
            report = merge_into(db, other, dry_run=True)
            progress.check()
            return report, merge_report_data(report, db=db)

        return run_in_background(
            self.window,
            title,
            work,
            lambda outcome: self._previewed(ws, outcome),
            lambda exc: _fail(self.window, title, language, exc),
        )

    def _previewed(self, ws: Workspace, outcome: Outcome) -> None:
        report, data = outcome
        if self.window.workspace is not ws:  # the file was closed meanwhile
            return
        if report.nothing_to_do:
            QMessageBox.information(
                self.window,
                self.tr("Merge another file"),
                self.tr(
                    "“%1” holds nothing this file does not have: there is nothing to merge."
                ).replace("%1", report.other.name),
            )
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = MergeDialog(
            ws, report, data, self.window, language=self.window.settings.language
        )
        self.dialog.open()


def install_merge_action(window: MainWindow) -> MergeAction:
    """Add "Merge another file…" (Ctrl+Shift+M) to the File menu, above Exit."""
    merge = MergeAction(window)
    window.file_menu.insertAction(window.quit_action, merge.action)
    return merge
