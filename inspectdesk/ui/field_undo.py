"""Undo steps of the editors that save field by field, and where their errors go.

:class:`FieldCommand` is one saved change of some fields of a record (typing in one
field, saved after each pause, merges into one step); :func:`patcher` makes undo and
redo write only their own fields; :class:`Reporter` shows what undo or redo could not do
in the editor while it is open, else in a message box.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from inspectdesk.errors import UserError
from inspectdesk.services.validation import ValidationFailed
from inspectdesk.ui.problems import describe
from inspectdesk.ui.undo import ServiceCommand


class FieldCommand(ServiceCommand):
    """A saved change of some fields of one record: ``apply(values)`` puts values back.

    Commands with the same ``key`` that follow each other merge into one undo step
    (typing in one field, saved after each pause, is taken back at once).
    """

    MERGE_ID = 4711

    def __init__(
        self,
        text: str,
        apply: Callable[[dict[str, Any]], object],
        old: dict[str, Any],
        new: dict[str, Any],
        key: tuple[object, ...] | None = None,
    ) -> None:
        self._apply = apply
        self.old, self.new, self.key = old, new, key
        super().__init__(text, lambda: apply(self.new), lambda: apply(self.old))

    def id(self) -> int:
        return self.MERGE_ID if self.key is not None else -1

    def mergeWith(self, other: Any) -> bool:
        if not isinstance(other, FieldCommand) or other.key is None or other.key != self.key:
            return False
        self.new = dict(other.new)
        return True


def patcher(
    read: Callable[[uuid.UUID], tuple[Any, int]],
    write: Callable[[uuid.UUID, Any, int], object],
    row_id: uuid.UUID,
) -> Callable[[dict[str, Any]], None]:
    """``apply(values)``: read the record as it is now and write it back with ``values``.

    Undo and redo use it, so they change only the fields of their own step.
    """

    def apply(values: dict[str, Any]) -> None:
        draft, revision = read(row_id)
        write(row_id, replace(draft, **values), revision)

    return apply


def is_undo_key(event: QEvent) -> int:
    """+1 for the Undo keys, -1 for Redo, 0 for anything else."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return 0
    if event.matches(QKeySequence.StandardKey.Undo):
        return 1
    if event.matches(QKeySequence.StandardKey.Redo):
        return -1
    return 0


def language() -> str:
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


class Reporter:
    """Where undo and redo report what they could not do: the editor while it is open."""

    def __init__(self) -> None:
        self.show: Callable[[str], None] | None = None

    def detach(self, *_args: object) -> None:
        self.show = None

    def guard(self, action: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            try:
                action()
            except ValidationFailed as exc:
                self.report(" ".join(describe(p) for p in exc.problems))
            except UserError as exc:
                self.report(exc.describe(language()))

        return run

    def report(self, text: str) -> None:
        if self.show is not None:
            self.show(text)
        else:
            QMessageBox.warning(QApplication.activeWindow(), "InspectDesk", text)
