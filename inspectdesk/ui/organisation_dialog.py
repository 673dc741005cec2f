"""The editor of the inspecting organisations (cơ quan ban hành) that head documents.

A list of organisations on the left, the chosen one's form on the right, and under the
form a preview of the document header it gives. Each save, deletion and change of the
default goes through :class:`OrganisationService` and onto the undo stack.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import DocumentType
from inspectdesk.errors import UserError
from inspectdesk.services.changes import Changes
from inspectdesk.services.organisations import OrganisationDraft, OrganisationService
from inspectdesk.services.validation import Problem, ValidationFailed
from inspectdesk.ui.catalogue_dialog import CatalogueDialog
from inspectdesk.ui.forms import FieldErrors, show_user_error
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole


class OrganisationsDialog(CatalogueDialog):
    """List, add, edit, delete the organisations and choose the default one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Inspecting organisations"))
        self.service = OrganisationService(workspace.db, workspace.bus)
        self.current_id: uuid.UUID | None = None
        self.original = OrganisationDraft()
        self.revision = 0
        self._busy = False
        self.errors = FieldErrors()

        self.list = QListWidget()
        self.list.setMinimumWidth(300)
        self.list.setSpacing(2)
        list_label = QLabel(self.tr("&Organisations:"))
        list_label.setBuddy(self.list)
        self.add_button = QPushButton(self.tr("&Add"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.default_button = QPushButton(self.tr("Set as de&fault"))
        for button in (self.add_button, self.delete_button, self.default_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.default_button.clicked.connect(self.make_default)

        self.superior_name = QLineEdit()
        self.superior_name.setPlaceholderText(self.tr("e.g. UBND TỈNH VĨNH PHÚC"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. SỞ NỘI VỤ"))
        self.doc_code = QLineEdit()
        self.doc_code.setPlaceholderText(self.tr("e.g. SNV"))
        self.place_name = QLineEdit()
        self.place_name.setPlaceholderText(self.tr("e.g. Vĩnh Yên"))
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("e.g. snv@vinhphuc.gov.vn"))
        self.default_label = QLabel()
        form = QFormLayout()
        self.fields: list[tuple[str, str, QLineEdit]] = [
            ("superior_name", self.tr("&Governing body:"), self.superior_name),
            ("name", self.tr("Issuing &body:"), self.name),
            ("doc_code", self.tr("Document &code:"), self.doc_code),
            ("place_name", self.tr("&Place name:"), self.place_name),
            ("address", self.tr("Add&ress:"), self.address),
            ("phone", self.tr("P&hone:"), self.phone),
            ("email", self.tr("&Email:"), self.email),
        ]
        for key, text, widget in self.fields:
            self.errors.add_row(form, key, text, widget)
            widget.textChanged.connect(self._update_preview)
        form.addRow("", self.default_label)
        self.preview = QLabel()
        self.preview.setObjectName("headerPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet("padding: 6px; border: 1px solid palette(mid);")
        preview_title = QLabel(self.tr("Document header:"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.delete_button):
            row.addWidget(button)
        left.addLayout(row)
        left.addWidget(self.default_button)
        self.form_box = QWidget()
        right = QVBoxLayout(self.form_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(form)
        right.addWidget(preview_title)
        right.addWidget(self.preview)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addSpacing(12)
        body.addWidget(self.form_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.list, self.superior_name)
        for (_a, _b, first), (_c, _d, second) in zip(self.fields, self.fields[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(900, 520)

        self.list.currentItemChanged.connect(self._current_changed)
        self.listen()
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(None, OrganisationDraft(), 0)
        self._update_buttons()

    # -- list ----------------------------------------------------------------

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Fill the list again, keeping (or moving to) a selection, without prompting."""
        keep = select or self.current_id
        self._busy = True
        try:
            self.list.clear()
            for row in self.service.rows():
                text = f"{row.name} ({row.doc_code})" if row.doc_code else row.name
                if row.superior_name:
                    text = f"{text}\n{row.superior_name}"
                if row.is_default:
                    text = self.tr("%1 — default").replace("%1", text)
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, str(row.id))
                item.setToolTip(text)
                if row.is_default:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.list.addItem(item)
                if row.id == keep:
                    self.list.setCurrentItem(item)
        finally:
            self._busy = False

    def _item_id(self, item: QListWidgetItem | None) -> uuid.UUID | None:
        value = item.data(ID_ROLE) if item is not None else None
        return uuid.UUID(value) if value else None

    def _select_quietly(self, organisation_id: uuid.UUID | None) -> None:
        self._busy = True
        try:
            self.list.setCurrentRow(-1)
            for row in range(self.list.count()):
                if self._item_id(self.list.item(row)) == organisation_id:
                    self.list.setCurrentRow(row)
        finally:
            self._busy = False

    def _current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if self._busy:
            return
        target = self._item_id(current)
        if target == self.current_id:
            return
        if not self.leave():
            self._select_quietly(self.current_id)
            return
        if target is not None:
            draft, revision = self.service.draft(target)
            self._show(target, draft, revision)
        self._select_quietly(target)

    def _changed(self, changes: Changes) -> None:
        """Follow changes made elsewhere (an undo, say) when nothing here is unsaved."""
        if self._busy or not changes.touches(*OrganisationService.TABLES):
            return
        live = {r.id for r in self.service.rows()}
        if self.current_id is not None and self.current_id not in live:
            self.current_id = None
        self.refresh()
        if self.current_id is not None and not self.is_dirty():
            draft, revision = self.service.draft(self.current_id)
            self._show(self.current_id, draft, revision)
        self._update_buttons()

    # -- form ----------------------------------------------------------------

    def _show(self, organisation_id: uuid.UUID | None, d: OrganisationDraft, revision: int) -> None:
        self.current_id, self.original, self.revision = organisation_id, d, revision
        for key, _text, widget in self.fields:
            widget.setText(getattr(d, key))
        self.default_label.setText(
            self.tr("This is the default organisation of new plans.") if d.is_default else ""
        )
        self.errors.clear()
        self._update_preview()
        self._update_buttons()

    def draft(self) -> OrganisationDraft:
        """What the form holds now."""
        values = {key: widget.text() for key, _text, widget in self.fields}
        return OrganisationDraft(**values, is_default=self.original.is_default)

    def is_dirty(self) -> bool:
        """Whether the form holds changes not saved yet."""
        return self.draft().cleaned() != self.original.cleaned()

    def header_preview(self) -> str:
        """How the header of a document (minutes, say) of this organisation reads."""
        d = self.draft().cleaned()
        code = d.doc_code or "…"
        number = self.tr("No.: …/%1-%2").replace("%1", DocumentType.MINUTES.value)
        lines = [d.superior_name, d.name or "…", number.replace("%2", code)]
        return " / ".join(line for line in lines if line)

    def _update_preview(self) -> None:
        self.preview.setText(self.header_preview())

    def _update_buttons(self) -> None:
        writable = not self.workspace.readonly
        saved = self.current_id is not None
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and saved and not self.original.is_default)
        self.default_button.setEnabled(writable and saved and not self.original.is_default)
        self.form_box.setEnabled(writable)
        self.apply_button.setEnabled(writable)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(writable)

    # -- actions -------------------------------------------------------------

    def unsaved_name(self) -> str:
        return self.draft().cleaned().name or self.tr("new organisation")

    def add(self) -> None:
        """Start a new organisation in the form."""
        if not self.leave():
            return
        self._select_quietly(None)
        self._show(None, OrganisationDraft(), 0)
        self.form_box.setEnabled(True)
        self.superior_name.setFocus()

    def save(self) -> bool:
        """Save the form (create the organisation the first time); False on a problem."""
        if self.workspace.readonly:
            return False
        draft, service = self.draft(), self.service
        name = draft.cleaned().name
        self._busy = True
        try:
            if self.current_id is None:
                new_id = service.create(draft)
                command = ServiceCommand(
                    self.tr("Add organisation “%1”").replace("%1", name),
                    redo=lambda: service.set_deleted([new_id], False),
                    undo=lambda: service.set_deleted([new_id], True),
                )
                self.current_id = new_id
            elif self.is_dirty():
                org_id, before = self.current_id, self.original
                service.update(org_id, draft, self.revision)
                command = ServiceCommand(
                    self.tr("Edit organisation “%1”").replace("%1", name),
                    redo=lambda: service.update(org_id, draft, service.draft(org_id)[1]),
                    undo=lambda: service.update(org_id, before, service.draft(org_id)[1]),
                )
            else:
                self.errors.clear()
                return True
        except ValidationFailed as exc:
            words = {
                ("doc_code", Problem.INVALID): self.tr(
                    "Capital letters and digits, groups joined by “-” (e.g. SNV, UBND-NV)."
                ),
                ("email", Problem.INVALID): self.tr("Not an e-mail address (name@domain.vn)."),
            }
            self.errors.show(exc.problems, words)
            return False
        except UserError as exc:
            show_user_error(self, exc)
            return False
        finally:
            self._busy = False
        self.workspace.undo_stack.push(command)
        saved = self.current_id
        draft_now, revision = service.draft(saved)
        self._show(saved, draft_now, revision)
        self.refresh(saved)
        return True

    def delete(self) -> None:
        """Move the chosen organisation to the trash (undoable)."""
        org_id, service = self.current_id, self.service
        if org_id is None:
            return
        name = self.original.name
        try:
            service.set_deleted([org_id], True)
        except ValidationFailed:
            message = self.tr("The default organisation cannot be deleted; make another one first.")
            self.errors.general.setText(message)
            self.errors.general.show()
            return
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Delete organisation “%1”").replace("%1", name),
                redo=lambda: service.set_deleted([org_id], True),
                undo=lambda: service.set_deleted([org_id], False),
            )
        )
        self.current_id = None
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(None, OrganisationDraft(), 0)

    def make_default(self) -> None:
        """Make the chosen organisation the default of new plans (undoable)."""
        org_id, service = self.current_id, self.service
        if org_id is None or not self.leave():
            return
        before = service.set_default(org_id)
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Make “%1” the default organisation").replace("%1", self.original.name),
                redo=lambda: service.set_default(org_id),
                undo=lambda: service.set_default(before) if before else None,
            )
        )
        draft, revision = service.draft(org_id)
        self._show(org_id, draft, revision)
        self.refresh(org_id)
