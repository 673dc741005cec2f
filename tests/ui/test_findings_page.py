"""The findings page and its paged model: counts, pages on demand, sorting, export."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import FindingKind
from inspectdesk.services.paging import FindingQuery, FindingSort
from inspectdesk.text import fold
from inspectdesk.ui import worker
from inspectdesk.ui.labels import label
from inspectdesk.ui.paged_model import PagedColumn, PagedTableModel
from inspectdesk.ui.pages.findings_page import FindingsPage
from inspectdesk.ui.row_model import ID_ROLE
from inspectdesk.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    yield
    assert worker.wait_for_all(5000), "background work was left running"


@pytest.fixture
def sync() -> Iterator[None]:
    with worker.synchronous():
        yield


@pytest.fixture
def page(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[FindingsPage]:
    widget = FindingsPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.attach(demo_workspace)
    yield widget
    widget.attach(None)


# -- the paged model over a fake source -----------------------------------------------


@dataclass(frozen=True)
class Row:
    id: str
    n: int


@dataclass(frozen=True)
class Numbers:
    """A query over the numbers below ``size``: ``step`` apart, ascending or not."""

    size: int
    descending: bool = False

    def rows(self) -> list[Row]:
        numbers = sorted(range(self.size), reverse=self.descending)
        return [Row(f"id-{n}", n) for n in numbers]


class Source:
    """count/fetch functions that record their calls; ``gate`` can hold a query back."""

    def __init__(self) -> None:
        self.fetches: list[tuple[Numbers, int, int]] = []
        self.counts: list[Numbers] = []
        self.gates: dict[int, threading.Event] = {}

    def count(self, query: Numbers, should_stop: Callable[[], bool]) -> int:
        self.counts.append(query)
        gate = self.gates.get(query.size)
        if gate is not None:
            while not gate.wait(0.01):
                if should_stop():
                    raise worker.Cancelled
        return query.size

    def fetch(
        self, query: Numbers, offset: int, limit: int, stop: Callable[[], bool], matches: Any
    ) -> Sequence[Row]:
        self.fetches.append((query, offset, limit))
        return query.rows()[offset : offset + limit]


COLUMNS = [
    PagedColumn("Số", lambda r: str(r.n), lambda r: f"Số {r.n}", Qt.AlignmentFlag.AlignRight),
    PagedColumn("Chẵn", lambda r: "có" if r.n % 2 == 0 else "không"),
]


def _sort(query: Numbers, column: int, order: Qt.SortOrder) -> Numbers | None:
    if column != 0:
        return None
    return Numbers(query.size, order == Qt.SortOrder.DescendingOrder)


def _model(source: Source, page_size: int = 50, max_pages: int = 3) -> PagedTableModel:
    return PagedTableModel(
        COLUMNS, source.count, source.fetch, _sort, page_size=page_size, max_pages=max_pages
    )


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, sync: None) -> None:
    source = Source()
    model = _model(source)
    qtmodeltester.check(model)
    model.set_query(Numbers(437))
    qtmodeltester.check(model)
    assert model.rowCount() == 437 and model.columnCount() == 2
    assert model.index(436, 0).data() == "436"
    assert model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == "Số 3"
    assert model.index(3, 0).data(ID_ROLE) == "id-3"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Chẵn"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "436"


def test_only_the_count_and_the_pages_looked_at_are_read(sync: None) -> None:
    source = Source()
    model = _model(source)
    model.set_query(Numbers(1_000_000))
    assert model.rowCount() == 1_000_000
    assert source.fetches == [(Numbers(1_000_000), 0, 50)]
    assert model.index(999_999, 1).data() == "không"
    assert model.index(500_010, 0).data() == "500010"
    assert [f[1] for f in source.fetches] == [0, 999_950, 500_000]
    assert model.loaded_rows() == 150


def test_least_recently_used_pages_are_forgotten(sync: None) -> None:
    source = Source()
    model = _model(source, page_size=10, max_pages=3)
    model.set_query(Numbers(100))
    for row in (15, 25, 5, 35):  # page 0 was used again before page 3 came
        model.index(row, 0).data()
    assert model.loaded_rows() == 30
    before = len(source.fetches)
    model.index(5, 0).data()  # still cached
    assert len(source.fetches) == before
    model.index(15, 0).data()  # page 1 was the least recently used: read again
    assert source.fetches[-1][1] == 10


def test_sorting_re_queries_without_counting_again(sync: None) -> None:
    source = Source()
    model = _model(source)
    model.set_query(Numbers(120))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query == Numbers(120, descending=True)
    assert model.index(0, 0).data() == "119"
    assert len(source.counts) == 1
    model.sort(1, Qt.SortOrder.AscendingOrder)  # a column that does not sort
    assert model.query == Numbers(120, descending=True)


def test_a_superseded_query_never_shows(qtbot: QtBot) -> None:
    source = Source()
    model = _model(source)
    source.gates[111] = threading.Event()  # the first query is slow
    applied: list[int] = []
    model.loaded.connect(applied.append)
    model.set_query(Numbers(111))
    qtbot.waitUntil(lambda: len(source.counts) == 1, timeout=3000)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(Numbers(222))
    source.gates[111].set()
    assert worker.wait_for_all(5000)
    qtbot.wait(50)  # let anything still queued arrive
    assert applied == [222] and model.rowCount() == 222
    assert model.query == Numbers(222)


def test_pages_arrive_later_in_the_threaded_mode(qtbot: QtBot) -> None:
    source = Source()
    model = _model(source)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(Numbers(500))
    assert model.index(450, 0).data() is None  # not read yet: asked for
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    assert changed.args[0].row() == 450 and changed.args[1].row() == 499
    assert model.index(450, 0).data() == "450"


def test_clear_drops_everything(sync: None) -> None:
    source = Source()
    model = _model(source)
    model.set_query(Numbers(10))
    model.clear()
    assert model.rowCount() == 0 and model.query is None
    assert model.index(0, 0).data() is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


# -- the page on the demo file --------------------------------------------------------


def _expected(page: FindingsPage, query: FindingQuery) -> int:
    assert page.workspace is not None
    return query.count(page.workspace.db)


def test_page_shows_every_finding(page: FindingsPage, sync: None, qtmodeltester: Any) -> None:
    page.show()
    total = _expected(page, FindingQuery())
    assert total > 20
    assert page.model.rowCount() == total
    assert page.count.text() == page.tr("%Ln finding(s)", "", total)
    qtmodeltester.check(page.model)
    first = page.model.row_at(0)
    assert page.model.index(0, 0).data() == first.unit
    assert page.model.index(0, 2).data() == label(first.kind)
    assert page.model.index(0, 3).data() == first.item_code
    assert uuid.UUID(page.model.index(0, 0).data(ID_ROLE)) == first.id


def test_typing_filters_after_a_pause(page: FindingsPage, qtbot: QtBot, sync: None) -> None:
    page.show()
    total = page.model.rowCount()
    expected = _expected(page, FindingQuery(search="cong chuc"))
    assert 0 < expected < total
    qtbot.keyClicks(page.filter, "cong chuc")
    assert page.model.rowCount() == total  # nothing re-read while typing
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=3000)
    texts = [fold(page.model.row_at(r).text) for r in range(page.model.rowCount())]
    assert all("cong" in t and "chuc" in t for t in texts)


def test_typing_in_the_threaded_mode(page: FindingsPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.show()
    expected = _expected(page, FindingQuery(search="vien chuc"))
    with qtbot.waitSignal(page.model.loaded, timeout=5000) as loaded:
        qtbot.keyClicks(page.filter, "vien chuc")
    assert loaded.args == [expected]
    assert page.model.rowCount() == expected


def test_kind_filter_and_overview_link(page: FindingsPage, sync: None) -> None:
    page.show()
    page.kind.setCurrentIndex(page.kind.findData(FindingKind.VIOLATION.value))
    expected = _expected(page, FindingQuery(kind=FindingKind.VIOLATION))
    assert page.model.rowCount() == expected > 0
    kinds = {page.model.row_at(r).kind for r in range(page.model.rowCount())}
    assert kinds == {FindingKind.VIOLATION}
    page.filter.setText("x")
    page.apply_filter(kind=FindingKind.STRENGTH)
    assert page.filter.text() == "" and page.kind.currentData() == FindingKind.STRENGTH.value
    assert page.model.rowCount() == _expected(page, FindingQuery(kind=FindingKind.STRENGTH))
    page.apply_filter()
    assert page.kind.currentIndex() == 0


def test_header_click_sorts_through_the_database(
    page: FindingsPage, qtbot: QtBot, sync: None
) -> None:
    page.show()
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == 3
    query = page.model.query
    assert query.sort is FindingSort.ITEM
    assert query.descending == (header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    dates = [page.model.row_at(r).visit_date for r in range(page.model.rowCount())]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and page.model.query.sort is FindingSort.DATE
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    dates = [page.model.row_at(r).visit_date for r in range(page.model.rowCount())]
    assert [d for d in dates if d is not None] == sorted(known, reverse=True)
    page.filter.setText("a")
    page.refresh()  # a new filter keeps the order chosen
    assert page.model.query.sort is FindingSort.DATE and page.model.query.descending


def test_activating_a_row_asks_for_its_visit(page: FindingsPage, qtbot: QtBot, sync: None) -> None:
    page.show()
    page.table.setCurrentIndex(page.model.index(2, 0))
    with qtbot.waitSignal(page.visit_requested) as requested:
        page.open_current()
    assert requested.args == [str(page.model.row_at(2).visit_id)]
    assert page.current_id() == str(page.model.row_at(2).id)
    page.table.selectRow(2)
    assert page.selected_ids() == [str(page.model.row_at(2).id)]


def test_export_writes_every_row_of_the_filter(
    page: FindingsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sync: None
) -> None:
    page.model.page_size = 5  # so the export must read far more than the pages shown
    page.show()
    page.filter.setText("cong chuc")
    page.refresh()
    expected = page.model.rowCount()
    assert expected > page.model.page_size and page.model.loaded_rows() == 5
    target = tmp_path / "kết quả"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    written = tmp_path / "kết quả.xlsx"
    sheet = load_workbook(written).active
    assert sheet.max_row == expected + 2  # a title line, the headings, the rows
    headings = [c.value for c in sheet[2]]
    assert headings == [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    first = page.model.row_at(0)
    assert [c.value for c in sheet[3]][2:] == [label(first.kind), first.item_code, first.text]
    assert "cong chuc" in sheet["A1"].value
    assert written.name in page.export_note.text()
    assert page.export_button.isEnabled()


def test_export_in_the_background_can_be_cancelled(
    page: FindingsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.show()
    release = threading.Event()
    import inspectdesk.ui.pages.findings_page as module

    real_export = module.export_rows

    def slow_export(path: Path, *args: Any, **kwargs: Any) -> int:
        release.wait(5)
        return real_export(path, *args, **kwargs)

    monkeypatch.setattr(module, "export_rows", slow_export)
    page.export_to(tmp_path / "a.xlsx")
    assert not page.export_button.isEnabled()
    task = page.export_task
    with qtbot.waitSignal(task.ended, timeout=5000):
        task.cancel()
        release.set()
    assert page.export_button.isEnabled()
    assert page.export_note.text() == ""
    assert not (tmp_path / "a.xlsx").exists()


def test_a_restored_header_order_is_used_when_the_file_opens(
    qtbot: QtBot, demo_workspace: Workspace, sync: None
) -> None:
    saved = FindingsPage()
    qtbot.addWidget(saved)
    saved.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    state = saved.table.horizontalHeader().saveState()
    page = FindingsPage()  # as the main window builds it: header restored before a file opens
    qtbot.addWidget(page)
    page.table.horizontalHeader().restoreState(state)
    page.attach(demo_workspace)
    page.show()
    assert page.model.query.sort is FindingSort.DATE and page.model.query.descending
    page.attach(None)


def test_closing_the_file_clears_the_page(page: FindingsPage, sync: None) -> None:
    page.show()
    assert page.model.rowCount() > 0
    page.attach(None)
    assert page.model.rowCount() == 0 and page.count.text() == ""
