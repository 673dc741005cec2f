"""Đơn vị: the inspected units as a flat list or as their tree, with the unit editor."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from inspectdesk.services import listing
from inspectdesk.services.listing import UnitRow
from inspectdesk.text import collation_key
from inspectdesk.ui.import_dialog import ImportDialog
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.row_model import ID_ROLE, Column
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.unit_dialog import UnitDialog
from inspectdesk.ui.workspace import Workspace


def _load(workspace: Workspace, search: str) -> Sequence[UnitRow]:
    return listing.list_units(workspace.db, search=search)


class UnitsPage(ListPage):
    """The unit list (or tree) with add, edit, delete to the trash and undo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Units"),
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: r.kind),
                Column(self.tr("Level"), lambda r: r.level),
                Column(self.tr("Parent unit"), lambda r: r.parent),
                Column(self.tr("Code"), lambda r: r.admin_code),
            ],
            _load,
            frozenset({"unit", "unit_kind", "unit_level"}),
            parent,
        )
        self.tree_button = QPushButton(self.tr("&Tree view"))
        self.tree_button.setCheckable(True)
        self.tree_button.toggled.connect(self._set_tree_mode)
        self.add_button = QPushButton(self.tr("&Add unit"))
        self.add_button.clicked.connect(self.add_unit)
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.import_button.setToolTip(
            self.tr("Bring in a list of units from .xlsx, .xls or .csv (also TCVN3/VNI fonts)")
        )
        self.import_button.clicked.connect(lambda: self.import_units())
        self.filters.addWidget(self.tree_button)
        self.filters.addWidget(self.add_button)
        self.filters.addWidget(self.import_button)
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.views = QStackedWidget()
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(self.table, self.views)
        self.views.addWidget(self.table)
        self.views.addWidget(self.tree)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for view in (self.table, self.tree):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._context_menu)
            view.activated.connect(lambda _index: self.edit_unit())  # Enter, double-click
        self.edit_action = self.page_action(self.tr("&Edit…"), self.edit_unit)
        self.delete_action = self.page_action(
            self.tr("&Delete"), self.delete_units, QKeySequence.StandardKey.Delete
        )
        self.new_action = self.page_action(self.tr("&Add unit…"), self.add_unit, "Insert")
        self.new_child_action = self.page_action(
            self.tr("Add a unit &under this one…"), self.add_child_unit
        )
        self.import_action = self.page_action(
            self.tr("Import units from E&xcel…"), self.import_units, "Ctrl+Shift+I"
        )
        self.import_people_action = self.page_action(
            self.tr("Import &people from Excel…"), self.import_people, "Ctrl+Shift+J"
        )

    # -- data ----------------------------------------------------------------

    def rows_loaded(self, rows: Sequence[UnitRow]) -> None:
        if self.tree_button.isChecked():
            self._fill_tree()

    def refresh(self) -> None:
        super().refresh()
        readonly = self.workspace is None or self.workspace.readonly
        for action in (
            self.edit_action,
            self.delete_action,
            self.new_action,
            self.new_child_action,
            self.import_action,
            self.import_people_action,
        ):
            action.setEnabled(not readonly or action is self.edit_action)
        self.add_button.setEnabled(not readonly)
        self.import_button.setEnabled(not readonly)

    def _set_tree_mode(self, on: bool) -> None:
        self.views.setCurrentWidget(self.tree if on else self.table)
        if on:
            self._fill_tree()

    def _fill_tree(self) -> None:
        """The tree of the units matching the filter, with their ancestors for context."""
        self.tree_model.clear()
        if self.workspace is None:
            return
        every = {r.id: r for r in listing.list_units(self.workspace.db)}
        shown = {r.id for r in self.model.rows()}
        keep: set[uuid.UUID] = set()
        for unit_id in shown:
            current: uuid.UUID | None = unit_id
            while current is not None and current not in keep and current in every:
                keep.add(current)
                current = every[current].parent_id
        children: dict[uuid.UUID | None, list[UnitRow]] = {}
        for row in every.values():
            if row.id in keep:
                parent = row.parent_id if row.parent_id in keep else None
                children.setdefault(parent, []).append(row)
        for rows in children.values():
            rows.sort(key=lambda r: collation_key(r.name))

        def add(parent_item: QStandardItem, parent_id: uuid.UUID | None) -> None:
            for row in children.get(parent_id, []):
                item = QStandardItem(row.name)
                item.setData(str(row.id), ID_ROLE)
                item.setToolTip(" · ".join(x for x in (row.kind, row.level, row.admin_code) if x))
                if row.id not in shown:
                    item.setForeground(Qt.GlobalColor.gray)
                parent_item.appendRow(item)
                add(item, row.id)

        add(self.tree_model.invisibleRootItem(), None)
        self.tree.expandAll() if self.filter.text() else self.tree.expandToDepth(0)

    def selected_ids(self) -> list[str]:
        if self.tree_button.isChecked():
            return [i.data(ID_ROLE) for i in self.tree.selectionModel().selectedRows()]
        return super().selected_ids()

    def current_id(self) -> str | None:
        if self.tree_button.isChecked():
            index = self.tree.currentIndex()
            return index.data(ID_ROLE) if index.isValid() else None
        return super().current_id()

    # -- actions -------------------------------------------------------------

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.new_action,
            self.new_child_action,
            self.edit_action,
            self.delete_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.import_people_action)
        view = self.tree if self.tree_button.isChecked() else self.table
        menu.exec(view.viewport().mapToGlobal(position))

    def add_unit(self, parent_id: uuid.UUID | None = None) -> UnitDialog | None:
        if self.workspace is None or self.workspace.readonly:
            return None
        dialog = UnitDialog(self.workspace, parent_id=parent_id, parent=self)
        dialog.exec()
        return dialog

    def import_units(self) -> ImportDialog | None:
        """Open the Excel import of units."""
        return self._open_import("units")

    def import_people(self) -> ImportDialog | None:
        """Open the Excel import of people (their units must be in the file already)."""
        return self._open_import("people")

    def _open_import(self, entity: str) -> ImportDialog | None:
        if self.workspace is None or self.workspace.readonly:
            return None
        dialog = ImportDialog(self.workspace, entity, parent=self)
        dialog.exec()
        return dialog

    def add_child_unit(self) -> None:
        current = self.current_id()
        self.add_unit(uuid.UUID(current) if current else None)

    def edit_unit(self) -> None:
        current = self.current_id()
        if self.workspace is None or current is None:
            return
        UnitDialog(self.workspace, uuid.UUID(current), parent=self).exec()

    def delete_units(self) -> None:
        """Move the selected units to the trash, after confirmation; undoable."""
        if self.workspace is None or self.workspace.readonly:
            return
        ids = [uuid.UUID(i) for i in self.selected_ids() if i]
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete units"),
            self.tr(
                "Move %n unit(s) to the trash? You can restore them from the trash.", "", len(ids)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.workspace.units
        service.set_deleted(ids, True)
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Delete %n unit(s)", "", len(ids)),
                redo=lambda: service.set_deleted(ids, True),
                undo=lambda: service.set_deleted(ids, False),
            )
        )
