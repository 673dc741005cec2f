"""The small dialogs of the sample review: swap a unit (reason required), add one, remove one.

They only ask; :class:`~inspectdesk.ui.sample_review.SampleReviewPanel` does the work
through the sampling service.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services.sample_view import CandidateRow
from inspectdesk.services.units import Choice
from inspectdesk.ui.forms import SearchCombo
from inspectdesk.ui.row_model import SORT_ROLE, Column, RowTableModel

MAX_REASON = 500


def weight_text(weight: float) -> str:
    """A weight as people write it: ``3``, ``1,5``."""
    return f"{weight:g}".replace(".", ",")


class _CandidateModel(RowTableModel):
    """Candidates; those already in the sample are shown but cannot be chosen."""

    def flags(self, index: object) -> Qt.ItemFlag:
        flags = super().flags(index)  # type: ignore[arg-type]
        row = self.row_at(index.row())  # type: ignore[attr-defined]
        return flags & ~Qt.ItemFlag.ItemIsEnabled if row.in_sample else flags


class SwapDialog(QDialog):
    """Choose the unit that replaces one of the sample, from the same stratum, and say why."""

    def __init__(
        self, unit: str, stratum: str, candidates: list[CandidateRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Swap a unit of the sample"))
        heading = QLabel(
            self.tr("Replace “%1” with a unit of the same stratum:").replace("%1", unit)
        )
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        where = QLabel(stratum)
        where.setWordWrap(True)
        self.model = _CandidateModel(
            [
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Parent unit"), lambda r: r.parent),
                Column(self.tr("Weight"), lambda r: weight_text(r.weight), lambda r: r.weight),
                Column(
                    self.tr("In the sample"),
                    lambda r: self.tr("yes") if r.in_sample else "",
                ),
            ],
            self,
        )
        self.model.set_rows(candidates)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table_label = QLabel(self.tr("&Replacement:"))
        table_label.setBuddy(self.table)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        self.reason.setPlaceholderText(
            self.tr("e.g. the unit was inspected last month; its office is being rebuilt")
        )
        reason_label = QLabel(self.tr("Rea&son (required):"))
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("S&wap"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(720, 520)

    def choose(self, unit_id: uuid.UUID) -> None:
        """Select the row of ``unit_id`` (for tests and keyboard users)."""
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).unit_id == unit_id:
                self.table.selectRow(row)
                return

    def chosen(self) -> uuid.UUID | None:
        """The replacement selected, if any (never a unit already in the sample)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        candidate = self.model.row_at(self.proxy.mapToSource(rows[0]).row())
        return None if candidate.in_sample else candidate.unit_id

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()[:MAX_REASON]

    def _update(self) -> None:
        self.ok.setEnabled(self.chosen() is not None and bool(self.reason_text()))

    def accept(self) -> None:
        if self.chosen() is not None and self.reason_text():
            super().accept()


class AddUnitDialog(QDialog):
    """Choose a unit to add to the sample by hand; the reason may be left empty."""

    def __init__(self, units: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a unit to the sample"))
        self.unit = SearchCombo()
        self.unit.set_choices(units)
        self.unit.setMinimumContentsLength(40)
        unit_label = QLabel(self.tr("&Unit (type to search):"))
        unit_label.setBuddy(self.unit)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. reported on hotline 1022"))
        reason_label = QLabel(self.tr("&Reason (optional):"))
        reason_label.setBuddy(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (unit_label, self.unit, reason_label, self.reason, buttons):
            layout.addWidget(widget)

    def accept(self) -> None:
        if self.unit.value() is not None:
            super().accept()


class RemoveDialog(QDialog):
    """Confirm taking a unit out of the sample, with an optional reason."""

    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove a unit from the sample"))
        question = QLabel(
            self.tr("Take “%1” out of the sample? It stays listed as removed.").replace("%1", unit)
        )
        question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setMinimumWidth(380)
        reason_label = QLabel(self.tr("&Reason (optional):"))
        reason_label.setBuddy(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re&move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (question, reason_label, self.reason, buttons):
            layout.addWidget(widget)
