"""A file on a share or USB stick is edited through a local working copy, saved back safely.

``INSPECTDESK_WORKING_COPY=always`` makes every file count as shared; a folder in
``tmp_path`` plays the share.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.db.models import Unit
from inspectdesk.errors import UserError
from inspectdesk.paths import backups_dir
from inspectdesk.services import working_copy as working_copy_module
from inspectdesk.services.files import open_file
from inspectdesk.services.locks import lock_path, read_lock
from inspectdesk.services.maintenance import list_backups
from inspectdesk.services.units import UnitDraft
from inspectdesk.services.working_copy import (
    SharedFileChanged,
    WorkingCopy,
    unsaved_copies,
    work_dir,
)
from inspectdesk.ui import shared_file_saver, worker
from inspectdesk.ui.backup_actions import RestoreDialog, backup_quietly, restore_from_backup
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.workspace import Workspace


@pytest.fixture
def shared(small_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The small file, on "the share" (every file counts as shared); quick save-backs."""
    monkeypatch.setenv("INSPECTDESK_WORKING_COPY", "always")
    monkeypatch.setattr(shared_file_saver, "SAVE_BACK_DELAY_MS", 50)
    share = tmp_path / "share"
    share.mkdir()
    path = share / "chung.idb"
    small_file.rename(path)
    return path


@pytest.fixture
def window(qtbot: QtBot, settings: Settings) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    yield win
    worker.wait_for_all(5000)


def names_in(path: Path) -> set[str]:
    """The unit names a database file holds (read without touching it)."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM unit")}


def someone_else_adds(path: Path, name: str) -> None:
    with open_file(path) as db, db.sessions.begin() as s:
        s.add(Unit(name=name))


def workspace_of(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def add_unit(window: MainWindow, name: str) -> None:
    workspace_of(window).units.create(UnitDraft(name=name))


def answer_boxes(monkeypatch: pytest.MonkeyPatch, *labels: str) -> list[str]:
    """Message boxes click the button whose text holds the next label; their texts are kept."""
    answers = list(labels)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        label = answers.pop(0) if answers else None
        for button in box.buttons():
            text = button.text().replace("&", "")
            if (label is None and box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole) or (
                label is not None and label in text
            ):
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_opening_a_shared_file_edits_a_local_copy_named_as_the_shared_file(
    window: MainWindow, shared: Path
) -> None:
    assert window.open_path(shared)
    ws = workspace_of(window)
    assert ws.working_copy is not None and ws.saver is not None
    assert ws.db.path is not None and ws.db.path != shared
    assert ws.db.path.parent == work_dir()
    assert ws.path == shared.resolve()
    assert window.windowTitle().startswith("chung.idb")
    assert window.file_label.text() == str(shared.resolve())
    assert "Working copy" in window.mode_label.text()
    assert str(ws.db.path) in window.mode_label.toolTip()
    assert window.settings.recent_files[0] == str(shared)
    info = read_lock(shared)
    assert info is not None and info.pid == os.getpid()  # the shared file is locked
    assert window.open_path(shared)  # already open: nothing new
    assert workspace_of(window) is ws


def test_an_edit_is_saved_to_the_share_after_the_burst(
    window: MainWindow, shared: Path, qtbot: QtBot
) -> None:
    assert window.open_path(shared)
    add_unit(window, "Đơn vị mới của tôi")
    assert "unsaved" in window.mode_label.text()
    assert "Đơn vị mới của tôi" not in names_in(shared)  # not before the burst is over
    qtbot.waitUntil(lambda: "Đơn vị mới của tôi" in names_in(shared), timeout=5000)
    qtbot.waitUntil(lambda: "saved to the share at" in window.mode_label.text(), timeout=5000)
    ws = workspace_of(window)
    assert ws.working_copy is not None and not ws.working_copy.has_unsaved_changes()


def test_closing_saves_back_and_removes_the_working_copy(window: MainWindow, shared: Path) -> None:
    assert window.open_path(shared)
    ws = workspace_of(window)
    assert ws.working_copy is not None
    local, note = ws.working_copy.local, ws.working_copy.note
    add_unit(window, "Thêm ngay trước khi đóng")
    assert window.close_file()
    assert "Thêm ngay trước khi đóng" in names_in(shared)
    assert not local.exists() and not note.exists()
    assert not lock_path(shared).exists()
    assert window.windowTitle() == "InspectDesk"


def test_an_edit_made_while_saving_is_saved_too(
    window: MainWindow, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(shared)
    real_copy = working_copy_module.copy_atomically
    edits = ["Sửa trong lúc đang lưu"]

    def copy_then_edit(source: Path, target: Path) -> None:
        real_copy(source, target)
        if target == shared.resolve() and edits:  # committed after the copy was taken
            add_unit(window, edits.pop())

    monkeypatch.setattr(working_copy_module, "copy_atomically", copy_then_edit)
    add_unit(window, "Sửa trước")
    saver = workspace_of(window).saver
    assert saver is not None
    with worker.synchronous():
        saver.save_in_background()
        assert "Sửa trước" in names_in(shared) and not edits
        assert saver.unsaved  # the edit made meanwhile is not taken for saved
        saver.save_in_background()
    assert "Sửa trong lúc đang lưu" in names_in(shared)


def test_someone_elses_change_is_merged_never_overwritten(
    window: MainWindow, shared: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(shared)
    someone_else_adds(shared, "Của người khác")
    shown = answer_boxes(monkeypatch, "Merge their changes")
    add_unit(window, "Của tôi")
    qtbot.waitUntil(lambda: {"Của tôi", "Của người khác"} <= names_in(shared), timeout=5000)
    assert "changed “chung.idb” since you opened it" in shown[0]
    ws = workspace_of(window)
    with ws.db.sessions() as s:  # their change is in my copy too
        assert s.query(Unit).filter_by(name="Của người khác").count() == 1
    qtbot.waitUntil(lambda: "merged" in window.statusBar().currentMessage(), timeout=5000)
    assert window.close_file()
    assert {"Của tôi", "Của người khác"} <= names_in(shared)


def test_keep_working_then_save_my_version_as_a_new_file_on_close(
    window: MainWindow,
    shared: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert window.open_path(shared)
    local = workspace_of(window).db.path
    someone_else_adds(shared, "Của người khác")
    shown = answer_boxes(monkeypatch, "Keep working", "new file", "")
    add_unit(window, "Của tôi")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    qtbot.waitUntil(lambda: "someone else changed" in window.mode_label.text(), timeout=5000)
    assert "Của tôi" not in names_in(shared)  # theirs is not overwritten
    add_unit(window, "Của tôi nữa")  # no second question while working
    qtbot.wait(200)
    assert len(shown) == 1
    mine = tmp_path / "ban-cua-toi.idb"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    assert window.close_file()
    assert "save your version as a new file" in shown[1]
    assert {"Của tôi", "Của tôi nữa", "Của người khác"} - names_in(mine) == {"Của người khác"}
    assert "Của tôi" not in names_in(shared) and "Của người khác" in names_in(shared)
    assert local is not None and not local.exists()  # kept elsewhere: the copy may go


def test_on_close_the_shared_file_itself_is_refused_as_the_new_file(
    window: MainWindow, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(shared)
    someone_else_adds(shared, "Của người khác")
    add_unit(window, "Của tôi")
    targets = [str(shared), ""]  # first the shared file itself, then the user gives up
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (targets.pop(0), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    answer_boxes(monkeypatch, "new file", "Cancel")
    assert not window.close_file()  # still open: nothing is lost
    assert "not replaced" in warnings[0]
    assert "Của tôi" not in names_in(shared)
    assert window.workspace is not None
    answer_boxes(monkeypatch, "Merge their changes")
    assert window.close_file()
    assert {"Của tôi", "Của người khác"} <= names_in(shared)


def test_a_share_that_disappears_keeps_the_local_copy(
    window: MainWindow, shared: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(shared)
    ws = workspace_of(window)
    assert ws.working_copy is not None
    local = ws.working_copy.local
    share = shared.parent
    share.rename(share.with_name("share-gone"))
    shown = answer_boxes(monkeypatch, "OK", "Close and keep the working copy")
    add_unit(window, "Chưa lưu được")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert "could not be saved to “chung.idb”" in shown[0]
    assert "could not save" in window.mode_label.text()
    add_unit(window, "Vẫn chưa lưu được")  # the same problem is not told twice
    qtbot.wait(300)
    assert len(shown) == 1
    assert window.close_file()  # the user chose to close and keep the copy
    assert "could not be saved" in shown[1]
    assert local.exists()
    assert [copy.local for copy in unsaved_copies()] == [local]
    assert "Chưa lưu được" in names_in(local)


def test_retry_on_close_once_the_share_is_back(
    window: MainWindow, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(shared)
    share = shared.parent
    gone = share.rename(share.with_name("share-gone"))
    add_unit(window, "Lưu khi ổ mạng trở lại")

    def bring_back_then_retry(box: QMessageBox) -> int:
        gone.rename(share)
        next(b for b in box.buttons() if "Try again" in b.text().replace("&", "")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", bring_back_then_retry)
    assert window.close_file()
    assert "Lưu khi ổ mạng trở lại" in names_in(shared)
    assert unsaved_copies() == []


def test_read_only_open_of_a_shared_file_needs_no_working_copy(
    window: MainWindow, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_path(shared).write_text(
        '{"user": "hoa", "machine": "MAY-KHAC", "pid": 4242, "since": "2099-01-01T00:00:00"}',
        encoding="utf-8",
    )
    answer_boxes(monkeypatch, "read-only")
    assert window.open_path(shared)
    ws = workspace_of(window)
    assert ws.readonly and ws.working_copy is None and ws.db.path == shared
    assert window.mode_label.text() == "Read-only"


def test_a_new_file_on_a_share_is_edited_through_a_working_copy(
    window: MainWindow, shared: Path
) -> None:
    path = shared.parent / "moi.idb"
    assert window.open_path(path, create=True)
    ws = workspace_of(window)
    assert ws.working_copy is not None and ws.path == path.resolve()
    add_unit(window, "Đơn vị đầu tiên")
    assert window.close_file()
    assert "Đơn vị đầu tiên" in names_in(path)


def test_restore_puts_the_backup_in_the_shared_file_and_reopens_it(
    window: MainWindow, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(shared)
    assert backup_quietly(workspace_of(window)) is not None
    add_unit(window, "Sẽ bị thay bằng bản sao lưu")
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert restore_from_backup(window)
    assert "Sẽ bị thay bằng bản sao lưu" not in names_in(shared)
    ws = workspace_of(window)
    assert ws.working_copy is not None and ws.path == shared.resolve()
    assert unsaved_copies() == []


def test_backups_of_a_working_copy_are_named_after_the_shared_file(
    window: MainWindow, shared: Path
) -> None:
    assert window.open_path(shared)
    add_unit(window, "Cần sao lưu")
    assert backup_quietly(workspace_of(window)) is not None
    assert list_backups(shared, backups_dir())


def test_save_back_never_takes_an_edit_made_during_the_copy_for_saved(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = WorkingCopy.take(shared)
    real_copy = working_copy_module.copy_atomically

    def copy_then_edit(source: Path, target: Path) -> None:
        real_copy(source, target)
        someone_else_adds(copy.local, "Sửa trong lúc sao chép")  # (this user, another thread)

    monkeypatch.setattr(working_copy_module, "copy_atomically", copy_then_edit)
    someone_else_adds(copy.local, "Sửa trước")
    assert copy.save_back()
    assert copy.has_unsaved_changes()


def test_save_back_to_a_vanished_share_is_not_someone_elses_change(
    shared: Path,
) -> None:
    copy = WorkingCopy.take(shared)
    someone_else_adds(copy.local, "Chưa lưu")
    shared.parent.rename(shared.parent.with_name("share-gone"))
    with pytest.raises(UserError) as raised:
        copy.save_back()
    assert not isinstance(raised.value, SharedFileChanged)
