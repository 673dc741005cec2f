"""Files on network shares and USB sticks, edited through a local working copy.

Opening such a file for editing copies it to a working file on this computer
(:class:`~inspectdesk.services.working_copy.WorkingCopy`): the database that is opened
is that copy, while the window goes on naming the shared file.
:class:`~inspectdesk.ui.shared_file_saver.SharedFileSaver` writes the copy back after
each burst of edits and before the file closes, asking the questions here when someone
else changed the shared file (never overwritten: merge, keep working, or save as a new
file) or when the share cannot be written (the working copy is then kept, and the next
start offers to save it: :mod:`inspectdesk.ui.recovery_dialog`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from inspectdesk.db.database import Database
from inspectdesk.errors import FileMissing, UserError
from inspectdesk.services.files import new_file, open_file
from inspectdesk.services.locks import FileLock, FileLocked, acquire_lock
from inspectdesk.services.working_copy import (
    SharedFileChanged,
    WorkingCopy,
    is_shared_location,
    work_dir,
)
from inspectdesk.ui.file_lock_prompt import open_locked
from inspectdesk.ui.forms import user_language

SUFFIX = ".idb"
MERGE, KEEP_WORKING, NEW_FILE, RETRY, KEEP_COPY, CANCEL = (
    "merge",
    "keep-working",
    "new-file",
    "retry",
    "keep-copy",
    "cancel",
)


def same_path(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (after resolving links and ``..``)."""
    return Path(a).resolve() == Path(b).resolve()


def opens_through_working_copy(path: Path) -> bool:
    """Whether editing ``path`` goes through a local working copy (a share, a USB stick)."""
    path = Path(path)
    if not is_shared_location(path):
        return False
    try:
        path.resolve().relative_to(work_dir().resolve())
    except ValueError:
        return True
    return False  # a working copy itself, opened after a crash


def save_to_share(copy: WorkingCopy) -> bool:
    """``copy.save_back()``, telling a vanished share from someone else's change.

    Raises:
        FileMissing: the shared file cannot be found (the share or stick is gone).
        SharedFileChanged, ReadOnlyFile, DiskFull, FileBusy: see ``save_back``.
    """
    try:
        return copy.save_back()
    except SharedFileChanged:
        if not copy.shared.exists():
            raise FileMissing(path=copy.shared) from None
        raise


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """Show the wait cursor while the block runs."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


@dataclass
class OpenedFile:
    """A database just opened for a window, with its lock and working copy (if any)."""

    db: Database
    lock: FileLock | None = None
    working_copy: WorkingCopy | None = None

    def abandon(self) -> None:
        """Close it again without using it (the window kept its current file)."""
        self.db.close()
        if self.working_copy is not None:
            self.working_copy.discard()
        if self.lock is not None:
            self.lock.release()


def open_database_file(
    parent: QWidget | None, path: Path, *, create: bool = False
) -> OpenedFile | None:
    """Open (or create) ``path`` for a window: locked, and through a working copy if shared.

    Returns None when the user cancels (a lock prompt, unsaved changes of an earlier
    session they chose not to settle).

    Raises:
        UserError: the file cannot be opened or created.
    """
    path = Path(path)
    shared = opens_through_working_copy(path)
    if create:
        db = new_file(path)
        if not shared:
            lock = None
            with contextlib.suppress(OSError, FileLocked):
                lock = acquire_lock(path)
            return OpenedFile(db, lock)
        db.close()  # a new shared file is edited through a working copy like any other
    elif shared and not settle_earlier_changes(parent, path):
        return None
    if not shared:
        opened = open_locked(parent, path)
        return None if opened is None else OpenedFile(*opened)
    taken: list[WorkingCopy] = []

    def through_working_copy(shared_path: Path) -> Database:
        with wait_cursor():
            copy = WorkingCopy.take(shared_path)
            try:
                db = open_file(copy.local)
            except BaseException:
                copy.discard()
                raise
        taken.append(copy)
        return db

    opened = open_locked(parent, path, through_working_copy)
    if opened is None:
        return None
    return OpenedFile(opened[0], opened[1], taken[0] if taken else None)


def settle_earlier_changes(parent: QWidget | None, path: Path) -> bool:
    """Before a shared file is copied again: save or discard a crash's unsaved copy of it.

    Returns False when such changes are left unsettled (the file is then not opened, so
    that the new working copy does not replace them).
    """
    from inspectdesk.ui.recovery_dialog import RecoveryDialog, recoverable_copies

    earlier = [copy for copy in recoverable_copies() if same_path(copy.shared, path)]
    if not earlier:
        return True
    dialog = RecoveryDialog(earlier, parent, allow_open=False)
    dialog.exec()
    return not dialog.copies


def ask_about_shared_change(parent: QWidget | None, shared: Path, choices: tuple[str, ...]) -> str:
    """Tell the user someone else changed the shared file; return one of ``choices``.

    ``choices`` holds MERGE and any of KEEP_WORKING, NEW_FILE, CANCEL.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("SharedFile", "The file was changed by someone else")
    )
    box.setText(
        QCoreApplication.translate(
            "SharedFile", "Someone else changed “%1” since you opened it."
        ).replace("%1", shared.name)
    )
    informative = QCoreApplication.translate(
        "SharedFile",
        "InspectDesk never overwrites their changes. Merge them into yours: both sets of "
        "changes are kept, and where you both changed the same thing your version is kept "
        "and theirs is recorded in the change history. Then the file is saved.",
    )
    if KEEP_WORKING in choices:
        informative += "\n\n" + QCoreApplication.translate(
            "SharedFile", "Or keep working and decide when you close the file."
        )
    if NEW_FILE in choices:
        informative += "\n\n" + QCoreApplication.translate(
            "SharedFile", "Or save your version as a new file and leave theirs as it is."
        )
    box.setInformativeText(informative)
    merge = box.addButton(
        QCoreApplication.translate("SharedFile", "&Merge their changes"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    buttons: list[tuple[QAbstractButton, str]] = [(merge, MERGE)]
    if KEEP_WORKING in choices:
        keep = QCoreApplication.translate("SharedFile", "&Keep working")
        buttons.append((box.addButton(keep, QMessageBox.ButtonRole.RejectRole), KEEP_WORKING))
    if NEW_FILE in choices:
        new = QCoreApplication.translate("SharedFile", "Save my version as a &new file…")
        buttons.append((box.addButton(new, QMessageBox.ButtonRole.ActionRole), NEW_FILE))
    if CANCEL in choices:
        buttons.append((box.addButton(QMessageBox.StandardButton.Cancel), CANCEL))
    box.setDefaultButton(merge)
    answer = _clicked(box, buttons)
    return KEEP_WORKING if answer == CANCEL and KEEP_WORKING in choices else answer


def _clicked(box: QMessageBox, buttons: list[tuple[QAbstractButton, str]]) -> str:
    """Show ``box``; the answer of the button clicked (CANCEL when it was closed)."""
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((answer for button, answer in buttons if button is clicked), CANCEL)


def describe_failure(exc: BaseException) -> str:
    """One sentence for why a save to the shared file failed."""
    if isinstance(exc, UserError):
        return exc.describe(user_language())
    return QCoreApplication.translate("SharedFile", "An unexpected error occurred: %1").replace(
        "%1", str(exc) or type(exc).__name__
    )


def ask_after_failure(parent: QWidget | None, shared: Path, exc: BaseException) -> str:
    """On close, the share could not be written: RETRY, NEW_FILE, KEEP_COPY or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("SharedFile", "Could not save to the share"))
    text = QCoreApplication.translate("SharedFile", "Your changes could not be saved to “%1”.")
    box.setText(text.replace("%1", shared.name) + "\n\n" + describe_failure(exc))
    box.setInformativeText(
        QCoreApplication.translate(
            "SharedFile",
            "They are safe in a working copy on this computer. Try again (for example once "
            "the network drive or USB stick is back), save your version as a new file, or "
            "close the file: the next time InspectDesk starts it offers to save them.",
        )
    )
    retry = box.addButton(
        QCoreApplication.translate("SharedFile", "&Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    new = box.addButton(
        QCoreApplication.translate("SharedFile", "Save my version as a &new file…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("SharedFile", "&Close and keep the working copy"),
        QMessageBox.ButtonRole.ActionRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    return _clicked(box, [(retry, RETRY), (new, NEW_FILE), (keep, KEEP_COPY), (cancel, CANCEL)])
