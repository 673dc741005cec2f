"""The person editor (cán bộ) and the person picker the team editor uses.

The form widgets they share with the plan and team editors are in :mod:`.forms`.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import Honorific
from inspectdesk.errors import UserError
from inspectdesk.services.people import PersonDraft, PersonService
from inspectdesk.services.validation import Problem, ValidationFailed
from inspectdesk.ui.forms import FieldErrors, SearchCombo, show_user_error
from inspectdesk.ui.row_model import ID_ROLE, Column, RowTableModel
from inspectdesk.ui.save_conflict_dialog import SavedRecord, save_or_settle
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


def honorific_words() -> list[tuple[Honorific, str]]:
    """The honorific choices and their words, in menu order."""
    return [
        (Honorific.NONE, QCoreApplication.translate("PersonDialog", "(none)")),
        (Honorific.MR, QCoreApplication.translate("PersonDialog", "Mr")),
        (Honorific.MS, QCoreApplication.translate("PersonDialog", "Ms")),
    ]


class PersonDialog(QDialog):
    """Create or edit one person (cán bộ). ``person_id`` None means a new person."""

    def __init__(
        self,
        workspace: Workspace,
        person_id: uuid.UUID | None = None,
        *,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = PersonService(workspace.db, workspace.bus)
        self.person_id = person_id
        self.saved_id: uuid.UUID | None = None
        if person_id is None:
            self.setWindowTitle(self.tr("New person"))
            self.original, self.revision = PersonDraft(full_name=name), 0
        else:
            self.setWindowTitle(self.tr("Edit person"))
            self.original, self.revision = self.service.draft(person_id)
        d = self.original
        self.full_name = QLineEdit(d.full_name)
        self.full_name.setPlaceholderText(self.tr("e.g. Nguyễn Văn An"))
        self.honorific = QComboBox()
        for code, word in honorific_words():
            self.honorific.addItem(word, code.value)
        self.honorific.setCurrentIndex(max(0, self.honorific.findData(d.honorific.value)))
        self.job_title = QLineEdit(d.job_title)
        self.job_title.setPlaceholderText(self.tr("e.g. Chuyên viên Phòng Cải cách hành chính"))
        self.unit = SearchCombo(self.tr("(none)"))
        self.unit.set_choices(self.service.units(), d.unit_id)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(none)"), None)
        for choice in self.service.organisations():
            self.organisation.addItem(choice.name, str(choice.id))
        org_index = self.organisation.findData(str(d.organisation_id)) if d.organisation_id else 0
        self.organisation.setCurrentIndex(max(0, org_index))
        self.phone = QLineEdit(d.phone)
        self.email = QLineEdit(d.email)
        self.email.setPlaceholderText(self.tr("e.g. an.nv@snv.vinhphuc.gov.vn"))
        self.note = QPlainTextEdit(d.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.errors = FieldErrors()
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("full_name", self.tr("Full &name:"), self.full_name),
            ("honorific", self.tr("&Form of address:"), self.honorific),
            ("job_title", self.tr("&Job title:"), self.job_title),
            ("unit_id", self.tr("&Unit:"), self.unit),
            ("organisation_id", self.tr("&Organisation:"), self.organisation),
            ("phone", self.tr("&Phone:"), self.phone),
            ("email", self.tr("&Email:"), self.email),
            ("note", self.tr("No&te:"), self.note),
        ]
        for key, text, widget in rows:
            self.errors.add_row(form, key, text, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if workspace.readonly:
            for _key, _text, widget in rows:
                widget.setEnabled(False)
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None:
                ok.setEnabled(False)

    def draft(self) -> PersonDraft:
        """What the form holds now."""
        org = self.organisation.currentData()
        return PersonDraft(
            full_name=self.full_name.text(),
            honorific=Honorific(self.honorific.currentData()),
            job_title=self.job_title.text(),
            unit_id=self.unit.value(),
            organisation_id=uuid.UUID(org) if org else None,
            phone=self.phone.text(),
            email=self.email.text(),
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:
        """Save; stay open and show the problems when the draft cannot be saved."""
        draft = self.draft()
        service = self.service
        name = draft.cleaned().full_name
        try:
            if self.person_id is None:
                new_id = service.create(draft)
                self.saved_id = new_id
                command = ServiceCommand(
                    self.tr("Add person “%1”").replace("%1", name),
                    redo=lambda: service.set_deleted([new_id], False),
                    undo=lambda: service.set_deleted([new_id], True),
                )
            else:
                person_id = self.person_id
                record = SavedRecord(
                    "person",
                    person_id,
                    self.original.full_name,
                    self.original,
                    self.revision,
                    service,
                )
                saved = save_or_settle(self, self.workspace.db, record, draft)
                if saved is None:  # someone saved it meanwhile; the user kept theirs
                    self.reject()
                    return
                before, after = saved.before, saved.after
                self.saved_id = person_id
                command = ServiceCommand(
                    self.tr("Edit person “%1”").replace("%1", after.cleaned().full_name),
                    redo=lambda: service.update(person_id, after, service.draft(person_id)[1]),
                    undo=lambda: service.update(person_id, before, service.draft(person_id)[1]),
                )
        except ValidationFailed as exc:
            words = {("email", Problem.INVALID): self.tr("Not an e-mail address (name@domain.vn).")}
            self.errors.show(exc.problems, words)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.workspace.undo_stack.push(command)
        super().accept()


class PersonPicker(QDialog):
    """Choose a person by typing part of the name, with or without tones; or make a new one.

    Callers add their own fields (a role, say) to :attr:`extra`.
    """

    def __init__(
        self, workspace: Workspace, exclude: set[uuid.UUID], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a person"))
        self.workspace = workspace
        self.service = PersonService(workspace.db, workspace.bus)
        self.exclude = exclude
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type a name, tones optional (e.g. “nguyen van”)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        find = QLabel(self.tr("&Find:"))
        find.setBuddy(self.filter)
        self.model = RowTableModel(
            [
                Column(self.tr("Full name"), lambda r: r.full_name),
                Column(self.tr("Job title"), lambda r: r.job_title),
                Column(self.tr("Unit"), lambda r: r.unit or r.organisation),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.extra = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.new_button = self.buttons.addButton(
            self.tr("&New person…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.new_button.setAutoDefault(False)
        self.new_button.setEnabled(not workspace.readonly)
        self.new_button.clicked.connect(self.new_person)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(find)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.extra)
        layout.addWidget(self.buttons)
        self.resize(720, 460)
        self.filter.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the people matching the filter; the first is chosen, so Enter takes it."""
        rows = self.service.search_people(self.filter.text())
        self.model.set_rows([r for r in rows if r.id not in self.exclude])
        if self.model.rowCount():
            self.table.selectRow(0)
        for column in (0, 1):
            self.table.resizeColumnToContents(column)

    def chosen_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        value = self.model.index(index.row(), 0).data(ID_ROLE) if index.isValid() else None
        return uuid.UUID(value) if value else None

    def select(self, person_id: uuid.UUID) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == str(person_id):
                self.table.selectRow(row)

    def new_person(self) -> None:
        """Make a person with the name typed so far, and choose them."""
        dialog = PersonDialog(self.workspace, name=self.filter.text(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.filter.blockSignals(True)
            self.filter.setText(dialog.draft().cleaned().full_name)
            self.filter.blockSignals(False)
            self.refresh()
            self.select(dialog.saved_id)

    def accept(self) -> None:
        if self.chosen_id() is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self.table.setFocus()
            return False
        return super().eventFilter(watched, event)
