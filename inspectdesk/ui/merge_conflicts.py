"""The tables of the Merge dialog: records per kind of data, and the conflicts.

:class:`SummaryTable` counts the records added and changed per kind of data.
:class:`ConflictTable` has one row per conflict: the record, the field, both values and
a decision — "Keep mine", "Take theirs" and, for a free-text field, "Edit…" (a small box
prefilled with my value). A deletion against an edit offers only keep or take.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.documents.merge_report_data import ConflictLine, TableCount
from inspectdesk.services.merge import ConflictKey, Decision
from inspectdesk.services.merge_plan import Conflict
from inspectdesk.services.merge_report import TextField, text_field
from inspectdesk.text import clean_line, clean_text

MINE: Final = "mine"
THEIRS: Final = "theirs"
EDIT: Final = "edit"
SHOWN_CHARACTERS = 240
"""Characters of a value shown in a cell (wrapped); the tooltip holds all of it."""


def _short(value: str) -> str:
    one_line = " ".join(value.split())
    return one_line if len(one_line) <= SHOWN_CHARACTERS else one_line[:SHOWN_CHARACTERS] + "…"


class EditValueDialog(QDialog):
    """The value to keep instead of either side's: one line, or several for long text."""

    def __init__(self, label: str, start: str, field: TextField, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the value"))
        self.field = field
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        self.line: QLineEdit | None = None
        self.text: QPlainTextEdit | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        if field.multiline:
            self.text = QPlainTextEdit(start)
            layout.addWidget(self.text)
            prompt.setBuddy(self.text)
            self.resize(520, 260)
        else:
            self.line = QLineEdit(start)
            if field.max_length:
                self.line.setMaxLength(field.max_length)
            layout.addWidget(self.line)
            prompt.setBuddy(self.line)
            self.resize(520, 0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> str:
        """The value typed, tidied like every text the app stores."""
        if self.text is not None:
            return clean_text(self.text.toPlainText())
        return clean_line(self.line.text() if self.line is not None else "")


def ask_value(parent: QWidget, label: str, start: str, field: TextField) -> str | None:
    """Ask for the value to keep; None when cancelled."""
    dialog = EditValueDialog(label, start, field, parent)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class SummaryTable(QTableWidget):
    """Records to add and to change (or added and changed) per kind of data."""

    MOST_ROWS_SHOWN = 8
    """Rows shown without scrolling; the table is no taller than that."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_counts(self, counts: Sequence[TableCount], done: bool) -> None:
        """Fill the table; ``done`` words the heads as what was done, not what would be."""
        if done:
            heads = [self.tr("Kind of data"), self.tr("Added"), self.tr("Changed")]
        else:
            heads = [self.tr("Kind of data"), self.tr("To add"), self.tr("To change")]
        self.setHorizontalHeaderLabels(heads)
        self.setRowCount(len(counts))
        locale = QLocale()
        for row, count in enumerate(counts):
            self.setItem(row, 0, QTableWidgetItem(count.table))
            for column, number in ((1, count.added), (2, count.changed)):
                item = QTableWidgetItem(locale.toString(number))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.setVisible(bool(counts))
        shown_rows = min(len(counts), self.MOST_ROWS_SHOWN)
        rows_height = self.verticalHeader().defaultSectionSize() * shown_rows
        self.setMaximumHeight(
            self.horizontalHeader().sizeHint().height() + rows_height + 2 * self.frameWidth()
        )


class ConflictTable(QTableWidget):
    """The conflicts and the decision taken in each row (see :meth:`decisions`)."""

    decisions_changed = Signal()

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("My value"),
                self.tr("Their value"),
                self.tr("Decision"),
            ]
        )
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (2, 3):  # the values take the room there is
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 250), (1, 120), (4, 180)):
            self.setColumnWidth(column, width)
        self.conflicts: list[Conflict] = []
        self.edits: dict[ConflictKey, str] = {}
        self._combos: list[QComboBox] = []
        self._fit_rows = QTimer(self, singleShot=True, interval=30)
        self._fit_rows.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: self._fit_rows.start())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped values take the height they need at the new width."""
        super().resizeEvent(event)
        self._fit_rows.start()

    def show_conflicts(
        self, conflicts: Sequence[Conflict], lines: Sequence[ConflictLine], editable: bool
    ) -> None:
        """Fill the table; ``editable`` False shows the decisions taken, unchangeable."""
        self.conflicts = list(conflicts)
        self._combos = []
        self.setRowCount(0)  # drops the decision boxes of a previous filling
        self.setRowCount(len(self.conflicts))
        for row, (conflict, line) in enumerate(zip(self.conflicts, lines, strict=True)):
            record = f"{line.table}: {line.label}"
            cells = (record, line.field, line.mine, line.theirs)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(_short(value))
                item.setToolTip(value)
                self.setItem(row, column, item)
            if editable:
                self.setCellWidget(row, 4, self._boxed(self._combo(row, conflict)))
            else:
                item = QTableWidgetItem(line.decision)
                item.setToolTip(line.decision)
                self.setItem(row, 4, item)
        self.resizeRowsToContents()

    def _combo(self, row: int, conflict: Conflict) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Keep mine"), MINE)
        combo.addItem(self.tr("Take theirs"), THEIRS)
        if not conflict.is_deletion and text_field(conflict.table, conflict.field) is not None:
            combo.addItem(self.tr("Edit…"), EDIT)
        combo.setProperty("previous", 0)
        combo.activated.connect(lambda index, r=row: self._activated(r, index))
        self._combos.append(combo)
        return combo

    @staticmethod
    def _boxed(combo: QComboBox) -> QWidget:
        """The combo box kept at its own height, centred in a row that may be taller."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addStretch(1)
        layout.addWidget(combo)
        layout.addStretch(1)
        return box

    def combo(self, row: int) -> QComboBox:
        """The decision box of ``row``."""
        return self._combos[row]

    def _activated(self, row: int, index: int) -> None:
        combo = self._combos[row]
        if combo.itemData(index) == EDIT:
            conflict = self.conflicts[row]
            start = self.edits.get(conflict.key)
            if start is None:
                start = "" if conflict.mine is None else str(conflict.mine)
            field = text_field(conflict.table, conflict.field)
            assert field is not None
            record = self.item(row, 0)
            name = self.item(row, 1)
            label = (
                self.tr("The value to keep for “%1” of %2:")
                .replace("%1", name.text() if name else conflict.field)
                .replace("%2", record.text() if record else "")
            )
            value = ask_value(self, label, start, field)
            if value is None:
                combo.setCurrentIndex(int(combo.property("previous")))
                return
            self.set_edit(row, value)
            return
        combo.setProperty("previous", index)
        if self.edits.pop(self.conflicts[row].key, None) is not None:
            combo.setItemText(combo.findData(EDIT), self.tr("Edit…"))
            combo.setToolTip("")
        self.decisions_changed.emit()

    def set_choice(self, row: int, choice: str) -> None:
        """Keep mine (``"mine"``) or take theirs (``"theirs"``) in ``row``."""
        combo = self._combos[row]
        index = combo.findData(choice)
        combo.setCurrentIndex(index)
        self._activated(row, index)

    def set_all(self, choice: str) -> None:
        """Keep mine or take theirs in every row."""
        for row in range(len(self._combos)):
            self.set_choice(row, choice)

    def set_edit(self, row: int, value: str) -> None:
        """Keep ``value`` (typed by the user) in ``row`` instead of either side's."""
        combo = self._combos[row]
        index = combo.findData(EDIT)
        if index < 0:
            return
        self.edits[self.conflicts[row].key] = value
        combo.setItemText(index, self.tr("Edited: %1").replace("%1", _short(value)[:40]))
        combo.setToolTip(value)
        combo.setCurrentIndex(index)
        combo.setProperty("previous", index)
        self.decisions_changed.emit()

    def decisions(self) -> dict[ConflictKey, Decision]:
        """The decision of every row, as :func:`~inspectdesk.services.merge.merge_into` takes it."""
        chosen: dict[ConflictKey, Decision] = {}
        for conflict, combo in zip(self.conflicts, self._combos, strict=False):
            data: Any = combo.currentData()
            if data == EDIT and conflict.key in self.edits:
                chosen[conflict.key] = (EDIT, self.edits[conflict.key])
            else:
                chosen[conflict.key] = THEIRS if data == THEIRS else MINE
        return chosen
