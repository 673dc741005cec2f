"""After a crash: the changes that never reached their shared files, and what to do.

A file on a network share or USB stick is edited through a local working copy
(:mod:`inspectdesk.ui.shared_file`). When InspectDesk ends before the copy was saved
back, the next start lists such copies. Each can be saved to its original file (with a
merge if someone else changed that file meanwhile), opened as it is (to look, then
File → Save a copy…), or discarded after a confirmation.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.services.files import open_file
from inspectdesk.services.locks import (
    FileLock,
    FileLocked,
    acquire_lock,
    break_lock,
    process_alive,
    read_lock,
)
from inspectdesk.services.merge import merge_into
from inspectdesk.services.working_copy import SharedFileChanged, WorkingCopy, unsaved_copies
from inspectdesk.ui.forms import user_language
from inspectdesk.ui.shared_file import (
    CANCEL,
    MERGE,
    ask_about_shared_change,
    save_to_share,
    wait_cursor,
)


def in_use_here(copy: WorkingCopy) -> bool:
    """Whether a program still running on this computer has the copy's shared file open."""
    holder = read_lock(copy.shared)
    return (
        holder is not None
        and holder.machine == (platform.node() or "?")
        and process_alive(holder.pid)
    )


def recoverable_copies(folder: Path | None = None) -> list[WorkingCopy]:
    """Working copies with unsaved changes that no running InspectDesk is working on."""
    return [copy for copy in unsaved_copies(folder) if not in_use_here(copy)]


def copied_at(copy: WorkingCopy) -> datetime | None:
    """When the working copy was last written (its last change)."""
    try:
        return datetime.fromtimestamp(copy.local.stat().st_mtime)
    except OSError:
        return None


def _lock_for_saving(parent: QWidget | None, copy: WorkingCopy) -> FileLock | bool | None:
    """Take the shared file's lock: the lock, None (no lock possible there) or False."""
    while True:
        try:
            return acquire_lock(copy.shared)
        except FileLocked as locked:
            mine = locked.info.machine == (platform.node() or "?")
            if locked.stale and mine:  # left by the InspectDesk that ended here
                break_lock(copy.shared, locked.info)
                continue
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("RecoveryDialog", "The file is in use"),
                locked.describe(user_language())
                + "\n\n"
                + QCoreApplication.translate(
                    "RecoveryDialog", "Try again once they have closed it."
                ),
            )
            return False
        except OSError:
            return None  # a read-only share: saving will say so


def save_to_original(parent: QWidget | None, copy: WorkingCopy) -> bool:
    """Save a left-over working copy to its shared file (merging first if it changed).

    Returns True when the changes are in the shared file and the copy is gone.
    """
    lock = _lock_for_saving(parent, copy)
    if lock is False:
        return False
    try:
        while True:
            try:
                with wait_cursor():
                    save_to_share(copy)
                copy.discard()
                return True
            except SharedFileChanged:
                if ask_about_shared_change(parent, copy.shared, (MERGE, CANCEL)) != MERGE:
                    return False
                with wait_cursor():
                    db = open_file(copy.local)
                    try:
                        merge_into(db, copy.shared)
                    finally:
                        db.close()
                    copy.accept_shared()
    except UserError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RecoveryDialog", "Could not save to the original file"),
            exc.describe(user_language()),
        )
        return False
    finally:
        if isinstance(lock, FileLock):
            lock.release()


class RecoveryDialog(QDialog):
    """Working copies left with unsaved changes: save, open or discard each."""

    def __init__(
        self, copies: list[WorkingCopy], parent: QWidget | None = None, *, allow_open: bool = True
    ) -> None:
        super().__init__(parent)
        self.copies = list(copies)
        self.to_open: Path | None = None
        self.setWindowTitle(self.tr("Unsaved changes from an earlier session"))
        self.resize(720, 340)
        intro = QLabel(
            self.tr(
                "InspectDesk closed before these changes were saved to their files on the "
                "network drive or USB stick. They are kept on this computer. Choose what to "
                "do with each."
            )
            if allow_open
            else self.tr(
                "Changes you made to this file in an earlier session were never saved to it. "
                "Save them to the file or discard them before it is opened again."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Last changed")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox()
        self.save_button = self._button(
            buttons, self.tr("&Save to the original file"), self.save_selected
        )
        self.open_button = self._button(
            buttons, self.tr("&Open the working copy"), self.open_selected
        )
        self.open_button.setVisible(allow_open)
        self.discard_button = self._button(buttons, self.tr("&Discard…"), self.discard_selected)
        later = buttons.addButton(self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Keep the changes on this computer; you will be asked again."))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._fill()

    def _button(self, box: QDialogButtonBox, text: str, slot: Callable[[], object]) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _fill(self) -> None:
        self.table.setRowCount(len(self.copies))
        for row, copy in enumerate(self.copies):
            name = QTableWidgetItem(str(copy.shared))
            name.setToolTip(self.tr("Working copy: %1").replace("%1", str(copy.local)))
            when = copied_at(copy)
            changed = QTableWidgetItem(when.strftime("%d/%m/%Y %H:%M") if when else "")
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, changed)
        if self.copies:
            self.table.selectRow(0)

    def selected(self) -> WorkingCopy | None:
        """The working copy chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows else None

    def _settled(self, copy: WorkingCopy) -> None:
        self.copies.remove(copy)
        self._fill()
        if not self.copies:
            self.accept()

    def save_selected(self) -> bool:
        """Save the chosen copy to its original file; True once it is there."""
        copy = self.selected()
        if copy is None or not save_to_original(self, copy):
            return False
        self._settled(copy)
        return True

    def open_selected(self) -> Path | None:
        """Close the dialog and have the chosen working copy itself opened (to look at)."""
        copy = self.selected()
        if copy is None:
            return None
        self.to_open = copy.local
        self.accept()
        return copy.local

    def discard_selected(self) -> bool:
        """After a confirmation, throw the chosen copy's changes away."""
        copy = self.selected()
        if copy is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Discard the changes"),
            self.tr(
                "Discard the changes to “%1” made in the earlier session? They cannot be "
                "recovered; the file itself stays as it was last saved."
            ).replace("%1", copy.shared.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        copy.discard()
        self._settled(copy)
        return True


def offer_recovery(parent: QWidget | None = None) -> Path | None:
    """At start: list left-over working copies, if any; the working copy to open, if chosen."""
    copies = recoverable_copies()
    if not copies:
        return None
    dialog = RecoveryDialog(copies, parent)
    dialog.exec()
    chosen = dialog.to_open
    dialog.deleteLater()
    return chosen
