"""The overview counts the demo file and every counter leads to its list."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import VisitStatus
from inspectdesk.services.listing import list_visits
from inspectdesk.services.overview import overview
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages import overview_page
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
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=5000)
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


def test_counting_runs_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ministry's file takes half a second to count: the window must not wait for it."""
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    release = threading.Event()
    real = overview_page.overview

    def slow(db: object, today: date | None = None) -> object:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(5)
        return real(db, today)  # type: ignore[arg-type]

    monkeypatch.setattr(overview_page, "overview", slow)
    page.clear()
    page.refresh()  # returns at once: the count waits for ``release``
    assert page.task is not None and page.task.running
    assert page.value("units") == "—"
    release.set()
    qtbot.waitUntil(lambda: page.value("units") == "88", timeout=5000)


def test_figures_of_a_superseded_count_are_not_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    release = threading.Event()
    real = overview_page.overview
    monkeypatch.setattr(
        overview_page, "overview", lambda db, today=None: (release.wait(5), real(db, today))[1]
    )
    page.refresh()
    first = page.task
    page.clear()  # the file is closed meanwhile, say
    release.set()
    qtbot.waitUntil(lambda: first is not None and not first.running, timeout=5000)
    assert page.value("units") == "—"
