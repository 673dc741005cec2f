"""The two halves of the sample tab's lower part: the draw options and the sample table.

:class:`DrawOptions` holds the seed ("New seed" draws another) and the weighting;
:class:`SampleTable` shows the draft sample with its buttons. Both only show and ask;
:class:`~inspectdesk.ui.sample_review.SampleReviewPanel` does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.sampling import PickSource, Weighting
from inspectdesk.services.sample_view import PickRow, SampleView
from inspectdesk.services.sampling import new_seed
from inspectdesk.ui.forms import ERROR_STYLE
from inspectdesk.ui.row_model import Column, RowTableModel
from inspectdesk.ui.sample_dialogs import weight_text


def _factor(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 100)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setValue(value)
    return box


class DrawOptions(QWidget):
    """The seed, the weighting and the "Draw sample" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setMinimumWidth(110)
        seed_label = QLabel(self.tr("See&d:"))
        seed_label.setBuddy(self.seed)
        self.new_seed_button = QPushButton(self.tr("&New seed"))
        self.new_seed_button.setToolTip(self.tr("Another random seed gives another sample."))
        self.new_seed_button.clicked.connect(lambda: self.seed.setValue(new_seed()))
        self.draw_button = QPushButton(self.tr("Dra&w sample"))
        self.prefer_stale = QCheckBox(self.tr("Prefer units not &inspected in the last"))
        self.months = QSpinBox()
        self.months.setRange(1, 240)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" months"))
        self.stale_factor = _factor(3.0)
        self.prefer_overdue = QCheckBox(self.tr("Prefer units with &overdue recommendations"))
        self.overdue_factor = _factor(2.0)
        top = QHBoxLayout()
        top.addWidget(seed_label)
        top.addWidget(self.seed)
        top.addWidget(self.new_seed_button)
        top.addStretch(1)
        top.addWidget(self.draw_button)
        weights = QHBoxLayout()
        weights.addWidget(self.prefer_stale)
        weights.addWidget(self.months)
        weights.addWidget(QLabel(self.tr("weight ×")))
        weights.addWidget(self.stale_factor)
        weights.addSpacing(16)
        weights.addWidget(self.prefer_overdue)
        weights.addWidget(QLabel(self.tr("weight ×")))
        weights.addWidget(self.overdue_factor)
        weights.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(weights)
        for box in (self.prefer_stale, self.prefer_overdue):
            box.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        for widget in (self.months, self.stale_factor):
            widget.setEnabled(self.prefer_stale.isChecked())
        self.overdue_factor.setEnabled(self.prefer_overdue.isChecked())

    def weighting(self) -> Weighting:
        """The weighting the check boxes and factors describe."""
        return Weighting(
            not_inspected_months=self.months.value() if self.prefer_stale.isChecked() else None,
            not_inspected_factor=self.stale_factor.value(),
            overdue_factor=self.overdue_factor.value() if self.prefer_overdue.isChecked() else 1.0,
        )


class _PickModel(RowTableModel):
    """Picks; removed ones in grey."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        removed = index.isValid() and self.row_at(index.row()).removed
        if role == Qt.ItemDataRole.ForegroundRole and removed:
            return QBrush(QColor("#8a8a8a"))
        return super().data(index, role)


class SampleTable(QWidget):
    """The draft sample: unit, parent, stratum, weight, how it came in, note, visit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: SampleView | None = None
        sources = {
            PickSource.DRAWN: self.tr("Drawn"),
            PickSource.ADDED: self.tr("Added by hand"),
            PickSource.SWAPPED_IN: self.tr("Swapped in"),
        }

        def source(row: PickRow) -> str:
            return self.tr("Removed") if row.removed else sources[row.source]

        def stratum(row: PickRow) -> str:
            return str(row.stratum + 1) if row.stratum is not None else "—"

        self.model = _PickModel(
            [
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Parent unit"), lambda r: r.parent),
                Column(self.tr("Stratum"), stratum),
                Column(self.tr("Weight"), lambda r: weight_text(r.weight), lambda r: r.weight),
                Column(self.tr("How"), source),
                Column(self.tr("Note"), self._note),
                Column(self.tr("Visit"), lambda r: self.tr("planned") if r.visited else ""),
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.stale_note = QLabel(
            self.tr("The strata changed after this sample was drawn: draw it again.")
        )
        self.stale_note.setStyleSheet(ERROR_STYLE)
        self.stale_note.hide()
        self.show_removed = QCheckBox(self.tr("Show remo&ved units"))
        self.show_removed.toggled.connect(lambda _on: self.show_view(self.view))
        self.swap_button = QPushButton(self.tr("&Swap unit…"))
        self.add_button = QPushButton(self.tr("Add &unit…"))
        self.remove_button = QPushButton(self.tr("Remove from samp&le…"))
        self.accept_button = QPushButton(self.tr("Acc&ept: create visits…"))
        self.xlsx_button = QPushButton(self.tr("Export .&xlsx…"))
        self.pdf_button = QPushButton(self.tr("Export PD&F…"))
        buttons = QVBoxLayout()
        for button in (
            self.swap_button,
            self.add_button,
            self.remove_button,
            self.accept_button,
            self.xlsx_button,
            self.pdf_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addWidget(self.show_removed)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.stale_note)
        layout.addLayout(row, 1)

    def _note(self, row: PickRow) -> str:
        if row.replaced_unit:
            text = self.tr("instead of %1").replace("%1", row.replaced_unit)
            return f"{text}: {row.reason}" if row.reason else text
        return row.reason

    def show_view(self, view: SampleView | None) -> None:
        """Show the picks of ``view`` (removed ones when asked), keeping the selection."""
        self.view = view
        picks = list(view.picks) if view else []
        if not self.show_removed.isChecked():
            picks = [pick for pick in picks if not pick.removed]
        selected = self.current_pick()
        self.model.set_rows(picks)
        ids = [pick.id for pick in picks]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        current = view.current() if view else []
        if not view or not view.picks:
            self.summary.setText(self.tr("No sample drawn yet."))
        else:
            text = self.tr("%1 units in the sample; %2 removed or swapped out; %3 with a visit.")
            self.summary.setText(
                text.replace("%1", str(len(current)))
                .replace("%2", str(len(view.picks) - len(current)))
                .replace("%3", str(sum(1 for pick in current if pick.visited)))
            )
        self.stale_note.setVisible(bool(view and view.stale))

    def current_pick(self) -> PickRow | None:
        """The pick of the current row, if any."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_unit(self, unit: str) -> bool:
        """Make the row of the unit named ``unit`` current (for tests and screenshots)."""
        for row, pick in enumerate(self.model.rows()):
            if pick.unit == unit:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False
