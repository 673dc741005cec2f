"""The global search finds records of every kind, ignoring tones, and opens them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inspectdesk.services.search import search_everything
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.search_dialog import HIT_ROLE, SearchDialog
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.workspace import Workspace


def test_search_ignores_tones_across_kinds(demo_workspace: Workspace) -> None:
    hits = search_everything(demo_workspace.db, "lien bao")
    kinds = {h.table for h in hits}
    assert "unit" in kinds and "visit" in kinds
    assert all("Liên Bảo" in h.title or "Liên Bảo" in h.detail for h in hits)
    assert search_everything(demo_workspace.db, "   ") == []


def test_search_finds_a_minutes_number(demo_workspace: Workspace) -> None:
    hits = search_everything(demo_workspace.db, "01/BB-ĐKT")
    assert any(h.table == "issued_document" and h.title == "01/BB-ĐKT" for h in hits)


def test_dialog_groups_results_and_enter_chooses(demo_workspace: Workspace, qtbot: QtBot) -> None:
    dialog = SearchDialog(demo_workspace)
    qtbot.addWidget(dialog)
    dialog.box.setText("so noi vu")
    hits = dialog.run_search()
    assert hits
    first = dialog.results.item(0)
    assert first is not None and first.data(HIT_ROLE) is None  # a group heading
    chosen: list[object] = []
    dialog.hit_chosen.connect(chosen.append)
    qtbot.keyClick(dialog.box, "\r")
    assert chosen and chosen[0] == dialog.results.currentItem().data(HIT_ROLE)


def test_ctrl_k_opens_the_search(
    qtbot: QtBot, settings: Settings, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[SearchDialog] = []
    monkeypatch.setattr(SearchDialog, "exec", lambda self: opened.append(self) or 0)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(demo_file)
    win.search_action.trigger()
    assert len(opened) == 1
    assert "Ctrl+K" in [s.toString() for s in win.search_action.shortcuts()]
