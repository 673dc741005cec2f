"""After a crash, the next start offers to save, open or discard the unsaved working copies."""

from __future__ import annotations

import contextlib
import json
import platform
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.db.models import Unit
from inspectdesk.services.files import open_file
from inspectdesk.services.locks import acquire_lock, lock_path
from inspectdesk.services.working_copy import WorkingCopy, unsaved_copies
from inspectdesk.ui import application, worker
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.recovery_dialog import RecoveryDialog, offer_recovery, recoverable_copies
from inspectdesk.ui.settings import Settings


@pytest.fixture
def shared(small_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INSPECTDESK_WORKING_COPY", "always")
    share = tmp_path / "share"
    share.mkdir()
    path = share / "chung.idb"
    small_file.rename(path)
    return path


def add(path: Path, name: str) -> None:
    with open_file(path) as db, db.sessions.begin() as s:
        s.add(Unit(name=name))


def names_in(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM unit")}


@pytest.fixture
def left_over(shared: Path) -> WorkingCopy:
    """A working copy whose change never reached the share (the program died)."""
    copy = WorkingCopy.take(shared)
    add(copy.local, "Thay đổi chưa lưu")
    return copy


@pytest.fixture
def dialog(qtbot: QtBot, left_over: WorkingCopy) -> RecoveryDialog:
    found = recoverable_copies()
    assert [copy.local for copy in found] == [left_over.local]
    widget = RecoveryDialog(found)
    qtbot.addWidget(widget)
    return widget


def click(monkeypatch: pytest.MonkeyPatch, label: str) -> list[str]:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        next(b for b in box.buttons() if label in b.text().replace("&", "")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_the_dialog_lists_each_copy_with_its_time(
    dialog: RecoveryDialog, left_over: WorkingCopy
) -> None:
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == str(left_over.shared)
    when = datetime.fromtimestamp(left_over.local.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
    assert dialog.table.item(0, 1).text() == when
    assert dialog.open_button.isVisibleTo(dialog)


def test_save_to_the_original_file(dialog: RecoveryDialog, left_over: WorkingCopy) -> None:
    assert dialog.save_selected()
    assert "Thay đổi chưa lưu" in names_in(left_over.shared)
    assert not left_over.local.exists() and not left_over.note.exists()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted  # nothing left to decide
    assert not lock_path(left_over.shared).exists()


def test_save_merges_when_someone_else_changed_the_file(
    dialog: RecoveryDialog, left_over: WorkingCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(left_over.shared, "Của người khác")
    shown = click(monkeypatch, "Merge their changes")
    assert dialog.save_selected()
    assert "changed “chung.idb”" in shown[0]
    assert {"Thay đổi chưa lưu", "Của người khác"} <= names_in(left_over.shared)
    assert unsaved_copies() == []


def test_declining_the_merge_keeps_the_copy(
    dialog: RecoveryDialog, left_over: WorkingCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(left_over.shared, "Của người khác")
    click(monkeypatch, "Cancel")
    assert not dialog.save_selected()
    assert "Thay đổi chưa lưu" not in names_in(left_over.shared)
    assert left_over.local.exists() and dialog.table.rowCount() == 1


def test_a_lock_left_by_the_crash_is_broken_but_a_live_one_is_respected(
    dialog: RecoveryDialog, left_over: WorkingCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    def lock(machine: str, pid: int) -> None:
        since = datetime.now(UTC).isoformat()
        data = {"user": "hoa", "machine": machine, "pid": pid, "since": since}
        lock_path(left_over.shared).write_text(json.dumps(data), encoding="utf-8")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    lock("MAY-KHAC", 4242)  # someone else, elsewhere, working in it now
    assert not dialog.save_selected()
    assert "hoa" in warnings[0] and left_over.local.exists()
    lock(platform.node() or "?", 2**22 + 12345)  # our own program, gone
    assert dialog.save_selected()
    assert "Thay đổi chưa lưu" in names_in(left_over.shared)


def test_discard_asks_first(
    dialog: RecoveryDialog, left_over: WorkingCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    assert not dialog.discard_selected()
    assert left_over.local.exists()
    assert dialog.discard_selected()
    assert not left_over.local.exists() and not left_over.note.exists()
    assert "Thay đổi chưa lưu" not in names_in(left_over.shared)


def test_open_the_working_copy_opens_it_directly(
    qtbot: QtBot, settings: Settings, left_over: WorkingCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: self.open_selected())
    chosen = offer_recovery()
    assert chosen == left_over.local
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_path(chosen)
    assert window.workspace is not None
    assert window.workspace.working_copy is None  # not a copy of the copy
    assert window.workspace.db.path == left_over.local and not window.workspace.readonly
    assert window.close_file()
    assert left_over.local.exists()  # still offered until saved or discarded
    assert [copy.local for copy in unsaved_copies()] == [left_over.local]


def test_a_copy_in_use_by_a_running_program_is_not_offered(left_over: WorkingCopy) -> None:
    lock = acquire_lock(left_over.shared)  # this very process has it open
    try:
        assert recoverable_copies() == []
        assert offer_recovery() is None
    finally:
        lock.release()
    assert len(recoverable_copies()) == 1


def test_opening_a_file_with_earlier_unsaved_changes_settles_them_first(
    qtbot: QtBot, settings: Settings, left_over: WorkingCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    offered: list[bool] = []

    def later(self: RecoveryDialog) -> int:
        offered.append(self.open_button.isVisibleTo(self))
        return 0

    monkeypatch.setattr(RecoveryDialog, "exec", later)
    assert not window.open_path(left_over.shared)  # left unsettled: not opened
    assert offered == [False] and left_over.local.exists()
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: self.save_selected())
    assert window.open_path(left_over.shared)
    assert window.workspace is not None and window.workspace.working_copy is not None
    with window.workspace.db.sessions() as s:
        assert s.query(Unit).filter_by(name="Thay đổi chưa lưu").count() == 1
    assert window.close_file()


def test_the_start_offers_recovery_before_opening_the_startup_file(
    qtbot: QtBot, settings: Settings, left_over: WorkingCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    windows: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, settings: Settings) -> None:
            super().__init__(settings)
            windows.append(self)

    monkeypatch.setattr(application, "Settings", lambda: settings)
    monkeypatch.setattr(application, "MainWindow", Recorded)
    monkeypatch.setattr(application, "install_translators", lambda *a: None)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: self.open_selected())
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    assert application.run(left_over.shared) == 0
    window = windows[0]
    qtbot.addWidget(window)
    assert window.workspace is not None and window.workspace.db.path == left_over.local
    assert window.close_file()
    worker.wait_for_all(5000)
