"""A list screen: a filter box over a sortable table of service rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from inspectdesk.ui.row_model import SORT_ROLE, Column, RowTableModel

Loader = Callable[[str], Sequence[Any]]


class ListPage(QWidget):
    """Rows from ``loader(search)``; the filter ignores tones and is applied as you type."""

    def __init__(
        self, title: str, columns: Sequence[Column], loader: Loader, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (tones optional, e.g. “vinh yen”)"))
        self.filter.setClearButtonEnabled(True)
        self.model = RowTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._debounce.start)

    def reload(self) -> None:
        """Fetch the rows again for the current filter."""
        rows = self._loader(self.filter.text())
        self.model.set_rows(rows)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.count.setText(self.tr("%n row(s)", "", len(rows)))
        self.table.resizeColumnsToContents()
