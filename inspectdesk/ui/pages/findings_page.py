"""Kết quả kiểm tra: every finding, filtered as you type, however many there are.

The list reads from the database a page at a time (:mod:`inspectdesk.ui.paged_model`),
so half a million findings open and filter without freezing: a keystroke restarts a
short pause, then the count and the first page are read in the background while the
old rows stay on screen. "Export to Excel…" writes every row of the current filter
(not only those read so far), in the background, with progress and Cancel.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import FindingKind
from inspectdesk.services.paging import FindingListRow, FindingQuery, FindingSort, ShouldStop
from inspectdesk.services.xlsx_export import export_rows
from inspectdesk.text import format_short_date
from inspectdesk.ui.labels import label
from inspectdesk.ui.paged_model import (
    PagedColumn,
    PagedTableModel,
    current_id,
    run_export,
    selected_ids,
)
from inspectdesk.ui.pages.base import Page
from inspectdesk.ui.worker import Progress, show_background_error
from inspectdesk.ui.workspace import Workspace

DEBOUNCE_MS = 150
SORTS = (FindingSort.UNIT, FindingSort.DATE, FindingSort.KIND, FindingSort.ITEM, FindingSort.TEXT)
"""The order each column sorts by, column by column."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def finding_columns(
    headers: Sequence[str] | None = None,
) -> list[PagedColumn]:
    """The columns of the findings list: unit, date, kind, checklist item, finding."""
    unit, day, kind, item, text = headers or ("Unit", "Date", "Kind", "Item", "Finding")
    centre = Qt.AlignmentFlag.AlignCenter
    return [
        PagedColumn(unit, lambda r: r.unit),
        PagedColumn(
            day, lambda r: format_short_date(r.visit_date) if r.visit_date else "", None, centre
        ),
        PagedColumn(kind, lambda r: label(r.kind)),
        PagedColumn(item, lambda r: r.item_code, None, centre),
        PagedColumn(text, lambda r: _one_line(r.text), lambda r: r.text),
    ]


def sort_query(query: FindingQuery, column: int, order: Qt.SortOrder) -> FindingQuery | None:
    """``query`` re-ordered by ``column`` (None for a column that does not sort)."""
    if not 0 <= column < len(SORTS):
        return None
    descending = order == Qt.SortOrder.DescendingOrder
    return dataclasses.replace(query, sort=SORTS[column], descending=descending)


class FindingsPage(Page):
    """Findings of every visit: tone-blind filter, kind filter, sorted by the database.

    ``visit_requested(id)`` asks the main window to open the visit of the finding
    activated (Enter or double-click).
    """

    TABLES = frozenset({"finding", "visit", "unit", "checklist_item"})
    visit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Inspection results"))
        self.title.setObjectName("pageTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            self.tr("Filter findings (tones optional, e.g. “vien chuc”)")
        )
        self.filter.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in FindingKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.model = PagedTableModel(
            finding_columns(
                (
                    self.tr("Unit"),
                    self.tr("Date"),
                    self.tr("Kind"),
                    self.tr("Item"),
                    self.tr("Finding"),
                )
            ),
            None,
            None,
            sort_query,
            self,
        )
        self.model.loading.connect(self._loading)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: show_background_error(self, self.title.text(), exc))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for column, width in enumerate((300, 90, 130, 80)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda _index: self.open_current())
        self.count = QLabel()
        self.export_note = QLabel()
        self.export_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.filter, 1)
        self.filters.addWidget(self.kind)
        self.filters.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.export_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.filter.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.refresh)
        self._sized = False  # the main window's header-state restore sets it

    # -- data --------------------------------------------------------------------------

    def attach(self, workspace: Workspace | None) -> None:
        """Read from ``workspace``'s file from now on (nothing when it is None)."""
        if workspace is None:
            self.model.set_source(None, None)
        else:
            db = workspace.db

            def count(query: FindingQuery, should_stop: ShouldStop) -> int:
                return query.count(db, should_stop)

            def fetch(
                query: FindingQuery, offset: int, limit: int, stop: ShouldStop, matches: int | None
            ) -> list[FindingListRow]:
                return query.fetch(db, offset, limit, stop, matches)

            self.model.set_source(count, fetch)
        super().attach(workspace)

    def current_query(self) -> FindingQuery:
        """The query the filters describe, in the order the header shows (the user's)."""
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        kind = self.kind.currentData()
        return FindingQuery(
            search=self.filter.text(),
            kind=FindingKind(kind) if kind else None,
            sort=SORTS[section] if 0 <= section < len(SORTS) else FindingSort.UNIT,
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def refresh(self) -> None:
        """Count and read the findings again for the current filters (in the background)."""
        super().refresh()
        self._debounce.stop()
        if self.workspace is None:
            return
        self.model.set_query(self.current_query())

    def clear(self) -> None:
        self._debounce.stop()
        self.model.clear()
        self.count.setText("")
        self.export_note.setText("")

    def _loading(self) -> None:
        if self.model.query is None:
            self.count.setText(self.tr("Searching…"))

    def _loaded(self, count: int) -> None:
        self.count.setText(self.tr("%Ln finding(s)", "", count))

    def apply_filter(self, **criteria: object) -> None:
        """Show the findings of one kind (``kind=FindingKind…``), from the overview."""
        kind = criteria.get("kind")
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(kind.value)) if isinstance(kind, FindingKind) else 0
        )
        self.kind.blockSignals(False)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.refresh()

    # -- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the selected findings (of rows already read), in view order."""
        return selected_ids(self.table)

    def current_id(self) -> str | None:
        return current_id(self.table)

    def open_current(self) -> None:
        """Ask for the visit of the current finding to be opened."""
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.visit_requested.emit(str(uuid.UUID(str(row.visit_id))))

    # -- export ------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for a file and write every finding of the current filter to it."""
        if self.workspace is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self.tr("inspection-results.xlsx"))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.export_to(Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write every finding of the current filter to ``path`` in the background."""
        if self.workspace is None:
            return
        db = self.workspace.db
        query = self.model.latest_query or self.current_query()
        headers = [
            str(self.model.headerData(c, Qt.Orientation.Horizontal))
            for c in range(self.model.columnCount())
        ]
        kinds = {kind: label(kind) for kind in FindingKind}
        progress_text = self.tr("Writing finding %1 of %2…")
        title = self.tr("Inspection results")
        if query.search.strip():
            title = self.tr("Inspection results — filter “%1”").replace("%1", query.search.strip())
        sheet = self.tr("Findings")
        separator = QLocale().groupSeparator()

        def number(n: int) -> str:
            return f"{n:,}".replace(",", separator)

        def work(progress: Progress) -> int:
            total = query.count(db, progress.is_cancelled)

            def rows() -> Iterator[list[Any]]:
                done = 0
                stop = progress.is_cancelled
                for batch in query.iter_rows(db, should_stop=stop, matches=total):
                    for r in batch:
                        yield [r.unit, r.visit_date, kinds[r.kind], r.item_code, r.text]
                    done += len(batch)
                    message = progress_text.replace("%1", number(done)).replace("%2", number(total))
                    progress.report(done, total, message)

            return export_rows(path, sheet, headers, rows(), title=title)

        self.export_task = run_export(
            self,
            self.export_button,
            self.tr("Exporting to Excel"),
            work,
            lambda n: self._exported(path, n),
        )

    def _exported(self, path: Path, rows: int) -> None:
        self.export_note.setText(
            self.tr("Exported %Ln finding(s) to “%1”.", "", rows).replace("%1", path.name)
        )
