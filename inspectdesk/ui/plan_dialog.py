"""The plan editor: the plan's own fields, and its inspection teams with their members.

The plan's fields are saved by OK (or Apply). Teams and members belong to a saved plan,
so a new plan's "Teams" tab offers to save the plan first; from then on the dialog edits
that plan, and team and member changes are saved at once (each one undoable).
"""

from __future__ import annotations

import uuid
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import PlanStatus
from inspectdesk.errors import UserError
from inspectdesk.services.plans import PlanDraft, PlanService
from inspectdesk.services.validation import ValidationFailed
from inspectdesk.ui.forms import FieldErrors, OptionalDateEdit, show_user_error
from inspectdesk.ui.labels import label
from inspectdesk.ui.sample_review import SampleTab
from inspectdesk.ui.save_conflict_dialog import SavedRecord, save_or_settle
from inspectdesk.ui.team_editor import TeamEditor
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


def _text_box(text: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(str(value) if value is not None else None)))


def _combo_id(combo: QComboBox) -> uuid.UUID | None:
    value = combo.currentData()
    return uuid.UUID(value) if value else None


class PlanDialog(QDialog):
    """Create or edit one plan. ``plan_id`` None means a new plan."""

    INFO_TAB, TEAMS_TAB = 0, 1

    def __init__(
        self,
        workspace: Workspace,
        plan_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = PlanService(workspace.db, workspace.bus)
        self.plan_id = plan_id
        if plan_id is None:
            self.setWindowTitle(self.tr("New plan"))
            self.original = PlanDraft(organisation_id=self.service.default_organisation())
            self.revision = 0
        else:
            self.setWindowTitle(self.tr("Edit plan"))
            self.original, self.revision = self.service.draft(plan_id)
        self.errors = FieldErrors()
        self.tabs = QTabWidget()
        self.info_page = self._info_tab()
        self.tabs.addTab(self.info_page, self.tr("&Plan details"))
        self.tabs.addTab(self._teams_tab(), self.tr("Inspection &teams"))
        self.sample_tab = SampleTab(workspace, self.save, self._plan_row_changed)
        self.tabs.addTab(self.sample_tab, self.tr("Sa&mple"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.load(self.original)
        self._show_teams()
        self.resize(1000, 640)
        if workspace.readonly:
            self.info_page.setEnabled(False)
            for button in (apply, self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
                button.setEnabled(False)
        self.title.setFocus()

    # -- building ------------------------------------------------------------

    def _info_tab(self) -> QWidget:
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 230/KH-UBND"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Kiểm tra công vụ năm 2026"))
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText(self.tr("e.g. UBND tỉnh Vĩnh Phúc"))
        self.issued_on = OptionalDateEdit()
        self.start_on = OptionalDateEdit()
        self.end_on = OptionalDateEdit()
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 125/QĐ-SNV"))
        self.decision_date = OptionalDateEdit()
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(none)"), None)
        for choice in self.service.organisations():
            self.organisation.addItem(choice.name, str(choice.id))
        self.checklist = QComboBox()
        self.checklist.addItem(self.tr("(none)"), None)
        for item in self.service.checklists(include=self.original.checklist_id):
            text = (
                self.tr("%1 (version %2, deleted)") if item.deleted else self.tr("%1 (version %2)")
            )
            self.checklist.addItem(
                text.replace("%1", item.name).replace("%2", str(item.version)), str(item.id)
            )
        self.checklist.setMinimumContentsLength(30)
        self.checklist.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status = QComboBox()
        for status in PlanStatus:
            self.status.addItem(label(status), status.value)
        self.legal_basis = _text_box("", 150)
        self.legal_basis.setPlaceholderText(
            self.tr("One basis per line, e.g. “Căn cứ Nghị định số 30/2020/NĐ-CP …”")
        )
        self.purpose = _text_box("", 90)
        self.note = _text_box("", 60)
        left, right = QFormLayout(), QFormLayout()
        rows = (
            (left, "number", self.tr("N&umber:"), self.number),
            (left, "title", self.tr("T&itle:"), self.title),
            (left, "issuer", self.tr("Issued b&y:"), self.issuer),
            (left, "issued_on", self.tr("Issued o&n:"), self.issued_on),
            (left, "start_on", self.tr("&From:"), self.start_on),
            (left, "end_on", self.tr("T&o:"), self.end_on),
            (left, "decision_number", self.tr("&Decision no.:"), self.decision_number),
            (left, "decision_date", self.tr("Decision d&ate:"), self.decision_date),
            (left, "organisation_id", self.tr("Inspecting &body:"), self.organisation),
            (left, "checklist_id", self.tr("&Checklist:"), self.checklist),
            (left, "status", self.tr("&Status:"), self.status),
            (right, "legal_basis", self.tr("&Legal basis:"), self.legal_basis),
            (right, "purpose", self.tr("Pu&rpose:"), self.purpose),
            (right, "note", self.tr("Not&e:"), self.note),
        )
        for form, key, text, widget in rows:
            self.errors.add_row(form, key, text, widget)
        for form in (left, right):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addSpacing(12)
        layout.addLayout(right, 1)
        for (*_a, first), (*_b, second) in pairwise(rows):
            QWidget.setTabOrder(first, second)
        return page

    def _teams_tab(self) -> QWidget:
        self.team_editor = TeamEditor(self.workspace)
        hint = QLabel(
            self.tr("Changes to teams and members are saved at once; Ctrl+Z undoes them.")
        )
        hint.setWordWrap(True)
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.team_editor, 1)
        editor_layout.addWidget(hint)
        notice = QLabel(
            self.tr(
                "Teams belong to a plan: save the new plan first, then add its teams and members."
            )
        )
        notice.setWordWrap(True)
        self.save_first_button = QPushButton(self.tr("Sa&ve the plan and add teams"))
        self.save_first_button.clicked.connect(self.save)
        placeholder = QWidget()
        placeholder_layout = QVBoxLayout(placeholder)
        placeholder_layout.addStretch(1)
        placeholder_layout.addWidget(notice)
        placeholder_layout.addWidget(self.save_first_button, 0, Qt.AlignmentFlag.AlignLeft)
        placeholder_layout.addStretch(2)
        self.teams_stack = QStackedWidget()
        self.teams_stack.addWidget(placeholder)
        self.teams_stack.addWidget(editor_page)
        return self.teams_stack

    def _show_teams(self) -> None:
        self.teams_stack.setCurrentIndex(0 if self.plan_id is None else 1)
        if self.plan_id is not None and self.team_editor.plan_id != self.plan_id:
            self.team_editor.set_plan(self.plan_id)
        self.sample_tab.set_plan(self.plan_id)

    def _plan_row_changed(self) -> None:
        """The sample tab stored a new seed: keep editing unless a field changed too."""
        if self.plan_id is not None:
            try:
                draft, revision = self.service.draft(self.plan_id)
            except UserError:
                return  # the plan went to the trash (undo of its creation)
            if draft == self.original:
                self.revision = revision

    # -- data ----------------------------------------------------------------

    def load(self, d: PlanDraft) -> None:
        """Show ``d`` in the fields."""
        for name in ("number", "title", "issuer", "decision_number"):
            getattr(self, name).setText(getattr(d, name))
        for name in ("issued_on", "start_on", "end_on", "decision_date"):
            getattr(self, name).set_value(getattr(d, name))
        for name in ("legal_basis", "purpose", "note"):
            getattr(self, name).setPlainText(getattr(d, name))
        _select(self.organisation, d.organisation_id)
        _select(self.checklist, d.checklist_id)
        self.status.setCurrentIndex(max(0, self.status.findData(d.status.value)))

    def draft(self) -> PlanDraft:
        """What the fields hold now."""
        return PlanDraft(
            number=self.number.text(),
            title=self.title.text(),
            issuer=self.issuer.text(),
            issued_on=self.issued_on.value(),
            start_on=self.start_on.value(),
            end_on=self.end_on.value(),
            legal_basis=self.legal_basis.toPlainText(),
            purpose=self.purpose.toPlainText(),
            decision_number=self.decision_number.text(),
            decision_date=self.decision_date.value(),
            organisation_id=_combo_id(self.organisation),
            checklist_id=_combo_id(self.checklist),
            status=PlanStatus(self.status.currentData()),
            note=self.note.toPlainText(),
        )

    def save(self) -> bool:
        """Save the plan's fields (create it the first time); push the edit on the undo stack.

        Returns False, with the problems shown next to their fields, when it cannot be saved.
        """
        if self.workspace.readonly:
            return False
        draft = self.draft()
        service = self.service
        title = draft.cleaned().title
        merged = False
        try:
            if self.plan_id is None:
                plan_id = service.create(draft)
                command = ServiceCommand(
                    self.tr("Add plan “%1”").replace("%1", title),
                    redo=lambda: service.set_deleted([plan_id], False),
                    undo=lambda: service.set_deleted([plan_id], True),
                )
                self.plan_id = plan_id
                self.setWindowTitle(self.tr("Edit plan"))
            elif draft.cleaned() != self.original:
                plan_id = self.plan_id
                record = SavedRecord(
                    "plan", plan_id, self.original.title, self.original, self.revision, service
                )
                saved = save_or_settle(self, self.workspace.db, record, draft)
                if saved is None:  # someone saved it meanwhile; the user kept theirs
                    self.original, self.revision = service.draft(plan_id)
                    self.load(self.original)
                    self.errors.clear()
                    return False
                before, after = saved.before, saved.after
                merged = saved.merged
                command = ServiceCommand(
                    self.tr("Edit plan “%1”").replace("%1", title),
                    redo=lambda: service.update(plan_id, after, service.draft(plan_id)[1]),
                    undo=lambda: service.update(plan_id, before, service.draft(plan_id)[1]),
                )
            else:
                self.errors.clear()
                return True
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            if any(p.field in self.errors.labels for p in exc.problems):
                self.tabs.setCurrentIndex(self.INFO_TAB)
            return False
        except UserError as exc:
            show_user_error(self, exc)
            return False
        self.errors.clear()
        self.workspace.undo_stack.push(command)
        self.original, self.revision = service.draft(self.plan_id)
        if merged:  # the other user's changes to the other fields, shown
            self.load(self.original)
        self._show_teams()
        return True

    def accept(self) -> None:
        """Save the team being edited and the plan; stay open on a problem."""
        if self.workspace.readonly:
            super().reject()
        elif self.team_editor.save_team() and self.save():
            super().accept()
