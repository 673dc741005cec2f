"""What the catalogue editors share: a list beside a form, unsaved changes asked about.

Subclasses provide :meth:`is_dirty`, :meth:`save` and :meth:`unsaved_name`, and call
:meth:`listen` once their widgets exist; closing, switching records and OK then follow
the same rules everywhere.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from inspectdesk.services.changes import Changes
from inspectdesk.ui.workspace import Workspace


class Unsaved(Enum):
    """What to do with unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, what: str) -> Unsaved:
    """Ask whether to save the changes made to ``what`` before leaving it."""
    text = QCoreApplication.translate("Unsaved", "Save the changes to “%1”?").replace("%1", what)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


class CatalogueDialog(QDialog):
    """A dialog editing one record of a list at a time, on one workspace."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._listening = False

    # -- what subclasses provide ---------------------------------------------

    def is_dirty(self) -> bool:
        """Whether the form differs from what is saved."""
        raise NotImplementedError

    def save(self) -> bool:
        """Save the form; False (with the problems shown) when it cannot be saved."""
        raise NotImplementedError

    def unsaved_name(self) -> str:
        """How the record being edited is named in the unsaved-changes question."""
        raise NotImplementedError

    def _changed(self, changes: Changes) -> None:
        """React to a commit of the workspace (another window, an undo)."""

    # -- shared rules ----------------------------------------------------------

    def listen(self) -> None:
        """Follow the workspace's commits until the dialog closes."""
        self.workspace.changed.connect(self._changed)
        self._listening = True

    def leave(self) -> bool:
        """Settle unsaved changes before leaving the form; False to stay."""
        if self.workspace.readonly or not self.is_dirty():
            return True
        answer = ask_unsaved(self, self.unsaved_name())
        if answer is Unsaved.SAVE:
            return self.save()
        return answer is Unsaved.DISCARD

    def accept(self) -> None:
        """Save what the form holds and close; stay open on a problem."""
        if self.workspace.readonly or not self.is_dirty() or self.save():
            super().accept()

    def reject(self) -> None:
        """Close, asking about unsaved changes first."""
        if self.leave():
            super().reject()

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.workspace.changed.disconnect(self._changed)
        super().done(result)
