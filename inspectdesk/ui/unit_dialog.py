"""The unit editor: a form over a :class:`UnitDraft`, saved through the unit service."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.services.units import Choice, UnitDraft
from inspectdesk.services.validation import FieldProblem, ValidationFailed
from inspectdesk.ui.forms import SearchCombo, show_user_error
from inspectdesk.ui.problems import describe
from inspectdesk.ui.save_conflict_dialog import SavedRecord, save_or_settle
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


def choice_combo(choices: list[Choice], current: uuid.UUID | None, none_text: str) -> SearchCombo:
    """A tone-blind searchable choice of ``choices`` with a "none" entry, set to ``current``."""
    combo = SearchCombo(none_text)
    combo.set_choices(choices, current)
    return combo


class UnitDialog(QDialog):
    """Create or edit one unit. ``unit_id`` None means a new unit."""

    def __init__(
        self,
        workspace: Workspace,
        unit_id: uuid.UUID | None = None,
        *,
        parent_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.unit_id = unit_id
        self.saved_id: uuid.UUID | None = None
        service = workspace.units
        if unit_id is None:
            self.setWindowTitle(self.tr("New unit"))
            self.original, self.revision = UnitDraft(parent_id=parent_id), 0
        else:
            self.setWindowTitle(self.tr("Edit unit"))
            self.original, self.revision = service.draft(unit_id)
        d = self.original
        self.name = QLineEdit(d.name)
        self.parent_combo = choice_combo(
            service.parents(exclude=unit_id), d.parent_id, self.tr("(top level)")
        )
        self.kind = choice_combo(service.kinds(), d.kind_id, self.tr("(not set)"))
        self.level = choice_combo(service.levels(), d.level_id, self.tr("(not set)"))
        self.admin_code = QLineEdit(d.admin_code)
        self.admin_code.setPlaceholderText(self.tr("e.g. 08707"))
        self.code_catalogue = QLineEdit(d.code_catalogue)
        self.code_catalogue.setPlaceholderText(self.tr("e.g. QĐ 19/2025/QĐ-TTg"))
        self.address = QLineEdit(d.address)
        self.phone = QLineEdit(d.phone)
        self.email = QLineEdit(d.email)
        self.note = QPlainTextEdit(d.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name:"), self.name),
            ("parent_id", self.tr("&Parent unit:"), self.parent_combo),
            ("kind_id", self.tr("&Kind:"), self.kind),
            ("level_id", self.tr("&Level:"), self.level),
            ("admin_code", self.tr("Administrative &code:"), self.admin_code),
            ("code_catalogue", self.tr("Code &list:"), self.code_catalogue),
            ("address", self.tr("&Address:"), self.address),
            ("phone", self.tr("P&hone:"), self.phone),
            ("email", self.tr("&Email:"), self.email),
            ("note", self.tr("N&ote:"), self.note),
        ]
        for key, text, widget in rows:
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self._errors[key] = error
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            container = QWidget()
            container.setLayout(box)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, container)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        if workspace.readonly:
            for _key, _text, widget in rows:
                widget.setEnabled(False)
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None:
                ok.setEnabled(False)

    def draft(self) -> UnitDraft:
        """What the form holds now."""
        return UnitDraft(
            name=self.name.text(),
            parent_id=self.parent_combo.value(),
            kind_id=self.kind.value(),
            level_id=self.level.value(),
            admin_code=self.admin_code.text(),
            code_catalogue=self.code_catalogue.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            note=self.note.toPlainText(),
        )

    def show_problems(self, problems: list[FieldProblem]) -> None:
        for label in self._errors.values():
            label.hide()
        self.general_error.hide()
        for problem in problems:
            target = self._errors.get(problem.field, self.general_error)
            target.setText(describe(problem))
            target.show()

    def accept(self) -> None:
        """Save; stay open and show the problems when the draft cannot be saved."""
        draft = self.draft()
        service = self.workspace.units
        try:
            if self.unit_id is None:
                new_id = service.create(draft)
                self.saved_id = new_id
                self.workspace.undo_stack.push(
                    ServiceCommand(
                        self.tr("Add unit “%1”").replace("%1", draft.name.strip()),
                        redo=lambda: service.set_deleted([new_id], False),
                        undo=lambda: service.set_deleted([new_id], True),
                    )
                )
            else:
                unit_id = self.unit_id
                record = SavedRecord(
                    "unit", unit_id, self.original.name, self.original, self.revision, service
                )
                saved = save_or_settle(self, self.workspace.db, record, draft)
                if saved is None:  # someone saved it meanwhile; the user kept theirs
                    self.reject()
                    return
                before, after = saved.before, saved.after
                self.saved_id = unit_id
                self.workspace.undo_stack.push(
                    ServiceCommand(
                        self.tr("Edit unit “%1”").replace("%1", after.name.strip()),
                        redo=lambda: service.update(unit_id, after, service.draft(unit_id)[1]),
                        undo=lambda: service.update(unit_id, before, service.draft(unit_id)[1]),
                    )
                )
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return
        except UserError as exc:  # the record went to the trash, the connection was lost…
            show_user_error(self, exc)
            return
        super().accept()
