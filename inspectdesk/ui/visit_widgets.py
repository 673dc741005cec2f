"""Small pieces of the visit editor: words for codes, a tone-blind search combo, optional
dates and times, field problem labels, a choice delegate and the mergeable undo command."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import AttendeeSide, ItemResult, TeamRole
from inspectdesk.text import fold

ERROR_STYLE = "color: #b00020;"


FOLD_ROLE = Qt.ItemDataRole.UserRole + 20
_EMPTY = QDateTime(QDate(1900, 1, 1), QTime(0, 0))

_WORDS: dict[type[StrEnum], dict[str, str]] = {
    TeamRole: {
        TeamRole.LEADER.value: str(QT_TRANSLATE_NOOP("visit_labels", "Team leader")),
        TeamRole.DEPUTY.value: str(QT_TRANSLATE_NOOP("visit_labels", "Deputy team leader")),
        TeamRole.MEMBER.value: str(QT_TRANSLATE_NOOP("visit_labels", "Member")),
        TeamRole.SECRETARY.value: str(QT_TRANSLATE_NOOP("visit_labels", "Secretary")),
    },
    AttendeeSide: {
        AttendeeSide.TEAM.value: str(QT_TRANSLATE_NOOP("visit_labels", "Inspection team")),
        AttendeeSide.UNIT.value: str(QT_TRANSLATE_NOOP("visit_labels", "Inspected unit")),
        AttendeeSide.OTHER.value: str(QT_TRANSLATE_NOOP("visit_labels", "Others")),
    },
    ItemResult: {
        ItemResult.UNSET.value: str(QT_TRANSLATE_NOOP("visit_labels", "Not checked")),
        ItemResult.PASS.value: str(QT_TRANSLATE_NOOP("visit_labels", "Pass")),
        ItemResult.FAIL.value: str(QT_TRANSLATE_NOOP("visit_labels", "Fail")),
        ItemResult.NOT_APPLICABLE.value: str(QT_TRANSLATE_NOOP("visit_labels", "Not applicable")),
    },
}


def word(code: StrEnum) -> str:
    """The user's word for a team role, an attendee's side or a checklist result."""
    text = _WORDS.get(type(code), {}).get(code.value, code.value)
    return QCoreApplication.translate("visit_labels", str(text))


# --- fields and their problems -----------------------------------------------------------


def error_label() -> QLabel:
    """A hidden red label that words a field's problem next to it."""
    error = QLabel()
    error.setObjectName("fieldError")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    return error


def with_error(widget: QWidget | None, error: QLabel, layout: Any = None) -> QWidget:
    """``widget`` (or ``layout``) with its problem label under it, as one form cell."""
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    if widget is not None:
        box.addWidget(widget)
    if layout is not None:
        box.addLayout(layout)
    box.addWidget(error)
    container = QWidget()
    container.setLayout(box)
    return container


def show_problem(error: QLabel, text: str | None) -> None:
    error.setText(text or "")
    error.setVisible(bool(text))


# --- a combo that finds "UBND thành phố Vĩnh Yên" from "vinh yen" -----------------------


class FoldingCompleter(QCompleter):
    """Completes on the folded (tone-less) names, matching anywhere in the name."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class SearchCombo(QComboBox):
    """Choices by id, searchable by typing with or without tones.

    ``none_text`` adds a first "nothing chosen" entry. :attr:`chosen` is emitted with the
    new id (or None) when the user picks another choice, from the list or by typing a
    name and leaving the field; typed text that names no choice is put back.
    """

    chosen = Signal(object)
    not_found = Signal()

    def __init__(self, none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._current: uuid.UUID | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        completer = FoldingCompleter(self.model(), self)
        completer.setCompletionRole(FOLD_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.activated.connect(self._picked)
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._typed)

    def set_choices(self, choices: Sequence[tuple[uuid.UUID, str]]) -> None:
        """Replace the choices, keeping the current one when it is still there."""
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
            self.setItemData(0, "", FOLD_ROLE)
        for choice_id, name in choices:
            self.addItem(name, str(choice_id))
            self.setItemData(self.count() - 1, fold(name), FOLD_ROLE)
        self.blockSignals(False)
        self.set_current_id(self._current)

    def current_id(self) -> uuid.UUID | None:
        return self._current

    def set_current_id(self, value: uuid.UUID | None) -> None:
        """Show ``value`` (without emitting :attr:`chosen`)."""
        index = self.findData(str(value)) if value is not None else -1
        if index < 0 and self._none_text is not None:
            index = 0
        self._current = value if index >= 0 and value is not None else None
        self.blockSignals(True)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        line = self.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # show a long name from its start
        self.blockSignals(False)

    def _id_at(self, index: int) -> uuid.UUID | None:
        data = self.itemData(index)
        return uuid.UUID(data) if data else None

    def _choose(self, value: uuid.UUID | None) -> None:
        changed = value != self._current
        self.set_current_id(value)
        if changed:
            self.chosen.emit(value)

    def _picked(self, index: int) -> None:
        if index >= 0:
            self._choose(self._id_at(index))

    def _typed(self) -> None:
        text = self.currentText().strip()
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()):
            self._choose(self._id_at(self.currentIndex()))
            return
        if not text and self._none_text is not None:
            self._choose(None)
            return
        key = fold(text)
        exact = [i for i in range(self.count()) if self.itemData(i, FOLD_ROLE) == key]
        partial = [
            i for i in range(self.count()) if key and key in str(self.itemData(i, FOLD_ROLE))
        ]
        found = exact or partial
        if len(found) == 1:
            self._choose(self._id_at(found[0]))
        else:
            self.set_current_id(self._current)
            self.not_found.emit()


# --- dates and times that may be empty ---------------------------------------------------


class OptionalDateTime(QWidget):
    """A dd/mm/yyyy date (and HH:mm time when ``with_time``) that may be left empty (✕).

    :attr:`edited` is emitted as the user changes the value, :attr:`committed` when
    they leave the field, pick from the calendar or clear it.
    """

    edited = Signal()
    committed = Signal()

    def __init__(self, *, with_time: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy HH:mm" if with_time else "dd/MM/yyyy")
        self.edit.setMinimumDateTime(_EMPTY)
        self.edit.setSpecialValueText("—")
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self._clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sample = "00/00/0000 00:000" if with_time else "00/00/00000"
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(sample) + 44)
        self.edit.dateTimeChanged.connect(lambda _v: self.edited.emit())
        self.edit.editingFinished.connect(lambda: self.committed.emit())
        calendar = self.edit.calendarWidget()
        if calendar is not None:
            calendar.clicked.connect(lambda _d: self.committed.emit())
            calendar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An empty field opens its calendar on today's month, not on 1900."""
        if event.type() == QEvent.Type.Show and self.edit.dateTime() == _EMPTY:
            calendar = self.edit.calendarWidget()
            if calendar is not None and watched is calendar:
                today = QDate.currentDate()
                calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _clear(self) -> None:
        if self.edit.dateTime() != _EMPTY:
            self.edit.setDateTime(_EMPTY)
            self.committed.emit()

    def value(self) -> datetime | None:
        """The date and time shown (midnight for a date only); None when empty."""
        shown = self.edit.dateTime()
        if shown == _EMPTY:
            return None
        d, t = shown.date(), shown.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def date_value(self) -> date | None:
        value = self.value()
        return value.date() if value else None

    def set_value(self, value: date | datetime | None) -> None:
        if value is None:
            self.edit.setDateTime(_EMPTY)
            return
        moment = value if isinstance(value, datetime) else datetime.combine(value, time())
        self.edit.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )


# --- a combo box in a table cell -----------------------------------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell whose edit role holds a code, by a combo of ``(word, code)`` choices."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QObject) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for text, code in self._choices():
            combo.addItem(text, code)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            code = editor.currentData()
            if code != index.data(Qt.ItemDataRole.EditRole):
                model.setData(index, code, Qt.ItemDataRole.EditRole)
