"""The schedule: filters, delete to the trash (never signed minutes), undo."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import VisitStatus
from inspectdesk.services.listing import list_visits
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages.visits_page import VisitsPage
from inspectdesk.ui.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, demo_file: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(demo_file)
    win.show_page("visits")
    return win


def page_of(window: MainWindow) -> VisitsPage:
    page = window.pages["visits"]
    assert isinstance(page, VisitsPage)
    return page


def select_status(page: VisitsPage, status: VisitStatus, qtbot: QtBot) -> int:
    page.apply_filter(status=status)
    assert window_db_count(page, status) == page.proxy.rowCount()
    return page.proxy.rowCount()


def window_db_count(page: VisitsPage, status: VisitStatus) -> int:
    assert page.workspace is not None
    return len(list_visits(page.workspace.db, statuses=[status]))


def test_delete_a_planned_visit_and_undo(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    before = select_status(page, VisitStatus.PLANNED, qtbot)
    assert before > 0
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_action.trigger()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == before - 1, timeout=3000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == before, timeout=3000)


def test_signed_minutes_are_never_deleted(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    before = select_status(page, VisitStatus.SIGNED, qtbot)
    page.table.selectAll()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("must not offer to delete"))
    page.delete_action.trigger()
    assert len(told) == 1
    assert window_db_count(page, VisitStatus.SIGNED) == before


def test_filters_by_mode_and_dates(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    page.mode.setCurrentIndex(2)  # the second mode: unannounced
    qtbot.waitUntil(
        lambda: (
            all(
                page.proxy.index(r, 3).data() == page.mode.currentText()
                for r in range(page.proxy.rowCount())
            )
            and page.proxy.rowCount() > 0
        ),
        timeout=3000,
    )


def test_filters_by_team(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    assert page.workspace is not None
    index = next(
        i for i in range(page.team.count()) if "Tổ kiểm tra đột xuất" in page.team.itemText(i)
    )
    page.team.setCurrentIndex(index)
    expected = list_visits(page.workspace.db, team_id=uuid.UUID(page.team.currentData()))
    qtbot.waitUntil(lambda: page.proxy.rowCount() == len(expected) > 0, timeout=3000)
    shown_teams = {page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())}
    assert len(shown_teams) == 1
    assert page.team.currentText().startswith(shown_teams.pop())


def test_minutes_are_written_from_the_schedule_and_offered(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docx import Document

    from inspectdesk.ui import worker
    from inspectdesk.ui.pages import visits_page

    page = page_of(window)
    assert page.workspace is not None
    visit = next(v for v in list_visits(page.workspace.db) if v.minutes_number)
    offered: list[tuple[object, str, str, Path]] = []
    monkeypatch.setattr(
        visits_page,
        "document_ready",
        lambda parent, title, text, path: offered.append((parent, title, text, path)) or "open",
    )
    target = tmp_path / "biên bản.docx"
    with worker.synchronous():
        task = page.write_minutes_to(visit.id, target)
    assert task is not None and task is page.minutes_task and not task.running
    [(parent, _title, text, path)] = offered
    assert parent is page and path == target
    assert visit.minutes_number in text  # "Minutes no. 05/BB-ĐKT written."
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BIÊN BẢN" in text and visit.unit in text
    assert str(target) in page.count.text()


def test_minutes_get_their_number_the_first_time(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspectdesk.ui import worker
    from inspectdesk.ui.document_ready import DocumentReadyBox

    page = page_of(window)
    assert page.workspace is not None
    visit = next(
        v
        for v in list_visits(page.workspace.db)
        if not v.minutes_number and v.status is not VisitStatus.CANCELLED
    )
    shown: list[str] = []
    monkeypatch.setattr(DocumentReadyBox, "exec", lambda box: shown.append(box.text()) or 0)
    with worker.synchronous():
        page.write_minutes_to(visit.id, tmp_path / "new.docx")
    [numbered] = [v for v in list_visits(page.workspace.db) if v.id == visit.id]
    assert numbered.minutes_number
    assert len(shown) == 1 and numbered.minutes_number in shown[0]
