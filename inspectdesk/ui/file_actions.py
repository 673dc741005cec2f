"""The File menu's care of the open file: open recent, save a copy, back up now, check.

:func:`install_file_actions` builds the actions and puts them into ``window.file_menu``:

    New… / Open… / Open recent ▸ / Close
    ──────────
    Save a copy… / Back up now / Check database…
    ──────────
    Exit
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QObject,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
)

from inspectdesk.errors import UserError
from inspectdesk.paths import backups_dir
from inspectdesk.services import maintenance
from inspectdesk.services.files import CheckReport, check_file
from inspectdesk.ui.check_dialog import CheckReportDialog, native_path
from inspectdesk.ui.merge_dialog import install_merge_action
from inspectdesk.ui.worker import Task, run_in_background, show_crash

if TYPE_CHECKING:
    from inspectdesk.ui.main_window import MainWindow
    from inspectdesk.ui.workspace import Workspace

FILE_FILTER = "InspectDesk (*.idb)"
SUFFIX = ".idb"
T = TypeVar("T")


class FileActions(QObject):
    """The maintenance actions of one main window (see :func:`install_file_actions`).

    The copying and checking run off the UI thread (:func:`run_in_background`); the
    signals say when each one is done, with its result.
    """

    copy_saved = Signal(Path)
    backup_made = Signal(Path)
    checked = Signal(object)  # CheckReport

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recent_menu = QMenu(self.tr("Open &recent"), window.file_menu)
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.clear_recent_action = QAction(self.tr("&Clear the list"), self)
        self.clear_recent_action.triggered.connect(self.clear_recent)
        self.save_copy_action = QAction(self.tr("Save a cop&y…"), self)
        self.save_copy_action.setStatusTip(
            self.tr("Write a copy of the open file somewhere else, e.g. on a USB stick.")
        )
        self.save_copy_action.triggered.connect(self.save_copy)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setStatusTip(
            self.tr("Put a backup of the open file in the backups folder.")
        )
        self.backup_action.triggered.connect(self.backup_now)
        self.check_action = QAction(self.tr("Chec&k database…"), self)
        self.check_action.setStatusTip(
            self.tr("Check the open file for damage, without changing it.")
        )
        self.check_action.triggered.connect(self.check_database)
        self.file_actions = (self.save_copy_action, self.backup_action, self.check_action)
        window.file_menu.aboutToShow.connect(self.update_enabled)
        self.update_enabled()

    # -- helpers -------------------------------------------------------------------------

    def _workspace(self) -> Workspace | None:
        ws = self.window.workspace
        return ws if ws is not None and ws.path is not None else None

    def _run(
        self, title: str, work: Callable[[], T], on_done: Callable[[T], None], cancellable: bool
    ) -> Task:
        """Run ``work`` in the background; word a user error in the settings' language."""

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                text = exc.describe(self.window.settings.language)
                QMessageBox.warning(self.window, title, text)
            else:
                show_crash(self.window, exc)

        return run_in_background(
            self.window, title, lambda _progress: work(), on_done, failed, cancellable
        )

    def update_enabled(self) -> None:
        """Enable the actions that need an open file only while one is open."""
        has_file = self._workspace() is not None
        for action in self.file_actions:
            action.setEnabled(has_file)

    # -- open recent ---------------------------------------------------------------------

    def fill_recent(self) -> None:
        """Rebuild the recent files submenu; missing files are shown greyed out."""
        menu = self.recent_menu
        menu.clear()
        recent = self.window.settings.recent_files
        if not recent:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        for number, text in enumerate(recent, start=1):
            shown = native_path(text).replace("&", "&&")
            action = menu.addAction(f"&{number} {shown}" if number < 10 else shown)
            path = Path(text)
            if path.is_file():
                action.setToolTip(native_path(text))
                action.triggered.connect(lambda _checked=False, p=path: self.window.open_path(p))
            else:
                action.setEnabled(False)
                missing = self.tr("This file no longer exists: %1")
                action.setToolTip(missing.replace("%1", native_path(text)))
        menu.addSeparator()
        menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(recent))

    def clear_recent(self) -> None:
        """Forget the recent files."""
        self.window.settings.clear_recent()
        self.fill_recent()

    # -- save a copy ---------------------------------------------------------------------

    def save_copy(self) -> Task | None:
        """Ask where, then write a consistent copy of the open file there.

        Returns:
            The running task (None when there is no file or the user cancelled);
            :attr:`copy_saved` is emitted with the copy's path once it is written.
        """
        ws = self._workspace()
        if ws is None or ws.path is None:
            return None
        title = self.tr("Save a copy")
        folder = Path(self.window.settings.default_folder or ws.path.parent)
        suggested = folder / (self.tr("%1 (copy)").replace("%1", ws.path.stem) + SUFFIX)
        name, _ = QFileDialog.getSaveFileName(self.window, title, str(suggested), FILE_FILTER)
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
            if target.exists() and not self._confirm_replace(title, target):
                return None
        db = ws.db
        return self._run(
            title, lambda: maintenance.save_copy(db, target), self._copy_saved, cancellable=False
        )

    def _confirm_replace(self, title: str, target: Path) -> bool:
        answer = QMessageBox.question(
            self.window,
            title,
            self.tr("%1 already exists. Replace it?").replace("%1", native_path(target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _copy_saved(self, copy: Path) -> None:
        message = self.tr("A copy was saved as %1").replace("%1", native_path(copy))
        self.window.statusBar().showMessage(message, 15000)
        self.copy_saved.emit(copy)

    # -- back up now ---------------------------------------------------------------------

    def backup_now(self) -> Task | None:
        """Back the open file up into the backups folder, then say where it went.

        Returns:
            The running task (None when there is no file); :attr:`backup_made` is emitted
            with the backup's path once it is written.
        """
        ws = self._workspace()
        if ws is None or ws.path is None:
            return None
        keep = self.window.settings.backup_count
        folder = backups_dir()
        db, named = ws.db, Path(ws.path)  # a working copy is backed up as its shared file
        return self._run(
            self.tr("Back up now"),
            lambda: maintenance.backup_now(db, folder, keep, name_as=named),
            self._backup_made,
            cancellable=False,
        )

    def _backup_made(self, made: Path) -> None:
        ws = self._workspace()
        keep = self.window.settings.backup_count
        kept = len(maintenance.list_backups(ws.path, made.parent)) if ws and ws.path else 1
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Back up now"),
            self.tr("The backup was saved as:\n%1").replace("%1", native_path(made)),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(
            self.tr(
                "%n backup(s) of this file are kept; the oldest is deleted when there are "
                "more than %1.",
                "",
                kept,
            ).replace("%1", str(keep))
        )
        open_folder = box.addButton(self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        self.backup_made.emit(made)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.parent)))
        box.deleteLater()

    # -- check database ------------------------------------------------------------------

    def check_database(self) -> Task | None:
        """Check the open file (integrity, foreign keys, schema) and show the report.

        Returns:
            The running task (None when there is no file); :attr:`checked` is emitted with
            the :class:`CheckReport` before its dialog is shown.
        """
        ws = self._workspace()
        if ws is None or ws.path is None:
            return None
        path = ws.db.path or ws.path  # a working copy's local file: what is being edited
        return self._run(
            self.tr("Check database"), lambda: check_file(path), self._checked, cancellable=True
        )

    def _checked(self, report: CheckReport) -> None:
        self.checked.emit(report)
        dialog = CheckReportDialog(report, self.window)
        dialog.exec()
        dialog.deleteLater()


def install_file_actions(window: MainWindow) -> FileActions:
    """Build the maintenance actions of ``window`` and put them into its File menu."""
    actions = FileActions(window)
    menu = window.file_menu
    menu.insertMenu(window.close_action, actions.recent_menu)
    for action in actions.file_actions:
        menu.insertAction(window.quit_action, action)
    install_merge_action(window)
    menu.insertSeparator(window.quit_action)
    return actions
