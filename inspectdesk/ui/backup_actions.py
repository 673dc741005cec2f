"""File → Restore from backup…, and the automatic backups taken on open and on close.

Automatic backups go to the backups folder only when the data changed since the newest
backup; a backup that cannot be written never stops a file from opening or closing (the
status bar says so). Restoring closes the file, swaps the chosen backup in (the file it
replaces is backed up first) and opens it again. A file edited through a working copy
(on a share or USB stick) is saved back and closed first, then its backup replaces the
shared file in one atomic step, as a save-back would, and the file is opened again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.paths import backups_dir
from inspectdesk.services.backups import auto_backup, restore_backup
from inspectdesk.services.maintenance import BackupEntry, list_backups
from inspectdesk.ui.forms import show_user_error

if TYPE_CHECKING:
    from inspectdesk.ui.main_window import MainWindow
    from inspectdesk.ui.workspace import Workspace


def backup_quietly(workspace: Workspace, folder: Path | None = None) -> Path | None:
    """Take an automatic backup if the data changed; None (and no error) otherwise."""
    if workspace.readonly or workspace.path is None:
        return None
    try:
        return auto_backup(workspace.db, folder, name_as=Path(workspace.path))
    except (UserError, OSError):
        return None


class RestoreDialog(QDialog):
    """The backups of one file, newest first; the chosen one is restored."""

    def __init__(self, path: Path, folder: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 380)
        self.backups: list[BackupEntry] = list_backups(path, folder or backups_dir())
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The file as it is now is backed up first, "
                "so a restore can itself be undone by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(self.backups):
            taken = QTableWidgetItem(entry.taken_at.strftime("%d/%m/%Y %H:%M:%S"))
            taken.setToolTip(str(entry.path))
            size = QTableWidgetItem(f"{max(1, entry.size // 1024):,} KB")
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, size)
        if self.backups:
            self.table.selectRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Restore"))
        ok.setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("This file has no backups yet.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupEntry | None:
        """The selected backup."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


def restore_from_backup(window: MainWindow, folder: Path | None = None) -> bool:
    """Ask which backup, confirm, then close the file, restore it and open it again."""
    workspace = window.workspace
    if workspace is None or workspace.path is None or workspace.readonly:
        return False
    path = Path(workspace.path)  # the shared file, for a working copy
    dialog = RestoreDialog(path, folder, window)  # backups are named after the user's file
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    entry = dialog.chosen()
    assert entry is not None
    answer = QMessageBox.question(
        window,
        dialog.windowTitle(),
        QCoreApplication.translate(
            "RestoreDialog",
            "Go back to the backup of %1? Changes made since then will be replaced "
            "(the file as it is now is kept as a backup).",
        ).replace("%1", entry.taken_at.strftime("%d/%m/%Y %H:%M")),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if not window.close_file():
        return False
    try:
        restore_backup(entry.path, path, folder)
    except UserError as exc:
        show_user_error(window, exc)
    except OSError as exc:
        QMessageBox.warning(window, dialog.windowTitle(), exc.strerror or str(exc))
    return window.open_path(path)


def install_backup_actions(window: MainWindow) -> QAction:
    """Add File → Restore from backup… (after Back up now, or before Exit)."""
    action = QAction(QCoreApplication.translate("RestoreDialog", "Restore from &backup…"), window)
    action.triggered.connect(lambda: restore_from_backup(window))
    menu = window.file_menu
    anchor = next((a for a in menu.actions() if a is getattr(window, "quit_action", None)), None)
    menu.insertAction(anchor, action) if anchor is not None else menu.addAction(action)
    return action
