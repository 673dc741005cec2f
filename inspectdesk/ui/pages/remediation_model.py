"""The follow-up list's columns and its paged model, overdue rows marked in red.

The rows come a page at a time from a
:class:`~inspectdesk.services.recommendation_paging.RecommendationQuery`; a header
click re-queries in that column's order, and clearing the header's sort indicator (a
third click) goes back to the list's own order: unfinished first, by deadline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
)

from inspectdesk.db.database import Database
from inspectdesk.domain.enums import RemediationStatus
from inspectdesk.services.recommendation_paging import (
    RecommendationCounts,
    RecommendationQuery,
    RecommendationRow,
    RecommendationSort,
    ShouldStop,
)
from inspectdesk.services.xlsx_export import export_rows
from inspectdesk.ui.labels import label
from inspectdesk.ui.paged_model import Counter, Fetcher, Index, PagedColumn, PagedTableModel
from inspectdesk.ui.recommendation_dialog import short_date
from inspectdesk.ui.row_model import ID_ROLE
from inspectdesk.ui.worker import Progress

OVERDUE_COLOR = QColor("#b00020")

UNIT_COLUMN, DATE_COLUMN, TEXT_COLUMN, DEADLINE_COLUMN = 0, 1, 2, 3
STATUS_COLUMN, OVERDUE_COLUMN, DONE_ON_COLUMN, RESPONSIBLE_COLUMN = 4, 5, 6, 7

SORTS = (
    RecommendationSort.UNIT,
    RecommendationSort.VISIT_DATE,
    RecommendationSort.TEXT,
    RecommendationSort.DEADLINE,
    RecommendationSort.STATUS,
    RecommendationSort.OVERDUE,
    RecommendationSort.DONE_ON,
    RecommendationSort.RESPONSIBLE,
)
"""The order each column sorts by, column by column."""
COLUMN_WIDTHS = (230, 95, 320, 118, 120, 80, 120)
"""Widths of every column but the last (it stretches), unless the user's are restored."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def recommendation_columns(headers: Sequence[str], overdue_text: str) -> list[PagedColumn]:
    """The follow-up list's columns, under ``headers`` (translated by the page).

    ``overdue_text`` is what the overdue column says for an overdue recommendation.
    """
    unit, day, text, deadline, status, overdue, done_on, responsible = headers
    centre = Qt.AlignmentFlag.AlignCenter

    def row(r: Any) -> RecommendationRow:
        assert isinstance(r, RecommendationRow)
        return r

    return [
        PagedColumn(unit, lambda r: row(r).unit),
        PagedColumn(day, lambda r: short_date(row(r).visit_date), None, centre),
        PagedColumn(text, lambda r: _one_line(row(r).text), lambda r: row(r).text),
        PagedColumn(deadline, lambda r: short_date(row(r).deadline), None, centre),
        PagedColumn(status, lambda r: label(row(r).status)),
        PagedColumn(overdue, lambda r: overdue_text if row(r).overdue else ""),
        PagedColumn(done_on, lambda r: short_date(row(r).done_on), None, centre),
        PagedColumn(responsible, lambda r: row(r).responsible),
    ]


def sort_query(
    query: RecommendationQuery, column: int, order: Qt.SortOrder
) -> RecommendationQuery | None:
    """``query`` in the order of ``column``; -1 (no column) is the list's own order."""
    if column < 0:
        return dataclasses.replace(query, sort=RecommendationSort.DEFAULT, descending=False)
    if column >= len(SORTS):
        return None
    descending = order == Qt.SortOrder.DescendingOrder
    return dataclasses.replace(query, sort=SORTS[column], descending=descending)


def counted(query: RecommendationQuery) -> RecommendationQuery:
    """The query the counts are filed under: its order does not change them."""
    return dataclasses.replace(query, sort=RecommendationSort.DEFAULT, descending=False)


def query_source(
    db: Database, counts: dict[RecommendationQuery, RecommendationCounts]
) -> tuple[Counter, Fetcher]:
    """The model's ``count`` and ``fetch`` over ``db`` (they run in worker threads).

    ``count`` files each query's counts in ``counts`` under :func:`counted`, for the
    page to say how many are overdue once the rows are shown.
    """

    def count(query: RecommendationQuery, should_stop: ShouldStop) -> int:
        found = query.counts(db, should_stop)
        counts[counted(query)] = found
        return found.matches

    def fetch(
        query: RecommendationQuery,
        offset: int,
        limit: int,
        should_stop: ShouldStop,
        matches: int | None,
    ) -> list[RecommendationRow]:
        return query.fetch(db, offset, limit, should_stop, matches)

    return count, fetch


class RemediationTableModel(PagedTableModel):
    """Recommendations read page by page; an overdue row's deadline and flag are red.

    The first of the marked columns also carries a warning icon.
    """

    MARKED = (DEADLINE_COLUMN, OVERDUE_COLUMN)

    def __init__(self, columns: Sequence[PagedColumn], parent: QObject | None = None) -> None:
        super().__init__(columns, None, None, sort_query, parent)
        self._icon: QIcon | None = None

    def _warning_icon(self) -> QIcon:
        if self._icon is None:
            style = QApplication.style()
            self._icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole):
            return super().data(index, role)
        if not index.isValid() or index.column() not in self.MARKED:
            return None
        if super().data(index, ID_ROLE) is None:  # its page is not read yet (now asked for)
            return None
        row = self.row_at(index.row())
        if not isinstance(row, RecommendationRow) or not row.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_COLOR
        return self._warning_icon() if index.column() == self.MARKED[0] else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in ``column``'s order; -1 (the indicator cleared) is the list's own."""
        if column >= 0:
            super().sort(column, order)
            return
        base = self.latest_query
        if not isinstance(base, RecommendationQuery):
            return
        query = sort_query(base, column, order)
        if query is not None and query != base:
            self.set_query(query, None if self.busy else self.rowCount())


def recommendation_table(model: RemediationTableModel, row_height: int) -> QTableView:
    """A read-only table of whole rows over ``model``, sorted by the database.

    No column is sorted at first (the list's own order); a third click on a header
    comes back to it. Rows have one fixed height, so no row is measured.
    """
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    for column, width in enumerate(COLUMN_WIDTHS):
        table.setColumnWidth(column, width)
    return table


@dataclasses.dataclass(frozen=True)
class ExportTexts:
    """The words of an export, translated on the UI thread before the work starts."""

    headers: Sequence[str]
    title: str
    overdue: str
    progress: str
    """"Writing recommendation %1 of %2…"."""
    group_separator: str


def export_work(
    db: Database, query: RecommendationQuery, path: Path, texts: ExportTexts
) -> Callable[[Progress], int]:
    """The background work that writes every row of ``query`` to ``path`` (.xlsx).

    Rows are read in batches as they are written, with progress; the work returns how
    many rows it wrote.
    """
    statuses = {status: label(status) for status in RemediationStatus}

    def number(n: int) -> str:
        return f"{n:,}".replace(",", texts.group_separator)

    def work(progress: Progress) -> int:
        total = query.count(db, progress.is_cancelled)

        def rows() -> Iterator[list[Any]]:
            done = 0
            for batch in query.iter_rows(db, should_stop=progress.is_cancelled):
                for r in batch:
                    overdue = texts.overdue if r.overdue else ""
                    yield [
                        *(r.unit, r.visit_date, r.text, r.deadline, statuses[r.status]),
                        *(overdue, r.done_on, r.responsible),
                    ]
                done += len(batch)
                message = texts.progress.replace("%1", number(done)).replace("%2", number(total))
                progress.report(done, total, message)

        return export_rows(path, texts.title, texts.headers, rows(), title=texts.title)

    return work
