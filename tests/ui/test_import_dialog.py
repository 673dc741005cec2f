"""The Excel import dialog: mapping, preview, dry run, import, cancel, report; the Units page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.services import listing
from inspectdesk.services.files import open_file
from inspectdesk.ui import worker
from inspectdesk.ui.import_dialog import ImportDialog
from inspectdesk.ui.pages.units_page import UnitsPage
from inspectdesk.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def synchronous_work() -> Iterator[None]:
    with worker.synchronous():
        yield


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a: shown.append(text))
    return shown


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """Two new units (one in TCVN3), an update of a demo unit, and two rejected rows."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Danh sách"
    ws.append(["DANH SÁCH ĐƠN VỊ"])
    ws.append(["STT", "Tên đơn vị", "Trực thuộc", "Mã ĐVHC", "Người đứng đầu", "Chức vụ"])
    ws.append([1, "UBND x· §¹o Trï", "UBND huyÖn Tam §¶o", "08920", "", ""])
    ws.append([2, "Tổ công tác số 1", "UBND xã Đạo Trù", "", "", ""])
    ws.append([3, "UBND phường Liên Bảo", "", "08710", "Nguyễn Thị Hoa", "Chủ tịch"])
    ws.append([4, "Phòng Nội vụ", "UBND huyện Không Có", "", "", ""])
    ws.append([5, "", "UBND huyện Tam Đảo", "", "", ""])
    for cell in ("B3", "C3"):
        ws[cell].font = Font(name=".VnTime")
    path = tmp_path / "đơn vị.xlsx"
    workbook.save(path)
    return path


@pytest.fixture
def dialog(qtbot: QtBot, demo_workspace: Workspace, sheet: Path) -> ImportDialog:
    dlg = ImportDialog(demo_workspace)
    qtbot.addWidget(dlg)
    dlg.open_path(sheet)
    return dlg


def cells(model: object, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


def names(workspace: Workspace) -> set[str]:
    return {u.name for u in listing.list_units(workspace.db)}


def test_the_dry_run_is_shown_and_import_waits_for_a_decision(dialog: ImportDialog) -> None:
    assert {c: combo.currentData() for c, combo in dialog.combos.items()} == {
        0: "",
        1: "name",
        2: "parent",
        3: "admin_code",
        4: "head_name",
        5: "head_title",
    }
    assert cells(dialog.preview_model, 1)[0] == "UBND xã Đạo Trù"  # converted from .VnTime
    assert cells(dialog.check_model, 2) == ["Create", "Create", "Update", "Rejected", "Rejected"]
    reasons = cells(dialog.check_model, 3)
    assert "UBND huyện Không Có" in reasons[3]
    red = dialog.check_model.item(3, 0).foreground().color().name()
    assert red == "#b00020"
    assert (
        "1 cell(s) converted" in dialog.info.text() or "2 cell(s) converted" in dialog.info.text()
    )
    assert not dialog.import_button.isEnabled()
    dialog.skip_rejected.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_import_writes_the_good_rows(
    dialog: ImportDialog, demo_workspace: Workspace, messages: list[str]
) -> None:
    before = names(demo_workspace)
    dialog.skip_rejected.setChecked(True)
    dialog.import_button.click()
    assert dialog.outcome is not None
    assert names(demo_workspace) == before | {"UBND xã Đạo Trù", "Tổ công tác số 1"}
    assert "2 created, 1 updated, 0 unchanged, 2 skipped" in messages[-1]
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.text() == "Close"


def test_cancelling_the_import_writes_nothing(
    dialog: ImportDialog, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = names(demo_workspace)

    def cancel_on_first_report(
        self: worker.Progress, done: int, total: int, message: str = ""
    ) -> None:
        self.cancel()

    monkeypatch.setattr(worker.Progress, "report", cancel_on_first_report)
    dialog.skip_rejected.setChecked(True)
    dialog.start_import()
    assert dialog.outcome is None
    assert names(demo_workspace) == before
    dialog.reject()
    assert names(demo_workspace) == before


def test_a_corrected_mapping_is_checked_again(
    dialog: ImportDialog, qtbot: QtBot, messages: list[str]
) -> None:
    parent_combo = dialog.combos[2]
    parent_combo.setCurrentIndex(parent_combo.findData(""))  # do not import "Trực thuộc"
    qtbot.waitUntil(lambda: cells(dialog.check_model, 2)[3] == "Create", timeout=3000)
    assert dialog.preview_model.columnCount() == 5
    name_combo = dialog.combos[1]
    name_combo.setCurrentIndex(name_combo.findData(""))
    qtbot.waitUntil(lambda: "“Tên đơn vị”" in dialog.summary.text(), timeout=3000)
    assert dialog.plan is None and not dialog.import_button.isEnabled() and not messages
    name_combo.setCurrentIndex(name_combo.findData("name"))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=3000)


def test_the_report_can_be_saved(dialog: ImportDialog, tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    dialog.save_report_to(out)
    text = out.read_text(encoding="utf-8")
    assert "Phòng Nội vụ" in text and "UBND huyện Không Có" in text


def test_a_file_that_is_not_a_sheet_is_refused_with_a_sentence(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path, messages: list[str]
) -> None:
    dlg = ImportDialog(demo_workspace)
    qtbot.addWidget(dlg)
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    dlg.open_path(bad)
    assert messages and "notes.xlsx" in messages[-1]
    assert dlg.plan is None and not dlg.import_button.isEnabled()


def test_people_can_be_imported_too(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path, messages: list[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Họ và tên,Chức vụ,Đơn vị\nLê Văn Tám,Văn thư,Sở Tư pháp\n", encoding="utf-8")
    dlg = ImportDialog(demo_workspace, "people")
    qtbot.addWidget(dlg)
    dlg.open_path(path)
    assert cells(dlg.check_model, 2) == ["Create"]
    dlg.import_button.click()
    assert dlg.outcome is not None and dlg.outcome.created == 1


def test_the_units_page_offers_the_import(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = UnitsPage()
    qtbot.addWidget(page)
    opened: list[str] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    workspace = Workspace(open_file(demo_file))
    try:
        page.attach(workspace)
        page.refresh()
        assert page.import_button.isEnabled()
        assert page.import_action.shortcut().toString() == "Ctrl+Shift+I"
        page.import_button.click()
        page.import_people_action.trigger()
        assert opened == ["Import units from Excel", "Import people from Excel"]
    finally:
        page.attach(None)
        workspace.close()
    readonly = Workspace(open_file(demo_file, readonly=True))
    try:
        page.attach(readonly)
        page.refresh()
        assert not page.import_button.isEnabled() and not page.import_action.isEnabled()
    finally:
        page.attach(None)
        readonly.close()
    assert Qt.ShortcutContext.WidgetWithChildrenShortcut == page.import_action.shortcutContext()


def test_the_heading_row_can_be_given(dialog: ImportDialog, messages: list[str]) -> None:
    assert dialog.table is not None and dialog.table.header_row == 2
    dialog.header_spin.setValue(3)  # a data row taken for the headings: no name column there
    dialog.header_spin.editingFinished.emit()
    assert dialog.table.header_row == 3 and dialog.plan is None
    assert "“Tên đơn vị”" in dialog.summary.text()
    name_combo = dialog.combos[1]  # the user says which column holds the names
    name_combo.setCurrentIndex(name_combo.findData("name"))
    dialog.replan()
    assert dialog.plan is not None and dialog.plan.rows[0].name == "Tổ công tác số 1"
    dialog.header_spin.setValue(0)
    dialog.header_spin.editingFinished.emit()
    assert dialog.table.header_row == 2 and not messages
