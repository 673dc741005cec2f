"""The follow-up page over thousands of recommendations: pages on demand, sorting, marks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from inspectdesk.db.models import Plan, Recommendation, Unit, Visit
from inspectdesk.domain.enums import RemediationStatus
from inspectdesk.services.files import new_file, open_file
from inspectdesk.services.recommendation_paging import (
    RecommendationQuery,
    RecommendationRow,
    RecommendationSort,
)
from inspectdesk.ui import worker
from inspectdesk.ui.labels import label
from inspectdesk.ui.pages.remediation_model import OVERDUE_COLOR
from inspectdesk.ui.pages.remediation_page import RemediationPage
from inspectdesk.ui.workspace import Workspace

TODAY = date(2026, 11, 20)
RECOMMENDATIONS = 3000
DEADLINE, OVERDUE = RemediationPage.DEADLINE_COLUMN, RemediationPage.OVERDUE_COLUMN


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    yield
    assert worker.wait_for_all(5000), "background work was left running"


@pytest.fixture(scope="module")
def _many_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 recommendations at 300 visits of 30 units in two plans (built once)."""
    path = tmp_path_factory.mktemp("many-recs") / "many.idb"
    rng = random.Random(5)
    db = new_file(path)
    try:
        with db.sessions.begin() as s:
            units = [Unit(name=f"UBND xã Đông Số {n:02d}") for n in range(30)]
            plans = [Plan(title=f"Kế hoạch {n}", number=f"{n}/KH") for n in (1, 2)]
            s.add_all([*units, *plans])
            s.flush()
            visits = [
                Visit(
                    unit_id=units[n % 30].id,
                    plan_id=plans[n % 2].id,
                    scheduled_on=date(2025, 1, 1) + timedelta(days=n),
                )
                for n in range(RECOMMENDATIONS // 10)
            ]
            s.add_all(visits)
            s.flush()
            for n in range(RECOMMENDATIONS):
                status = list(RemediationStatus)[n % 3]
                s.add(
                    Recommendation(
                        visit_id=visits[n // 10].id,
                        text=f"Kiến nghị số {n} về chấn chỉnh kỷ luật hành chính",
                        responsible=rng.choice(("Chủ tịch UBND xã", "Trưởng phòng", "")),
                        deadline=TODAY + timedelta(days=rng.randrange(-400, 200)),
                        status=status,
                        done_on=TODAY if status is RemediationStatus.DONE else None,
                        position=n % 10,
                    )
                )
    finally:
        db.close()
    return path


@pytest.fixture
def workspace(_many_template: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[Workspace]:
    path = tmp_path / "many.idb"
    path.write_bytes(_many_template.read_bytes())
    ws = Workspace(open_file(path))
    yield ws
    ws.close()


@pytest.fixture
def sync() -> Iterator[None]:
    with worker.synchronous():
        yield


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> Iterator[RemediationPage]:
    widget = RemediationPage()
    widget.today = TODAY
    qtbot.addWidget(widget)
    workspace.changed.connect(widget.on_changes)
    widget.resize(1100, 600)
    widget.attach(workspace)
    yield widget
    widget.attach(None)


def _expected(page: RemediationPage, **criteria: Any) -> list[RecommendationRow]:
    assert page.workspace is not None
    query = RecommendationQuery(today=TODAY, **criteria)
    return query.fetch(page.workspace.db, 0, RECOMMENDATIONS)


def _click_header(qtbot: QtBot, page: RemediationPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _first(page: RemediationPage, rows: int) -> list[RecommendationRow]:
    return [page.model.row_at(r) for r in range(rows)]


def test_only_the_first_page_is_read(page: RemediationPage, sync: None, qtmodeltester: Any) -> None:
    page.show()
    every = _expected(page)
    assert page.model.rowCount() == len(every) == RECOMMENDATIONS
    assert page.model.loaded_rows() == page.model.page_size < RECOMMENDATIONS
    overdue = sum(r.overdue for r in every)
    assert 0 < overdue < RECOMMENDATIONS
    assert page.count.text() == page.tr(
        "%n recommendation(s) shown, %1 overdue", "", RECOMMENDATIONS
    ).replace("%1", str(overdue))
    assert _first(page, 50) == every[:50]  # the list's own order: unfinished first
    last = page.model.index(RECOMMENDATIONS - 1, 0)
    assert last.data() == every[-1].unit  # read when asked for
    assert page.model.loaded_rows() == 2 * page.model.page_size
    qtmodeltester.check(page.model)


def test_a_header_click_sorts_in_the_database(
    page: RemediationPage, qtbot: QtBot, sync: None
) -> None:
    page.show()
    _click_header(qtbot, page, DEADLINE)
    query = page.model.query
    assert query.sort is RecommendationSort.DEADLINE
    expected = _expected(page, sort=RecommendationSort.DEADLINE, descending=query.descending)
    assert _first(page, 300) == expected[:300]
    assert page.model.loaded_rows() < RECOMMENDATIONS
    _click_header(qtbot, page, DEADLINE)
    assert page.model.query.descending != query.descending
    deadlines = [r.deadline for r in _first(page, 300)]
    assert deadlines == sorted(deadlines, reverse=page.model.query.descending)
    _click_header(qtbot, page, DEADLINE)  # a third click: the list's own order again
    assert page.table.horizontalHeader().sortIndicatorSection() == -1
    assert page.model.query.sort is RecommendationSort.DEFAULT
    assert _first(page, 20) == _expected(page)[:20]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.overdue_only.setChecked(True)
    page.refresh()  # a new filter keeps the order chosen
    assert page.model.query.sort is RecommendationSort.UNIT and page.model.query.descending
    assert page.model.query.overdue_only


def test_overdue_rows_are_marked_on_every_page(page: RemediationPage, sync: None) -> None:
    page.show()
    model = page.model
    for row in (*range(0, 40), *range(RECOMMENDATIONS - 40, RECOMMENDATIONS)):
        data = model.row_at(row)
        deadline, flag = model.index(row, DEADLINE), model.index(row, OVERDUE)
        if data.overdue:
            assert deadline.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
            assert isinstance(deadline.data(Qt.ItemDataRole.DecorationRole), QIcon)
            assert flag.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
            assert flag.data() == page.tr("Overdue")
        else:
            assert deadline.data(Qt.ItemDataRole.ForegroundRole) is None
            assert deadline.data(Qt.ItemDataRole.DecorationRole) is None
            assert not flag.data()
    assert model.row_at(0).overdue and not model.row_at(RECOMMENDATIONS - 1).overdue
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # other columns


def test_rows_arrive_in_the_background(page: RemediationPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.show()
    assert page.model.rowCount() == RECOMMENDATIONS
    far = page.model.index(2500, DEADLINE)
    assert far.data(Qt.ItemDataRole.ForegroundRole) is None  # not read yet: asked for
    with qtbot.waitSignal(page.model.dataChanged, timeout=5000):
        pass
    row = page.model.row_at(2500)
    assert row is not None
    marked = far.data(Qt.ItemDataRole.ForegroundRole)
    assert marked == (OVERDUE_COLOR if row.overdue else None)
    expected = len(_expected(page, overdue_only=True))
    with qtbot.waitSignal(page.model.loaded, timeout=5000) as loaded:
        page.overdue_only.setChecked(True)
    assert loaded.args == [expected]
    assert str(expected) in page.count.text()


def test_the_overview_links_set_the_filters(page: RemediationPage, sync: None) -> None:
    page.show()
    page.filter.setText("so 12")
    page.apply_filter(overdue=True)
    assert page.filter.text() == "" and page.overdue_only.isChecked()
    assert page.model.rowCount() == len(_expected(page, overdue_only=True))
    page.apply_filter(status=RemediationStatus.DONE)
    assert not page.overdue_only.isChecked()
    assert page.status_filter.currentData() == RemediationStatus.DONE.value
    assert page.model.rowCount() == len(_expected(page, status=RemediationStatus.DONE))
    page.apply_filter()
    assert page.model.rowCount() == RECOMMENDATIONS


def test_a_selection_survives_a_refresh(page: RemediationPage, sync: None) -> None:
    page.show()
    page.table.selectRow(7)
    chosen = page.selected_ids()
    assert chosen == [str(page.model.row_at(7).id)]
    page.refresh()
    assert page.selected_ids() == chosen
    assert page.current_id() == chosen[0]


def test_export_writes_every_matching_row(
    page: RemediationPage,
    sync: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.show()
    page.status_filter.setCurrentIndex(page.status_filter.findData(RemediationStatus.OPEN.value))
    page.refresh()
    expected = _expected(page, status=RemediationStatus.OPEN)
    assert page.model.loaded_rows() < len(expected)
    target = tmp_path / "theo dõi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    sheet = load_workbook(tmp_path / "theo dõi.xlsx").active
    assert sheet is not None
    assert sheet.max_row == len(expected) + 2  # a title line, the headings, the rows
    assert [c.value for c in sheet[2]] == [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)
    ]
    first = expected[0]
    cells = [c.value for c in sheet[3]]
    assert cells[0] == first.unit and cells[2] == first.text
    assert cells[4] == label(RemediationStatus.OPEN)
    assert cells[5] == (page.tr("Overdue") if first.overdue else None)
    assert "theo dõi.xlsx" in page.export_note.text()
    assert page.export_button.isEnabled()


def test_a_restored_header_order_is_used_when_the_file_opens(
    qtbot: QtBot, workspace: Workspace, sync: None
) -> None:
    saved = RemediationPage()
    qtbot.addWidget(saved)
    saved.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    state = saved.table.horizontalHeader().saveState()
    page = RemediationPage()  # as the main window builds it: header restored before a file opens
    qtbot.addWidget(page)
    page.table.horizontalHeader().restoreState(state)
    page.attach(workspace)
    page.show()
    assert page.model.query.sort is RecommendationSort.DONE_ON and page.model.query.descending
    page.attach(None)
    assert page.model.rowCount() == 0 and page.count.text() == ""


def test_typing_does_not_read_the_plans_again_a_refresh_does(
    page: RemediationPage, workspace: Workspace, qtbot: QtBot, sync: None
) -> None:
    page.show()
    before = page.plan_filter.count()
    assert before == 3
    with workspace.db.sessions.begin() as s:
        s.add(Plan(title="Kế hoạch kiểm tra đột xuất", number="9/KH"))
    page.filter.setText("so 1")
    qtbot.waitUntil(lambda: page.model.query.search == "so 1", timeout=3000)
    assert page.plan_filter.count() == before
    workspace.bus.publish(("plan",))  # as a saved plan does
    assert page.plan_filter.count() == before + 1
    assert page.plan_filter.itemText(before).endswith("Kế hoạch kiểm tra đột xuất")
    assert page.model.query.search == "so 1"
