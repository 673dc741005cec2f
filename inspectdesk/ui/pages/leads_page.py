"""Phản ánh: leads from citizens (press, hotline 1022, letters), with the lead editor."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from inspectdesk.domain.enums import LeadSource, LeadStatus
from inspectdesk.errors import UserError
from inspectdesk.services.leads import LeadFilter, LeadRow, LeadService, list_leads
from inspectdesk.ui.forms import show_user_error
from inspectdesk.ui.lead_dialog import LeadDialog, lead_source_label, lead_status_label
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.recommendation_dialog import clamp_columns, date_key, short_date
from inspectdesk.ui.row_model import Column
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


class LeadsPage(ListPage):
    """Leads, newest first, filtered by source and status; add, edit, delete, undo."""

    TABLES = frozenset({"lead", "unit", "visit"})

    def __init__(self, parent: QWidget | None = None) -> None:
        self._rows: list[LeadRow] = []
        super().__init__(
            self.tr("Citizen reports"),
            [
                Column(
                    self.tr("Received"),
                    lambda r: short_date(r.received_on),
                    lambda r: date_key(r.received_on),
                ),
                Column(self.tr("Source"), lambda r: lead_source_label(r.source)),
                Column(self.tr("Summary"), lambda r: r.summary),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Status"), lambda r: lead_status_label(r.status)),
                Column(
                    self.tr("Visit"),
                    lambda r: self.tr("%n visit(s)", "", r.visits) if r.visits else "",
                    lambda r: r.visits,
                ),
            ],
            self._load,
            self.TABLES,
            parent,
        )
        self.filter.setPlaceholderText(self.tr("Filter by summary or unit (tones optional)"))
        self.source_filter = QComboBox()
        self.source_filter.addItem(self.tr("All sources"), None)
        for source in LeadSource:
            self.source_filter.addItem(lead_source_label(source), source.value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in LeadStatus:
            self.status_filter.addItem(lead_status_label(status), status.value)
        self.compact(self.source_filter)
        self.compact(self.status_filter)
        source_caption = QLabel(self.tr("S&ource:"))
        source_caption.setBuddy(self.source_filter)
        status_caption = QLabel(self.tr("&Status:"))
        status_caption.setBuddy(self.status_filter)
        self.add_button = QPushButton(self.tr("&Add report…"))
        self.add_button.clicked.connect(self.add_lead)
        self.filters.addWidget(self.add_button)
        row = self.add_filter_row()
        for widget in (source_caption, self.source_filter, status_caption, self.status_filter):
            row.addWidget(widget)
        row.addStretch(1)
        self.source_filter.currentIndexChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self._debounce.start)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.edit_lead())  # Enter, double-click
        self.new_action = self.page_action(self.tr("&Add report…"), self.add_lead, "Insert")
        self.edit_action = self.page_action(self.tr("&Edit…"), self.edit_lead)
        self.visit_action = self.page_action(
            self.tr("Plan an &unannounced visit…"), self.start_visit, "Ctrl+Shift+V"
        )
        self.visit_action.setStatusTip(
            self.tr("Create an unannounced visit of the reported unit and open it")
        )
        self.delete_action = self.page_action(
            self.tr("&Delete"), self.delete_leads, QKeySequence.StandardKey.Delete
        )

    # -- data ----------------------------------------------------------------

    def current_filter(self) -> LeadFilter:
        """The filters as set on screen."""
        source, status = self.source_filter.currentData(), self.status_filter.currentData()
        return LeadFilter(
            search=self.filter.text(),
            source=LeadSource(source) if source else None,
            status=LeadStatus(status) if status else None,
        )

    def _load(self, workspace: Workspace, search: str) -> list[LeadRow]:
        return self.snapshot_loader(workspace, search)()

    def snapshot_loader(self, workspace: Workspace, search: str) -> Callable[[], list[LeadRow]]:
        return partial(list_leads, workspace.db, self.current_filter())  # filters read now

    def rows_loaded(self, rows: Sequence[LeadRow]) -> None:
        self._rows = list(rows)
        self.count.setText(self.tr("%n citizen report(s)", "", len(self._rows)))

    def columns_fitted(self) -> None:
        clamp_columns(self.table, 300)

    def refresh(self) -> None:
        super().refresh()
        readonly = self.workspace is None or self.workspace.readonly
        for action in (self.new_action, self.delete_action, self.visit_action):
            action.setEnabled(not readonly)
        self.add_button.setEnabled(not readonly)

    # -- actions -------------------------------------------------------------

    def menu_actions(self, position: QPoint) -> list[QAction]:
        """The context menu's actions for a click at ``position`` in the table."""
        if self.table.indexAt(position).isValid():
            return [self.new_action, self.edit_action, self.visit_action, self.delete_action]
        return [self.new_action]

    def _context_menu(self, position: QPoint) -> None:
        actions = self.menu_actions(position)
        QMenu.exec(actions, self.table.viewport().mapToGlobal(position), None, self)

    def add_lead(self) -> LeadDialog | None:
        """Open the editor on a new lead (modal)."""
        if self.workspace is None or self.workspace.readonly:
            return None
        dialog = LeadDialog(self.workspace, parent=self)
        dialog.exec()
        return dialog

    def edit_lead(self) -> LeadDialog | None:
        """Open the editor on the current lead (modal)."""
        current = self.current_id()
        if self.workspace is None or not current:
            return None
        dialog = LeadDialog(self.workspace, uuid.UUID(current), parent=self)
        dialog.exec()
        return dialog

    def start_visit(self) -> uuid.UUID | None:
        """Turn the current lead into an unannounced visit and open the visit's editor."""
        current = self.current_id()
        if self.workspace is None or self.workspace.readonly or not current:
            return None
        from inspectdesk.services.leads import LeadService
        from inspectdesk.ui.visit_editor import open_visit_editor

        try:
            visit_id = LeadService(self.workspace.db, self.workspace.bus).start_visit(
                uuid.UUID(current)
            )
        except UserError as exc:
            show_user_error(self, exc)
            return None
        open_visit_editor(self.window(), self.workspace, visit_id)
        return visit_id

    def delete_leads(self) -> None:
        """Move the selected leads to the trash, after confirmation; undoable."""
        if self.workspace is None or self.workspace.readonly:
            return
        ids = [uuid.UUID(i) for i in self.selected_ids() if i]
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete citizen reports"),
            self.tr(
                "Move %n citizen report(s) to the trash? You can restore them from the trash.",
                "",
                len(ids),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = LeadService(self.workspace.db, self.workspace.bus)
        service.set_deleted(ids, True)
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Delete %n citizen report(s)", "", len(ids)),
                redo=lambda: service.set_deleted(ids, True),
                undo=lambda: service.set_deleted(ids, False),
            )
        )
