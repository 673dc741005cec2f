"""The small form widgets the person, plan and team editors share.

* :class:`FieldErrors` — red messages under the fields, one per field a service names.
* :class:`OptionalDateEdit` — a ``dd/MM/yyyy`` date with a calendar popup that may be blank.
* :class:`SearchCombo` — a choice list whose typed filter ignores tones ("vinh yen").
* :func:`show_user_error` — a message box saying why an action could not be done.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.services.units import Choice
from inspectdesk.services.validation import FieldProblem, Problem
from inspectdesk.text import fold
from inspectdesk.ui.problems import describe

ERROR_STYLE = "color: #b00020;"
FOLD_ROLE = Qt.ItemDataRole.UserRole + 11


def user_language() -> str:
    """``vi`` or ``en``: the language :class:`UserError` messages are worded in."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def show_user_error(parent: QWidget, exc: UserError) -> None:
    """Tell the user, in a message box, why an action could not be done."""
    QMessageBox.warning(parent, "InspectDesk", exc.describe(user_language()))


class FieldErrors:
    """Red labels under the fields of a form, keyed by the draft's field names."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.general = self._label()

    @staticmethod
    def _label() -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def wrap(self, key: str, widget: QWidget) -> QWidget:
        """``widget`` with room for its error message under it."""
        error = self.labels[key] = self._label()
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        container = QWidget()
        container.setLayout(box)
        return container

    def add_row(self, form: QFormLayout, key: str, text: str, widget: QWidget) -> QLabel:
        """A form row: a label with a mnemonic for ``widget``, and its error under it."""
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, self.wrap(key, widget))
        return label

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.hide()

    def show(
        self, problems: list[FieldProblem], words: dict[tuple[str, Problem], str] | None = None
    ) -> None:
        """Show each problem next to its field (or in the general label).

        ``words`` gives a more precise message than :func:`describe` for some
        (field, problem) pairs.
        """
        self.clear()
        for problem in problems:
            target = self.labels.get(problem.field, self.general)
            text = (words or {}).get((problem.field, problem.problem)) or describe(problem)
            target.setText(f"{target.text()}\n{text}" if target.text() else text)
            target.show()

    def visible(self) -> dict[str, str]:
        """Field → message, for the messages shown now (tests and screen readers)."""
        shown = {k: v.text() for k, v in self.labels.items() if not v.isHidden()}
        if not self.general.isHidden():
            shown[""] = self.general.text()
        return shown


class OptionalDateEdit(QDateEdit):
    """A date typed as ``dd/MM/yyyy`` or picked in a calendar; blank means no date.

    Delete or Backspace with the whole date selected makes it blank again. A
    ``clearable`` box (the follow-up screens' look) also has a clear button in it,
    shows "—" when blank and keeps its width. :attr:`changed` is emitted whenever the
    date changes.
    """

    NULL = QDate(1900, 1, 1)

    changed = Signal()

    def __init__(
        self, value: date | None = None, parent: QWidget | None = None, *, clearable: bool = False
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(self.NULL)
        self.setSpecialValueText("—" if clearable else " ")
        width = self.fontMetrics().horizontalAdvance("00/00/00000") + 40
        self.clear_action: QAction | None = None
        if clearable:
            self.clear_action = self.lineEdit().addAction(
                self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton),
                QLineEdit.ActionPosition.TrailingPosition,
            )
            # the catalogue words it under the name of the widget this one replaced
            self.clear_action.setToolTip(QCoreApplication.translate("DateField", "Clear the date"))
            self.clear_action.triggered.connect(lambda: self.set_value(None))
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            width += 24
        self.setMinimumWidth(width)
        self.calendarWidget().installEventFilter(self)
        self.set_value(value)
        self.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> date | None:
        current = self.date()
        return (
            None if current == self.NULL else date(current.year(), current.month(), current.day())
        )

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else self.NULL)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()  # a blank date opens the calendar on this month
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit = self.lineEdit()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.value() is None or edit.selectedText() == edit.text()
        ):
            self.set_value(None)
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)


class _FoldFilter(QSortFilterProxyModel):
    """Keeps the rows whose text holds every word typed, ignoring tones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(FOLD_ROLE) or ""
        return all(word in key for word in self._words)


class SearchCombo(QComboBox):
    """A choice of rows by id; typing shows the choices holding the words, ignoring tones.

    Leaving the box with text that names no choice takes the choice it names exactly
    (ignoring tones), or the only choice that holds it, else puts back the current choice.
    """

    def __init__(self, none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self._filter = _FoldFilter(self)
        self._filter.setSourceModel(self.model())
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        edit = self.lineEdit()
        assert edit is not None  # an editable combo has one
        edit.textEdited.connect(self._filter.set_query)
        edit.editingFinished.connect(self._settle)

    def set_choices(self, choices: list[Choice], current: uuid.UUID | None = None) -> None:
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
            self.setItemData(0, "", FOLD_ROLE)
        for choice in choices:
            self.addItem(choice.name, str(choice.id))
            self.setItemData(self.count() - 1, fold(choice.name), FOLD_ROLE)
        self.set_value(current)

    def value(self) -> uuid.UUID | None:
        data = self.currentData()
        return uuid.UUID(data) if data else None

    def set_value(self, value: uuid.UUID | None) -> None:
        index = self.findData(str(value)) if value else -1
        if index < 0 and self._none_text is not None:
            index = 0
        self.setCurrentIndex(index)
        self._filter.set_query("")

    def _settle(self) -> None:
        text = self.currentText()
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()):
            return
        words = fold(text).split()
        matches = [
            i
            for i in range(self.count())
            if self.itemData(i) is not None
            and all(word in (self.itemData(i, FOLD_ROLE) or "") for word in words)
        ]
        exact = [i for i in matches if self.itemData(i, FOLD_ROLE) == " ".join(words)]
        if not words and self._none_text is not None:
            self.setCurrentIndex(0)
        elif len(exact) == 1 or len(matches) == 1:
            self.setCurrentIndex((exact or matches)[0])
        self.setEditText(self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else "")
