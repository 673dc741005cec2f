"""Opening a file someone else may have open: take its lock, or offer read-only.

When the lock is held, the user is told by whom, on which machine and since when, and
may open the file read-only; when the lock is stale (its process is gone, or silent for
hours) they may also break it after confirming.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from inspectdesk.db.database import Database
from inspectdesk.services.files import open_file
from inspectdesk.services.locks import (
    REFRESH_EVERY,
    FileLock,
    FileLocked,
    acquire_lock,
    break_lock,
)
from inspectdesk.ui.forms import user_language

READ_ONLY, BREAK, CANCEL = "read-only", "break", "cancel"


def ask_about_lock(parent: QWidget | None, locked: FileLocked) -> str:
    """Ask what to do with a locked file: READ_ONLY, BREAK (stale only) or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("FileLockPrompt", "The file is in use"))
    box.setText(locked.describe(user_language()))
    informative = QCoreApplication.translate(
        "FileLockPrompt",
        "You can open it read-only: you will see everything but change nothing.",
    )
    if locked.stale:
        informative += "\n\n" + QCoreApplication.translate(
            "FileLockPrompt",
            "This lock looks abandoned (its program has ended or has not been heard from "
            "for hours). Break it only if you are sure nobody is working in the file.",
        )
    box.setInformativeText(informative)
    read_only = box.addButton(
        QCoreApplication.translate("FileLockPrompt", "Open &read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    breaker = None
    if locked.stale:
        breaker = box.addButton(
            QCoreApplication.translate("FileLockPrompt", "&Break the lock and edit"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return READ_ONLY
    if breaker is not None and clicked is breaker:
        return BREAK
    return CANCEL


def open_locked(
    parent: QWidget | None,
    path: Path,
    open_writable: Callable[[Path], Database] = open_file,
) -> tuple[Database, FileLock | None] | None:
    """Open ``path`` for editing with its lock, or read-only if the user so chooses.

    Returns None when the user cancels. A folder that cannot hold a lock file (a
    read-only share, a CD) gives a read-only open. Once the lock is held the file is
    opened by ``open_writable`` (a shared file: through a local working copy).

    Raises:
        UserError: the file cannot be opened at all.
    """
    while True:
        try:
            lock = acquire_lock(path)
        except FileLocked as locked:
            answer = ask_about_lock(parent, locked)
            if answer == CANCEL:
                return None
            if answer == BREAK:
                break_lock(path, locked.info)
                continue
            return open_file(path, readonly=True), None
        except OSError:
            return open_file(path, readonly=True), None
        try:
            return open_writable(path), lock
        except BaseException:
            lock.release()
            raise


class LockKeeper(QObject):
    """Touches a held lock every few minutes and releases it when the file closes."""

    def __init__(self, lock: FileLock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.timer = QTimer(self)
        self.timer.setInterval(int(REFRESH_EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self.lock.refresh)
        self.timer.start()

    def release(self) -> None:
        """Stop touching the lock and remove it."""
        self.timer.stop()
        self.lock.release()


__all__ = ["BREAK", "CANCEL", "READ_ONLY", "LockKeeper", "ask_about_lock", "open_locked"]
