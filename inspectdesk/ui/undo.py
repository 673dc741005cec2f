"""Undoable edits: each wraps a service call and the call that takes it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    """An edit already done (or to do) through a service, with its inverse.

    ``first_done`` says whether the edit has already been carried out when the command
    is pushed (autosave: the service call happened as the user typed), in which case
    the stack's first ``redo()`` does nothing.
    """

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        *,
        first_done: bool = True,
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._skip_next_redo = first_done

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()
