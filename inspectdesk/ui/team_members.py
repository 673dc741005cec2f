"""The members of one team (thành viên đoàn): who they are, their order and their roles.

:class:`TeamMembersPanel` is the lower half of the team editor. Every change is saved at
once through :class:`TeamService` and pushed on the undo stack, like the editor's own.
Its words keep the ``TeamEditor`` translation context they had before the panel moved
here, so they are looked up with ``QCoreApplication.translate("TeamEditor", …)``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import TeamRole
from inspectdesk.services.teams import TeamService
from inspectdesk.services.validation import FieldProblem, Problem, ValidationFailed
from inspectdesk.ui.forms import ERROR_STYLE
from inspectdesk.ui.person_dialog import PersonPicker
from inspectdesk.ui.problems import describe
from inspectdesk.ui.row_model import Column, RowTableModel
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


class TeamMembersPanel(QGroupBox):
    """The members of the chosen team, with buttons to add, remove, move and give roles.

    :attr:`roster_changed` tells the editor a change was saved (its member counts are
    out of date); :attr:`current_changed` that the chosen member changed.
    """

    roster_changed = Signal()
    current_changed = Signal()

    def __init__(
        self, workspace: Workspace, service: TeamService, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("TeamEditor", "Members"), parent)
        self.workspace = workspace
        self.service = service
        self.team_id: uuid.UUID | None = None
        self.members_model = RowTableModel(
            [
                Column(
                    QCoreApplication.translate("TeamEditor", "No."),
                    lambda r: str(r.no),
                    lambda r: r.no,
                ),
                Column(QCoreApplication.translate("TeamEditor", "Full name"), lambda r: r.name),
                Column(
                    QCoreApplication.translate("TeamEditor", "Job title"), lambda r: r.job_title
                ),
                Column(
                    QCoreApplication.translate("TeamEditor", "Role"), lambda r: role_word(r.role)
                ),
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
        role_label = QLabel(QCoreApplication.translate("TeamEditor", "&Role:"))
        role_label.setBuddy(self.role)
        self.add_member_button = QPushButton(
            QCoreApplication.translate("TeamEditor", "Add &member…")
        )
        self.add_member_button.clicked.connect(self.pick_member)
        self.remove_member_button = QPushButton(QCoreApplication.translate("TeamEditor", "Remo&ve"))
        self.remove_member_button.clicked.connect(self.remove_member)
        self.up_button = QPushButton(QCoreApplication.translate("TeamEditor", "Move &up"))
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button = QPushButton(QCoreApplication.translate("TeamEditor", "Move do&wn"))
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
        self.setLayout(members_layout)

    def set_team(self, team_id: uuid.UUID | None) -> None:
        """Show the members of ``team_id`` (None: nobody)."""
        self.team_id = team_id
        self.reload_members()

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
        self.current_changed.emit()

    def _member_problem(self, problems: list[FieldProblem], role: TeamRole) -> None:
        words = {
            TeamRole.LEADER: QCoreApplication.translate(
                "TeamEditor", "The team already has a leader; change their role first."
            ),
            TeamRole.SECRETARY: QCoreApplication.translate(
                "TeamEditor", "The team already has a secretary; change their role first."
            ),
        }
        texts = []
        for problem in problems:
            if problem.field == "role" and role in words:
                texts.append(words[role])
            elif problem.field == "person" and problem.problem == Problem.INVALID:
                texts.append(
                    QCoreApplication.translate("TeamEditor", "This person is already on the team.")
                )
            else:
                texts.append(describe(problem))
        self.member_error.setText("\n".join(texts))
        self.member_error.show()

    def _member_done(self, select: uuid.UUID | None) -> None:
        self.member_error.hide()
        self.reload_members(select)
        self.roster_changed.emit()

    def pick_member(self) -> None:
        """Choose a person (or make one) and a role, and put them on the team."""
        if self.team_id is None:
            return
        exclude = {line.person_id for line in self.members_model.rows()}
        picker = PersonPicker(self.workspace, exclude, self)
        role = role_combo()
        label = QLabel(QCoreApplication.translate("TeamEditor", "&Role in the team:"))
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
            QCoreApplication.translate("TeamEditor", "Add “%1” to the team").replace("%1", name),
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
            QCoreApplication.translate("TeamEditor", "Remove “%1” from the team").replace(
                "%1", member.name
            ),
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
            QCoreApplication.translate("TeamEditor", "Change the role of “%1”").replace(
                "%1", member.name
            ),
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
            QCoreApplication.translate("TeamEditor", "Move “%1”").replace("%1", member.name),
            lambda: service.reorder_members(team_id, after),
            lambda: service.reorder_members(team_id, before),
        )
        self._member_done(member.id)

    def update_enabled(self, writable: bool, has_team: bool) -> None:
        """Enable what the file (``writable``) and the choice of team and member allow."""
        has_member = self.current_member() is not None
        self.setEnabled(has_team)
        self.add_member_button.setEnabled(writable and has_team)
        for widget in (self.remove_member_button, self.role, self.up_button, self.down_button):
            widget.setEnabled(writable and has_member)

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self.workspace.undo_stack.push(ServiceCommand(text, redo=redo, undo=undo))
