"""File → Restore from backup…: back to a backup, the current state kept; auto backup on close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.db.models import Unit
from inspectdesk.paths import backups_dir
from inspectdesk.services.maintenance import list_backups
from inspectdesk.ui.backup_actions import RestoreDialog, backup_quietly, restore_from_backup
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, small_file: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_path(small_file)
    return win


def add_unit(window: MainWindow, name: str) -> None:
    assert window.workspace is not None
    with window.workspace.db.sessions.begin() as s:
        s.add(Unit(name=name))


def unit_names(window: MainWindow) -> set[str]:
    assert window.workspace is not None
    with window.workspace.db.sessions() as s:
        return {u.name for u in s.query(Unit)}


def test_closing_takes_a_backup_only_when_the_data_changed(
    window: MainWindow, small_file: Path
) -> None:
    assert window.workspace is not None
    assert backup_quietly(window.workspace) is not None
    assert window.close_file()  # nothing changed since: no second backup
    assert len(list_backups(small_file, backups_dir())) == 1
    assert window.open_path(small_file)
    add_unit(window, "Đơn vị thêm sau")
    assert window.close_file()
    assert len(list_backups(small_file, backups_dir())) == 2


def test_restore_goes_back_and_reopens(
    window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.workspace is not None
    backup_quietly(window.workspace)
    add_unit(window, "Sẽ bị thay bằng bản sao lưu")
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert restore_from_backup(window)
    assert window.workspace is not None and window.workspace.path == small_file
    assert "Sẽ bị thay bằng bản sao lưu" not in unit_names(window)
    kept = [b for b in backups_dir().iterdir() if "before-restore" in b.name]
    assert len(kept) == 1


def test_the_dialog_lists_backups_newest_first(window: MainWindow, qtbot: QtBot) -> None:
    assert window.workspace is not None
    backup_quietly(window.workspace)
    add_unit(window, "Một đơn vị nữa")
    backup_quietly(window.workspace)
    dialog = RestoreDialog(Path(window.workspace.path or ""), parent=window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    first, second = dialog.backups
    assert first.taken_at >= second.taken_at
    assert dialog.chosen() == first


def test_restore_is_offered_only_for_an_editable_file(window: MainWindow) -> None:
    assert window.restore_action.isEnabled()
    assert window.close_file()
    assert not window.restore_action.isEnabled()
