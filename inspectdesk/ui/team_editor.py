"""The teams of a plan (đoàn kiểm tra): their fields, their members and the members' roles.

Every change here is saved at once through :class:`PlanService` and pushed on the undo
stack, so Ctrl+Z takes it back even after the plan dialog is closed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import TeamRole
from inspectdesk.errors import UserError
from inspectdesk.services.plans import PlanService, TeamDraft
from inspectdesk.services.validation import FieldProblem, Problem, ValidationFailed
from inspectdesk.ui.person_dialog import (
    ERROR_STYLE,
    FieldErrors,
    OptionalDateEdit,
    PersonPicker,
    show_user_error,
)
from inspectdesk.ui.problems import describe
from inspectdesk.ui.row_model import ID_ROLE, Column, RowTableModel
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


def role_words() -> list[tuple[TeamRole, str]]:
    """The roles in a team and their words, from the leader down."""
    return [
        (TeamRole.LEADER, QCoreApplication.translate("TeamEditor", "Leader")),
        (TeamRole.DEPUTY, QCoreApplication.translate("TeamEditor", "Deputy leader")),
        (TeamRole.MEMBER, QCoreApplication.translate("TeamEditor", "Member")),
        (TeamRole.SECRETARY, QCoreApplication.translate("TeamEditor", "Secretary")),
    ]


def role_word(role: TeamRole) -> str:
    return dict(role_words()).get(role, role.value)


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role, word in role_words():
        combo.addItem(word, role.value)
    combo.setCurrentIndex(combo.findData(TeamRole.MEMBER.value))
    return combo


@dataclass(frozen=True, slots=True)
class _Line:
    """A member as the members table shows them."""

    id: uuid.UUID
    person_id: uuid.UUID
    no: int
    name: str
    job_title: str
    role: TeamRole


class TeamEditor(QWidget):
    """The teams of one plan on the left; the chosen team's fields and members on the right."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = PlanService(workspace.db, workspace.bus)
        self.plan_id: uuid.UUID | None = None
        self.team_id: uuid.UUID | None = None
        self._revision = 0
        self._saved = TeamDraft()
        self._dirty = False
        self._loading = False
        # the team list
        self.teams_model = RowTableModel([Column(self.tr("Team"), lambda r: r.name)], self)
        self.teams = QListView()
        self.teams.setModel(self.teams_model)
        self.teams.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teams.selectionModel().currentChanged.connect(self._team_changed)
        teams_label = QLabel(self.tr("Teams o&f the plan:"))
        teams_label.setBuddy(self.teams)
        self.add_team_button = QPushButton(self.tr("&Add team"))
        self.add_team_button.clicked.connect(self.add_team)
        self.delete_team_button = QPushButton(self.tr("Delete team"))
        self.delete_team_button.clicked.connect(self.delete_team)
        left = QVBoxLayout()
        left.addWidget(teams_label)
        left.addWidget(self.teams, 1)
        left.addWidget(self.add_team_button)
        left.addWidget(self.delete_team_button)
        # the team's fields
        self.name = QLineEdit()
        self.doc_code = QLineEdit()
        self.doc_code.setPlaceholderText(self.tr("e.g. ĐKT (empty: the organisation's series)"))
        self.undercover = QCheckBox(self.tr("Under&cover team (unannounced visits)"))
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 125/QĐ-SNV"))
        self.decision_date = OptionalDateEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(54)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, "name", self.tr("Team &name:"), self.name)
        self.errors.add_row(form, "doc_code", self.tr("Document co&de:"), self.doc_code)
        form.addRow("", self.undercover)
        self.errors.add_row(
            form, "decision_number", self.tr("Dec&ision no.:"), self.decision_number
        )
        self.errors.add_row(form, "decision_date", self.tr("Decision dat&e:"), self.decision_date)
        self.errors.add_row(form, "note", self.tr("N&ote:"), self.note)
        form.addRow(self.errors.general)
        self.save_button = QPushButton(self.tr("&Save team"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save_team())
        form.addRow("", self.save_button)
        for signal in (
            self.name.textEdited,
            self.doc_code.textEdited,
            self.undercover.toggled,
            self.decision_number.textEdited,
            self.decision_date.dateChanged,
            self.note.textChanged,
        ):
            signal.connect(self._mark_dirty)
        self.team_box = QGroupBox(self.tr("Team"))
        self.team_box.setLayout(form)
        # the members
        self.members_model = RowTableModel(
            [
                Column(self.tr("No."), lambda r: str(r.no), lambda r: r.no),
                Column(self.tr("Full name"), lambda r: r.name),
                Column(self.tr("Job title"), lambda r: r.job_title),
                Column(self.tr("Role"), lambda r: role_word(r.role)),
            ],
            self,
        )
        self.members = QTableView()
        self.members.setModel(self.members_model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setWordWrap(False)
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.selectionModel().currentChanged.connect(self._member_changed)
        self.role = role_combo()
        self.role.activated.connect(lambda _i: self.set_role(TeamRole(self.role.currentData())))
        role_label = QLabel(self.tr("&Role:"))
        role_label.setBuddy(self.role)
        self.add_member_button = QPushButton(self.tr("Add &member…"))
        self.add_member_button.clicked.connect(self.pick_member)
        self.remove_member_button = QPushButton(self.tr("Remo&ve"))
        self.remove_member_button.clicked.connect(self.remove_member)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        member_buttons = QHBoxLayout()
        for widget in (self.add_member_button, self.remove_member_button):
            member_buttons.addWidget(widget)
        member_buttons.addWidget(role_label)
        member_buttons.addWidget(self.role)
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.up_button)
        member_buttons.addWidget(self.down_button)
        self.member_error = QLabel()
        self.member_error.setStyleSheet(ERROR_STYLE)
        self.member_error.setWordWrap(True)
        self.member_error.hide()
        members_layout = QVBoxLayout()
        members_layout.addWidget(self.members, 1)
        members_layout.addLayout(member_buttons)
        members_layout.addWidget(self.member_error)
        self.members_box = QGroupBox(self.tr("Members"))
        self.members_box.setLayout(members_layout)
        right = QVBoxLayout()
        right.addWidget(self.team_box)
        right.addWidget(self.members_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        chain = (
            self.teams,
            self.add_team_button,
            self.delete_team_button,
            self.name,
            self.doc_code,
            self.undercover,
            self.decision_number,
            self.decision_date,
            self.note,
            self.save_button,
            self.members,
            self.add_member_button,
            self.remove_member_button,
            self.role,
            self.up_button,
            self.down_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_enabled()

    # -- teams ---------------------------------------------------------------

    def set_plan(self, plan_id: uuid.UUID | None) -> None:
        """Show the teams of ``plan_id`` (None: nothing)."""
        self.plan_id = plan_id
        self.reload_teams()

    def reload_teams(self, select: uuid.UUID | None = None) -> None:
        """Fetch the teams again and show ``select`` (or the first team)."""
        rows = self.service.teams(self.plan_id) if self.plan_id else []
        self._loading = True
        try:
            self.teams_model.set_rows(rows)
            ids = [r.id for r in rows]
            row = ids.index(select) if select in ids else (0 if ids else -1)
            if row >= 0:
                self.teams.setCurrentIndex(self.teams_model.index(row, 0))
        finally:
            self._loading = False
        self._load_team(ids[row] if row >= 0 else None)

    def _load_team(self, team_id: uuid.UUID | None) -> None:
        self.team_id = team_id
        draft, self._revision = self.service.team_draft(team_id) if team_id else (TeamDraft(), 0)
        self._saved = draft
        self._loading = True
        try:
            self.name.setText(draft.name)
            self.doc_code.setText(draft.doc_code)
            self.undercover.setChecked(draft.is_undercover)
            self.decision_number.setText(draft.decision_number)
            self.decision_date.set_value(draft.decision_date)
            self.note.setPlainText(draft.note)
        finally:
            self._loading = False
        self._dirty = False
        self.errors.clear()
        self.reload_members()

    def _team_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        value = current.data(ID_ROLE) if current.isValid() else None
        if self._dirty and not self.save_team(reload=False):
            self._select_team_row(self.team_id)  # stay on the team, its problems shown
            return
        self.reload_teams(select=uuid.UUID(value) if value else None)

    def _mark_dirty(self) -> None:
        if not self._loading and self.team_id is not None:
            self._dirty = True
            self._update_enabled()

    def team_draft(self) -> TeamDraft:
        """What the team's fields hold now."""
        return TeamDraft(
            name=self.name.text(),
            doc_code=self.doc_code.text(),
            is_undercover=self.undercover.isChecked(),
            decision_number=self.decision_number.text(),
            decision_date=self.decision_date.value(),
            note=self.note.toPlainText(),
        )

    def save_team(self, reload: bool = True) -> bool:
        """Save the team's changed fields; False (and the problems shown) when they cannot be."""
        if not self._dirty or self.team_id is None:
            return True
        team_id, before, draft = self.team_id, self._saved, self.team_draft()
        service = self.service
        try:
            self._revision = service.update_team(team_id, draft, self._revision)
        except ValidationFailed as exc:
            words = {
                ("doc_code", Problem.INVALID): self.tr(
                    "Capital letters, digits and hyphens only, e.g. ĐKT or UBND-NV."
                )
            }
            self.errors.show(exc.problems, words)
            return False
        except UserError as exc:
            show_user_error(self, exc)
            return False
        self._push(
            self.tr("Edit team “%1”").replace("%1", draft.cleaned().name),
            lambda: service.update_team(team_id, draft, service.team_draft(team_id)[1]),
            lambda: service.update_team(team_id, before, service.team_draft(team_id)[1]),
        )
        self._dirty = False
        if reload:
            self.reload_teams(select=team_id)
        return True

    def add_team(self) -> uuid.UUID | None:
        """Add a team named after its rank, choose it, and put the cursor in its name."""
        if self.plan_id is None or not self.save_team():
            return None
        rows = self.teams_model.rows()
        draft = TeamDraft(
            name=self.tr("Inspection team %1").replace("%1", f"{len(rows) + 1:d}"),
            doc_code=rows[-1].doc_code if rows else "",
        )
        service = self.service
        try:
            team_id = service.add_team(self.plan_id, draft)
        except (ValidationFailed, UserError) as exc:
            if isinstance(exc, UserError):
                show_user_error(self, exc)
            return None
        self._push(
            self.tr("Add team “%1”").replace("%1", draft.name),
            lambda: service.set_team_deleted([team_id], False),
            lambda: service.set_team_deleted([team_id], True),
        )
        self.reload_teams(select=team_id)
        self.name.setFocus()
        self.name.selectAll()
        return team_id

    def delete_team(self) -> None:
        """Move the chosen team to the trash, after confirmation; undoable."""
        rows = {r.id: r for r in self.teams_model.rows()}
        team = rows.get(self.team_id) if self.team_id else None
        if team is None or self.workspace.readonly:
            return
        if team.visits:
            text = self.tr(
                "Move the team “%1” to the trash? %n visit(s) name this team; they keep it.",
                "",
                team.visits,
            )
        else:
            text = self.tr("Move the team “%1” to the trash?")
        answer = QMessageBox.question(self, self.tr("Delete team"), text.replace("%1", team.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, team_id = self.service, team.id
        service.set_team_deleted([team_id], True)
        self._push(
            self.tr("Delete team “%1”").replace("%1", team.name),
            lambda: service.set_team_deleted([team_id], True),
            lambda: service.set_team_deleted([team_id], False),
        )
        self._dirty = False
        self.reload_teams()

    # -- members -------------------------------------------------------------

    def reload_members(self, select: uuid.UUID | None = None) -> None:
        rows = self.service.members(self.team_id) if self.team_id else []
        lines = [
            _Line(r.id, r.person_id, i, r.full_name, r.job_title, r.role)
            for i, r in enumerate(rows, 1)
        ]
        self.members_model.set_rows(lines)
        for column in range(3):
            self.members.resizeColumnToContents(column)
        ids = [line.id for line in lines]
        if select in ids:
            self.members.selectRow(ids.index(select))
        self._member_changed()

    def current_member(self) -> _Line | None:
        index = self.members.currentIndex()
        rows = self.members_model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _member_changed(self, *_args: object) -> None:
        member = self.current_member()
        self.role.blockSignals(True)
        self.role.setCurrentIndex(
            self.role.findData((member.role if member else TeamRole.MEMBER).value)
        )
        self.role.blockSignals(False)
        self._update_enabled()

    def _member_problem(self, problems: list[FieldProblem], role: TeamRole) -> None:
        words = {
            TeamRole.LEADER: self.tr("The team already has a leader; change their role first."),
            TeamRole.SECRETARY: self.tr(
                "The team already has a secretary; change their role first."
            ),
        }
        texts = []
        for problem in problems:
            if problem.field == "role" and role in words:
                texts.append(words[role])
            elif problem.field == "person" and problem.problem == Problem.INVALID:
                texts.append(self.tr("This person is already on the team."))
            else:
                texts.append(describe(problem))
        self.member_error.setText("\n".join(texts))
        self.member_error.show()

    def _member_done(self, select: uuid.UUID | None) -> None:
        self.member_error.hide()
        self.reload_members(select)
        self.reload_team_counts()

    def reload_team_counts(self) -> None:
        """Refresh the team list's rows (member counts) without reloading the form."""
        self._loading = True
        try:
            self.teams_model.set_rows(self.service.teams(self.plan_id) if self.plan_id else [])
        finally:
            self._loading = False
        self._select_team_row(self.team_id)

    def _select_team_row(self, team_id: uuid.UUID | None) -> None:
        ids = [r.id for r in self.teams_model.rows()]
        if team_id in ids:
            self._loading = True
            try:
                self.teams.setCurrentIndex(self.teams_model.index(ids.index(team_id), 0))
            finally:
                self._loading = False

    def pick_member(self) -> None:
        """Choose a person (or make one) and a role, and put them on the team."""
        if self.team_id is None:
            return
        exclude = {line.person_id for line in self.members_model.rows()}
        picker = PersonPicker(self.workspace, exclude, self)
        role = role_combo()
        label = QLabel(self.tr("&Role in the team:"))
        label.setBuddy(role)
        picker.extra.addRow(label, role)
        if picker.exec() == QDialog.DialogCode.Accepted:
            person_id = picker.chosen_id()
            if person_id is not None:
                self.add_member(person_id, TeamRole(role.currentData()))

    def add_member(self, person_id: uuid.UUID, role: TeamRole = TeamRole.MEMBER) -> bool:
        """Put a person on the chosen team; False with a message when the rules refuse."""
        if self.team_id is None:
            return False
        service = self.service
        try:
            member_id = service.add_member(self.team_id, person_id, role)
        except ValidationFailed as exc:
            self._member_problem(exc.problems, role)
            return False
        name = next(r.full_name for r in service.members(self.team_id) if r.id == member_id)
        self._push(
            self.tr("Add “%1” to the team").replace("%1", name),
            lambda: service.set_member_deleted(member_id, False),
            lambda: service.set_member_deleted(member_id, True),
        )
        self._member_done(member_id)
        return True

    def remove_member(self) -> None:
        member = self.current_member()
        if member is None:
            return
        service, member_id = self.service, member.id
        service.set_member_deleted(member_id, True)
        self._push(
            self.tr("Remove “%1” from the team").replace("%1", member.name),
            lambda: service.set_member_deleted(member_id, True),
            lambda: service.set_member_deleted(member_id, False),
        )
        self._member_done(None)

    def set_role(self, role: TeamRole) -> bool:
        """Give the chosen member ``role``; False with a message when the rules refuse."""
        member = self.current_member()
        if member is None or member.role == role:
            return member is not None
        service, member_id = self.service, member.id
        try:
            old = service.change_role(member_id, role)
        except ValidationFailed as exc:
            self._member_problem(exc.problems, role)
            self._member_changed()  # the combo shows the role kept
            return False
        self._push(
            self.tr("Change the role of “%1”").replace("%1", member.name),
            lambda: service.change_role(member_id, role),
            lambda: service.change_role(member_id, old),
        )
        self._member_done(member_id)
        return True

    def move_member(self, offset: int) -> None:
        member = self.current_member()
        if member is None or self.team_id is None:
            return
        service, team_id = self.service, self.team_id
        before = [line.id for line in self.members_model.rows()]
        after = service.move_member(member.id, offset)
        if after == before:
            return
        self._push(
            self.tr("Move “%1”").replace("%1", member.name),
            lambda: service.reorder_members(team_id, after),
            lambda: service.reorder_members(team_id, before),
        )
        self._member_done(member.id)

    # -- helpers -------------------------------------------------------------

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self.workspace.undo_stack.push(ServiceCommand(text, redo=redo, undo=undo))

    def _update_enabled(self) -> None:
        writable = not self.workspace.readonly
        has_team = self.team_id is not None
        has_member = self.current_member() is not None
        self.add_team_button.setEnabled(writable and self.plan_id is not None)
        self.delete_team_button.setEnabled(writable and has_team)
        self.team_box.setEnabled(writable and has_team)
        self.save_button.setEnabled(self._dirty)
        self.members_box.setEnabled(has_team)
        self.add_member_button.setEnabled(writable and has_team)
        for widget in (self.remove_member_button, self.role, self.up_button, self.down_button):
            widget.setEnabled(writable and has_member)
