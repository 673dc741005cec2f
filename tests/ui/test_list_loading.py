"""List pages read their rows in a worker thread and show only the newest read's rows."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from inspectdesk.services import listing
from inspectdesk.ui import worker
from inspectdesk.ui.pages import units_page, visits_page
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.pages.units_page import UnitsPage
from inspectdesk.ui.pages.visits_page import VisitsPage
from inspectdesk.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def _in_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ListPage, "background_loading", True)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold every unit list read until the test sets the event; note the thread."""
    release = threading.Event()
    real = units_page._load

    def held(workspace: Workspace, search: str) -> Sequence[Any]:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(5)
        return real(workspace, search)

    monkeypatch.setattr(units_page, "_load", held)
    return release


def test_rows_are_read_off_the_ui_thread(
    qtbot: QtBot, demo_workspace: Workspace, gate: threading.Event
) -> None:
    page = UnitsPage()
    qtbot.addWidget(page)
    page.show()
    page.attach(demo_workspace)  # returns while the read waits for the gate
    assert page.load_task is not None and page.load_task.running
    assert page.model.rowCount() == 0
    gate.set()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert page.model.rowCount() == len(listing.list_units(demo_workspace.db))
    assert worker.wait_for_all(5000)


def test_only_the_newest_reads_rows_are_shown(
    qtbot: QtBot, demo_workspace: Workspace, gate: threading.Event
) -> None:
    page = UnitsPage()
    qtbot.addWidget(page)
    page.show()
    page.attach(demo_workspace)
    first = page.load_task
    page.filter.setText("so")  # typed while the first read is still going
    page.refresh()
    gate.set()
    qtbot.waitUntil(lambda: first is not None and not first.running, timeout=5000)
    assert worker.wait_for_all(5000)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    expected = listing.list_units(demo_workspace.db, "so")
    assert 0 < len(expected) < len(listing.list_units(demo_workspace.db))
    assert {r.id for r in page.model.rows()} == {r.id for r in expected}


def test_rows_of_a_closed_file_are_dropped(
    qtbot: QtBot, demo_workspace: Workspace, gate: threading.Event
) -> None:
    page = UnitsPage()
    qtbot.addWidget(page)
    page.show()
    page.attach(demo_workspace)
    task = page.load_task
    page.attach(None)  # the file is closed before its rows arrive
    gate.set()
    qtbot.waitUntil(lambda: task is not None and not task.running, timeout=5000)
    assert worker.wait_for_all(5000)
    assert page.model.rowCount() == 0


def test_the_visits_filters_are_read_on_the_ui_thread(
    qtbot: QtBot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker gets the filter values, never the widgets."""
    calls: list[dict[str, Any]] = []
    real = listing.list_visits

    def record(db: Any, **kwargs: Any) -> Any:
        assert threading.current_thread() is not threading.main_thread()
        calls.append(kwargs)
        return real(db, **kwargs)

    monkeypatch.setattr(visits_page.listing, "list_visits", record)
    page = VisitsPage()
    qtbot.addWidget(page)
    page.show()
    page.attach(demo_workspace)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert worker.wait_for_all(5000)
    assert calls and calls[-1]["statuses"] == []
    page.filter.setText("xa")
    page.refresh()
    qtbot.waitUntil(lambda: calls[-1].get("search") == "xa", timeout=5000)
    assert worker.wait_for_all(5000)


def test_a_failed_read_says_so(
    qtbot: QtBot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(worker, "show_error", lambda _p, title, exc: shown.append(str(exc)))

    def broken(_workspace: Workspace, _search: str) -> Sequence[Any]:
        raise OSError("the share went away")

    monkeypatch.setattr(units_page, "_load", broken)
    page = UnitsPage()
    qtbot.addWidget(page)
    page.show()
    page.attach(demo_workspace)
    assert worker.wait_for_all(5000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert page.model.rowCount() == 0


def test_citizen_reports_are_read_in_the_background_with_the_filters_taken_first(
    qtbot: QtBot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspectdesk.services.leads import LeadFilter
    from inspectdesk.ui.pages import leads_page
    from inspectdesk.ui.pages.leads_page import LeadsPage

    seen: list[LeadFilter] = []
    real = leads_page.list_leads

    def record(db: Any, flt: LeadFilter) -> Any:
        assert threading.current_thread() is not threading.main_thread()
        seen.append(flt)
        return real(db, flt)

    monkeypatch.setattr(leads_page, "list_leads", record)
    page = LeadsPage()
    qtbot.addWidget(page)
    page.show()
    page.filter.setText("1022")
    page.attach(demo_workspace)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert worker.wait_for_all(5000)
    assert seen[-1].search == "1022"
    qtbot.waitUntil(lambda: "phản ánh" in page.count.text() or "report" in page.count.text())


def test_the_register_is_read_in_the_background_with_its_signing_states(
    qtbot: QtBot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspectdesk.ui.pages import documents_page
    from inspectdesk.ui.pages.documents_page import DocumentsPage

    threads: list[bool] = []
    real = documents_page.list_documents

    def record(db: Any, flt: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(db, flt)

    monkeypatch.setattr(documents_page, "list_documents", record)
    page = DocumentsPage()
    qtbot.addWidget(page)
    page.show()
    page.attach(demo_workspace)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert worker.wait_for_all(5000)
    assert threads == [False]
    signed = [r for r in page.model.rows() if page._signed(r).signed_on is not None]
    assert signed  # the signing states arrived with the rows, before they were shown
