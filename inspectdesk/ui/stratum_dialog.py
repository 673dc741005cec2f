"""Editing one sampling stratum: kind, level, the units it lies under, a percentage or a count.

The dialog edits a copy and hands back a :class:`~inspectdesk.domain.sampling.Stratum`;
the sample screen saves the whole list of strata through the sampling service.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.sampling import Stratum
from inspectdesk.services.units import Choice
from inspectdesk.ui.forms import SearchCombo

ID = Qt.ItemDataRole.UserRole


def _choice_combo(none_text: str, choices: list[Choice], current: uuid.UUID | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice.name, str(choice.id))
    combo.setCurrentIndex(max(0, combo.findData(str(current)) if current else 0))
    return combo


class StratumDialog(QDialog):
    """Create or change one stratum; :meth:`stratum` gives the result after OK."""

    def __init__(
        self,
        kinds: list[Choice],
        levels: list[Choice],
        units: list[Choice],
        stratum: Stratum | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        rule = stratum or Stratum(percent=100)
        self.setWindowTitle(self.tr("Sampling stratum") if stratum else self.tr("New stratum"))
        self.names = {choice.id: choice.name for choice in units}
        self.kind = _choice_combo(self.tr("(any kind)"), kinds, rule.kind_id)
        self.level = _choice_combo(self.tr("(any level)"), levels, rule.level_id)
        self.under = QListWidget()
        self.under.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.under.setMinimumHeight(110)
        for unit_id in rule.under:
            self._add_under(unit_id)
        self.unit_picker = SearchCombo()
        self.unit_picker.set_choices(units)
        self.unit_picker.setCurrentIndex(-1)
        self.unit_picker.setMinimumContentsLength(32)
        line = self.unit_picker.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type the name of a unit to add…"))
        self.add_unit_button = QPushButton(self.tr("&Add"))
        self.add_unit_button.clicked.connect(self._add_picked)
        self.remove_unit_button = QPushButton(self.tr("Re&move"))
        self.remove_unit_button.clicked.connect(self._remove_selected)
        self.by_percent = QRadioButton(self.tr("&Percentage:"))
        self.by_count = QRadioButton(self.tr("&Number of units:"))
        group = QButtonGroup(self)
        group.addButton(self.by_percent)
        group.addButton(self.by_count)
        self.percent = QDoubleSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setDecimals(2)
        self.percent.setSuffix(" %")
        self.percent.setValue(rule.percent if rule.percent is not None else 100)
        self.count = QSpinBox()
        self.count.setRange(0, 100_000)
        self.count.setValue(rule.count if rule.count is not None else 1)
        (self.by_count if rule.count is not None else self.by_percent).setChecked(True)
        self.by_percent.toggled.connect(self._amount_changed)
        self.label = QLineEdit(rule.label)
        self.label.setMaxLength(300)
        self.label.setPlaceholderText(self.tr("(made from the choices above)"))
        self._build()
        self._amount_changed()
        self.resize(620, 460)

    def _build(self) -> None:
        form = QFormLayout()
        kind_label = QLabel(self.tr("&Kind of unit:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        level_label = QLabel(self.tr("&Level:"))
        level_label.setBuddy(self.level)
        form.addRow(level_label, self.level)
        under_label = QLabel(self.tr("&Under (each unit is its own stratum):"))
        under_label.setBuddy(self.under)
        picker = QHBoxLayout()
        picker.addWidget(self.unit_picker, 1)
        picker.addWidget(self.add_unit_button)
        picker.addWidget(self.remove_unit_button)
        amounts = QGridLayout()
        amounts.addWidget(self.by_percent, 0, 0)
        amounts.addWidget(self.percent, 0, 1)
        amounts.addWidget(self.by_count, 1, 0)
        amounts.addWidget(self.count, 1, 1)
        amounts.setColumnStretch(2, 1)
        hint = QLabel(
            self.tr(
                "A percentage is rounded up: 30% of 5 units is 2. Without a unit above, the"
                " stratum takes units anywhere in the file."
            )
        )
        hint.setWordWrap(True)
        label_label = QLabel(self.tr("La&bel in the plan:"))
        label_label.setBuddy(self.label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(under_label)
        layout.addWidget(self.under, 1)
        layout.addLayout(picker)
        layout.addLayout(amounts)
        layout.addWidget(hint)
        layout.addWidget(label_label)
        layout.addWidget(self.label)
        layout.addWidget(buttons)

    def _add_under(self, unit_id: uuid.UUID) -> None:
        if unit_id in self.under_ids():
            return
        item = QListWidgetItem(self.names.get(unit_id, str(unit_id)))
        item.setData(ID, str(unit_id))
        self.under.addItem(item)

    def _add_picked(self) -> None:
        unit_id = self.unit_picker.value()
        if unit_id is not None:
            self._add_under(unit_id)

    def _remove_selected(self) -> None:
        for item in self.under.selectedItems():
            self.under.takeItem(self.under.row(item))

    def _amount_changed(self) -> None:
        self.percent.setEnabled(self.by_percent.isChecked())
        self.count.setEnabled(self.by_count.isChecked())

    def under_ids(self) -> list[uuid.UUID]:
        """The units listed under "Under", in order."""
        return [uuid.UUID(self.under.item(i).data(ID)) for i in range(self.under.count())]

    def stratum(self) -> Stratum:
        """The stratum the fields describe."""
        kind, level = self.kind.currentData(), self.level.currentData()
        return Stratum(
            kind_id=uuid.UUID(kind) if kind else None,
            level_id=uuid.UUID(level) if level else None,
            under=tuple(self.under_ids()),
            percent=self.percent.value() if self.by_percent.isChecked() else None,
            count=self.count.value() if self.by_count.isChecked() else None,
            label=self.label.text().strip(),
        )
