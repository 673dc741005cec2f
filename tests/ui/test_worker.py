"""Background work: results, errors, progress, cancel and the delayed progress dialog."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from inspectdesk.errors import ReadOnlyFile
from inspectdesk.ui import worker
from inspectdesk.ui.worker import CrashDialog, Progress, Task, run_in_background


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    yield
    assert worker.wait_for_all(5000), "background work was left running"


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Message boxes and crash dialogs, recorded instead of shown."""
    shown: list[tuple[str, Any]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _title, text, *a: shown.append(("warning", text))
    )
    monkeypatch.setattr(worker, "show_crash", lambda _p, exc: shown.append(("crash", exc)))
    return shown


def _wait(qtbot: QtBot, task: Task) -> None:
    if task.running:
        with qtbot.waitSignal(task.ended, timeout=5000):
            pass


# -- the real threaded path -----------------------------------------------------------


def test_result_comes_back_on_the_ui_thread(qtbot: QtBot, parent: QWidget) -> None:
    threads: dict[str, threading.Thread] = {}
    results: list[int] = []

    def work(progress: Progress) -> int:
        threads["work"] = threading.current_thread()
        return 6 * 7

    def done(value: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(value)

    task = run_in_background(parent, "Tính", work, done)
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert results == [42]
    assert threads["done"] is threading.main_thread()
    assert threads["work"] is not threading.main_thread()
    assert not task.running


def test_error_goes_to_on_error(qtbot: QtBot, parent: QWidget) -> None:
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise ValueError("hỏng")

    task = run_in_background(
        parent, "Tính", work, lambda _r: pytest.fail("no result"), errors.append
    )
    _wait(qtbot, task)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)


def test_user_error_is_a_message_and_a_bug_is_a_crash(
    qtbot: QtBot, parent: QWidget, dialogs: list[tuple[str, Any]]
) -> None:
    def refuse(progress: Progress) -> None:
        raise ReadOnlyFile(path="/x/bao-cao.xlsx")

    def crash(progress: Progress) -> None:
        raise KeyError("lỗi lập trình")

    _wait(qtbot, run_in_background(parent, "Xuất", refuse, lambda _r: None))
    _wait(qtbot, run_in_background(parent, "Xuất", crash, lambda _r: None))
    assert dialogs[0] == ("warning", ReadOnlyFile(path="/x/bao-cao.xlsx").describe())
    assert dialogs[0][1].startswith("Không ghi được")
    assert dialogs[1][0] == "crash" and isinstance(dialogs[1][1], KeyError)


def test_progress_is_reported(qtbot: QtBot, parent: QWidget) -> None:
    seen: list[tuple[int, int, str]] = []

    def work(progress: Progress) -> str:
        for n in range(1, 4):
            progress.report(n, 3, f"bước {n}")
        return "xong"

    task = run_in_background(parent, "Tính", work, lambda _r: None)
    task.progressed.connect(lambda *args: seen.append(args))
    _wait(qtbot, task)
    assert seen[-1] == (3, 3, "bước 3")  # quick reports are merged; the last always passes


def test_cancel_stops_the_work_and_delivers_nothing(
    qtbot: QtBot, parent: QWidget, dialogs: list[tuple[str, Any]]
) -> None:
    started = threading.Event()
    stopped = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        try:
            while True:
                progress.check()
                threading.Event().wait(0.005)
        finally:
            stopped.set()

    task = run_in_background(parent, "Tính", work, lambda _r: pytest.fail("delivered"))
    assert started.wait(5)
    with qtbot.waitSignal(task.ended, timeout=5000):
        task.cancel()
    assert stopped.is_set()
    assert task.cancelled and not task.running
    assert dialogs == []  # a cancellation is not an error


def test_quick_work_shows_no_dialog(qtbot: QtBot, parent: QWidget) -> None:
    task = run_in_background(parent, "Tính", lambda _p: 1, lambda _r: None)
    _wait(qtbot, task)
    qtbot.wait(worker.DIALOG_DELAY_MS + 100)  # past the moment a dialog would appear
    assert task.dialog is None
    assert parent.findChildren(QProgressDialog) == []


def test_slow_work_shows_a_dialog_whose_cancel_stops_it(qtbot: QtBot, parent: QWidget) -> None:
    release = threading.Event()
    delivered: list[object] = []

    def work(progress: Progress) -> str:
        progress.report(1, 4, "Đang ghi dòng 1")
        while not release.is_set():
            progress.check()
            release.wait(0.01)
        return "xong"

    task = run_in_background(parent, "Đang xuất", work, delivered.append)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    dialog = task.dialog
    assert dialog is not None
    assert dialog.labelText() == "Đang ghi dòng 1"
    assert dialog.maximum() == 4 and dialog.value() == 1
    (cancel,) = dialog.findChildren(QPushButton)
    assert cancel.text() == QCoreApplication.translate("worker", "Cancel")
    with qtbot.waitSignal(task.ended, timeout=5000):
        cancel.click()
    release.set()
    assert delivered == [] and task.cancelled and task.dialog is None


def test_cancel_all_stops_everything(qtbot: QtBot, parent: QWidget) -> None:
    def endless(progress: Progress) -> None:
        while True:
            progress.check()
            threading.Event().wait(0.005)

    tasks = [run_in_background(parent, "Tính", endless, lambda _r: pytest.fail()) for _ in "ab"]
    worker.cancel_all()
    assert worker.wait_for_all(5000)
    qtbot.waitUntil(lambda: not any(task.running for task in tasks), timeout=3000)
    assert all(task.cancelled for task in tasks)


def test_finished_work_closes_its_dialog_and_delivers(qtbot: QtBot, parent: QWidget) -> None:
    release = threading.Event()
    delivered: list[object] = []
    task = run_in_background(
        parent, "Đang xuất", lambda _p: release.wait(5) and "xong", delivered.append
    )
    qtbot.waitUntil(lambda: task.dialog is not None, timeout=3000)
    dialog = task.dialog
    with qtbot.waitSignal(task.ended, timeout=5000):
        release.set()
    assert delivered == ["xong"]
    assert task.dialog is None and dialog is not None and not dialog.isVisible()


def test_nothing_is_delivered_to_a_destroyed_parent(qtbot: QtBot) -> None:
    release = threading.Event()
    parent = QWidget()
    task = run_in_background(parent, "Tính", lambda _p: release.wait(5), lambda _r: pytest.fail())
    parent.deleteLater()
    qtbot.waitUntil(lambda: not worker.Shiboken.isValid(parent), timeout=3000)
    with qtbot.waitSignal(task.ended, timeout=5000):
        release.set()


# -- synchronous mode (for tests of pages that use the worker) ------------------------


def test_synchronous_mode_runs_at_once(parent: QWidget, dialogs: list[tuple[str, Any]]) -> None:
    results: list[object] = []

    def work(progress: Progress) -> str:
        assert threading.current_thread() is threading.main_thread()
        progress.report(2, 2, "xong")
        return "kết quả"

    with worker.synchronous():
        task = run_in_background(parent, "Tính", work, results.append)
        assert results == ["kết quả"] and not task.running
        run_in_background(parent, "Tính", lambda _p: 1 / 0, results.append)
    assert dialogs[0][0] == "crash" and isinstance(dialogs[0][1], ZeroDivisionError)
    assert not worker._synchronous


def test_cancelled_work_raising_is_not_an_error(dialogs: list[tuple[str, Any]]) -> None:
    def work(progress: Progress) -> None:
        progress.cancel()
        progress.check()

    with worker.synchronous():
        task = run_in_background(None, "Tính", work, lambda _r: pytest.fail())
    assert task.cancelled and dialogs == []


# -- the crash dialog -----------------------------------------------------------------


def test_crash_dialog_shows_details_to_copy(qtbot: QtBot) -> None:
    try:
        {}["thiếu"]
    except KeyError as exc:
        dialog = CrashDialog(exc)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "KeyError" in dialog.details and "test_crash_dialog" in dialog.details
    assert dialog.text.toPlainText() == dialog.details
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    assert dialog.isVisible()  # copying does not close it
