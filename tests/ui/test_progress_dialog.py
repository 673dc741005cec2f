"""The progress report dialog: week or month, PDF or Excel, and its place in the menu."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from inspectdesk.ui import progress_dialog, worker
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.progress_dialog import PROGRESS_REPORT_SHORTCUT, ProgressReportDialog
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.workspace import Workspace

DEMO_TODAY = date(2026, 11, 20)


@pytest.fixture
def dialog(demo_workspace: Workspace, qtbot: QtBot) -> ProgressReportDialog:
    widget = ProgressReportDialog(demo_workspace, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path]]:
    calls: list[tuple[str, Path]] = []
    monkeypatch.setattr(
        progress_dialog, "open_pdf_preview", lambda path, parent: calls.append(("pdf", path))
    )
    monkeypatch.setattr(
        progress_dialog,
        "document_ready",
        lambda parent, _title, text, path: calls.append((text, path)) or "close",
    )
    return calls


def test_the_period_follows_the_choice(dialog: ProgressReportDialog) -> None:
    dialog.day.setDate(QDate(2022, 1, 1))
    assert dialog.period() == (date(2021, 12, 27), date(2022, 1, 2))
    assert "27/12/2021" in dialog.span.text() and "02/01/2022" in dialog.span.text()
    dialog.month_choice.setChecked(True)
    assert dialog.period() == (date(2022, 1, 1), date(2022, 1, 31))
    assert "31/01/2022" in dialog.span.text()
    assert dialog.suggested_path().name == "Progress 01-01-2022 to 31-01-2022.pdf"
    dialog.xlsx_choice.setChecked(True)
    assert dialog.suggested_path().suffix == ".xlsx"
    assert dialog.month_choice.isChecked()  # the format does not change the period


def test_a_monthly_pdf_opens_in_the_preview(
    dialog: ProgressReportDialog, shown: list[tuple[str, Path]], tmp_path: Path
) -> None:
    dialog.month_choice.setChecked(True)
    dialog.day.setDate(QDate(2021, 11, 15))
    target = tmp_path / "tháng 11.pdf"
    with worker.synchronous():
        dialog.write_to(target)
    assert shown == [("pdf", target)]
    assert dialog.written == target and not dialog.isVisible()
    text = " ".join((p.extract_text() or "") for p in PdfReader(target).pages)
    assert "THÁNG 11 NĂM 2021" in " ".join(text.split())


def test_a_weekly_workbook_is_offered_to_open(
    dialog: ProgressReportDialog, shown: list[tuple[str, Path]], tmp_path: Path
) -> None:
    dialog.day.setDate(QDate(2021, 11, 10))
    dialog.xlsx_choice.setChecked(True)
    target = tmp_path / "tuần.xlsx"
    with worker.synchronous():
        dialog.write_to(target)
    assert [path for _text, path in shown] == [target]
    assert load_workbook(target).worksheets[1]["A6"].value == "Thứ Hai, 08/11/2021"


def test_the_documents_menu_reaches_it(
    settings: Settings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(
        progress_dialog, "open_progress_report", lambda ws, parent: opened.append(parent)
    )
    window = MainWindow(settings)
    qtbot.addWidget(window)
    actions = [
        a for a in window.documents_menu.actions() if a.objectName() == "progress_report_action"
    ]
    assert len(actions) == 1
    action = actions[0]
    assert action.shortcut() == QKeySequence(PROGRESS_REPORT_SHORTCUT)
    assert "&" in action.text()
    clashes = [
        a.text()
        for a in window.findChildren(type(action))
        if a is not action and not a.shortcut().isEmpty() and a.shortcut() == action.shortcut()
    ]
    assert clashes == []
    action.trigger()
    assert opened == [window]


def test_screenshot(dialog: ProgressReportDialog, tmp_path: Path) -> None:
    folder = Path("/tmp/shots_progress")
    if folder.is_dir():
        dialog.grab().save(str(folder / "progress_dialog.png"))
    assert dialog.ok_button.isEnabled()
