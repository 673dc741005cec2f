"""Thùng rác: what was deleted, by whom and when, and restoring it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services import trash
from inspectdesk.services.trash import TrashRow
from inspectdesk.ui.row_model import Column, RowTableModel
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace

LOCAL = timezone(timedelta(hours=7), "ICT")

_KIND_WORDS: dict[str, object] = {
    "unit": QT_TRANSLATE_NOOP("TrashDialog", "Unit"),
    "person": QT_TRANSLATE_NOOP("TrashDialog", "Person"),
    "plan": QT_TRANSLATE_NOOP("TrashDialog", "Plan"),
    "team": QT_TRANSLATE_NOOP("TrashDialog", "Team"),
    "visit": QT_TRANSLATE_NOOP("TrashDialog", "Visit"),
    "finding": QT_TRANSLATE_NOOP("TrashDialog", "Finding"),
    "recommendation": QT_TRANSLATE_NOOP("TrashDialog", "Recommendation"),
    "lead": QT_TRANSLATE_NOOP("TrashDialog", "Citizen report"),
}


def kind_word(table: str) -> str:
    return QCoreApplication.translate("TrashDialog", str(_KIND_WORDS.get(table, table)))


def _when(value: datetime) -> str:
    return value.astimezone(LOCAL).strftime("%d/%m/%Y %H:%M")


class TrashDialog(QDialog):
    """The deleted records of the open file, newest first, with Restore."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Trash"))
        self.model = RowTableModel(
            [
                Column(self.tr("Kind"), lambda r: kind_word(r.table)),
                Column(self.tr("Record"), lambda r: r.name),
                Column(
                    self.tr("Deleted at"),
                    lambda r: _when(r.deleted_at),
                    lambda r: r.deleted_at.isoformat(),
                ),
                Column(self.tr("Deleted by"), lambda r: r.deleted_by),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(self.tr("Deleted records stay in the file until you restore them."))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(not workspace.readonly)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 480)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(trash.list_trash(self.workspace.db))
        self.table.resizeColumnsToContents()

    def selected(self) -> list[TrashRow]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.row_at(r) for r in sorted(rows)]

    def restore_selected(self) -> int:
        """Restore the selected records (one undoable step); return how many."""
        items = [(r.table, r.id) for r in self.selected()]
        if not items or self.workspace.readonly:
            return 0
        db, bus = self.workspace.db, self.workspace.bus
        count = trash.set_deleted(db, bus, items, False)
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Restore %n record(s)", "", len(items)),
                redo=lambda: trash.set_deleted(db, bus, items, False),
                undo=lambda: trash.set_deleted(db, bus, items, True),
            )
        )
        self.reload()
        return count
