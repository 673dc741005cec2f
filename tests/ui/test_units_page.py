"""Units screen: add through the editor, see problems next to fields, delete, undo, tree."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.services.files import open_file
from inspectdesk.services.listing import list_units
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages.units_page import UnitsPage
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.unit_dialog import UnitDialog
from inspectdesk.ui.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, demo_file: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(demo_file)
    win.show_page("units")
    return win


def page_of(window: MainWindow) -> UnitsPage:
    page = window.pages["units"]
    assert isinstance(page, UnitsPage)
    return page


def workspace_of(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def shown(page: UnitsPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_add_a_unit_through_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    ws = workspace_of(window)
    dialog = UnitDialog(ws, parent=window)
    qtbot.addWidget(dialog)
    dialog.name.setText("UBND phường Vĩnh Phúc")
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findText("UBND thành phố Vĩnh Yên"))
    dialog.admin_code.setText("08716")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    page = page_of(window)
    page.filter.setText("phuong vinh phuc")
    qtbot.waitUntil(lambda: shown(page) == ["UBND phường Vĩnh Phúc"], timeout=3000)
    row = next(r for r in list_units(ws.db, search="phuong vinh phuc"))
    assert row.parent == "UBND thành phố Vĩnh Yên" and row.admin_code == "08716"


def test_problems_are_shown_next_to_their_fields_and_nothing_is_saved(
    window: MainWindow, qtbot: QtBot
) -> None:
    ws = workspace_of(window)
    before = len(list_units(ws.db))
    dialog = UnitDialog(ws, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("   ")
    dialog.admin_code.setText("26A")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._errors["name"].isVisible()
    assert (
        "bắt buộc" in dialog._errors["name"].text() or "required" in dialog._errors["name"].text()
    )
    assert dialog._errors["admin_code"].isVisible()
    assert len(list_units(ws.db)) == before


def test_edit_then_undo_and_redo(window: MainWindow, qtbot: QtBot) -> None:
    ws = workspace_of(window)
    unit = next(r for r in list_units(ws.db) if r.name == "Sở Tư pháp")
    dialog = UnitDialog(ws, unit.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sở Tư pháp tỉnh Vĩnh Phúc")
    dialog.accept()
    names = {r.name for r in list_units(ws.db)}
    assert "Sở Tư pháp tỉnh Vĩnh Phúc" in names and "Sở Tư pháp" not in names
    window.undo_action.trigger()
    assert "Sở Tư pháp" in {r.name for r in list_units(ws.db)}
    window.redo_action.trigger()
    assert "Sở Tư pháp tỉnh Vĩnh Phúc" in {r.name for r in list_units(ws.db)}


def test_delete_asks_moves_to_the_trash_and_undo_restores(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    page.filter.setText("so tai chinh")
    qtbot.waitUntil(lambda: shown(page) == ["Sở Tài chính"], timeout=3000)
    page.table.selectRow(0)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.delete_action.trigger()
    assert len(asked) == 1
    qtbot.waitUntil(lambda: shown(page) == [], timeout=3000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: shown(page) == ["Sở Tài chính"], timeout=3000)


def test_tree_view_shows_the_hierarchy_of_matches(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    page.tree_button.setChecked(True)
    page.filter.setText("lien bao")
    qtbot.waitUntil(lambda: page.tree_model.rowCount() == 1, timeout=3000)
    path = []
    item = page.tree_model.item(0)
    while item is not None:
        path.append(item.text())
        item = item.child(0)
    assert path[:3] == ["UBND tỉnh Vĩnh Phúc", "UBND thành phố Vĩnh Yên", "UBND phường Liên Bảo"]


def test_read_only_file_disables_editing(qtbot: QtBot, settings: Settings, demo_file: Path) -> None:
    ws = Workspace(open_file(demo_file, readonly=True))
    try:
        page = UnitsPage()
        qtbot.addWidget(page)
        page.attach(ws)
        page.show()
        assert not page.add_button.isEnabled()
        assert not page.delete_action.isEnabled()
        unit = list_units(ws.db)[0]
        dialog = UnitDialog(ws, unit.id)
        qtbot.addWidget(dialog)
        assert not dialog.name.isEnabled()
    finally:
        ws.close()


def test_export_writes_the_rows_as_shown(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from inspectdesk.ui import worker

    page = page_of(window)
    page.filter.setText("vinh yen")
    qtbot.waitUntil(lambda: len(shown(page)) >= 2, timeout=3000)
    target = tmp_path / "đơn vị.xlsx"
    with worker.synchronous():
        page.export_to(target)
    sheet = load_workbook(target).active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    headers = [str(page.proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(5)]
    header_row = next(i for i, row in enumerate(values) if list(row[:5]) == headers)
    names = [row[0] for row in values[header_row + 1 :]]
    assert names == shown(page)
    assert str(target) in page.count.text()


def test_parent_can_be_typed_without_tones(window: MainWindow, qtbot: QtBot) -> None:
    ws = workspace_of(window)
    dialog = UnitDialog(ws, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.parent_combo.lineEdit()
    assert edit is not None
    edit.setFocus()
    edit.selectAll()  # as when the user tabs into the box
    qtbot.keyClicks(edit, "thanh pho vinh yen")
    edit.editingFinished.emit()
    assert dialog.parent_combo.currentText() == "UBND thành phố Vĩnh Yên"
    expected = next(r.id for r in list_units(ws.db) if r.name == "UBND thành phố Vĩnh Yên")
    assert dialog.draft().parent_id == expected
