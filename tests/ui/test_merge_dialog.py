"""File → Merge another file…: the preview, the decisions, the merge, its report and errors."""

from __future__ import annotations

import shutil
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspectdesk.db.models import Finding, Recommendation, Unit
from inspectdesk.services.files import open_file
from inspectdesk.ui import merge_conflicts, merge_dialog, worker
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.merge_dialog import MergeAction, MergeDialog
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.workspace import Workspace

MY_TEXT = "Chưa niêm yết công khai thủ tục hành chính (bản của Hà)"
THEIR_TEXT = "Chưa niêm yết đầy đủ thủ tục hành chính (bản của Minh)"
NEW_UNIT = "UBND xã Hợp Thịnh"


@dataclass
class Files:
    mine: Path
    theirs: Path
    text_id: uuid.UUID  # a finding's text, edited on both sides
    deleted_id: uuid.UUID  # a finding edited by me, deleted by them
    deadline_id: uuid.UUID  # a recommendation's deadline, edited on both sides


def edit(path: Path, change: Callable[[Any], Any]) -> Any:
    with open_file(path, backup_folder=path.parent / "bk") as db, db.sessions.begin() as s:
        return change(s)


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
    yield
    assert worker.wait_for_all()


@pytest.fixture
def files(_demo_template: Path, tmp_path: Path) -> Files:
    mine, theirs = tmp_path / "Hồ sơ của Hà.idb", tmp_path / "usb" / "Hồ sơ của Minh.idb"
    theirs.parent.mkdir()
    shutil.copy(_demo_template, mine)
    shutil.copy(_demo_template, theirs)
    first, second = edit(mine, lambda s: list(s.scalars(select(Finding.id).limit(2))))
    rec = edit(mine, lambda s: s.scalars(select(Recommendation.id)).first())
    edit(mine, lambda s: setattr(s.get(Finding, first), "text", MY_TEXT))
    edit(theirs, lambda s: setattr(s.get(Finding, first), "text", THEIR_TEXT))
    edit(mine, lambda s: setattr(s.get(Finding, second), "text", "Tôi sửa"))
    edit(theirs, lambda s: setattr(s.get(Finding, second), "deleted", True))
    edit(mine, lambda s: setattr(s.get(Recommendation, rec), "deadline", date(2026, 12, 31)))
    edit(theirs, lambda s: setattr(s.get(Recommendation, rec), "deadline", date(2027, 1, 15)))
    edit(theirs, lambda s: s.add(Unit(name=NEW_UNIT)))
    return Files(mine, theirs, first, second, rec)


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, files: Files) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_path(files.mine)
    return win


@pytest.fixture
def merge(window: MainWindow) -> MergeAction:
    action = window.findChild(MergeAction)
    assert isinstance(action, MergeAction)
    return action


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The texts of the warnings and informations shown (instead of showing them)."""
    shown: dict[str, list[str]] = {"warning": [], "information": []}
    for kind in shown:
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, _t, text, *_a, k=kind: shown[k].append(text)
        )
    return shown


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to the confirmation before merging; record what it said."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def open_dialog(merge: MergeAction, other: Path) -> MergeDialog:
    merge.preview(other)
    assert merge.dialog is not None
    return merge.dialog


def rows(dialog: MergeDialog) -> dict[str, int]:
    """Conflict rows by field name."""
    table = dialog.conflicts
    return {table.item(r, 1).text(): r for r in range(table.rowCount())}  # type: ignore[union-attr]


def read(ws: Workspace, query: Callable[[Any], Any]) -> Any:
    with ws.db.sessions() as s:
        return query(s)


def test_the_action_is_in_the_file_menu_and_needs_a_writable_file(
    window: MainWindow, merge: MergeAction, files: Files
) -> None:
    items = window.file_menu.actions()
    check = window.file_actions.check_action
    assert items.index(merge.action) == items.index(check) + 1
    assert merge.action.shortcut() == QKeySequence("Ctrl+Shift+M")
    assert "&M" in merge.action.text()
    window.file_menu.aboutToShow.emit()
    assert merge.action.isEnabled()
    window.close_file()
    window.file_menu.aboutToShow.emit()
    assert not merge.action.isEnabled()
    window.workspace = Workspace(open_file(files.mine, readonly=True), window)
    try:
        window.file_menu.aboutToShow.emit()
        assert not merge.action.isEnabled()
        assert merge.choose_file() is None and merge.preview(files.theirs) is None
    finally:
        window.workspace.close()
        window.workspace = None


def test_the_dialog_lists_what_would_be_added_and_the_conflicts(
    merge: MergeAction, files: Files, window: MainWindow
) -> None:
    dialog = open_dialog(merge, files.theirs)
    assert not dialog.is_merged and dialog.merge_button.isVisibleTo(dialog)
    summary = dialog.summary
    assert [summary.item(r, 0).text() for r in range(summary.rowCount())] == ["Đơn vị"]
    assert summary.item(0, 1).text() == "1"
    by_field = rows(dialog)
    assert set(by_field) == {"Nội dung", "Đã xóa", "Thời hạn"}
    table = dialog.conflicts
    text_row = by_field["Nội dung"]
    assert table.item(text_row, 0).text().startswith("Kết quả kiểm tra: ")
    assert (table.item(text_row, 2).text(), table.item(text_row, 3).text()) == (
        MY_TEXT,
        THEIR_TEXT,
    )
    deadline = by_field["Thời hạn"]
    assert (table.item(deadline, 2).text(), table.item(deadline, 3).text()) == (
        "31/12/2026",
        "15/01/2027",
    )
    choices = {f: table.combo(r).count() for f, r in by_field.items()}
    assert choices == {"Nội dung": 3, "Đã xóa": 2, "Thời hạn": 2}  # Edit… for text only
    assert all(v == "mine" for v in table.decisions().values())
    with open_file(files.mine, readonly=True) as db, db.sessions() as s:
        assert s.scalar(select(Unit.id).where(Unit.name == NEW_UNIT)) is None  # a dry run


def test_keep_mine_and_take_theirs_for_all(merge: MergeAction, files: Files) -> None:
    dialog = open_dialog(merge, files.theirs)
    dialog.take_all.click()
    assert set(dialog.conflicts.decisions().values()) == {"theirs"}
    dialog.keep_all.click()
    assert set(dialog.conflicts.decisions().values()) == {"mine"}
    assert dialog.isVisible()
    dialog.close_button.click()  # Cancel
    assert not dialog.isVisible()


def test_the_decisions_are_applied_and_the_screens_refresh(
    merge: MergeAction, files: Files, window: MainWindow, confirm: list[str]
) -> None:
    ws = window.workspace
    assert ws is not None
    ws.undo_stack.push(QUndoCommand("an earlier edit"))
    published: list[frozenset[str]] = []
    ws.changed.connect(lambda changes: published.append(changes.tables))
    dialog = open_dialog(merge, files.theirs)
    by_field = rows(dialog)
    dialog.conflicts.set_choice(by_field["Nội dung"], "theirs")
    dialog.conflicts.set_choice(by_field["Đã xóa"], "theirs")
    assert dialog.confirm_and_merge() is not None
    assert "backup" in confirm[0] and "cannot be undone" in confirm[0]
    assert dialog.is_merged and not dialog.merge_button.isVisibleTo(dialog)
    assert read(ws, lambda s: s.get(Finding, files.text_id).text) == THEIR_TEXT
    assert read(ws, lambda s: s.get(Finding, files.deleted_id).deleted) is True
    assert read(ws, lambda s: s.get(Recommendation, files.deadline_id).deadline) == date(
        2026, 12, 31
    )
    assert read(ws, lambda s: s.scalar(select(Unit.id).where(Unit.name == NEW_UNIT)))
    assert ws.undo_stack.count() == 0
    assert published and {"finding", "unit", "recommendation"} <= published[-1]
    assert dialog.report.backup is not None and dialog.report.backup.exists()
    assert str(dialog.report.backup.name) in dialog.note.text()
    decisions = [dialog.conflicts.item(r, 4).text() for r in range(3)]  # type: ignore[union-attr]
    assert sorted(decisions) == ["Giữ giá trị của tôi", *["Lấy giá trị của tệp kia"] * 2]


def test_a_conflict_settled_by_typing_a_value(
    merge: MergeAction,
    files: Files,
    window: MainWindow,
    confirm: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answers: list[str | None] = [None, "Giá trị gõ tay"]

    def ask(_parent: object, _label: str, start: str, field: Any) -> str | None:
        asked.append(start)
        assert field.multiline
        return answers.pop(0)

    monkeypatch.setattr(merge_conflicts, "ask_value", ask)
    dialog = open_dialog(merge, files.theirs)
    row = rows(dialog)["Nội dung"]
    combo = dialog.conflicts.combo(row)
    dialog.conflicts.set_choice(row, "theirs")
    combo.activated.emit(2)  # Edit…, cancelled: back to the choice before
    assert combo.currentData() == "theirs"
    combo.activated.emit(2)
    assert asked == [MY_TEXT, MY_TEXT]  # prefilled with my value
    key = ("finding", files.text_id, "text")
    assert dialog.conflicts.decisions()[key] == ("edit", "Giá trị gõ tay")
    assert "Giá trị gõ tay" in combo.currentText()
    dialog.confirm_and_merge()
    ws = window.workspace
    assert ws is not None
    assert read(ws, lambda s: s.get(Finding, files.text_id).text) == "Giá trị gõ tay"


def test_declining_the_confirmation_changes_nothing(
    merge: MergeAction, files: Files, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog = open_dialog(merge, files.theirs)
    assert dialog.confirm_and_merge() is None
    assert not dialog.is_merged
    ws = window.workspace
    assert ws is not None
    assert read(ws, lambda s: s.get(Finding, files.text_id).text) == MY_TEXT


def test_nothing_to_merge_is_a_friendly_message(
    merge: MergeAction, _demo_template: Path, messages: dict[str, list[str]]
) -> None:
    merge.preview(_demo_template)  # mine holds everything the original has
    assert merge.dialog is None
    (text,) = messages["information"]
    assert "nothing to merge" in text and "demo.idb" in text
    assert not messages["warning"]


def test_a_file_that_is_not_an_inspectdesk_file_gives_a_message(
    merge: MergeAction, tmp_path: Path, messages: dict[str, list[str]], files: Files
) -> None:
    text = tmp_path / "ghi chú.idb"
    text.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    merge.preview(text)
    assert merge.dialog is None
    (warning,) = messages["warning"]
    assert "ghi chú.idb" in warning and "InspectDesk" in warning
    merge.preview(files.mine)
    assert "chính nó" in messages["warning"][1]  # the open file itself


def test_a_failed_merge_says_why_and_changes_nothing(
    merge: MergeAction,
    files: Files,
    window: MainWindow,
    confirm: list[str],
    messages: dict[str, list[str]],
) -> None:
    dialog = open_dialog(merge, files.theirs)
    dialog.conflicts.set_all("theirs")
    files.theirs.write_text("tệp đã bị ghi đè", encoding="utf-8")
    dialog.confirm_and_merge()
    assert len(messages["warning"]) == 1 and not dialog.is_merged
    ws = window.workspace
    assert ws is not None
    assert read(ws, lambda s: s.get(Finding, files.text_id).text) == MY_TEXT


def _pdf_text(path: Path) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_save_report_writes_a_pdf(
    merge: MergeAction,
    files: Files,
    tmp_path: Path,
    confirm: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previewed: list[Path] = []
    monkeypatch.setattr(merge_dialog, "open_pdf_preview", lambda p, _w: previewed.append(p))
    suggested: list[str] = []

    def save_as(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(tmp_path / "báo cáo trước"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = open_dialog(merge, files.theirs)
    dialog.conflicts.set_choice(rows(dialog)["Thời hạn"], "theirs")
    assert dialog.save_report() is not None
    before = tmp_path / "báo cáo trước.pdf"
    assert previewed == [before] and suggested[0].endswith("Hồ sơ của Minh.pdf")
    text = _pdf_text(before)
    assert "Chạy thử" in text and "Lấy giá trị của tệp kia" in text
    dialog.confirm_and_merge()
    after = tmp_path / "báo cáo sau.pdf"
    dialog.save_report_to(after)
    text = _pdf_text(after)
    assert "Đã hợp nhất" in text and "Lấy giá trị của tệp kia" in text
    assert "Bản sao lưu trước khi hợp nhất" in text


def test_the_preview_and_the_merge_run_in_the_background(
    threaded: None, merge: MergeAction, files: Files, qtbot: QtBot, confirm: list[str]
) -> None:
    merge.preview(files.theirs)
    qtbot.waitUntil(lambda: merge.dialog is not None, timeout=10_000)
    dialog = merge.dialog
    assert dialog is not None
    dialog.conflicts.set_all("theirs")
    task = dialog.confirm_and_merge()
    assert task is not None
    qtbot.waitUntil(lambda: dialog.is_merged, timeout=10_000)
    assert read(dialog.workspace, lambda s: s.get(Finding, files.text_id).text) == THEIR_TEXT


def test_the_shortcut_follows_the_file_opened_without_opening_the_menu(
    qtbot: QtBot, settings: Settings, files: Files
) -> None:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    merge = win.findChild(MergeAction)
    assert isinstance(merge, MergeAction) and not merge.action.isEnabled()
    assert win.open_path(files.mine)
    qtbot.waitUntil(merge.action.isEnabled)
    win.close_file()
    qtbot.waitUntil(lambda: not merge.action.isEnabled())
