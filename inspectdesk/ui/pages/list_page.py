"""A list screen: a filter box over a sortable table of service rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services.xlsx_export import export_rows
from inspectdesk.ui.pages.base import Page
from inspectdesk.ui.row_model import ID_ROLE, SORT_ROLE, Column, RowTableModel
from inspectdesk.ui.worker import Progress, Task, run_in_background
from inspectdesk.ui.workspace import Workspace

Loader = Callable[[Workspace, str], Sequence[Any]]
SIZE_SAMPLE = 200
"""Rows (from the top) that column widths are fitted to."""


class ListPage(Page):
    """Rows from ``loader(workspace, search)``; the filter ignores tones, applied as you type.

    Subclasses add filter widgets to :attr:`filters` (a row above the table) and pass
    their values through their own loader, and do what depends on the rows in
    :meth:`rows_loaded`. The loader runs in a worker thread (50,000 visits take half a
    second to read): the window stays responsive, and rows of a load that a newer one
    superseded are dropped.
    """

    background_loading = True
    """Read the rows in a worker thread. Tests of what pages do with their rows switch it
    off (tests/ui/conftest.py) to read them at once; tests/ui/test_list_loading.py keeps
    it on."""

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        loader: Loader,
        tables: frozenset[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.TABLES = tables
        self._loader = loader
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (tones optional, e.g. “vinh yen”)"))
        self.filter.setClearButtonEnabled(True)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.filter, 1)
        self.model = RowTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        # Columns are fitted to the first rows only: measuring 50,000 visits' cells took
        # a third of a second of the UI thread on the reference file.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE)
        self.count = QLabel()
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.setToolTip(self.tr("Write the rows as shown (filtered and sorted)"))
        self.export_button.clicked.connect(self.export)
        self.filters.addWidget(self.export_button)
        self.export_task: Task | None = None
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(self.title)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.filter.textChanged.connect(self._debounce.start)
        self._sized = False
        self.load_task: Task | None = None
        self._generation = 0

    @staticmethod
    def compact(combo: QComboBox, chars: int = 10) -> QComboBox:
        """Let a filter combo be narrower than its longest item (the popup shows it all)."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        return combo

    def page_action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        """An action added to the page; its shortcut works while the page has the focus."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def add_filter_row(self) -> QHBoxLayout:
        """A further row of filter widgets under the search box (keeps the page narrow)."""
        row = QHBoxLayout()
        self._layout.insertLayout(self._layout.indexOf(self.table), row)
        return row

    def refresh(self) -> None:
        """Fetch the rows again for the current filter, keeping the sort and selection."""
        super().refresh()
        if self.workspace is None:
            return
        self._generation += 1
        generation, workspace, search = self._generation, self.workspace, self.filter.text()
        selected = set(self.selected_ids())
        load = self.snapshot_loader(workspace, search)

        def work(_progress: Progress) -> Sequence[Any]:
            return load()

        def done(rows: Sequence[Any]) -> None:
            if generation == self._generation and self.workspace is workspace:
                self._show_rows(rows, selected)

        if not self.background_loading:
            done(work(Progress()))
            return
        self.load_task = run_in_background(self, self.title.text(), work, done, show_progress=False)

    def snapshot_loader(self, workspace: Workspace, search: str) -> Callable[[], Sequence[Any]]:
        """The read to run, with everything it needs from the screen taken now.

        It runs in a worker thread, which must not touch widgets: a page whose loader
        reads its filter widgets overrides this to read them here, on the UI thread.
        """
        return partial(self._loader, workspace, search)

    def _show_rows(self, rows: Sequence[Any], selected: set[str]) -> None:
        self.rows_arriving(rows)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n row(s)", "", len(rows)))
        if not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = bool(rows)
            if self._sized:
                self.columns_fitted()
        if selected:
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(ID_ROLE) in selected:
                    self.table.selectRow(row)
        self.rows_loaded(rows)

    def rows_arriving(self, rows: Sequence[Any]) -> None:
        """Called with the rows of a refresh just before the table shows them (for what
        the columns read besides the rows)."""

    def rows_loaded(self, rows: Sequence[Any]) -> None:
        """Called once the rows of a refresh are shown (for the count, a tree…)."""

    def columns_fitted(self) -> None:
        """Called when the columns were fitted to the first rows shown."""

    def clear(self) -> None:
        self._generation += 1  # rows still being read belong to the file just closed
        self.model.set_rows([])
        self.count.setText("")

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in view order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in rows]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.index(index.row(), 0).data(ID_ROLE) if index.isValid() else None

    def export(self) -> None:
        """Ask for a file and write the rows as shown to it."""
        if self.workspace is None:
            return
        folder = self.workspace.path.parent if self.workspace.path else Path.home()
        suggested = str(folder / f"{self.title.text()}.xlsx")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.export_to(Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx"))

    def export_to(self, path: Path) -> Task:
        """Write the visible rows to ``path`` in the background; say where it went."""
        headers, cells = self.visible_rows()
        sheet = self.title.text()

        def work(_progress: Progress) -> int:
            return export_rows(path, sheet, headers, cells, title=sheet)

        def done(count: int) -> None:
            self.count.setText(
                self.tr("%n row(s) written to %1", "", count).replace("%1", str(path))
            )

        self.export_task = run_in_background(self, self.tr("Exporting to Excel"), work, done)
        return self.export_task

    def visible_rows(self) -> tuple[list[str], list[list[str]]]:
        """The headers and the cells as shown (filtered and sorted), for export."""
        headers = [
            str(self.proxy.headerData(c, Qt.Orientation.Horizontal))
            for c in range(self.proxy.columnCount())
        ]
        cells = [
            [str(self.proxy.index(r, c).data() or "") for c in range(self.proxy.columnCount())]
            for r in range(self.proxy.rowCount())
        ]
        return headers, cells
