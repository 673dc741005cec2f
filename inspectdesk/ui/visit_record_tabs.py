"""The record tabs of the visit editor: what they share, and the attendance tab.

Each record tab (attendance here; the checklist and findings tabs in their own modules)
shows rows of the editor's :class:`~inspectdesk.services.visits.VisitDetail` and carries
out its own actions through the visit service, via the editor (:class:`EditorHost`):
every change is written at once and goes on the undo stack.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import AttendeeSide, TeamRole
from inspectdesk.services.visits import (
    AttendeeDraft,
    AttendeeRow,
    VisitDetail,
    VisitService,
)
from inspectdesk.ui.field_undo import FieldCommand, patcher
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.visit_dialogs import (
    VisitAttendeeDialog,
)
from inspectdesk.ui.visit_models import (
    AttendeeModel,
    _RowsModel,
)
from inspectdesk.ui.visit_widgets import ChoiceDelegate, word


class EditorHost(Protocol):
    """What a record tab needs from the visit editor."""

    svc: VisitService
    visit_id: uuid.UUID | None
    detail: VisitDetail | None

    def attempt(self, action: Callable[[], Any]) -> tuple[bool, Any]: ...
    def writing(self) -> AbstractContextManager[None]: ...
    def saved(self, command: QUndoCommand) -> None: ...
    def guard(self, action: Callable[[], object]) -> Callable[[], None]: ...
    def say(self, text: str, error: bool = False) -> None: ...


def table(
    model: _RowsModel, stretch: int, widths: dict[int, int] | None = None, wrap: bool = True
) -> QTableView:
    """A table of rows: ``stretch`` takes the spare width, ``widths`` are starting widths.

    Wrapped rows grow to show their whole text whenever a column is resized.
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.verticalHeader().hide()
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)
    if wrap:
        rows = QTimer(view, singleShot=True, interval=0)
        rows.timeout.connect(lambda: fit_rows(view))
        header.sectionResized.connect(lambda *_a: rows.start())
        model.modelReset.connect(rows.start)
        model.dataChanged.connect(lambda *_a: rows.start())
    return view


def fit_rows(view: QTableView, padding: int = 6) -> None:
    """Rows as tall as their wrapped text, with some air."""
    view.resizeRowsToContents()
    for row in range(view.model().rowCount()):
        view.setRowHeight(row, view.rowHeight(row) + padding)


def selected_rows(view: QTableView) -> list[int]:
    selection = view.selectionModel()
    rows = {i.row() for i in selection.selectedRows()} if selection is not None else set()
    if not rows and view.currentIndex().isValid():
        rows = {view.currentIndex().row()}
    return sorted(rows)


def marking(
    mark: Callable[[uuid.UUID, bool], None], ids: Sequence[uuid.UUID], deleted: bool
) -> Callable[[], None]:
    """Tombstone (or restore) each of ``ids`` with ``mark``."""

    def run() -> None:
        for row_id in ids:
            mark(row_id, deleted)

    return run


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class RecordTab(QWidget):
    """A tab of a visit's records; :meth:`show_detail` refreshes it."""

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.editable = False
        self._sized = False
        self.edit_buttons: list[QPushButton] = []

    def command(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> Any:
        """An undo step for a change already made (both ways report their own errors)."""
        return ServiceCommand(text, self.host.guard(redo), self.host.guard(undo))

    def guarded(
        self, apply: Callable[[dict[str, Any]], object]
    ) -> Callable[[dict[str, Any]], None]:
        """``apply`` for a :class:`FieldCommand`, reporting its errors instead of raising."""
        guard = self.host.guard
        return lambda values: guard(lambda: apply(values))()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in self.edit_buttons:
            button.setEnabled(editable)

    def show_detail(self, detail: VisitDetail) -> None:
        raise NotImplementedError

    @staticmethod
    def select(view: QTableView, model: _RowsModel, row_id: uuid.UUID) -> None:
        row = model.row_of(row_id)
        if row >= 0:
            view.selectRow(row)


class AttendanceTab(RecordTab):
    """The team with its roles, the unit's representatives and others; who was present."""

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = AttendeeModel(self._cell_edited, self)
        self.view = table(self.model, 2, {1: 220, 3: 150, 4: 80}, wrap=False)
        roles = ChoiceDelegate(lambda: [(word(r), r.value) for r in TeamRole], self.view)
        self.view.setItemDelegateForColumn(3, roles)
        self.fill_button = QPushButton(self.tr("Fill from the &team"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.edit_buttons = [
            self.fill_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ]
        self.fill_button.clicked.connect(self.fill_team)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(*self.edit_buttons))
        layout.addWidget(self.view)

    def show_detail(self, detail: VisitDetail) -> None:
        self.model.set_rows(detail.attendees)
        self.model.editable = self.editable
        if detail.attendees and not self._sized:
            self._sized = True
            for column in (0, 1, 3):
                self.view.resizeColumnToContents(column)

    def _cell_edited(self, row: AttendeeRow, field: str, value: Any) -> bool:
        if field == "team_role":
            value = TeamRole(value) if value else None
        old = getattr(row, field)
        if value == old:
            return False
        draft = AttendeeDraft(
            row.side, row.full_name, row.job_title, row.team_role, row.person_id, row.present
        )
        svc = self.host.svc
        ok, _ = self.host.attempt(
            lambda: svc.update_attendee(row.id, replace(draft, **{field: value}), row.revision)
        )
        if ok:
            apply = patcher(svc.attendee_draft, svc.update_attendee, row.id)
            self.host.saved(
                FieldCommand(
                    self.tr("Change attendance"),
                    self.guarded(apply),
                    {field: old},
                    {field: value},
                    ("attendee", row.id, field),
                )
            )
        return bool(ok)

    def fill_team(self) -> None:
        detail, svc = self.host.detail, self.host.svc
        if detail is None:
            return
        if detail.general.team_id is None:
            self.host.say(self.tr("Choose the team on the General data tab first."), True)
            return
        ok, ids = self.host.attempt(lambda: svc.fill_team(detail.id))
        if not ok:
            return
        if not ids:
            self.host.say(self.tr("Everyone on the team is already listed."))
            return
        self.host.saved(
            self.command(
                self.tr("Fill attendance from the team"),
                marking(svc.set_attendee_deleted, ids, False),
                marking(svc.set_attendee_deleted, ids, True),
            )
        )

    def add(self) -> None:
        detail, svc = self.host.detail, self.host.svc
        if detail is None:
            return
        created: list[uuid.UUID] = []

        def save(draft: AttendeeDraft) -> None:
            with self.host.writing():
                created.append(svc.add_attendee(detail.id, draft))
            new_id = created[-1]
            self.host.saved(
                self.command(
                    self.tr("Add attendee"),
                    lambda: svc.set_attendee_deleted(new_id, False),
                    lambda: svc.set_attendee_deleted(new_id, True),
                )
            )

        people = svc.unit_people(detail.general.unit_id)
        dialog = VisitAttendeeDialog(save, people, AttendeeSide.UNIT, self)
        if dialog.exec() and created:
            self.select(self.view, self.model, created[-1])

    def remove(self) -> None:
        ids = [self.model.row_at(r).id for r in selected_rows(self.view)]
        svc = self.host.svc
        if not ids:
            return
        remove = marking(svc.set_attendee_deleted, ids, True)
        restore = marking(svc.set_attendee_deleted, ids, False)
        ok, _ = self.host.attempt(remove)
        if ok:
            self.host.saved(self.command(self.tr("Remove attendees"), remove, restore))

    def move_selected(self, step: int) -> None:
        rows = selected_rows(self.view)
        if len(rows) != 1:
            return
        row_id, svc = self.model.row_at(rows[0]).id, self.host.svc
        ok, moved = self.host.attempt(lambda: svc.move_attendee(row_id, step))
        if ok and moved:
            self.host.saved(
                self.command(
                    self.tr("Reorder attendees"),
                    lambda: svc.move_attendee(row_id, step),
                    lambda: svc.move_attendee(row_id, -step),
                )
            )
            self.select(self.view, self.model, row_id)
