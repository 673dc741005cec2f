"""Kế hoạch: the inspection plans, with the plan editor, delete to the trash and undo."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox, QPushButton, QWidget

from inspectdesk.errors import UserError
from inspectdesk.services import listing
from inspectdesk.services.listing import PlanRow
from inspectdesk.services.plans import PlanService
from inspectdesk.text import format_short_date
from inspectdesk.ui.forms import show_user_error
from inspectdesk.ui.labels import label
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.plan_dialog import PlanDialog
from inspectdesk.ui.row_model import ID_ROLE, Column
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


def _load(workspace: Workspace, search: str) -> Sequence[PlanRow]:
    return listing.list_plans(workspace.db, search=search)


def _short(value: date | None) -> str:
    return format_short_date(value) if value else ""


def _key(value: date | None) -> str:
    return value.isoformat() if value else ""


class PlansPage(ListPage):
    """The plan list with add (Insert), edit (Enter, double-click) and delete (Delete)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Plans"),
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("From"), lambda r: _short(r.start_on), lambda r: _key(r.start_on)),
                Column(self.tr("To"), lambda r: _short(r.end_on), lambda r: _key(r.end_on)),
                Column(self.tr("Status"), lambda r: label(r.status)),
                Column(self.tr("Visits"), lambda r: str(r.visits), lambda r: r.visits),
            ],
            _load,
            frozenset({"plan", "visit", "checklist_template"}),
            parent,
        )
        self.add_button = QPushButton(self.tr("&Add plan"))
        self.add_button.clicked.connect(self.add_plan)
        self.filters.addWidget(self.add_button)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.edit_plan())  # Enter, double-click
        self.new_action = self.page_action(self.tr("&Add plan…"), self.add_plan, "Insert")
        self.edit_action = self.page_action(self.tr("&Edit…"), self.edit_plan)
        self.delete_action = self.page_action(
            self.tr("&Delete"), self.delete_plans, QKeySequence.StandardKey.Delete
        )
        self._editing = False

    def refresh(self) -> None:
        super().refresh()
        readonly = self.workspace is None or self.workspace.readonly
        for action in (self.new_action, self.delete_action):
            action.setEnabled(not readonly)
        self.add_button.setEnabled(not readonly)

    def select_plan(self, plan_id: uuid.UUID) -> None:
        """Make ``plan_id`` the current row, if it is shown."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == str(plan_id):
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    # -- actions -------------------------------------------------------------

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.new_action, self.edit_action, self.delete_action):
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _service(self) -> PlanService | None:
        ws = self.workspace
        return PlanService(ws.db, ws.bus) if ws is not None else None

    def add_plan(self) -> PlanDialog | None:
        """Open the editor on a new plan; the saved plan becomes the current row."""
        if self.workspace is None or self.workspace.readonly:
            return None
        dialog = PlanDialog(self.workspace, parent=self)
        dialog.exec()
        if dialog.plan_id is not None:
            self.refresh()
            self.select_plan(dialog.plan_id)
        return dialog

    def edit_plan(self) -> PlanDialog | None:
        """Open the editor on the current plan."""
        current = self.current_id()
        if self.workspace is None or current is None or self._editing:
            return None
        self._editing = True
        try:
            dialog = PlanDialog(self.workspace, uuid.UUID(current), parent=self)
        except UserError as exc:
            self._editing = False
            show_user_error(self, exc)
            return None
        try:
            dialog.exec()
        finally:
            self._editing = False
        return dialog

    def delete_plans(self) -> None:
        """Move the selected plans to the trash, after confirmation; undoable."""
        service = self._service()
        if service is None or self.workspace is None or self.workspace.readonly:
            return
        rows = {str(r.id): r for r in self.model.rows()}
        chosen = [rows[i] for i in self.selected_ids() if i in rows]
        if not chosen:
            return
        if len(chosen) == 1:
            text = self.tr(
                "Move the plan “%1” to the trash? You can restore it from the trash."
            ).replace("%1", chosen[0].number or chosen[0].title)
        else:
            text = self.tr(
                "Move %n plan(s) to the trash? You can restore them from the trash.",
                "",
                len(chosen),
            )
        answer = QMessageBox.question(self, self.tr("Delete plans"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [r.id for r in chosen]
        service.set_deleted(ids, True)
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Delete %n plan(s)", "", len(ids)),
                redo=lambda: service.set_deleted(ids, True),
                undo=lambda: service.set_deleted(ids, False),
            )
        )
