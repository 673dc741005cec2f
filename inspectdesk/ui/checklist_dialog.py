"""The checklist editor (nội dung kiểm tra): templates on the left, one template's
sections and items on the right.

Saving a version that plans use makes a new version (the service decides); the dialog
says so, and the plans keep the version they pinned, so signed minutes never change.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services.changes import Changes
from inspectdesk.services.checklists import (
    ChecklistDraft,
    ChecklistRow,
    ChecklistService,
)
from inspectdesk.services.validation import ValidationFailed
from inspectdesk.ui.catalogue_dialog import CatalogueDialog
from inspectdesk.ui.checklist_tree import ID_ROLE, ChecklistTree, item_id
from inspectdesk.ui.forms import FieldErrors
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


class ChecklistDialog(CatalogueDialog):
    """List the checklist versions; create, edit, duplicate and delete them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Checklists"))
        self.service = ChecklistService(workspace.db, workspace.bus)
        self.current_id: uuid.UUID | None = None
        self.original = ChecklistDraft()
        self._rows: dict[uuid.UUID, ChecklistRow] = {}
        self._busy = False
        self.errors = FieldErrors()

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        list_label = QLabel(self.tr("&Checklists:"))
        list_label.setBuddy(self.list)
        self.new_button = QPushButton(self.tr("&New"))
        self.duplicate_button = QPushButton(self.tr("Du&plicate"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        for button, slot in (
            (self.new_button, self.new_checklist),
            (self.duplicate_button, self.duplicate),
            (self.delete_button, self.delete),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Kiểm tra công vụ năm 2026"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(54)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. Kế hoạch số 230/KH-UBND"))
        self.editor = ChecklistTree()
        self.version_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("saveStatus")
        form = QFormLayout()
        self.errors.add_row(form, "name", self.tr("Na&me:"), self.name)
        self.errors.add_row(form, "description", self.tr("D&escription:"), self.description)
        self.errors.add_row(form, "source", self.tr("S&ource:"), self.source)
        form.addRow("", self.version_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.addButton(
            self.tr("Sa&ve"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.clicked.connect(self.save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left_box = QWidget()
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        left.addLayout(row)
        self.form_box = QWidget()
        right = QVBoxLayout(self.form_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(form)
        right.addWidget(self.editor, 1)
        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 770])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.resize(1100, 680)

        self.list.currentItemChanged.connect(self._current_changed)
        self.listen()
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(None, ChecklistDraft())

    # -- list ----------------------------------------------------------------

    def row_text(self, row: ChecklistRow) -> str:
        """The list's words for one version: name, version and use."""
        version = self.tr("version %1").replace("%1", str(row.version))
        use = self.tr("used in %n plan(s)", "", row.plans) if row.plans else self.tr("not used yet")
        return f"{row.name}\n{version} · {use}"

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Fill the list again, keeping (or moving to) a selection, without prompting."""
        keep = select or self.current_id
        self._busy = True
        try:
            self.list.clear()
            self._rows = {}
            for row in self.service.templates():
                self._rows[row.id] = row
                item = QListWidgetItem(self.row_text(row))
                item.setData(ID_ROLE, str(row.id))
                self.list.addItem(item)
                if row.id == keep:
                    self.list.setCurrentItem(item)
        finally:
            self._busy = False
        self._update_buttons()

    def _select_quietly(self, template_id: uuid.UUID | None) -> None:
        self._busy = True
        try:
            self.list.setCurrentRow(-1)
            for index in range(self.list.count()):
                item = self.list.item(index)
                if item is not None and item_id(item.data(ID_ROLE)) == template_id:
                    self.list.setCurrentRow(index)
        finally:
            self._busy = False

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._busy:
            return
        target = item_id(current.data(ID_ROLE)) if current is not None else None
        if target == self.current_id:
            return
        if not self.leave():
            self._select_quietly(self.current_id)
            return
        if target is not None:
            self._show(target, self.service.load(target))
        self._select_quietly(target)

    def _changed(self, changes: Changes) -> None:
        """Follow changes made elsewhere (an undo, say) when nothing here is unsaved."""
        if self._busy or not changes.touches(*ChecklistService.TABLES):
            return
        dirty = self.is_dirty()
        self.refresh()
        if self.current_id is not None and self.current_id not in self._rows:
            self.current_id = None
            if not dirty:
                self._show(None, ChecklistDraft())
        elif self.current_id is not None and not dirty:
            self._show(self.current_id, self.service.load(self.current_id))

    # -- form ----------------------------------------------------------------

    def _show(self, template_id: uuid.UUID | None, d: ChecklistDraft) -> None:
        self.current_id, self.original = template_id, d
        self.name.setText(d.name)
        self.description.setPlainText(d.description)
        self.source.setText(d.source)
        self.editor.set_sections(d.sections)
        self.errors.clear()
        row = self._rows.get(template_id) if template_id else None
        self.version_label.setText(
            self.tr("New checklist, not saved yet.")
            if row is None
            else self.row_text(row).split("\n", 1)[1]
        )
        self._update_buttons()

    def draft(self) -> ChecklistDraft:
        """What the editor holds now."""
        return ChecklistDraft(
            self.name.text(),
            self.description.toPlainText(),
            self.source.text(),
            self.editor.sections(),
        )

    def is_dirty(self) -> bool:
        """Whether the editor holds changes not saved yet."""
        return self.draft().cleaned() != self.original.cleaned()

    def _update_buttons(self) -> None:
        writable = not self.workspace.readonly
        row = self._rows.get(self.current_id) if self.current_id else None
        self.new_button.setEnabled(writable)
        self.duplicate_button.setEnabled(writable and row is not None)
        self.delete_button.setEnabled(writable and row is not None and row.plans == 0)
        self.form_box.setEnabled(writable)
        self.save_button.setEnabled(writable)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(writable)

    # -- actions -------------------------------------------------------------

    def unsaved_name(self) -> str:
        return self.draft().cleaned().name or self.tr("new checklist")

    def new_checklist(self) -> None:
        """Start a new checklist in the editor."""
        if not self.leave():
            return
        self._select_quietly(None)
        self._show(None, ChecklistDraft())
        self.status.clear()
        self.name.setFocus()

    def save(self) -> bool:
        """Save the editor; say so when the change became a new version. False on a problem."""
        if self.workspace.readonly:
            return False
        self.editor.commit_editing()
        old_id, before, service = self.current_id, self.original, self.service
        if old_id is not None and not self.is_dirty():
            return True
        draft = self.draft()
        name = draft.cleaned().name
        plans = self._rows[old_id].plans if old_id in self._rows else 0
        self._busy = True
        try:
            new_id = service.save(old_id, draft)
        except ValidationFailed as exc:
            self.errors.show([p for p in exc.problems if not p.field.startswith("sections")])
            self.editor.show_problems([p for p in exc.problems if p.field.startswith("sections")])
            return False
        finally:
            self._busy = False
        redo: Callable[[], object]
        undo: Callable[[], object]
        if new_id == old_id:
            text = self.tr("Edit checklist “%1”").replace("%1", name)
            redo, undo = (
                (lambda: service.save(new_id, draft)),
                (lambda: service.save(new_id, before)),
            )
            message = self.tr("Saved.")
        else:
            text = (
                self.tr("Add checklist “%1”")
                if old_id is None
                else self.tr("New version of checklist “%1”")
            ).replace("%1", name)
            redo = lambda: service.set_deleted([new_id], False)  # noqa: E731
            undo = lambda: service.set_deleted([new_id], True)  # noqa: E731
            message = self.tr("Saved.")
            if old_id is not None:
                message = (
                    self.tr(
                        "Version %1 is used by %n plan(s), so the changes were saved as the "
                        "new version %2; those plans keep version %1.",
                        "",
                        plans,
                    )
                    .replace("%1", str(self._rows[old_id].version))
                    .replace("%2", str(service.version(new_id)))
                )
        self.workspace.undo_stack.push(ServiceCommand(text, redo=redo, undo=undo))
        self.refresh(new_id)
        self._show(new_id, service.load(new_id))
        self.status.setText(message)
        return True

    def duplicate(self) -> None:
        """Copy the chosen version as a new checklist."""
        if self.current_id is None or not self.leave():
            return
        service, name = self.service, self.original.name
        copy_id = service.duplicate(self.current_id, self.tr("%1 (copy)").replace("%1", name))
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Duplicate checklist “%1”").replace("%1", name),
                redo=lambda: service.set_deleted([copy_id], False),
                undo=lambda: service.set_deleted([copy_id], True),
            )
        )
        self.refresh(copy_id)
        self._show(copy_id, service.load(copy_id))

    def delete(self) -> None:
        """Move the chosen version to the trash (undoable); refused while plans use it."""
        template_id, service = self.current_id, self.service
        if template_id is None:
            return
        try:
            service.set_deleted([template_id], True)
        except ValidationFailed:
            self.status.setText(self.tr("This version is used by plans and cannot be deleted."))
            return
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Delete checklist “%1”").replace("%1", self.original.name),
                redo=lambda: service.set_deleted([template_id], True),
                undo=lambda: service.set_deleted([template_id], False),
            )
        )
        self.current_id = None
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(None, ChecklistDraft())
