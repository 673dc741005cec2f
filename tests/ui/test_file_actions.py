"""The File menu's care of the open file: recent files, save a copy, back up now, check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.errors import ReadOnlyFile
from inspectdesk.paths import backups_dir
from inspectdesk.services import maintenance
from inspectdesk.services.files import CheckReport, check_file
from inspectdesk.ui import file_actions, worker
from inspectdesk.ui.check_dialog import CheckReportDialog
from inspectdesk.ui.file_actions import FileActions, install_file_actions
from inspectdesk.ui.i18n import install_translators
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.settings import Settings


@pytest.fixture(autouse=True)
def synchronous_work(request: pytest.FixtureRequest) -> Iterator[None]:
    """Background work runs at once in the test's thread (unless marked ``threaded``)."""
    if "threaded" in request.fixturenames:
        yield
        return
    with worker.synchronous():
        yield


@pytest.fixture
def threaded() -> Iterator[None]:
    """Background work really runs in the worker pool; wait for it afterwards."""
    yield
    assert worker.wait_for_all()


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """The Vietnamese catalogues installed; afterwards none, and the locale as before."""
    before = QLocale()
    install_translators(qapp, "vi")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, demo_file: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_path(demo_file)
    return win


@pytest.fixture
def actions(window: MainWindow) -> FileActions:
    """The window's file actions (installed here unless the window does it itself)."""
    installed = getattr(window, "file_actions", None)
    return installed if isinstance(installed, FileActions) else install_file_actions(window)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warnings shown (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text)
    )
    return shown


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of message boxes run with exec() (answered at once)."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def save_dialog_returns(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    suggested: list[str] = []

    def fake(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return name, "InspectDesk (*.idb)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return suggested


def test_the_actions_sit_in_the_file_menu(window: MainWindow, actions: FileActions) -> None:
    items = window.file_menu.actions()
    position = {id(a): i for i, a in enumerate(items)}
    recent = actions.recent_menu.menuAction()
    assert position[id(window.open_action)] < position[id(recent)]
    assert position[id(recent)] < position[id(window.close_action)]
    maintenance_rows = [position[id(a)] for a in actions.file_actions]
    assert maintenance_rows == sorted(maintenance_rows)
    assert position[id(window.close_action)] < maintenance_rows[0]
    assert maintenance_rows[-1] < position[id(window.quit_action)]
    assert items[maintenance_rows[0] - 1].isSeparator()
    assert items[position[id(window.quit_action)] - 1].isSeparator()


def test_without_a_file_the_actions_are_disabled(window: MainWindow, actions: FileActions) -> None:
    window.file_menu.aboutToShow.emit()  # the menu updates its actions as it opens
    assert all(a.isEnabled() for a in actions.file_actions)
    window.close_file()
    window.file_menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in actions.file_actions)
    assert actions.save_copy() is None and actions.backup_now() is None
    assert actions.check_database() is None


# -- save a copy ------------------------------------------------------------------------------


def test_save_a_copy_writes_a_valid_file_with_the_same_data(
    window: MainWindow,
    actions: FileActions,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "usb").mkdir()
    suggested = save_dialog_returns(monkeypatch, str(tmp_path / "usb" / "gửi Sở"))
    saved: list[Path] = []
    actions.copy_saved.connect(saved.append)
    assert actions.save_copy() is not None
    (copy,) = saved
    assert copy == tmp_path / "usb" / "gửi Sở.idb"
    assert suggested == [str(demo_file.parent / "demo (copy).idb")]
    report = check_file(copy)
    assert report.healthy and report.counts == check_file(demo_file).counts
    assert "gửi Sở.idb" in window.statusBar().currentMessage()


def test_the_copy_is_suggested_in_the_default_folder(
    actions: FileActions, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Tài liệu"
    documents.mkdir()
    settings.default_folder = str(documents)
    suggested = save_dialog_returns(monkeypatch, "")
    assert actions.save_copy() is None  # cancelled: nothing written
    assert suggested == [str(documents / "demo (copy).idb")]
    assert not list(documents.iterdir())


def test_a_copy_over_the_open_file_is_refused_with_a_message(
    actions: FileActions,
    demo_file: Path,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
    vietnamese: None,
) -> None:
    before = demo_file.read_bytes()
    save_dialog_returns(monkeypatch, str(demo_file))
    saved: list[Path] = []
    actions.copy_saved.connect(saved.append)
    actions.save_copy()
    assert saved == [] and len(warnings) == 1 and "chính tệp đang mở" in warnings[0]
    assert demo_file.read_bytes() == before


def test_a_name_without_suffix_asks_before_replacing(
    actions: FileActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "bản cũ.idb"
    existing.write_bytes(b"keep me")
    save_dialog_returns(monkeypatch, str(tmp_path / "bản cũ"))
    asked: list[str] = []

    def say_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    assert actions.save_copy() is None
    assert len(asked) == 1 and existing.read_bytes() == b"keep me"


# -- back up now ------------------------------------------------------------------------------


def test_backup_now_rotates_and_says_where_it_went(
    actions: FileActions, settings: Settings, demo_file: Path, infos: list[str]
) -> None:
    settings.backup_count = 2
    made: list[Path] = []
    actions.backup_made.connect(made.append)
    for _ in range(3):
        actions.backup_now()
    assert len(made) == 3 and all(path.parent == backups_dir() for path in made)
    kept = [entry.path for entry in maintenance.list_backups(demo_file, backups_dir())]
    assert kept == [made[2], made[1]]
    assert len(infos) == 3 and str(made[2]) in infos[2]
    assert check_file(kept[0]).healthy


def test_a_backup_that_cannot_be_written_is_explained(
    actions: FileActions, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> Path:
        raise ReadOnlyFile(path=backups_dir())

    monkeypatch.setattr(file_actions.maintenance, "backup_now", refuse)
    made: list[Path] = []
    actions.backup_made.connect(made.append)
    actions.backup_now()
    assert made == [] and len(warnings) == 1 and str(backups_dir()) in warnings[0]


# -- check database ---------------------------------------------------------------------------


@pytest.fixture
def shown_reports(monkeypatch: pytest.MonkeyPatch) -> list[CheckReportDialog]:
    dialogs: list[CheckReportDialog] = []

    def capture(dialog: CheckReportDialog) -> int:
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(CheckReportDialog, "exec", capture)
    return dialogs


def test_check_says_good_for_the_demo(
    actions: FileActions, shown_reports: list[CheckReportDialog], vietnamese: None
) -> None:
    actions.check_database()
    (dialog,) = shown_reports
    report = dialog.report
    assert report.healthy
    assert dialog.windowTitle() == "Kiểm tra cơ sở dữ liệu"
    assert dialog.headline.text().startswith("Tốt")
    assert dialog.details is None
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert {"Đơn vị", "Kế hoạch kiểm tra", "Cuộc kiểm tra", "Kiến nghị"} <= set(names)
    units = dialog.table.item(names.index("Đơn vị"), 1).text()
    assert units == QLocale().toString(report.counts["unit"])


def test_the_check_runs_off_the_ui_thread(
    actions: FileActions,
    shown_reports: list[CheckReportDialog],
    qtbot: QtBot,
    threaded: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    threads: list[threading.Thread] = []
    real_check = file_actions.check_file

    def spying_check(path: Path) -> CheckReport:
        threads.append(threading.current_thread())
        return real_check(path)

    monkeypatch.setattr(file_actions, "check_file", spying_check)
    with qtbot.waitSignal(actions.checked, timeout=10_000) as blocker:
        actions.check_database()
    assert blocker.args is not None and blocker.args[0].healthy
    assert threads and threads[0] is not threading.main_thread()
    assert len(shown_reports) == 1


def test_a_damaged_report_names_the_problems(qtbot: QtBot, tmp_path: Path) -> None:
    report = CheckReport(
        tmp_path / "hỏng.idb",
        1,
        1,
        "0001",
        problems=["finding row 12: missing visit", "Page 7: btreeInitPage() returns error 11"],
        counts={"unit": 1234, "mystery": 1},
    )
    dialog = CheckReportDialog(report)
    qtbot.addWidget(dialog)
    assert "2" in dialog.headline.text()
    assert dialog.details is not None
    assert "missing visit" in dialog.details.toPlainText()
    assert dialog.table.item(1, 0).text() == "mystery"  # an unknown table keeps its name
    copied = dialog.text()
    assert "hỏng.idb" in copied and "btreeInitPage" in copied
    dialog.copy_report()
    assert QApplication.clipboard().text() == copied


# -- open recent ------------------------------------------------------------------------------


def test_recent_files_are_listed_and_missing_ones_greyed_out(
    window: MainWindow,
    actions: FileActions,
    settings: Settings,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gone = tmp_path / "đã xóa & dọn.idb"
    settings.add_recent(gone)
    settings.add_recent(demo_file)
    opened: list[Path] = []
    monkeypatch.setattr(window, "open_path", lambda path: opened.append(path))
    actions.fill_recent()
    entries = [a for a in actions.recent_menu.actions() if not a.isSeparator()]
    first, second, clear = entries
    assert first.text().startswith("&1 ") and first.isEnabled()
    assert second.text() == f"&2 {gone}".replace(" & ", " && ")
    assert not second.isEnabled() and str(gone) in second.toolTip()
    first.trigger()
    assert opened == [demo_file.resolve()]
    assert clear.isEnabled()
    clear.trigger()
    assert settings.recent_files == []
    texts = [a.text() for a in actions.recent_menu.actions() if not a.isSeparator()]
    assert len(texts) == 2 and not actions.recent_menu.actions()[0].isEnabled()
    assert not actions.clear_recent_action.isEnabled()


def test_the_check_offers_a_safe_repair_when_something_is_wrong(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from sqlalchemy import update

    from inspectdesk.db.models import Unit

    ws = window.workspace
    assert ws is not None and ws.path is not None
    with ws.db.engine.begin() as conn:
        conn.execute(update(Unit.__table__).values(name_fold="hỏng"))
    report = check_file(ws.path)
    report.problems.append("index unit_name_fold: wrong entries")  # as SQLite would say
    dialog = CheckReportDialog(report, window)
    qtbot.addWidget(dialog)
    assert not dialog.repair_button.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    monkeypatch.setattr(CheckReportDialog, "exec", lambda self: 0)
    dialog.repair()
    assert dialog.repaired is not None and dialog.repaired.keys_fixed["unit"] > 0
    assert told and "before-repair" in told[0]
    healthy = CheckReportDialog(check_file(ws.path), window)
    qtbot.addWidget(healthy)
    assert healthy.repair_button.isHidden()
