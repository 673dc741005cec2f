"""The summary report of a period: the dialog, its checks, PDF and Word, and where it is reached."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from inspectdesk.services import listing
from inspectdesk.services.files import open_file
from inspectdesk.ui import period_report_dialog, worker
from inspectdesk.ui.document_folder import documents_folder
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages import documents_page
from inspectdesk.ui.pages.documents_page import DocumentsPage
from inspectdesk.ui.period_report_dialog import PeriodReportDialog, previous_month
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.workspace import Workspace

DEMO_TODAY = date(2026, 11, 20)  # the demo is built as of this day (tests/ui/conftest.py)

PLAN_NUMBER = "230/KH-UBND"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def dialog(demo_workspace: Workspace, qtbot: QtBot) -> PeriodReportDialog:
    widget = PeriodReportDialog(demo_workspace, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path, object]]:
    """What the dialog showed once the report was written: ("pdf" or text, path, parent)."""
    calls: list[tuple[str, Path, object]] = []
    monkeypatch.setattr(
        period_report_dialog,
        "open_pdf_preview",
        lambda path, parent: calls.append(("pdf", path, parent)),
    )
    monkeypatch.setattr(
        period_report_dialog,
        "document_ready",
        lambda parent, _title, text, path: calls.append((text, path, parent)) or "close",
    )
    return calls


def set_period(dialog: PeriodReportDialog, start: date, end: date) -> None:
    dialog.date_from.setDate(qdate(start))
    dialog.date_to.setDate(qdate(end))


def choose_plan(dialog: PeriodReportDialog, number: str) -> uuid.UUID:
    index = next(
        i for i in range(dialog.plan.count()) if dialog.plan.itemText(i).startswith(number)
    )
    dialog.plan.setCurrentIndex(index)
    plan_id = dialog.plan_id()
    assert plan_id is not None
    return plan_id


def test_previous_month() -> None:
    assert previous_month(date(2026, 11, 20)) == (date(2026, 10, 1), date(2026, 10, 31))
    assert previous_month(date(2026, 1, 1)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert previous_month(date(2024, 3, 31)) == (date(2024, 2, 1), date(2024, 2, 29))


def test_the_defaults(dialog: PeriodReportDialog, demo_workspace: Workspace) -> None:
    assert (dialog.start(), dialog.end()) == (date(2026, 10, 1), date(2026, 10, 31))
    assert dialog.date_from.calendarPopup() and dialog.date_to.calendarPopup()
    plans = listing.list_plans(demo_workspace.db)
    assert dialog.plan.count() == 1 + len(plans)
    assert dialog.plan.currentIndex() == 0 and dialog.plan_id() is None  # all plans
    assert {dialog.plan.itemData(i) for i in range(1, dialog.plan.count())} == {
        str(p.id) for p in plans
    }
    assert dialog.pdf_choice.isChecked() and not dialog.docx_choice.isChecked()
    assert not dialog.range_error.isVisible() and not dialog.readonly_note.isVisible()
    assert dialog.ok_button.isEnabled()


def test_from_after_to_is_refused_and_writes_nothing(
    dialog: PeriodReportDialog,
    shown: list[tuple[str, Path, object]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_period(dialog, date(2021, 12, 31), date(2021, 11, 1))
    assert dialog.range_error.isVisible()
    assert not dialog.ok_button.isEnabled()
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a) or ("", ""))
    target = tmp_path / "never.pdf"
    with worker.synchronous():
        assert dialog.write_report() is None
        assert dialog.write_to(target) is None
    assert asked == [] and not target.exists() and shown == []
    assert dialog.isVisible()
    dialog.date_from.setDate(qdate(date(2021, 11, 1)))
    assert not dialog.range_error.isVisible() and dialog.ok_button.isEnabled()


def test_a_period_as_pdf_opens_the_preview(
    dialog: PeriodReportDialog, shown: list[tuple[str, Path, object]], tmp_path: Path
) -> None:
    set_period(dialog, date(2021, 11, 1), date(2021, 12, 31))
    target = tmp_path / "kỳ.pdf"
    with worker.synchronous():
        task = dialog.write_to(target)
    assert task is not None and not task.running
    written = dialog.written
    assert written is not None and written.path == target
    assert written.data.visits and all(
        v.visited_on is not None and date(2021, 11, 1) <= v.visited_on <= date(2021, 12, 31)
        for v in written.data.visits
    )
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "BÁO CÁO" in text and written.number in text
    assert shown == [("pdf", target, dialog.parentWidget())]
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_a_plan_within_dates_as_word_is_offered(
    dialog: PeriodReportDialog, shown: list[tuple[str, Path, object]], tmp_path: Path
) -> None:
    choose_plan(dialog, PLAN_NUMBER)
    set_period(dialog, date(2021, 11, 15), date(2021, 11, 30))
    dialog.docx_choice.setChecked(True)
    target = tmp_path / "kỳ.docx"
    with worker.synchronous():
        dialog.write_to(target)
    written = dialog.written
    assert written is not None
    everything = listing.list_visits(dialog.workspace.db)
    in_plan = [v for v in everything if v.plan == PLAN_NUMBER]
    assert 0 < len(written.data.visits) < len(in_plan)
    assert all(
        v.visited_on is not None and date(2021, 11, 15) <= v.visited_on <= date(2021, 11, 30)
        for v in written.data.visits
    )
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "BÁO CÁO" in text and PLAN_NUMBER in text
    [(box_text, path, _parent)] = shown
    assert path == target and written.number in box_text
    assert not dialog.isVisible()


def test_ok_asks_for_the_file_named_after_the_period(
    dialog: PeriodReportDialog,
    shown: list[tuple[str, Path, object]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_period(dialog, date(2021, 11, 1), date(2021, 12, 31))
    dialog.docx_choice.setChecked(True)
    choose_plan(dialog, PLAN_NUMBER)
    asked: list[str] = []
    chosen = tmp_path / "my report"

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with worker.synchronous():
        dialog.ok_button.click()
    name = "Report 230-KH-UBND, 01-11-2021 to 31-12-2021.docx"  # no "/" in a file name
    assert [Path(a) for a in asked] == [documents_folder() / name]
    written = chosen.with_name("my report.docx")
    Document(str(written))
    assert [path for _text, path, _parent in shown] == [written]


def test_the_period_alone_names_the_file_by_its_dates(dialog: PeriodReportDialog) -> None:
    set_period(dialog, date(2021, 11, 1), date(2021, 12, 31))
    assert dialog.suggested_path() == documents_folder() / "Report 01-11-2021 to 31-12-2021.pdf"


def test_a_user_error_is_shown_and_the_dialog_stays(
    dialog: PeriodReportDialog,
    shown: list[tuple[str, Path, object]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    set_period(dialog, date(2021, 11, 1), date(2021, 12, 31))
    with worker.synchronous():
        dialog.write_to(folder)
    assert len(warnings) == 1 and str(folder) in warnings[0]
    assert shown == [] and dialog.written is None and dialog.isVisible()


def test_the_report_is_written_in_the_background_and_the_dialog_waits_for_it(
    dialog: PeriodReportDialog,
    shown: list[tuple[str, Path, object]],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    set_period(dialog, date(2021, 11, 1), date(2021, 12, 31))
    target = tmp_path / "threaded.pdf"
    task = dialog.write_to(target)
    assert task is not None and task.running  # delivered through the event loop
    assert dialog.write_to(tmp_path / "second.pdf") is task
    dialog.reject()  # Escape while it is being written: the result would be lost
    assert dialog.isVisible()
    qtbot.waitSignal(task.ended, timeout=20000).wait()
    assert shown == [("pdf", target, None)] and not dialog.isVisible()
    assert not (tmp_path / "second.pdf").exists()


def test_a_read_only_file_writes_no_report(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> None:
    ws = Workspace(open_file(demo_file, readonly=True))
    try:
        dialog = PeriodReportDialog(ws, today=DEMO_TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.readonly_note.isVisible() and not dialog.ok_button.isEnabled()
        with worker.synchronous():
            assert dialog.write_to(tmp_path / "x.pdf") is None
        assert not (tmp_path / "x.pdf").exists()
        page = DocumentsPage()
        qtbot.addWidget(page)
        page.attach(ws)
        page.show()
        assert not page.period_button.isEnabled() and not page.period_action.isEnabled()
    finally:
        ws.close()


# -- where it is reached --------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, demo_file: Path) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[PeriodReportDialog]:
    """The period dialogs shown (closed at once)."""
    dialogs: list[PeriodReportDialog] = []

    def exec_(dialog: PeriodReportDialog) -> int:
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(PeriodReportDialog, "exec", exec_)
    return dialogs


def test_the_documents_page_opens_the_dialog(
    window: MainWindow, demo_file: Path, opened: list[PeriodReportDialog]
) -> None:
    assert window.open_path(demo_file)
    page = window.show_page("documents")
    assert isinstance(page, DocumentsPage)
    assert page.period_button.isEnabled()
    assert page.period_button.text() == page.period_action.text()
    page.period_button.click()
    [dialog] = opened
    assert dialog.workspace is window.workspace and dialog.parentWidget() is page


def test_the_documents_page_button_follows_the_file(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.pages["documents"]
    assert isinstance(page, DocumentsPage)
    assert not page.period_button.isEnabled()  # no file open
    calls: list[tuple[object, QWidget | None]] = []
    monkeypatch.setattr(documents_page, "open_period_report", lambda ws, p: calls.append((ws, p)))
    assert window.open_path(demo_file)
    window.show_page("documents")
    assert page.period_button.isEnabled()
    page.period_action.trigger()
    assert calls == [(window.workspace, page)]
    assert window.close_file()
    assert not page.period_button.isEnabled()


def test_the_documents_menu(
    window: MainWindow, demo_file: Path, opened: list[PeriodReportDialog]
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(window.documents_menu.title()) == titles.index("&Catalogues") + 1
    actions = [a for a in window.documents_menu.actions() if not a.isSeparator()]
    assert actions[0] == window.period_report_action
    assert actions[-1] == window.templates_action
    assert [a.objectName() for a in actions[1:-1]] == ["progress_report_action"]
    assert window.templates_action in window.catalogue_menu.actions()  # also left there
    shortcut = QKeySequence("Ctrl+Shift+P")
    assert window.period_report_action.shortcut() == shortcut
    actions = [action for widget in window.findChildren(QWidget) for action in widget.actions()]
    actions += window.findChildren(QAction)
    clashing = {a for a in actions if shortcut in a.shortcuts()}
    assert clashing == {window.period_report_action}
    assert not window.period_report_action.isEnabled()  # no file open
    window.period_report_action.trigger()
    assert opened == []
    assert window.open_path(demo_file)
    assert window.period_report_action.isEnabled()
    window.period_report_action.trigger()
    [dialog] = opened
    assert dialog.workspace is window.workspace and dialog.parentWidget() is window
