"""The schedule calendar: week and month navigation, filters, conflicts, opening a visit."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import VisitMode
from inspectdesk.services.schedule import conflicts
from inspectdesk.ui import visit_editor
from inspectdesk.ui.labels import label
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages.visits_page import VisitsPage
from inspectdesk.ui.schedule_calendar import (
    CONFLICT_COLOUR,
    UNANNOUNCED_COLOUR,
    VISIT_ROLE,
    ScheduleCalendar,
)
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.workspace import Workspace

CLASH_DAY = date(2021, 11, 18)  # the demo sends Hoàng Minh Tuấn to two places that day


@pytest.fixture
def calendar(demo_workspace: Workspace, qtbot: QtBot) -> Iterator[ScheduleCalendar]:
    widget = ScheduleCalendar(demo_workspace, today=CLASH_DAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def texts(view: QListWidget) -> list[str]:
    return [view.item(n).text() for n in range(view.count())]


def shown_days(calendar: ScheduleCalendar) -> list[date]:
    return [c.day for c in calendar.cells if c.isVisibleTo(calendar)]


def choose(combo: QComboBox, text: str) -> None:
    index = next(n for n in range(combo.count()) if combo.itemText(n).startswith(text))
    combo.setCurrentIndex(index)


def test_month_view_lists_each_days_visits(calendar: ScheduleCalendar) -> None:
    days = shown_days(calendar)
    assert (len(days), days[0], days[-1]) == (42, date(2021, 11, 1), date(2021, 12, 12))
    cell = calendar.cell_of(date(2021, 11, 15))
    assert cell is not None
    (item,) = [cell.visits.item(n) for n in range(cell.visits.count())]
    assert item.text().splitlines()[:2] == ["UBND xã Ngọc Thanh", "Đoàn kiểm tra số 2"]
    assert label(VisitMode.UNANNOUNCED) in item.text()
    assert item.foreground().color() == UNANNOUNCED_COLOUR
    visits = {v.id: v for v in calendar.visits}
    announced = next(v for v in calendar.visits if v.mode is VisitMode.ANNOUNCED)
    plain = calendar.cell_of(announced.day)
    assert plain is not None
    items = [plain.visits.item(n) for n in range(plain.visits.count())]
    ours = next(i for i in items if i.data(VISIT_ROLE) == str(announced.id))
    assert label(VisitMode.UNANNOUNCED) not in ours.text()
    assert ours.foreground().color() != UNANNOUNCED_COLOUR
    assert len(visits) == sum(c.visits.count() for c in calendar.cells if c.isVisibleTo(calendar))


def test_keys_move_by_month_and_back_to_today(calendar: ScheduleCalendar, qtbot: QtBot) -> None:
    calendar.activateWindow()
    calendar.setFocus()
    qtbot.keyClick(calendar, Qt.Key.Key_PageDown)
    assert calendar.period.text().endswith("12/2021")
    assert shown_days(calendar)[0] == date(2021, 11, 29)
    qtbot.keyClick(calendar, Qt.Key.Key_PageDown)
    assert calendar.period.text().endswith("01/2022")  # across the year end
    assert shown_days(calendar)[0] == date(2021, 12, 27)
    for _ in range(3):
        qtbot.keyClick(calendar, Qt.Key.Key_PageUp)
    assert calendar.period.text().endswith("10/2021")
    assert calendar.visits == []
    qtbot.keyClick(calendar, Qt.Key.Key_Home)
    assert calendar.period.text().endswith("11/2021")


def test_week_view_and_its_navigation(calendar: ScheduleCalendar, qtbot: QtBot) -> None:
    qtbot.mouseClick(calendar.week_button, Qt.MouseButton.LeftButton)
    days = shown_days(calendar)
    assert (len(days), days[0], days[-1]) == (7, date(2021, 11, 15), date(2021, 11, 21))
    assert {v.day for v in calendar.visits} <= set(days)
    qtbot.mouseClick(calendar.next_button, Qt.MouseButton.LeftButton)
    assert shown_days(calendar)[0] == date(2021, 11, 22)
    calendar.go_to(date(2021, 12, 30))
    calendar.step(1)
    assert shown_days(calendar)[0] == date(2022, 1, 3)
    calendar.step(-1)
    assert shown_days(calendar)[-1] == date(2022, 1, 2)  # the week across the year end
    qtbot.mouseClick(calendar.today_button, Qt.MouseButton.LeftButton)
    assert shown_days(calendar)[0] == date(2021, 11, 15)
    qtbot.mouseClick(calendar.month_button, Qt.MouseButton.LeftButton)
    assert len(shown_days(calendar)) == 42


def test_conflicts_are_red_with_their_sentence(calendar: ScheduleCalendar) -> None:
    db = calendar.workspace.db
    (clash,) = conflicts(db, CLASH_DAY, CLASH_DAY)
    assert texts(calendar.conflict_list) == [clash.text]
    assert "Hoàng Minh Tuấn" in clash.text
    cell = calendar.cell_of(CLASH_DAY)
    assert cell is not None
    items = [cell.visits.item(n) for n in range(cell.visits.count())]
    flagged = [i for i in items if i.data(VISIT_ROLE) in {str(v) for v in clash.visit_ids}]
    assert len(flagged) == 2
    for item in flagged:
        assert item.foreground().color() == CONFLICT_COLOUR
        assert item.toolTip() == clash.text
    assert calendar.conflict_list.item(0).foreground().color() == CONFLICT_COLOUR


def test_filters_by_team_and_plan(calendar: ScheduleCalendar) -> None:
    everything = len(calendar.visits)
    choose(calendar.team, "Đoàn kiểm tra số 2")
    assert 0 < len(calendar.visits) < everything
    assert {v.team for v in calendar.visits} == {"Đoàn kiểm tra số 2"}
    assert calendar.conflict_list.count() == 0  # team 2 is not part of the clash
    choose(calendar.team, "Đoàn kiểm tra số 1")
    assert calendar.conflict_list.count() == 1
    calendar.team.setCurrentIndex(0)
    assert len(calendar.visits) == everything
    plan_id = calendar.visits[0].plan_id
    index = calendar.plan.findData(str(plan_id))
    assert index > 0
    calendar.plan.setCurrentIndex(index)
    assert calendar.visits
    assert {v.plan_id for v in calendar.visits} == {plan_id}
    other = next(n for n in range(1, calendar.plan.count()) if n != index)
    calendar.plan.setCurrentIndex(other)
    assert all(v.plan_id != plan_id for v in calendar.visits)


def test_double_click_asks_for_the_visit(calendar: ScheduleCalendar, qtbot: QtBot) -> None:
    cell = calendar.cell_of(date(2021, 11, 15))
    assert cell is not None
    item = cell.visits.item(0)
    centre = cell.visits.visualItemRect(item).center()
    viewport = cell.visits.viewport()
    with qtbot.waitSignal(calendar.visit_requested, timeout=1000) as signal:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == [item.data(VISIT_ROLE)]
    uuid.UUID(signal.args[0])


def test_reloads_when_a_visit_changes(calendar: ScheduleCalendar) -> None:
    from inspectdesk.services.visits import VisitService

    workspace = calendar.workspace
    before = len(calendar.visits)
    VisitService(workspace.db, workspace.bus).set_deleted([calendar.visits[0].id], True)
    assert len(calendar.visits) == before - 1


def test_the_schedule_page_opens_the_calendar_and_its_visits(
    qtbot: QtBot, settings: Settings, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_file)
    window.show_page("visits")
    page = window.pages["visits"]
    assert isinstance(page, VisitsPage)
    opened: list[uuid.UUID | None] = []

    def fake_editor(parent: QWidget, workspace: Workspace, visit_id: uuid.UUID | None) -> QWidget:
        opened.append(visit_id)
        return QWidget(parent)

    monkeypatch.setattr(visit_editor, "open_visit_editor", fake_editor)
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    calendar = page.findChild(ScheduleCalendar)
    assert isinstance(calendar, ScheduleCalendar)
    assert calendar.isVisible()
    calendar.go_to(CLASH_DAY)
    cell = calendar.cell_of(CLASH_DAY)
    assert cell is not None
    item = cell.visits.item(0)
    cell.visits.itemDoubleClicked.emit(item)
    assert opened == [uuid.UUID(item.data(VISIT_ROLE))]
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    assert page.findChildren(ScheduleCalendar) == [calendar]  # brought forward, not doubled
