"""What every screen of the navigation pane does."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from inspectdesk.services.changes import Changes
from inspectdesk.ui.workspace import Workspace


class Page(QWidget):
    """A screen: told when a file opens or closes, and refreshed when its tables change.

    ``TABLES`` names the tables whose changes make the screen stale. A hidden stale
    screen refreshes when it is shown next, not before.
    """

    TABLES: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self._stale = True

    def attach(self, workspace: Workspace | None) -> None:
        """Show ``workspace`` (None when the file is closed)."""
        self.workspace = workspace
        self._stale = True
        if workspace is None:
            self.clear()
        elif self.isVisible():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(*self.TABLES):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale and self.workspace is not None:
            self.refresh()

    def refresh(self) -> None:
        """Fetch and show the data again."""
        self._stale = False

    def apply_filter(self, **criteria: object) -> None:
        """Show only what ``criteria`` ask for (from a click on the overview).

        Pages understand the criteria that make sense for them (``status``, ``kind``,
        ``overdue``, ``this_week``…) and ignore the others.
        """

    def clear(self) -> None:
        """Show nothing (no file open)."""
