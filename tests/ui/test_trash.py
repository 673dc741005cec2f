"""The trash lists what was deleted and restores it, undoably."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inspectdesk.services.listing import list_units
from inspectdesk.ui.trash_dialog import TrashDialog
from inspectdesk.ui.workspace import Workspace


def test_deleted_units_are_listed_and_restored(demo_workspace: Workspace, qtbot: QtBot) -> None:
    ws = demo_workspace
    victims = [r for r in list_units(ws.db) if r.name in ("Sở Y tế", "Sở Tư pháp")]
    ws.units.set_deleted([r.id for r in victims], True)
    dialog = TrashDialog(ws)
    qtbot.addWidget(dialog)
    names = {dialog.model.row_at(r).name for r in range(dialog.model.rowCount())}
    assert {"Sở Y tế", "Sở Tư pháp"} <= names
    row = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).name == "Sở Y tế"
    )
    dialog.table.selectRow(row)
    assert dialog.restore_selected() == 1
    live = {r.name for r in list_units(ws.db)}
    assert "Sở Y tế" in live and "Sở Tư pháp" not in live
    ws.undo_stack.undo()
    assert "Sở Y tế" not in {r.name for r in list_units(ws.db)}
    ws.undo_stack.redo()
    assert "Sở Y tế" in {r.name for r in list_units(ws.db)}


def test_trash_model_passes_the_model_tester(
    demo_workspace: Workspace, qtbot: QtBot, qtmodeltester: object
) -> None:
    demo_workspace.units.set_deleted([list_units(demo_workspace.db)[0].id], True)
    dialog = TrashDialog(demo_workspace)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
