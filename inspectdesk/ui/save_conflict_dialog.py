"""Someone else saved the record meanwhile: choose, field by field, what to keep.

Shown by an editor whose save was refused because the record changed since it was read
(see :mod:`inspectdesk.services.record_merge`). Fields only one side changed are settled
already; the table lists the fields both changed — the same table, decisions and "Edit…"
box as the Merge dialog's conflicts. *Save* writes the choices on top of the other
user's version; *Discard my changes* shows their version instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.documents.merge_report_data import ConflictLine
from inspectdesk.services.merge import ConflictKey, Decision
from inspectdesk.services.merge_plan import Conflict
from inspectdesk.ui.merge_conflicts import MINE, THEIRS, ConflictTable


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
