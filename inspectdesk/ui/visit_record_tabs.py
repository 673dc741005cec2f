"""The record tabs of the visit editor: attendance, checklist, findings and recommendations.

Each tab shows rows of the editor's :class:`~inspectdesk.services.visits.VisitDetail`
and carries out its own actions through the visit service, via the editor
(:class:`EditorHost`): every change is written at once and goes on the undo stack.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, replace
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import AttendeeSide, FindingKind, ItemResult, TeamRole
from inspectdesk.services.visits import (
    AttendeeDraft,
    AttendeeRow,
    ChecklistEntry,
    FindingDraft,
    FindingRow,
    RecommendationDraft,
    RecommendationRow,
    VisitDetail,
    VisitService,
)
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.visit_dialogs import (
    VisitAttendeeDialog,
    VisitFindingDialog,
    VisitRecommendationDialog,
)
from inspectdesk.ui.visit_models import (
    AttendeeModel,
    ChecklistModel,
    FindingModel,
    RecommendationModel,
    _RowsModel,
)
from inspectdesk.ui.visit_widgets import ChoiceDelegate, FieldCommand, patcher, word


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


class ChecklistTab(RecordTab):
    """The plan's checklist: a result and a note per item; a failed item's note → finding."""

    RESULT_BUTTONS = (ItemResult.PASS, ItemResult.FAIL, ItemResult.NOT_APPLICABLE, ItemResult.UNSET)

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = ChecklistModel(self._cell_edited, self)
        self.view = table(self.model, 1, {0: 48, 2: 120, 3: 260})
        results = ChoiceDelegate(lambda: [(word(r), r.value) for r in ItemResult], self.view)
        self.view.setItemDelegateForColumn(2, results)
        self.model.modelReset.connect(self._layout_rows)
        self.empty = QLabel(
            self.tr("The visit's plan pins no checklist: choose a plan on the General data tab.")
        )
        self.empty.setWordWrap(True)
        self.result_buttons: dict[ItemResult, QPushButton] = {}
        texts = {
            ItemResult.PASS: self.tr("&Pass"),
            ItemResult.FAIL: self.tr("&Fail"),
            ItemResult.NOT_APPLICABLE: self.tr("&Not applicable"),
            ItemResult.UNSET: self.tr("C&lear"),
        }
        for result in self.RESULT_BUTTONS:
            button = QPushButton(texts[result])
            button.clicked.connect(lambda _c=False, r=result: self.set_results(r))
            self.result_buttons[result] = button
        self.finding_button = QPushButton(self.tr("Make a finding from the n&ote"))
        self.finding_button.setToolTip(
            self.tr("Records the note of a failed item as a shortcoming of this visit.")
        )
        self.finding_button.clicked.connect(self.note_to_finding)
        self.edit_buttons = [*self.result_buttons.values(), self.finding_button]
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(*self.edit_buttons))
        layout.addWidget(self.empty)
        layout.addWidget(self.view)

    def _layout_rows(self) -> None:
        self.view.clearSpans()
        for row in self.model.section_rows():
            self.view.setSpan(row, 0, 1, self.model.columnCount())

    def show_detail(self, detail: VisitDetail) -> None:
        self.model.set_entries(detail.checklist)
        self.model.editable = self.editable
        self.empty.setVisible(not detail.checklist)
        self.view.setVisible(bool(detail.checklist))
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._update_buttons()

    def current_entry(self) -> ChecklistEntry | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row if isinstance(row, ChecklistEntry) else None

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.finding_button.setEnabled(
            self.editable
            and entry is not None
            and entry.result is ItemResult.FAIL
            and bool(entry.note.strip())
        )

    def _cell_edited(self, entry: ChecklistEntry, field: str, value: Any) -> bool:
        old = getattr(entry, field)
        detail, svc = self.host.detail, self.host.svc
        if detail is None or value == old:
            return False
        visit_id, item_id = detail.id, entry.item_id
        ok, _ = self.host.attempt(lambda: svc.set_result(visit_id, item_id, **{field: value}))
        if ok:
            self.host.saved(
                FieldCommand(
                    self.tr("Record a checklist result"),
                    self.guarded(lambda v: svc.set_result(visit_id, item_id, **v)),
                    {field: old},
                    {field: value},
                    ("result", visit_id, item_id, field),
                )
            )
            self._update_buttons()
        return bool(ok)

    def set_results(self, result: ItemResult) -> None:
        detail, svc = self.host.detail, self.host.svc
        rows = [self.model.row_at(r) for r in selected_rows(self.view)]
        entries = [e for e in rows if isinstance(e, ChecklistEntry) and e.result is not result]
        if detail is None or not entries:
            return
        visit_id = detail.id

        def put(values: Sequence[tuple[uuid.UUID, ItemResult]]) -> None:
            for item_id, value in values:
                svc.set_result(visit_id, item_id, value)

        new = [(e.item_id, result) for e in entries]
        old = [(e.item_id, e.result) for e in entries]
        ok, _ = self.host.attempt(lambda: put(new))
        if ok:
            self.host.saved(
                self.command(
                    self.tr("Record checklist results"), lambda: put(new), lambda: put(old)
                )
            )
            self._update_buttons()

    def note_to_finding(self) -> None:
        entry, detail, svc = self.current_entry(), self.host.detail, self.host.svc
        if entry is None or detail is None or not entry.note.strip():
            return
        draft = FindingDraft(FindingKind.SHORTCOMING, entry.note, entry.item_id)
        ok, new_id = self.host.attempt(lambda: svc.add_finding(detail.id, draft))
        if ok:
            self.host.saved(
                self.command(
                    self.tr("Make a finding from a note"),
                    lambda: svc.set_finding_deleted(new_id, False),
                    lambda: svc.set_finding_deleted(new_id, True),
                )
            )
            self.host.say(self.tr("The note was recorded as a finding."))


class FindingsTab(RecordTab):
    """Findings and the recommendations made from them."""

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.findings = FindingModel(None, self)
        self.finding_view = table(self.findings, 2, {0: 130, 1: 48, 3: 280})
        self.recommendations = RecommendationModel(None, self)
        self.recommendation_view = table(self.recommendations, 0, {1: 240, 2: 90, 3: 130, 4: 90})
        for view in (self.finding_view, self.recommendation_view):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_finding_button = QPushButton(self.tr("&Add finding…"))
        self.edit_finding_button = QPushButton(self.tr("&Edit…"))
        self.delete_finding_button = QPushButton(self.tr("&Delete"))
        self.add_rec_button = QPushButton(self.tr("Add &recommendation…"))
        self.edit_rec_button = QPushButton(self.tr("Ed&it…"))
        self.delete_rec_button = QPushButton(self.tr("De&lete"))
        self.edit_buttons = [
            self.add_finding_button,
            self.edit_finding_button,
            self.delete_finding_button,
            self.add_rec_button,
            self.edit_rec_button,
            self.delete_rec_button,
        ]
        self.add_finding_button.clicked.connect(lambda: self.edit_finding(None))
        self.edit_finding_button.clicked.connect(lambda: self.edit_finding(self._current_finding()))
        self.delete_finding_button.clicked.connect(self.delete_findings)
        self.add_rec_button.clicked.connect(lambda: self.edit_recommendation(None))
        self.edit_rec_button.clicked.connect(
            lambda: self.edit_recommendation(self._current_recommendation())
        )
        self.delete_rec_button.clicked.connect(self.delete_recommendations)
        self.finding_view.doubleClicked.connect(self._finding_double_clicked)
        self.recommendation_view.doubleClicked.connect(self._recommendation_double_clicked)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, view, buttons in (
            (self.tr("Findings"), self.finding_view, self.edit_buttons[:3]),
            (self.tr("Recommendations"), self.recommendation_view, self.edit_buttons[3:]),
        ):
            group = QGroupBox(title)
            box = QVBoxLayout(group)
            box.addLayout(button_row(*buttons))
            box.addWidget(view)
            splitter.addWidget(group)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def show_detail(self, detail: VisitDetail) -> None:
        self.findings.set_rows(detail.findings)
        self.recommendations.set_rows(detail.recommendations)

    def _finding_double_clicked(self) -> None:
        if self.editable:
            self.edit_finding(self._current_finding())

    def _recommendation_double_clicked(self) -> None:
        if self.editable:
            self.edit_recommendation(self._current_recommendation())

    def _current_finding(self) -> FindingRow | None:
        rows = selected_rows(self.finding_view)
        return self.findings.row_at(rows[0]) if rows else None

    def _current_recommendation(self) -> RecommendationRow | None:
        rows = selected_rows(self.recommendation_view)
        return self.recommendations.row_at(rows[0]) if rows else None

    def edit_finding(self, row: FindingRow | None) -> None:
        detail, svc = self.host.detail, self.host.svc
        if detail is None:
            return

        def save(draft: FindingDraft) -> None:
            with self.host.writing():
                if row is None:
                    new_id = svc.add_finding(detail.id, draft)
                else:
                    svc.update_finding(row.id, draft, row.revision)
            if row is None:
                self.host.saved(
                    self.command(
                        self.tr("Add finding"),
                        lambda: svc.set_finding_deleted(new_id, False),
                        lambda: svc.set_finding_deleted(new_id, True),
                    )
                )
                return
            apply = patcher(svc.finding_draft, svc.update_finding, row.id)
            old, new = asdict(row.draft()), asdict(draft.cleaned())
            self.host.saved(FieldCommand(self.tr("Edit finding"), self.guarded(apply), old, new))

        draft = row.draft() if row is not None else None
        VisitFindingDialog(save, detail.checklist, draft, self).exec()

    def delete_findings(self) -> None:
        ids = [self.findings.row_at(r).id for r in selected_rows(self.finding_view)]
        self._delete(ids, self.host.svc.set_finding_deleted, self.tr("Delete findings"))

    def edit_recommendation(self, row: RecommendationRow | None) -> None:
        detail, svc = self.host.detail, self.host.svc
        if detail is None:
            return

        def save(draft: RecommendationDraft) -> None:
            with self.host.writing():
                if row is None:
                    new_id = svc.add_recommendation(detail.id, draft)
                else:
                    svc.update_recommendation(row.id, draft, row.revision)
            if row is None:
                self.host.saved(
                    self.command(
                        self.tr("Add recommendation"),
                        lambda: svc.set_recommendation_deleted(new_id, False),
                        lambda: svc.set_recommendation_deleted(new_id, True),
                    )
                )
                return
            apply = patcher(svc.recommendation_draft, svc.update_recommendation, row.id)
            old, new = asdict(row.draft()), asdict(draft.cleaned())
            self.host.saved(
                FieldCommand(
                    self.tr("Edit recommendation"),
                    self.guarded(apply),
                    old,
                    new,
                )
            )

        history = svc.remediation_history(row.id) if row is not None else []
        draft = row.draft() if row is not None else None
        dialog = VisitRecommendationDialog(save, detail.findings, draft, history, self)
        current = self._current_finding()
        if row is None and current is not None:
            dialog.finding.set_current_id(current.id)
        dialog.exec()

    def delete_recommendations(self) -> None:
        ids = [self.recommendations.row_at(r).id for r in selected_rows(self.recommendation_view)]
        svc = self.host.svc
        self._delete(ids, svc.set_recommendation_deleted, self.tr("Delete recommendations"))

    def _delete(
        self, ids: list[uuid.UUID], mark: Callable[[uuid.UUID, bool], None], text: str
    ) -> None:
        if not ids:
            return
        delete, restore = marking(mark, ids, True), marking(mark, ids, False)
        ok, _ = self.host.attempt(delete)
        if ok:
            self.host.saved(self.command(text, delete, restore))
