"""A table model over a list too long to load: it knows the count, and reads pages.

The model is given a *query* (any value its two functions understand) and two
functions run in the background worker:

* ``count(query, should_stop) -> int``
* ``fetch(query, offset, limit, should_stop, matches) -> rows``

:meth:`PagedTableModel.set_query` counts and reads the first page off the UI thread
and then shows the new rows all at once; until then the old rows stay on screen. A
query superseded by a newer one (the next keystroke) is cancelled and its result
dropped. Rows further down are read a page at a time when the view first asks for
them; a bounded cache forgets the least recently used pages.

Sorting goes through the query as well: a header click calls :meth:`sort`, which asks
``sort_query(query, column, order)`` for the re-ordered query (the database sorts, in
Vietnamese order through its collation keys), or ``None`` for a column that cannot sort.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget

from inspectdesk.ui.row_model import ID_ROLE
from inspectdesk.ui.worker import Progress, Task, run_in_background

Index = QModelIndex | QPersistentModelIndex
ShouldStop = Callable[[], bool]
Counter = Callable[[Any, ShouldStop], int]
Fetcher = Callable[[Any, int, int, ShouldStop, int | None], Sequence[Any]]
Sorter = Callable[[Any, int, Qt.SortOrder], Any]

PAGE_SIZE = 200
MAX_PAGES = 50
"""Pages kept in memory (10,000 rows); the least recently used are forgotten first."""


@dataclass(frozen=True)
class PagedColumn:
    """One column: its header, and how to show a row's cell (text and tooltip)."""

    header: str
    display: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    alignment: Qt.AlignmentFlag | None = None


@dataclass
class _Shown:
    """What the model shows: a query, its count and the pages read so far."""

    query: Any = None
    count: int = 0
    generation: int = 0
    fetch: Fetcher | None = None
    pages: OrderedDict[int, Sequence[Any]] = field(default_factory=OrderedDict)
    pending: dict[int, Task] = field(default_factory=dict)


class PagedTableModel(QAbstractTableModel):
    """Rows read from a query page by page, in the background.

    Signals:
        loading(): a new query started counting (the old rows are still shown).
        loaded(int): a query's result replaced the rows; the argument is the count.
        failed(object): counting or reading a page raised this exception.
    """

    loading = Signal()
    loaded = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        columns: Sequence[PagedColumn],
        count: Counter | None = None,
        fetch: Fetcher | None = None,
        sort_query: Sorter | None = None,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._count = count
        self._sort_query = sort_query
        self.page_size = page_size
        self.max_pages = max(2, max_pages)
        self._shown = _Shown()
        self._generation = 0
        self._next: Task | None = None
        self._next_query: Any = None
        self._in_data = False

    # -- queries -----------------------------------------------------------------------

    def set_source(self, count: Counter | None, fetch: Fetcher | None) -> None:
        """Where rows come from from now on (the page binds them to the open file).

        Whatever is shown or running is dropped.
        """
        self.clear()
        self._count = count
        self._fetch = fetch

    @property
    def latest_query(self) -> Any:
        """The query last asked for: the one being counted, else the one shown."""
        return self._next_query if self.busy else self._shown.query

    @property
    def query(self) -> Any:
        """The query whose rows are shown (None before the first result)."""
        return self._shown.query

    @property
    def busy(self) -> bool:
        """True while a new query is being counted."""
        return self._next is not None and self._next.running

    def set_query(self, query: Any, count: int | None = None) -> None:
        """Count ``query`` and read its first page in the background, then show it.

        A query still running from an earlier call is cancelled; its result never
        shows. ``count``, when already known (a new order of the same rows), saves
        counting again.
        """
        if self._next is not None:
            self._next.cancel()
        self._generation += 1
        generation = self._generation
        counter, fetch, size = self._count, self._fetch, self.page_size
        if counter is None or fetch is None:
            raise RuntimeError("set_source() first: the model does not know where rows are")

        def work(progress: Progress) -> tuple[int, Sequence[Any]]:
            stop = progress.is_cancelled
            total = count if count is not None else counter(query, stop)
            return total, fetch(query, 0, size, stop, total) if total else []

        self.loading.emit()
        self._next_query = query
        task = run_in_background(
            None,
            "",
            work,
            lambda result: self._arrived(generation, query, fetch, result),
            lambda exc: self._failed(generation, exc),
            show_progress=False,
        )
        self._next = task if task.running else None

    def _arrived(
        self, generation: int, query: Any, fetch: Fetcher, result: tuple[int, Sequence[Any]]
    ) -> None:
        if generation == self._generation:
            self._next = None
            self.apply_result(query, *result, fetch=fetch)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._next = None
            self.failed.emit(exc)

    def apply_result(
        self, query: Any, count: int, first_page: Sequence[Any], fetch: Fetcher | None = None
    ) -> None:
        """Show ``query``'s rows: ``count`` of them, of which the first page is known.

        Further pages are read with ``fetch`` (by default the model's source).
        """
        self.beginResetModel()
        self._drop_pages()
        self._shown = _Shown(query, count, self._generation, fetch or self._fetch)
        if count:
            self._shown.pages[0] = list(first_page)
        self.endResetModel()
        self.loaded.emit(count)

    def clear(self) -> None:
        """Show nothing, and drop whatever is still running."""
        if self._next is not None:
            self._next.cancel()
            self._next = None
        self._generation += 1
        self.beginResetModel()
        self._drop_pages()
        self._shown = _Shown(generation=self._generation)
        self.endResetModel()

    def _drop_pages(self) -> None:
        for task in self._shown.pending.values():
            task.cancel()
        self._shown.pending.clear()
        self._shown.pages.clear()

    # -- rows --------------------------------------------------------------------------

    def row_at(self, row: int) -> Any:
        """The row at ``row`` if its page was read, else None (its page is then asked for)."""
        if not 0 <= row < self._shown.count:
            return None
        page_number, offset = divmod(row, self.page_size)
        page = self._shown.pages.get(page_number)
        if page is None:
            self._request(page_number)
            page = self._shown.pages.get(page_number)  # read at once in synchronous mode
            if page is None:
                return None
        else:
            self._shown.pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def loaded_rows(self) -> int:
        """How many rows are in memory now."""
        return sum(len(page) for page in self._shown.pages.values())

    def _request(self, page_number: int) -> None:
        shown = self._shown
        fetch = shown.fetch
        if page_number in shown.pending or shown.query is None or fetch is None:
            return
        query, count, size = shown.query, shown.count, self.page_size

        def work(progress: Progress) -> Sequence[Any]:
            return fetch(query, page_number * size, size, progress.is_cancelled, count)

        task = run_in_background(
            None,
            "",
            work,
            lambda rows: self._page_arrived(shown, page_number, rows),
            lambda exc: self._page_failed(shown, page_number, exc),
            show_progress=False,
        )
        if task.running:
            shown.pending[page_number] = task

    def _page_arrived(self, shown: _Shown, page_number: int, rows: Sequence[Any]) -> None:
        shown.pending.pop(page_number, None)
        if shown is not self._shown:
            return
        shown.pages[page_number] = list(rows)
        while len(shown.pages) > self.max_pages:
            shown.pages.popitem(last=False)
        if self._in_data:  # read synchronously while the view asked: nothing to repaint
            return
        first = page_number * self.page_size
        last = min(shown.count, first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    def _page_failed(self, shown: _Shown, page_number: int, exc: BaseException) -> None:
        shown.pending.pop(page_number, None)
        if shown is self._shown:
            self.failed.emit(exc)

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown.count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            ID_ROLE,
        ):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if column.alignment is None else int(column.alignment)
        self._in_data = True
        try:
            row = self.row_at(index.row())
        finally:
            self._in_data = False
        if row is None:
            return None
        if role == ID_ROLE:
            return str(getattr(row, "id", ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.display(row)
        return column.display(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the order of ``column`` (the rows stay until the new ones come)."""
        if self._sort_query is None or not 0 <= column < len(self._columns):
            return
        base = self.latest_query
        if base is None:
            return
        sorted_query = self._sort_query(base, column, order)
        if sorted_query is None or sorted_query == base:
            return
        self.set_query(sorted_query, None if self.busy else self._shown.count)


def selected_ids(table: QAbstractItemView) -> list[str]:
    """The ids of the selected rows of a paged table (those already read), in view order."""
    model = table.model()
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    ids = [model.index(row, 0).data(ID_ROLE) for row in rows]
    return [i for i in ids if i]


def current_id(table: QAbstractItemView) -> str | None:
    """The id of a paged table's current row (None when no row is current or read)."""
    index = table.currentIndex()
    return table.model().index(index.row(), 0).data(ID_ROLE) if index.isValid() else None


def run_export(
    parent: QWidget,
    button: QAbstractButton,
    title: str,
    work: Callable[[Progress], int],
    on_done: Callable[[int], None],
) -> Task:
    """Run an export of a paged list in the background, ``button`` disabled meanwhile."""
    button.setEnabled(False)
    task = run_in_background(parent, title, work, on_done)
    if task.running:
        task.ended.connect(lambda: button.setEnabled(True))
    else:
        button.setEnabled(True)
    return task
