"""One open file as the screens see it: its services, a change signal, the undo stack.

Widgets never hold a database session. They call the services held here; every
committed change comes back through :attr:`Workspace.changed`, so each screen refreshes
what it shows, and undoable edits go on :attr:`Workspace.undo_stack`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from inspectdesk.db.database import Database
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.locks import FileLock
from inspectdesk.services.units import UnitService
from inspectdesk.ui.file_lock_prompt import LockKeeper


class Workspace(QObject):
    """The services of one open database, for the UI."""

    changed = Signal(object)  # Changes

    def __init__(
        self, db: Database, parent: QObject | None = None, lock: FileLock | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.lock_keeper = LockKeeper(lock, self) if lock is not None else None
        self.bus = ChangeBus()
        self.bus.subscribe(self._relay)
        self.undo_stack = QUndoStack(self)
        self.units = UnitService(db, self.bus)

    def _relay(self, changes: Changes) -> None:
        self.changed.emit(changes)

    @property
    def path(self) -> Path | None:
        return self.db.path

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    def close(self) -> None:
        """Forget the undo history and release the file."""
        self.undo_stack.clear()
        self.bus.unsubscribe(self._relay)
        self.db.close()
        if self.lock_keeper is not None:
            self.lock_keeper.release()
