"""The sanctions (hình thức xử lý) of a visit: a table, and a dialog for one sanction.

:class:`SanctionsPanel` lists a visit's sanctions and adds, changes or deletes them
through :class:`~inspectdesk.services.sanctions.SanctionService`; every save is one
step on the workspace's undo stack. The visit editor shows it as a tab.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import SanctionForm
from inspectdesk.errors import UserError
from inspectdesk.services.changes import Changes
from inspectdesk.services.sanctions import SanctionDraft, SanctionRow, SanctionService
from inspectdesk.services.validation import Problem, ValidationFailed
from inspectdesk.services.visits import VisitDetail
from inspectdesk.text import format_short_date
from inspectdesk.ui.forms import FieldErrors, OptionalDateEdit, SearchCombo, show_user_error
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace

_FORMS: dict[SanctionForm, object] = {  # QT_TRANSLATE_NOOP returns its text
    SanctionForm.REMINDER: QT_TRANSLATE_NOOP("sanction_labels", "Reminder"),
    SanctionForm.CRITICISM: QT_TRANSLATE_NOOP("sanction_labels", "Criticism"),
    SanctionForm.SELF_CRITICISM: QT_TRANSLATE_NOOP("sanction_labels", "Self-criticism required"),
    SanctionForm.REPRIMAND: QT_TRANSLATE_NOOP("sanction_labels", "Reprimand"),
    SanctionForm.WARNING: QT_TRANSLATE_NOOP("sanction_labels", "Warning"),
    SanctionForm.DEMOTION: QT_TRANSLATE_NOOP("sanction_labels", "Salary downgrade / demotion"),
    SanctionForm.DISMISSAL: QT_TRANSLATE_NOOP("sanction_labels", "Dismissal from office"),
    SanctionForm.DISCHARGE: QT_TRANSLATE_NOOP("sanction_labels", "Forced resignation"),
}

_Index = QModelIndex | QPersistentModelIndex


def form_label(form: SanctionForm) -> str:
    """The user's word for a sanction form, in the current language."""
    return QCoreApplication.translate("sanction_labels", str(_FORMS[form]))


class SanctionModel(QAbstractTableModel):
    """The sanctions of a visit: person, form, date and decision number."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SanctionRow] = []

    def set_rows(self, rows: list[SanctionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SanctionRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Person"), self.tr("Form"), self.tr("Decided on"), self.tr("Decision"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.person_name,
                form_label(row.form),
                format_short_date(row.decided_on) if row.decided_on else "",
                row.decision_number,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None


class SanctionDialog(QDialog):
    """One sanction: who, which form, for which finding, when and by which decision.

    ``save`` is called with the draft on OK; a :class:`ValidationFailed` it raises keeps
    the dialog open with each problem shown under its field.
    """

    def __init__(
        self,
        svc: SanctionService,
        visit_id: uuid.UUID,
        save: Callable[[SanctionDraft], None],
        draft: SanctionDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._svc, self._save = svc, save
        self.setWindowTitle(self.tr("New sanction") if draft is None else self.tr("Sanction"))
        draft = draft or SanctionDraft()
        self.person = SearchCombo(self.tr("(not in the list)"))
        self.person.set_choices(svc.people(visit_id), draft.person_id)
        self.person_name = QLineEdit(draft.person_name)
        self.form = QComboBox()
        for code in SanctionForm:
            self.form.addItem(form_label(code), code.value)
        self.form.setCurrentIndex(self.form.findData(draft.form.value) if draft.form else -1)
        self.finding = SearchCombo(self.tr("(none)"))
        self.finding.set_choices(svc.findings(visit_id), draft.finding_id)
        for combo in (self.person, self.finding):  # show a long choice from its start
            edit = combo.lineEdit()
            if edit is not None:
                edit.setCursorPosition(0)
        self.decided_on = OptionalDateEdit(draft.decided_on)
        self.decision_number = QLineEdit(draft.decision_number)
        self.note = QPlainTextEdit(draft.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.person.activated.connect(self._person_chosen)

        self.errors = FieldErrors()
        fields = QFormLayout()
        for key, text, widget in (
            ("person_id", self.tr("&Person on the list:"), self.person),
            ("person_name", self.tr("Full &name:"), self.person_name),
            ("form", self.tr("&Form:"), self.form),
            ("finding_id", self.tr("For f&inding:"), self.finding),
            ("decided_on", self.tr("&Decided on:"), self.decided_on),
            ("decision_number", self.tr("Decision n&umber:"), self.decision_number),
            ("note", self.tr("N&ote:"), self.note),
        ):
            self.errors.add_row(fields, key, text, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _person_chosen(self) -> None:
        person_id = self.person.value()
        if person_id is not None:
            self.person_name.setText(self._svc.person_name(person_id))

    def draft(self) -> SanctionDraft:
        """What the fields hold now."""
        code = self.form.currentData()
        return SanctionDraft(
            person_id=self.person.value(),
            person_name=self.person_name.text(),
            form=SanctionForm(code) if code else None,
            finding_id=self.finding.value(),
            decided_on=self.decided_on.value(),
            decision_number=self.decision_number.text(),
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:
        """Save; stay open and show the problems when the draft cannot be saved."""
        try:
            self._save(self.draft())
        except ValidationFailed as exc:
            words = {
                ("decided_on", Problem.INVALID): self.tr(
                    "The decision date cannot be in the future."
                ),
                ("finding_id", Problem.INVALID): self.tr("This finding is not of this visit."),
                ("revision", Problem.STALE): self.tr(
                    "Someone else changed this sanction meanwhile. Close and open it again."
                ),
            }
            self.errors.show(exc.problems, words)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()


class SanctionsPanel(QWidget):
    """The sanctions of one visit, with buttons to add, change and delete them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.svc = SanctionService(workspace.db, workspace.bus)
        self.visit_id: uuid.UUID | None = None
        self.editable = False
        self.model = SanctionModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 200), (2, 130), (3, 140)):
            self.view.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.edit_buttons = [self.add_button, self.edit_button, self.delete_button]
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in self.edit_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        workspace.changed.connect(self._on_changes)
        self._update_buttons()

    # -- what the editor drives -------------------------------------------------------

    def set_visit(self, visit_id: uuid.UUID | None) -> None:
        """Show the sanctions of ``visit_id`` (none when None)."""
        self.visit_id = visit_id
        self.refresh()

    def set_editable(self, editable: bool) -> None:
        """Allow adding, changing and deleting (False: a locked visit or read-only file)."""
        self.editable = editable
        self._update_buttons()

    def show_detail(self, detail: VisitDetail) -> None:
        """The visit editor's refresh hook: show the sanctions of the detail's visit."""
        self.set_visit(detail.id)

    def refresh(self) -> None:
        """Read the visit's sanctions again, keeping the current row when it is still there."""
        current = self.current()
        self.model.set_rows(self.svc.list(self.visit_id) if self.visit_id else [])
        if current is not None:
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).id == current.id:
                    self.view.selectRow(row)
        self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if self.visit_id is not None and changes.touches("sanction", "person", "finding"):
            self.refresh()

    def _update_buttons(self) -> None:
        can = self.editable and self.visit_id is not None and not self.workspace.readonly
        has_row = bool(self.selected())
        self.add_button.setEnabled(can)
        self.edit_button.setEnabled(can and has_row)
        self.delete_button.setEnabled(can and has_row)

    # -- actions ----------------------------------------------------------------------

    def selected(self) -> list[SanctionRow]:
        selection = self.view.selectionModel()
        rows = sorted({i.row() for i in selection.selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def current(self) -> SanctionRow | None:
        rows = self.selected()
        return rows[0] if rows else None

    def _double_clicked(self) -> None:
        if self.edit_button.isEnabled():
            self.edit(self.current())

    def edit(self, row: SanctionRow | None) -> SanctionDialog | None:
        """Open the dialog of ``row`` (a new sanction when None); return it after it closed."""
        visit_id, svc, stack = self.visit_id, self.svc, self.workspace.undo_stack
        if visit_id is None or not self.editable:
            return None

        def save(draft: SanctionDraft) -> None:
            if row is None:
                new_id = svc.add(visit_id, draft)
                stack.push(
                    ServiceCommand(
                        self.tr("Add sanction"),
                        lambda: svc.set_deleted([new_id], False),
                        lambda: svc.set_deleted([new_id], True),
                    )
                )
                return
            sanction_id, before = row.id, row.draft()
            svc.update(sanction_id, draft, row.revision)
            stack.push(
                ServiceCommand(
                    self.tr("Edit sanction"),
                    lambda: svc.update(sanction_id, draft, svc.draft(sanction_id)[1]),
                    lambda: svc.update(sanction_id, before, svc.draft(sanction_id)[1]),
                )
            )

        dialog = SanctionDialog(svc, visit_id, save, row.draft() if row else None, self)
        self._open_dialog(dialog)
        return dialog

    def _open_dialog(self, dialog: SanctionDialog) -> None:
        """Run the dialog (tests replace this to drive it without a modal loop)."""
        dialog.exec()

    def delete_selected(self) -> None:
        """Move the selected sanctions to the trash, as one undoable step."""
        ids = [row.id for row in self.selected()]
        if not ids or not self.editable:
            return
        try:
            self.svc.set_deleted(ids, True)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Delete %n sanction(s)", "", len(ids)),
                lambda: self.svc.set_deleted(ids, True),
                lambda: self.svc.set_deleted(ids, False),
            )
        )
