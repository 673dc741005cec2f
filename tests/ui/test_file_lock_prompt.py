"""Opening a file another secretary has open: read-only, or break a stale lock."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.services.locks import lock_path, read_lock
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.settings import Settings


def foreign_lock(path: Path, age: timedelta) -> None:
    since = datetime.now(UTC) - age
    lock_path(path).write_text(
        json.dumps({"user": "hoa", "machine": "MAY-KHAC", "pid": 4242, "since": since.isoformat()}),
        encoding="utf-8",
    )
    stamp = time.time() - age.total_seconds()
    os.utime(lock_path(path), (stamp, stamp))


@pytest.fixture
def window(qtbot: QtBot, settings: Settings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    return win


def answer_with(monkeypatch: pytest.MonkeyPatch, label: str | None) -> list[str]:
    """Make lock prompts click the button whose text contains ``label`` (None: cancel)."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.buttons():
            role = box.buttonRole(button)
            wanted = (label is not None and label in button.text().replace("&", "")) or (
                label is None and role == QMessageBox.ButtonRole.RejectRole
            )
            if wanted:
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    return shown


def test_opening_takes_the_lock_and_closing_gives_it_back(
    window: MainWindow, small_file: Path
) -> None:
    assert window.open_path(small_file)
    info = read_lock(small_file)
    assert info is not None and info.pid == os.getpid()
    assert window.close_file()
    assert not lock_path(small_file).exists()


def test_a_file_in_use_opens_read_only_naming_its_holder(
    window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign_lock(small_file, timedelta(minutes=5))
    shown = answer_with(monkeypatch, "read-only")
    assert window.open_path(small_file)
    assert window.workspace is not None and window.workspace.readonly
    assert "hoa" in shown[0] and "MAY-KHAC" in shown[0]
    assert window.close_file()
    assert read_lock(small_file) is not None  # their lock stays


def test_a_stale_lock_can_be_broken(
    window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign_lock(small_file, timedelta(hours=5))
    answer_with(monkeypatch, "Break")
    assert window.open_path(small_file)
    assert window.workspace is not None and not window.workspace.readonly
    info = read_lock(small_file)
    assert info is not None and info.pid == os.getpid()


def test_a_fresh_lock_cannot_be_broken_and_cancel_opens_nothing(
    window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign_lock(small_file, timedelta(minutes=5))
    offered: list[list[str]] = []

    def fake_exec(box: QMessageBox) -> int:
        offered.append([b.text().replace("&", "") for b in box.buttons()])
        next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
        ).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert not window.open_path(small_file)
    assert window.workspace is None
    assert not any("Break" in text for text in offered[0])
