"""Someone else saved the record meanwhile: choose, field by field, what to keep.

Shown by an editor whose save was refused because the record changed since it was read
(see :mod:`inspectdesk.services.record_merge`). Fields only one side changed are settled
already; the table lists the fields both changed — the same table, decisions and "Edit…"
box as the Merge dialog's conflicts. *Save* writes the choices on top of the other
user's version; *Discard my changes* shows their version instead.

:func:`save_or_settle` is the whole of it for an editor that saves a draft on OK (units,
people, leads); the visit editor, which saves as the user types, settles in
:mod:`~inspectdesk.ui.visit_saving`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.db.database import Database
from inspectdesk.documents.merge_report_data import ConflictLine
from inspectdesk.services.merge import ConflictKey, Decision
from inspectdesk.services.merge_plan import Conflict
from inspectdesk.services.merge_report import describe_conflicts
from inspectdesk.services.record_merge import merge_record
from inspectdesk.services.validation import FieldProblem, Problem, ValidationFailed
from inspectdesk.ui.merge_conflicts import MINE, THEIRS, ConflictTable
from inspectdesk.ui.problems import changed_by

D = TypeVar("D", bound=Any)


class SaveConflictDialog(QDialog):
    """The fields both users changed, a decision for each (see :meth:`decisions`)."""

    def __init__(
        self,
        who: str,
        conflicts: Sequence[Conflict],
        lines: Sequence[ConflictLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        intro = QLabel(
            " ".join(
                part
                for part in (
                    self.tr("Someone else saved this record after you opened it."),
                    who,
                    self.tr(
                        "Their other changes and yours to fields they did not touch are kept."
                        " You both changed the fields below: choose what to keep."
                    ),
                )
                if part
            )
        )
        intro.setWordWrap(True)
        self.table = ConflictTable(self)
        self.table.show_conflicts(conflicts, lines, editable=True)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("My value"),
                self.tr("Value saved meanwhile"),
                self.tr("Decision"),
            ]
        )
        all_mine = QPushButton(self.tr("Keep all &mine"))
        all_mine.clicked.connect(lambda: self.table.set_all(MINE))
        all_theirs = QPushButton(self.tr("Take all &theirs"))
        all_theirs.clicked.connect(lambda: self.table.set_all(THEIRS))
        quick = QHBoxLayout()
        quick.addWidget(all_mine)
        quick.addWidget(all_theirs)
        quick.addStretch(1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save with these choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("&Discard my changes"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(quick)
        layout.addWidget(buttons)
        self.resize(860, 190 + 40 * min(len(conflicts), 8))

    def decisions(self) -> dict[ConflictKey, Decision]:
        """The decision taken in each row."""
        return self.table.decisions()


def ask_decisions(
    parent: QWidget | None,
    who: str,
    conflicts: Sequence[Conflict],
    lines: Sequence[ConflictLine],
) -> dict[ConflictKey, Decision] | None:
    """The decisions, or None when the user discards their changes."""
    dialog = SaveConflictDialog(who, conflicts, lines, parent)
    try:
        return dialog.decisions() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def stale_problem(problems: Sequence[FieldProblem]) -> FieldProblem | None:
    """The refusal because someone saved the record meanwhile, among ``problems``."""
    return next((p for p in problems if p.problem is Problem.STALE), None)


def save_or_settle(
    parent: QWidget | None,
    db: Database,
    record: SavedRecord[D],
    draft: D,
) -> Saved[D] | None:
    """Save ``draft`` of an editor; when refused because someone saved the record since
    the editor read it, keep both sides' changes field by field (asking only about the
    fields both changed) and save that. Returns what was saved (see :class:`Saved`), or
    None when the user discarded their changes.

    Raises:
        ValidationFailed: any other refusal (or another save in between, again).
    """
    try:
        result = record.service.update(record.row_id, draft, record.revision)
        return Saved(record.original, draft, result, merged=False)
    except ValidationFailed as exc:
        stale = stale_problem(exc.problems)
        if stale is None:
            raise
    typed = draft.cleaned() if hasattr(draft, "cleaned") else draft
    mine = {
        f.name: getattr(typed, f.name)
        for f in fields(typed)
        if getattr(typed, f.name) != getattr(record.original, f.name)
    }
    settled = settle(parent, db, record, mine, stale)
    if settled is None:
        return None
    theirs, revision, values = settled
    merged = replace(theirs, **values)
    result = record.service.update(record.row_id, merged, revision)
    return Saved(theirs, merged, result, merged=True)


def settle(
    parent: QWidget | None,
    db: Database,
    record: SavedRecord[D],
    mine: dict[str, Any],
    stale: FieldProblem,
) -> tuple[D, int, dict[str, Any]] | None:
    """Read the record as saved now and settle ``mine`` (the fields I changed since
    ``record.original``) against it, asking only about fields both changed: the record
    as saved, its revision and the fields to write on it; None when the user discards
    their changes."""
    theirs, revision = record.service.draft(record.row_id)
    merge = merge_record(record.table, record.row_id, record.label, record.original, mine, theirs)
    decisions: dict[ConflictKey, Decision] = {}
    if merge.conflicts:
        lines = describe_conflicts(merge.conflicts, None, db)
        chosen = ask_decisions(parent, changed_by(stale), merge.conflicts, lines)
        if chosen is None:
            return None
        decisions = chosen
    return theirs, revision, merge.settled(decisions)


@dataclass(frozen=True, slots=True)
class Saved(Generic[D]):
    """What :func:`save_or_settle` wrote: ``before`` (what an undo puts back), ``after``
    (what was written), the service's ``result``, and whether another user's save was
    merged in (the editor then shows their changes to the other fields)."""

    before: D
    after: D
    result: Any
    merged: bool


class DraftService(Protocol[D]):
    """A service that reads a record's draft with its revision and saves a draft."""

    def draft(self, row_id: uuid.UUID, /) -> tuple[D, int]: ...

    def update(self, row_id: uuid.UUID, draft: D, revision: int, /) -> object: ...


@dataclass(frozen=True, slots=True)
class SavedRecord(Generic[D]):
    """A record an editor changes: its table, id, a label for the dialog, the draft as
    read at ``revision``, and the service that reads and saves it."""

    table: str
    row_id: uuid.UUID
    label: str
    original: D
    revision: int
    service: DraftService[D]
