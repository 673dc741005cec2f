"""The teams of a plan (đoàn kiểm tra): their fields, their members and the members' roles.

Every change here is saved at once through :class:`TeamService` and pushed on the undo
stack, so Ctrl+Z takes it back even after the plan dialog is closed. The members of the
chosen team are shown by :class:`~inspectdesk.ui.team_members.TeamMembersPanel`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.services.teams import TeamDraft, TeamService
from inspectdesk.services.validation import Problem, ValidationFailed
from inspectdesk.ui.forms import FieldErrors, OptionalDateEdit, show_user_error
from inspectdesk.ui.row_model import ID_ROLE, Column, RowTableModel
from inspectdesk.ui.team_members import TeamMembersPanel
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


class TeamEditor(QWidget):
    """The teams of one plan on the left; the chosen team's fields and members on the right."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = TeamService(workspace.db, workspace.bus)
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
        self.members_panel = TeamMembersPanel(workspace, self.service)
        self.members_panel.roster_changed.connect(self.reload_team_counts)
        self.members_panel.current_changed.connect(self._update_enabled)
        panel = self.members_panel
        right = QVBoxLayout()
        right.addWidget(self.team_box)
        right.addWidget(self.members_panel, 1)
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
            panel.members,
            panel.add_member_button,
            panel.remove_member_button,
            panel.role,
            panel.up_button,
            panel.down_button,
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
        self.members_panel.set_team(team_id)

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

    # -- helpers -------------------------------------------------------------

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self.workspace.undo_stack.push(ServiceCommand(text, redo=redo, undo=undo))

    def _update_enabled(self) -> None:
        writable = not self.workspace.readonly
        has_team = self.team_id is not None
        self.add_team_button.setEnabled(writable and self.plan_id is not None)
        self.delete_team_button.setEnabled(writable and has_team)
        self.team_box.setEnabled(writable and has_team)
        self.save_button.setEnabled(self._dirty)
        self.members_panel.update_enabled(writable, has_team)
