"""The list of a plan's sampling strata, with add, change, delete and reorder.

Every change saves the whole list at once through
:meth:`~inspectdesk.services.sampling.SamplingService.set_strata` and goes on the undo
stack. Each row shows how many units the stratum finds, its target and how many of the
current sample it holds (summed over its units above, each its own share).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.sampling import Stratum
from inspectdesk.errors import UserError
from inspectdesk.services.sample_view import SampleView, StratumRow
from inspectdesk.services.sampling import SamplingService
from inspectdesk.ui.forms import show_user_error
from inspectdesk.ui.row_model import Column, RowTableModel
from inspectdesk.ui.stratum_dialog import StratumDialog
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


def amount_text(rule: Stratum) -> str:
    """``50 %`` or ``02 units`` as the strata list shows it."""
    if rule.count is not None:
        words = QCoreApplication.translate("StrataEditor", "%1 unit(s)")
        return words.replace("%1", str(rule.count))
    return f"{rule.percent:g} %".replace(".", ",")


class StrataEditor(QWidget):
    """A plan's strata; ``changed`` after every saved change."""

    changed = Signal()

    def __init__(
        self, workspace: Workspace, service: SamplingService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = service
        self.plan_id: uuid.UUID | None = None
        self.rows: list[StratumRow] = []
        self.totals: dict[int, tuple[int, int, int]] = {}
        self.model = RowTableModel(
            [
                Column("#", lambda r: str(r.index + 1), lambda r: r.index),
                Column(self.tr("Kind"), lambda r: r.kind or self.tr("(any)")),
                Column(self.tr("Level"), lambda r: r.level or self.tr("(any)")),
                Column(self.tr("Under"), lambda r: "; ".join(r.under) or self.tr("(anywhere)")),
                Column(self.tr("Amount"), lambda r: amount_text(r.rule)),
                Column(self.tr("Units"), lambda r: self._total(r, 0), lambda r: r.index),
                Column(self.tr("Target"), lambda r: self._total(r, 1), lambda r: r.index),
                Column(self.tr("Chosen"), lambda r: self._total(r, 2), lambda r: r.index),
                Column(self.tr("Label in the plan"), lambda r: r.label),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_stratum())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add st&ratum…"))
        self.add_button.clicked.connect(self.add_stratum)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_stratum)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_stratum)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_stratum(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move_stratum(1))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.activated.connect(self.delete_stratum)
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_enabled())
        self._update_enabled()

    def _total(self, row: StratumRow, which: int) -> str:
        return str(self.totals.get(row.index, (0, 0, 0))[which])

    def show_view(self, plan_id: uuid.UUID | None, view: SampleView | None) -> None:
        """Show the strata of ``view`` (a plan's sample view), keeping the selection."""
        current = self.table.currentIndex().row()
        self.plan_id = plan_id
        self.rows = list(view.strata) if view else []
        self.totals = {}
        for part in view.parts if view else ():
            population, target, selected = self.totals.get(part.stratum, (0, 0, 0))
            self.totals[part.stratum] = (
                population + part.population,
                target + part.target,
                selected + part.selected,
            )
        self.model.set_rows(self.rows)
        if self.rows:
            self.table.selectRow(min(max(current, 0), len(self.rows) - 1))
        self._update_enabled()

    def strata(self) -> list[Stratum]:
        return [row.rule for row in self.rows]

    def _selected(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_enabled(self) -> None:
        editable = self.plan_id is not None and not self.workspace.readonly
        row = self._selected()
        self.add_button.setEnabled(editable)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < len(self.rows) - 1)

    def _dialog(self, stratum: Stratum | None) -> Stratum | None:
        units = self.workspace.units
        dialog = StratumDialog(units.kinds(), units.levels(), units.parents(), stratum, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.stratum()
        finally:
            dialog.deleteLater()

    def add_stratum(self) -> None:
        made = self._dialog(None)
        if made is not None:
            self.save([*self.strata(), made], self.tr("Add sampling stratum"))

    def edit_stratum(self) -> None:
        row = self._selected()
        if row < 0 or self.workspace.readonly:
            return
        changed = self._dialog(self.rows[row].rule)
        if changed is not None:
            strata = self.strata()
            strata[row] = changed
            self.save(strata, self.tr("Change sampling stratum"))

    def delete_stratum(self) -> None:
        row = self._selected()
        if row >= 0 and not self.workspace.readonly:
            strata = self.strata()
            del strata[row]
            self.save(strata, self.tr("Delete sampling stratum"))

    def move_stratum(self, step: int) -> None:
        row = self._selected()
        target = row + step
        if row < 0 or not 0 <= target < len(self.rows) or self.workspace.readonly:
            return
        strata = self.strata()
        strata[row], strata[target] = strata[target], strata[row]
        self.save(strata, self.tr("Reorder sampling strata"))
        self.table.selectRow(target)

    def save(self, strata: Sequence[Stratum], text: str) -> bool:
        """Make ``strata`` the plan's strata, undoably; False when refused or unchanged."""
        plan_id, service = self.plan_id, self.service
        if plan_id is None:
            return False
        before, after = self.strata(), list(strata)
        try:
            if not service.set_strata(plan_id, after):
                return False
        except UserError as exc:
            show_user_error(self, exc)
            return False

        def setter(value: list[Stratum]) -> Callable[[], object]:
            return lambda: service.set_strata(plan_id, value)

        self.workspace.undo_stack.push(ServiceCommand(text, setter(after), setter(before)))
        self.changed.emit()
        return True
