"""The plans page writes a plan's summary report (PDF), numbers it and shows the preview."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import DocumentType
from inspectdesk.services import listing
from inspectdesk.services.register_list import DocumentFilter, list_documents
from inspectdesk.ui import worker
from inspectdesk.ui.document_folder import documents_folder, file_name_part
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages.plans_page import PlansPage
from inspectdesk.ui.pdf_preview import PdfPreviewDialog
from inspectdesk.ui.settings import Settings

PLAN_NUMBER = "230/KH-UBND"


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, demo_file: Path) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(demo_file)
    win.show_page("plans")
    yield win
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PdfPreviewDialog):
            widget.close()


def page_of(window: MainWindow) -> PlansPage:
    page = window.pages["plans"]
    assert isinstance(page, PlansPage)
    return page


def plan_id(page: PlansPage, number: str = PLAN_NUMBER) -> uuid.UUID:
    assert page.workspace is not None
    return next(p.id for p in listing.list_plans(page.workspace.db) if p.number == number)


def reports(page: PlansPage, number: str = PLAN_NUMBER) -> list[tuple[str, str]]:
    """The plan's reports in the register: (number, file name)."""
    assert page.workspace is not None
    rows = list_documents(page.workspace.db, DocumentFilter(doc_type=DocumentType.REPORT))
    return [(r.number, r.file_name) for r in rows if r.plan == number]


def previews() -> list[PdfPreviewDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PdfPreviewDialog) and w.isVisible()
    ]


def test_the_report_action_needs_exactly_one_plan(window: MainWindow) -> None:
    page = page_of(window)
    page.table.clearSelection()
    assert not page.report_action.isEnabled()
    assert not page.report_button.isEnabled()
    page.select_plan(plan_id(page))
    assert page.report_action.isEnabled()
    assert page.report_button.isEnabled()
    page.table.selectAll()
    assert page.proxy.rowCount() > 1
    assert not page.report_action.isEnabled()


def test_the_report_is_in_the_context_menu(window: MainWindow) -> None:
    page = page_of(window)
    assert page.report_action in page.menu_actions()
    assert page.report_action in page.actions()  # its shortcut works on the page


def test_the_report_is_written_recorded_and_shown(window: MainWindow, tmp_path: Path) -> None:
    page = page_of(window)
    target = tmp_path / "Báo cáo 230-KH-UBND.pdf"
    assert reports(page) == [("01/BC-SNV", "")]  # numbered by the demo, never written
    with worker.synchronous():
        task = page.write_report_to(plan_id(page), target)
    assert task is not None and not task.running
    assert page.report_task is task
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "BÁO CÁO" in text and "01/BC-SNV" in text
    assert reports(page) == [("01/BC-SNV", target.name)]  # the register knows the file
    assert "01/BC-SNV" in page.count.text() and str(target) in page.count.text()
    preview = page.report_preview
    assert preview is not None and preview in previews()
    assert preview.path == target
    assert preview.page_count == len(PdfReader(target).pages)
    assert preview.parent() is page  # closes with the window
    preview.close()


def test_a_plan_without_a_report_gets_its_number(window: MainWindow, tmp_path: Path) -> None:
    page = page_of(window)
    number = "18/KH-UBND"
    assert reports(page, number) == []
    with worker.synchronous():
        page.write_report_to(plan_id(page, number), tmp_path / "18.pdf")
    [(report_number, file_name)] = reports(page, number)
    assert report_number.endswith("/BC-SNV") and file_name == "18.pdf"
    assert report_number in page.count.text()
    assert page.report_preview is not None and page.report_preview.isVisible()


def test_writing_again_keeps_the_number_and_replaces_the_preview(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    page = page_of(window)
    with worker.synchronous():
        page.write_report_to(plan_id(page), tmp_path / "first.pdf")
        first = page.report_preview
        page.write_report_to(plan_id(page), tmp_path / "first.pdf")  # over the shown file
    assert reports(page) == [("01/BC-SNV", "first.pdf")]
    assert first is not None and page.report_preview is not first
    qtbot.waitUntil(lambda: len(previews()) == 1, timeout=3000)


def test_the_action_asks_for_a_file_in_the_documents_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    page.select_plan(plan_id(page))
    asked: list[str] = []
    chosen = tmp_path / "my report"

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with worker.synchronous():
        page.report_action.trigger()
    suggested = Path(asked[0])
    assert suggested.parent == documents_folder()
    assert suggested.suffix == ".pdf"
    assert file_name_part(PLAN_NUMBER) in suggested.name  # no "/" in a file name
    written = chosen.with_name("my report.pdf")
    assert written.is_file()
    assert page.report_preview is not None and page.report_preview.path == written


def test_cancelling_the_file_dialog_writes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    page.select_plan(plan_id(page))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert page.write_report() is None
    assert reports(page) == [("01/BC-SNV", "")]
    assert page.report_preview is None


def test_a_user_error_is_shown_and_opens_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    before = page.count.text()
    target = tmp_path / "gone.pdf"
    with worker.synchronous():
        page.write_report_to(uuid.uuid4(), target)  # a plan that is not (or no longer) there
    assert len(shown) == 1
    assert not target.exists()
    assert page.report_preview is None and previews() == []
    assert page.count.text() == before


def test_the_report_is_written_in_the_background(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    page = page_of(window)
    target = tmp_path / "threaded.pdf"
    task = page.write_report_to(plan_id(page), target)
    assert task is not None
    assert task.running  # delivered through the event loop, not before
    qtbot.waitSignal(task.ended, timeout=20000).wait()
    assert target.is_file()
    assert page.report_preview is not None and page.report_preview.isVisible()
