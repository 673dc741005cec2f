"""The checklist tree: sections and their items, edited in place."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services.checklists import (
    ItemDraft,
    SectionDraft,
    item_code,
)
from inspectdesk.services.validation import FieldProblem, Problem
from inspectdesk.ui.forms import ERROR_STYLE
from inspectdesk.ui.problems import describe

ID_ROLE = Qt.ItemDataRole.UserRole
GUIDANCE_ROLE = Qt.ItemDataRole.UserRole + 1
CODE, TEXT = 0, 1


def _child(item: QTreeWidgetItem, index: int) -> QTreeWidgetItem:
    child = item.child(index)
    assert child is not None
    return child


def item_id(value: object) -> uuid.UUID | None:
    return uuid.UUID(value) if isinstance(value, str) and value else None


class ChecklistTree(QWidget):
    """Sections and their items in a tree, with buttons to add, remove and move them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("No."), self.tr("Section / item")])
        self.tree.setIndentation(14)
        self.tree.setColumnWidth(CODE, 28 + self.fontMetrics().horizontalAdvance("00.00") + 8)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.edit(item))
        QShortcut(
            QKeySequence(Qt.Key.Key_F2), self.tree, lambda: self.edit(self.tree.currentItem())
        )
        self.add_section_button = QPushButton(self.tr("Add &section"))
        self.add_item_button = QPushButton(self.tr("Add &item"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("&Up"))
        self.down_button = QPushButton(self.tr("Do&wn"))
        buttons = QHBoxLayout()
        for button, slot in (
            (self.add_section_button, self.add_section),
            (self.add_item_button, self.add_item),
            (self.remove_button, self.remove),
            (self.up_button, lambda: self.move_current(-1)),
            (self.down_button, lambda: self.move_current(1)),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.guidance = QPlainTextEdit()
        self.guidance.setTabChangesFocus(True)
        self.guidance.setPlaceholderText(self.tr("What the inspector looks at for this item"))
        self.guidance.setFixedHeight(64)
        self.guidance.textChanged.connect(self._guidance_changed)
        guidance_label = QLabel(self.tr("&Guidance for the chosen item:"))
        guidance_label.setBuddy(self.guidance)
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(guidance_label)
        layout.addWidget(self.guidance)
        self.tree.currentItemChanged.connect(self._current_changed)
        self._current_changed(None, None)

    # -- contents ------------------------------------------------------------

    def set_sections(self, sections: list[SectionDraft]) -> None:
        self.tree.clear()
        for section in sections:
            top = self._section_item(section.title, section.id)
            for item in section.items:
                self._item(top, item.text, item.guidance, item.id)
        self.tree.expandAll()
        self.renumber()
        self.show_problems([])

    def sections(self) -> list[SectionDraft]:
        result = []
        for s in range(self.tree.topLevelItemCount()):
            top = self._top(s)
            items = [
                ItemDraft(
                    child.text(TEXT),
                    child.data(TEXT, GUIDANCE_ROLE) or "",
                    item_id(child.data(TEXT, ID_ROLE)),
                )
                for child in (_child(top, i) for i in range(top.childCount()))
            ]
            result.append(SectionDraft(top.text(TEXT), items, item_id(top.data(TEXT, ID_ROLE))))
        return result

    def _section_item(
        self, title: str, section_id: uuid.UUID | None, index: int = -1
    ) -> QTreeWidgetItem:
        top = QTreeWidgetItem(["", title])
        top.setData(TEXT, ID_ROLE, str(section_id) if section_id else "")
        top.setFlags(top.flags() | Qt.ItemFlag.ItemIsEditable)
        font = top.font(TEXT)
        font.setBold(True)
        top.setFont(TEXT, font)
        top.setFont(CODE, font)
        if index < 0:
            self.tree.addTopLevelItem(top)
        else:
            self.tree.insertTopLevelItem(index, top)
        return top

    def _item(
        self,
        section: QTreeWidgetItem,
        text: str,
        guidance: str,
        item_id: uuid.UUID | None,
        index: int = -1,
    ) -> QTreeWidgetItem:
        child = QTreeWidgetItem(["", text])
        child.setData(TEXT, ID_ROLE, str(item_id) if item_id else "")
        child.setData(TEXT, GUIDANCE_ROLE, guidance)
        child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
        if index < 0:
            section.addChild(child)
        else:
            section.insertChild(index, child)
        return child

    def _top(self, index: int) -> QTreeWidgetItem:
        item = self.tree.topLevelItem(index)
        assert item is not None
        return item

    def renumber(self) -> None:
        """Number sections 1, 2… and items 1.1, 1.2, 2.1… as they will be saved."""
        for s in range(self.tree.topLevelItemCount()):
            top = self._top(s)
            top.setText(CODE, str(s + 1))
            top.setToolTip(TEXT, top.text(TEXT))
            for i in range(top.childCount()):
                child = _child(top, i)
                child.setText(CODE, item_code(s + 1, i + 1))
                child.setToolTip(TEXT, child.text(TEXT))
        self._current_changed(self.tree.currentItem(), None)

    # -- editing -------------------------------------------------------------

    def commit_editing(self) -> None:
        """Keep the text being typed in the tree and close its editor."""
        if self.tree.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.tree.indexWidget(self.tree.currentIndex().siblingAtColumn(TEXT))
        if editor is not None:
            self.tree.commitData(editor)
            self.tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def edit(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and self.isEnabled():
            self.tree.editItem(item, TEXT)

    def add_section(self) -> None:
        self.commit_editing()
        current = self.tree.currentItem()
        if current is not None and current.parent() is not None:
            current = current.parent()
        index = self.tree.indexOfTopLevelItem(current) + 1 if current is not None else -1
        top = self._section_item("", None, index)
        self.renumber()
        self.tree.setCurrentItem(top)
        self.edit(top)

    def add_item(self) -> None:
        self.commit_editing()
        current = self.tree.currentItem()
        if current is None:
            if not self.tree.topLevelItemCount():
                self.add_section()
                return
            current = self._top(self.tree.topLevelItemCount() - 1)
        parent = current.parent()
        if parent is None:
            section, index = current, -1
        else:
            section, index = parent, parent.indexOfChild(current) + 1
        child = self._item(section, "", "", None, index)
        section.setExpanded(True)
        self.renumber()
        self.tree.setCurrentItem(child)
        self.edit(child)

    def remove(self) -> None:
        self.commit_editing()
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(current))
        else:
            parent.removeChild(current)
        self.renumber()

    def move_current(self, step: int) -> None:
        """Move the chosen section or item up (-1) or down (1); items cross sections."""
        self.commit_editing()
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            index = self.tree.indexOfTopLevelItem(current)
            if not 0 <= index + step < self.tree.topLevelItemCount():
                return
            self.tree.takeTopLevelItem(index)
            self.tree.insertTopLevelItem(index + step, current)
            current.setExpanded(True)
        else:
            index = parent.indexOfChild(current)
            target, position = parent, index + step
            if not 0 <= position < parent.childCount():
                s_index = self.tree.indexOfTopLevelItem(parent) + step
                if not 0 <= s_index < self.tree.topLevelItemCount():
                    return
                target = self._top(s_index)
                position = target.childCount() if step < 0 else 0
            parent.takeChild(index)
            target.insertChild(position, current)
            target.setExpanded(True)
        self.renumber()
        self.tree.setCurrentItem(current)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        is_item = current is not None and current.parent() is not None
        self.guidance.blockSignals(True)
        self.guidance.setPlainText(
            current.data(TEXT, GUIDANCE_ROLE) or "" if is_item and current else ""
        )
        self.guidance.blockSignals(False)
        self.guidance.setEnabled(is_item)
        self.remove_button.setEnabled(current is not None)
        self.up_button.setEnabled(current is not None)
        self.down_button.setEnabled(current is not None)

    def _guidance_changed(self) -> None:
        current = self.tree.currentItem()
        if current is not None and current.parent() is not None:
            current.setData(TEXT, GUIDANCE_ROLE, self.guidance.toPlainText())

    # -- problems ------------------------------------------------------------

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Word the section and item problems under the tree and go to the first one."""
        lines: list[str] = []
        first: QTreeWidgetItem | None = None
        for problem in problems:
            parts = problem.field.split(".")
            if parts == ["sections"]:
                lines.append(self.tr("Add at least one section."))
                continue
            top = self._top(int(parts[1]))
            number = top.text(CODE)
            target = top
            if parts[2] == "title":
                text = (
                    self.tr("Section %1 needs a title.")
                    if problem.problem is Problem.REQUIRED
                    else self.tr("The title of section %1 is too long: %2")
                ).replace("%1", number)
            elif len(parts) == 3:
                text = self.tr("Section %1 needs at least one item.").replace("%1", number)
            else:
                target = _child(top, int(parts[3]))
                number = target.text(CODE)
                text = (
                    self.tr("Item %1 needs a text.")
                    if problem.problem is Problem.REQUIRED
                    else self.tr("Item %1 is too long: %2")
                    if parts[4] == "text"
                    else self.tr("The guidance of item %1 is too long: %2")
                ).replace("%1", number)
            lines.append(text.replace("%2", describe(problem)))
            first = first or target
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        if first is not None:
            self.tree.setCurrentItem(first)
