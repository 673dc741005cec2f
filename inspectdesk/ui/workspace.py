"""One open file as the screens see it: its services, a change signal, the undo stack.

Widgets never hold a database session. They call the services held here; every
committed change comes back through :attr:`Workspace.changed`, so each screen refreshes
what it shows, and undoable edits go on :attr:`Workspace.undo_stack`.

A file on a network share or USB stick is edited through a local working copy: the
database is then that copy, :attr:`Workspace.path` still names the shared file (the
file the user opened), and :attr:`Workspace.saver` saves the copy back to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from inspectdesk.db.database import Database
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.locks import FileLock
from inspectdesk.services.units import UnitService
from inspectdesk.services.working_copy import WorkingCopy
from inspectdesk.ui.file_lock_prompt import LockKeeper
from inspectdesk.ui.shared_file_saver import SharedFileSaver


class Workspace(QObject):
    """The services of one open database, for the UI."""

    changed = Signal(object)  # Changes

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        lock: FileLock | None = None,
        working_copy: WorkingCopy | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.lock_keeper = LockKeeper(lock, self) if lock is not None else None
        self.bus = ChangeBus()
        self.bus.subscribe(self._relay)
        self.undo_stack = QUndoStack(self)
        self.units = UnitService(db, self.bus)
        self.working_copy = working_copy
        self.saver = SharedFileSaver(self, working_copy) if working_copy is not None else None

    def _relay(self, changes: Changes) -> None:
        self.changed.emit(changes)

    @property
    def path(self) -> Path | None:
        """The file the user opened (a shared file, not its local working copy)."""
        if self.working_copy is not None:
            return self.working_copy.shared
        return self.db.path

    @property
    def address(self) -> str:
        """A server database's address, as shown (never with a password); "" for a file."""
        return self.db.facts.get("address", "") if self.db.path is None else ""

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    def close(self) -> None:
        """Forget the undo history and release the file.

        A working copy goes once it is saved (see :meth:`SharedFileSaver.save_before_close`);
        one with unsaved changes stays, and the next start offers to save it.
        """
        self.undo_stack.clear()
        self.bus.unsubscribe(self._relay)
        if self.saver is not None:
            self.saver.stop()
        self.db.close()
        if self.working_copy is not None and self.saver is not None and self.saver.may_discard():
            self.working_copy.discard()
        if self.lock_keeper is not None:
            self.lock_keeper.release()
