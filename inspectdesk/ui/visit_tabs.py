"""The two form tabs of the visit editor: general data, and opinions with the status.

The tabs only hold widgets. Each field of the visit's draft is a :class:`Binding`
(read, show, problem label); the tabs say which field the user is typing in
(:attr:`edited`, saved after a pause) or has finished with (:attr:`committed`, saved
at once). The editor does the saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import VisitMode, VisitStatus
from inspectdesk.services.visits import MAX_COPIES
from inspectdesk.ui.labels import label
from inspectdesk.ui.visit_widgets import (
    OptionalDateTime,
    SearchCombo,
    error_label,
    with_error,
)


@dataclass(frozen=True)
class Binding:
    """One field of the draft: how to read it from its widget, show it, and word a problem."""

    get: Callable[[], Any]
    set: Callable[[Any], None]
    error: QLabel
    widget: QWidget


class _FormTab(QWidget):
    """A tab of labelled fields; emits which field is being edited or was committed."""

    edited = Signal(str)
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bindings: dict[str, Binding] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.loading = False

    def bind(
        self,
        name: str,
        caption: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        note: QLabel | None = None,
    ) -> None:
        error = error_label()
        self.bindings[name] = Binding(get, put, error, widget)
        label_widget = QLabel(caption)
        label_widget.setBuddy(widget.focusProxy() or widget)
        cell = with_error(widget, error)
        if note is not None:
            layout = cell.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(1, note)
        self.form.addRow(label_widget, cell)

    def _edited(self, name: str) -> Callable[..., None]:
        def signal(*_args: object) -> None:
            if not self.loading:
                self.edited.emit(name)

        return signal

    def _committed(self, name: str) -> Callable[..., None]:
        def signal(*_args: object) -> None:
            if not self.loading:
                self.committed.emit(name)

        return signal

    def line(self, name: str, caption: str) -> QLineEdit:
        edit = QLineEdit()
        edit.textEdited.connect(self._edited(name))
        edit.editingFinished.connect(self._committed(name))
        self.bind(name, caption, edit, edit.text, lambda v: _set_text(edit, v))
        return edit

    def text(self, name: str, caption: str, height: int = 84) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setMinimumHeight(height)
        box.textChanged.connect(self._edited(name))
        box.installEventFilter(_CommitOnFocusOut(box, self._committed(name)))
        self.bind(name, caption, box, box.toPlainText, lambda v: _set_plain(box, v))
        return box

    def when(self, name: str, caption: str, with_time: bool, note: QLabel | None = None) -> Any:
        field = OptionalDateTime(with_time=with_time)
        field.edited.connect(self._edited(name))
        field.committed.connect(self._committed(name))
        get = field.value if with_time else field.date_value
        self.bind(name, caption, field, get, field.set_value, note)
        return field

    def combo(self, name: str, caption: str, none_text: str | None) -> SearchCombo:
        combo = SearchCombo(none_text)
        combo.chosen.connect(self._committed(name))
        self.bind(name, caption, combo, combo.current_id, combo.set_current_id)
        return combo


class _CommitOnFocusOut(QObject):
    def __init__(self, parent: QObject, commit: Callable[[], None]) -> None:
        super().__init__(parent)
        self._commit = commit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._commit()
        return False


def _set_text(edit: QLineEdit, value: str) -> None:
    if edit.text() != value:
        edit.setText(value)
        edit.setCursorPosition(0)


def _set_plain(box: QPlainTextEdit, value: str) -> None:
    if box.toPlainText() != value:
        box.setPlainText(value)


class GeneralTab(_FormTab):
    """Unit, plan, team, announced or not, dates and times, place, subject, copies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = self.combo("unit_id", self.tr("&Unit:"), None)
        line = self.unit.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type to search, e.g. “vinh yen”"))
        self.plan = self.combo("plan_id", self.tr("&Plan:"), self.tr("(no plan)"))
        self.team = self.combo("team_id", self.tr("&Team:"), self.tr("(no team)"))
        self.announced = QRadioButton(label(VisitMode.ANNOUNCED))
        self.unannounced = QRadioButton(label(VisitMode.UNANNOUNCED))
        self.modes = QButtonGroup(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.announced, self.unannounced):
            self.modes.addButton(button)
            row.addWidget(button)
            button.toggled.connect(lambda on: on and self._committed("mode")())
        row.addStretch(1)
        mode_box = QWidget()
        mode_box.setLayout(row)
        mode_box.setFocusProxy(self.announced)
        self.bind("mode", self.tr("&Mode:"), mode_box, self._mode, self._set_mode)
        self.scheduled = self.when("scheduled_on", self.tr("&Scheduled date:"), False)
        self.start = self.when("actual_start", self.tr("Actual &start:"), True)
        hint = QLabel(self.tr("Vietnam time (UTC+7)."))
        hint.setEnabled(False)
        self.end = self.when("actual_end", self.tr("Actual &end:"), True, hint)
        self.place = self.line("place", self.tr("Pl&ace:"))
        self.subject = self.line("subject", self.tr("Su&bject:"))
        self.subject.setPlaceholderText(self.tr("e.g. Inspection of public-service duty at …"))
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.copies.setMinimumWidth(72)
        self.copies.valueChanged.connect(self._edited("copies"))
        self.copies.editingFinished.connect(self._committed("copies"))
        self.bind(
            "copies",
            self.tr("Number of &copies:"),
            self.copies,
            self.copies.value,
            self._set_copies,
        )
        self.minutes = QLabel()
        self.form.addRow(self.tr("Minutes number:"), self.minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def _mode(self) -> VisitMode:
        return VisitMode.UNANNOUNCED if self.unannounced.isChecked() else VisitMode.ANNOUNCED

    def _set_mode(self, mode: VisitMode) -> None:
        (self.unannounced if mode is VisitMode.UNANNOUNCED else self.announced).setChecked(True)

    def _set_copies(self, value: int) -> None:
        if self.copies.value() != value:
            self.copies.setValue(value)


class ConclusionTab(_FormTab):
    """Causes, the unit's opinion, other notes, and where the visit stands."""

    status_chosen = Signal(object)  # VisitStatus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.causes = self.text("causes", self.tr("Ca&uses:"))
        self.unit_opinion = self.text("unit_opinion", self.tr("Opinion of the inspected &unit:"))
        self.other_notes = self.text("other_notes", self.tr("Other &notes:"), 64)
        self.status = QComboBox()
        for status in VisitStatus:
            self.status.addItem(label(status), status.value)
        signed = self.status.model()
        if isinstance(signed, QStandardItemModel):  # entered only by "Mark as signed…"
            item = signed.item(self.status.findData(VisitStatus.SIGNED.value))
            if item is not None:
                item.setEnabled(False)
        self.status_error = error_label()
        rules = QLabel(
            self.tr(
                "The minutes can be marked drafted once the visit has a unit and an actual"
                " start. Signed minutes are recorded with “Mark as signed…” and lock the"
                " visit; only “Unlock…”, with its reason logged, takes them back."
            )
        )
        rules.setWordWrap(True)
        rules.setEnabled(False)
        caption = QLabel(self.tr("&Status:"))
        caption.setBuddy(self.status)
        cell = with_error(self.status, self.status_error)
        box = cell.layout()
        if isinstance(box, QVBoxLayout):
            box.addWidget(rules)
        self.form.addRow(caption, cell)
        self.status.activated.connect(self._status_picked)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def show_status(self, status: VisitStatus) -> None:
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(status.value)))
        self.status.blockSignals(False)

    def _status_picked(self, index: int) -> None:
        if not self.loading and index >= 0:
            self.status_chosen.emit(VisitStatus(self.status.itemData(index)))
