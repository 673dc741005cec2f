"""The overview counts the demo file and every counter leads to its list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import VisitStatus
from inspectdesk.services.listing import list_visits
from inspectdesk.services.overview import overview
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages.overview_page import OverviewPage
from inspectdesk.ui.pages.visits_page import VisitsPage
from inspectdesk.ui.settings import Settings

DEMO_TODAY = date(2026, 11, 20)  # the demo_file fixture's build day


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, demo_file: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    page = win.pages["overview"]
    assert isinstance(page, OverviewPage)
    page.today = DEMO_TODAY
    visits = win.pages["visits"]
    assert isinstance(visits, VisitsPage)
    visits.today = DEMO_TODAY
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(demo_file)
    return win


def test_counters_show_the_demo_figures(window: MainWindow) -> None:
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    assert window.workspace is not None
    data = overview(window.workspace.db, DEMO_TODAY)
    assert page.value("units") == f"{data.units:,}".replace(",", ".")
    assert page.value("signed") == str(data.visits_by_status[VisitStatus.SIGNED])
    assert int(page.value("overdue")) == data.overdue > 0
    assert page.upcoming.count() == max(1, len(data.upcoming))
    bars = {text: value for text, value, _colour in page.findings_chart.bars()}
    assert sorted(bars.values()) == sorted(data.findings_by_kind.values())


def test_a_status_counter_opens_the_filtered_schedule(window: MainWindow) -> None:
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage) and window.workspace is not None
    page.counter("cancelled").click()
    visits = window.pages["visits"]
    assert isinstance(visits, VisitsPage)
    assert window.stack.currentWidget() is visits
    expected = list_visits(window.workspace.db, statuses=[VisitStatus.CANCELLED])
    assert visits.proxy.rowCount() == len(expected) > 0


def test_this_week_counter_lists_the_visits_due(window: MainWindow) -> None:
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    page.counter("this_week").click()
    visits = window.pages["visits"]
    assert isinstance(visits, VisitsPage)
    assert visits.proxy.rowCount() == int(page.value("this_week"))
