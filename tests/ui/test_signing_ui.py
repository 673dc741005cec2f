"""Signed minutes in the UI: the editor's actions, the dialogs, the schedule and register."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import DocumentType, VisitStatus
from inspectdesk.services import listing
from inspectdesk.services.files import open_file
from inspectdesk.services.minutes import MinutesService
from inspectdesk.services.register_list import list_documents
from inspectdesk.services.signing import UNDO_SIGN_REASON, SigningService
from inspectdesk.services.visits import VisitService
from inspectdesk.ui import worker
from inspectdesk.ui.pages.documents_page import DocumentsPage
from inspectdesk.ui.pages.visits_page import VisitsPage
from inspectdesk.ui.row_model import ID_ROLE
from inspectdesk.ui.signing_actions import SCANS_FOLDER
from inspectdesk.ui.signing_dialogs import SignDialog, UnlockDialog
from inspectdesk.ui.visit_editor import VisitEditor, open_visit_editor
from inspectdesk.ui.workspace import Workspace

DEMO_TODAY = date(2026, 11, 20)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(autouse=True)
def _synchronous() -> Iterator[None]:
    with worker.synchronous():
        yield


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings are recorded; questions are answered Yes."""
    said: list[str] = []

    def warn(_parent: object, _title: str, text: str, *_a: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    def ask(_parent: object, _title: str, text: str, *_a: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "question", ask)
    return said


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    paths: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: paths.append(Path(url.toLocalFile())) or True
    )
    return paths


def answer_sign(
    monkeypatch: pytest.MonkeyPatch, day: date | None = None, scan: Path | None = None
) -> list[SignDialog]:
    """The next sign dialogs are filled in with ``day`` and ``scan`` and accepted."""
    seen: list[SignDialog] = []

    def fake_exec(dialog: SignDialog) -> int:
        seen.append(dialog)
        if day is not None:
            dialog.signed_on.setDate(day)
        dialog.scan.setText(str(scan) if scan else "")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SignDialog, "exec", fake_exec)
    return seen


def answer_unlock(monkeypatch: pytest.MonkeyPatch, reason: str | None) -> None:
    """The next unlock dialogs get ``reason`` typed and OK pressed (None: Cancel)."""

    def fake_exec(dialog: UnlockDialog) -> int:
        if reason is None:
            dialog.reject()
        else:
            dialog.reason.setText(reason)
            dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", fake_exec)


def drafted_with_minutes(ws: Workspace) -> uuid.UUID:
    """A drafted visit of the demo whose minutes are drawn up (numbered)."""
    visit = next(r for r in listing.list_visits(ws.db) if r.status is VisitStatus.DRAFTED)
    MinutesService(ws.db, ws.bus).gather(visit.id, today=DEMO_TODAY)
    return visit.id


_EDITORS: list[VisitEditor] = []


@pytest.fixture
def editor_on(qtbot: QtBot) -> Iterator[Callable[[Workspace, uuid.UUID], VisitEditor]]:
    def make(ws: Workspace, visit_id: uuid.UUID) -> VisitEditor:
        editor = open_visit_editor(None, ws, visit_id)
        editor.signing.today = lambda: DEMO_TODAY
        _EDITORS.append(editor)
        return editor

    yield make
    while _EDITORS:
        editor = _EDITORS.pop()
        if shiboken6.isValid(editor):
            editor.close()


def shown(editor: VisitEditor) -> set[str]:
    return {key for key, button in editor.signing_buttons.items() if button.isVisible()}


# -- the visit editor -------------------------------------------------------------------


def test_mark_signed_with_a_scan_locks_the_editor_and_undo_unlocks(
    demo_workspace: Workspace,
    editor_on: Callable[[Workspace, uuid.UUID], VisitEditor],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: list[str],
) -> None:
    ws = demo_workspace
    visit_id = drafted_with_minutes(ws)
    editor = editor_on(ws, visit_id)
    assert shown(editor) == {"sign"} and editor.signing.sign_action.isEnabled()
    assert not editor.general.place.isReadOnly()
    scan = tmp_path / "biên bản đã ký.pdf"
    scan.write_bytes(PDF)
    dialogs = answer_sign(monkeypatch, date(2026, 11, 19), scan)
    editor.signing.sign_action.trigger()
    assert dialogs and dialogs[0].signed_on.maximumDate().toPython() == DEMO_TODAY
    state = SigningService(ws.db).state(visit_id)
    assert state.signed and state.signed_on == date(2026, 11, 19)
    assert state.scan is not None and state.scan.file_name == scan.name
    assert editor.general.place.isReadOnly() and not editor.conclusion.status.isEnabled()
    assert shown(editor) == {"attach", "open", "unlock"}
    assert "19/11/2026" in editor.banner.text() and scan.name in editor.banner.text()
    assert ws.undo_stack.undoText() == "Mark minutes as signed"

    ws.undo_stack.undo()  # a logged unlock
    assert SigningService(ws.db).state(visit_id).status is VisitStatus.DRAFTED
    assert SigningService(ws.db).unlocks(visit_id)[0].reason == UNDO_SIGN_REASON
    assert not editor.general.place.isReadOnly() and shown(editor) == {"sign", "open"}
    assert "unlocked on" in editor.banner.text()
    ws.undo_stack.redo()
    assert SigningService(ws.db).state(visit_id).signed and editor.general.place.isReadOnly()
    assert messages == []


def test_unlock_asks_for_a_reason_and_records_it(
    demo_workspace: Workspace,
    editor_on: Callable[[Workspace, uuid.UUID], VisitEditor],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    ws = demo_workspace
    visit_id = next(r.id for r in listing.list_visits(ws.db) if r.status is VisitStatus.SIGNED)
    editor = editor_on(ws, visit_id)
    assert shown(editor) == {"attach", "unlock"} and "Unlock" in editor.banner.text()
    undo_steps = ws.undo_stack.count()
    answer_unlock(monkeypatch, None)
    editor.signing.unlock_action.trigger()
    assert SigningService(ws.db).state(visit_id).signed
    answer_unlock(monkeypatch, "Sửa tên đại diện đơn vị")
    editor.signing.unlock_action.trigger()
    assert SigningService(ws.db).state(visit_id).status is VisitStatus.DRAFTED
    (record,) = SigningService(ws.db).unlocks(visit_id)
    assert record.reason == "Sửa tên đại diện đơn vị"
    assert ws.undo_stack.count() == undo_steps  # an unlock is not undone
    assert not editor.general.place.isReadOnly() and editor.conclusion.status.isEnabled()
    assert "Sửa tên đại diện đơn vị" in editor.banner.text()
    assert messages == []


def test_the_unlock_dialog_needs_a_reason(qtbot: QtBot) -> None:
    dialog = UnlockDialog("Biên bản 01/BB-ĐKT — UBND xã Đại Đình")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.reason.setText(" Bổ sung ý kiến ")
    assert dialog.ok.isEnabled() and dialog.reason_text() == "Bổ sung ý kiến"


def test_the_sign_dialog_names_a_wrong_scan_and_stays_open(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SignDialog("Biên bản 01/BB-ĐKT", DEMO_TODAY, date(2026, 11, 12), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.signed_on.date().toPython() == DEMO_TODAY
    assert dialog.signed_on.minimumDate().toPython() == date(2026, 11, 12)
    note = tmp_path / "ghi chú.txt"
    note.write_text("không phải bản chụp", encoding="utf-8")
    dialog.scan.setText(str(note))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "ghi chú.txt" in dialog.error.text() and not dialog.error.isHidden()
    dialog.scan.clear()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == (DEMO_TODAY, None)


def test_attach_then_open_the_signed_copy(
    demo_workspace: Workspace,
    editor_on: Callable[[Workspace, uuid.UUID], VisitEditor],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: list[str],
    opened: list[Path],
    _private_data_dir: Path,
) -> None:
    ws = demo_workspace
    visit_id = next(r.id for r in listing.list_visits(ws.db) if r.status is VisitStatus.SIGNED)
    editor = editor_on(ws, visit_id)
    chosen: list[str] = []

    def pick(*args: object) -> tuple[str, str]:
        chosen.append(str(args[3]))  # the filter
        return str(files.pop(0)), ""

    files = [tmp_path / "empty.pdf", tmp_path / "first.pdf", tmp_path / "second.png"]
    files[0].write_bytes(b"")
    files[1].write_bytes(PDF)
    files[2].write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    editor.signing.attach_action.trigger()  # empty: refused, nothing stored
    assert "empty.pdf" in messages.pop() and SigningService(ws.db).scan_of(visit_id) is None
    assert "PDF, images" in chosen[0] and "*.pdf" in chosen[0] and "*.tif" in chosen[0]
    editor.signing.attach_action.trigger()
    assert shown(editor) == {"attach", "open", "unlock"}
    editor.signing.attach_action.trigger()  # a replacement is confirmed
    assert "first.pdf" in messages.pop()
    scan = SigningService(ws.db).scan_of(visit_id)
    assert scan is not None and scan.file_name == "second.png"

    editor.signing.open_action.trigger()
    (path,) = opened
    assert path.parent == _private_data_dir / SCANS_FOLDER and path.suffix == ".png"
    assert path.read_bytes() == PNG
    assert messages == []


def test_a_read_only_file_only_opens_the_signed_copy(
    demo_file: Path,
    editor_on: Callable[[Workspace, uuid.UUID], VisitEditor],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    with open_file(demo_file) as db:
        visit_id = next(r.id for r in listing.list_visits(db) if r.status is VisitStatus.SIGNED)
        scan = tmp_path / "a.pdf"
        scan.write_bytes(PDF)
        SigningService(db).attach_scan(visit_id, scan)
    ws = Workspace(open_file(demo_file, readonly=True))
    try:
        editor = editor_on(ws, visit_id)
        actions = editor.signing
        assert actions.open_action.isEnabled()
        assert not any(
            a.isEnabled()
            for a in (actions.sign_action, actions.attach_action, actions.unlock_action)
        )
    finally:
        editor.close()
        ws.close()


# -- the schedule and the register ---------------------------------------------------------


def _page(qtbot: QtBot, ws: Workspace, page: VisitsPage | DocumentsPage) -> None:
    qtbot.addWidget(page)
    ws.changed.connect(page.on_changes)
    page.attach(ws)
    page.signing.today = lambda: DEMO_TODAY
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)


def _row_of(page: VisitsPage | DocumentsPage, row_id: uuid.UUID) -> int:
    ids = [page.proxy.index(row, 0).data(ID_ROLE) for row in range(page.proxy.rowCount())]
    return ids.index(str(row_id))


def _select(page: VisitsPage | DocumentsPage, row_id: uuid.UUID) -> None:
    page.table.setCurrentIndex(page.proxy.index(_row_of(page, row_id), 0))


def test_the_schedule_signs_and_unlocks_from_its_context_menu(
    qtbot: QtBot,
    demo_workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    ws = demo_workspace
    visit_id = drafted_with_minutes(ws)
    page = VisitsPage()
    _page(qtbot, ws, page)
    _select(page, visit_id)
    assert page.current_id() == str(visit_id)

    def enabled() -> list[str]:
        return [a.text() for a in page.menu_actions() if a is not None and a.isEnabled()]

    assert "Mark as s&igned…" in enabled() and "Un&lock…" not in enabled()
    keys = [a.shortcut().toString() for a in page.signing.actions()]
    assert keys == ["Ctrl+Shift+K", "Ctrl+Shift+A", "Ctrl+Shift+O", "Ctrl+Shift+U"]
    assert all(a in page.actions() for a in page.signing.actions())  # work from the page
    answer_sign(monkeypatch)
    page.signing.sign_action.trigger()
    assert SigningService(ws.db).state(visit_id).signed
    assert ws.undo_stack.undoText() == "Mark minutes as signed"
    _select(page, visit_id)
    assert "Un&lock…" in enabled() and "Mark as s&igned…" not in enabled()
    answer_unlock(monkeypatch, "Ghi sai ngày")
    page.signing.unlock_action.trigger()
    assert SigningService(ws.db).state(visit_id).status is VisitStatus.DRAFTED
    assert VisitService(ws.db).load(visit_id).status is VisitStatus.DRAFTED
    assert messages == []


def test_the_register_shows_signing_and_offers_the_actions_for_minutes(
    qtbot: QtBot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ws = demo_workspace
    page = DocumentsPage()
    _page(qtbot, ws, page)
    horizontal = Qt.Orientation.Horizontal
    headers = [page.proxy.headerData(c, horizontal) for c in range(page.proxy.columnCount())]
    signed_col, copy_col = headers.index("Signed on"), headers.index("Signed copy")
    rows = list_documents(ws.db)
    minutes = next(r for r in rows if r.doc_type is DocumentType.MINUTES)
    report = next(r for r in rows if r.doc_type is DocumentType.REPORT)

    def cell(doc_id: uuid.UUID, col: int) -> object:
        return page.proxy.index(_row_of(page, doc_id), col).data()

    assert cell(minutes.id, signed_col) == minutes.issued_on.strftime("%d/%m/%Y")
    assert cell(minutes.id, copy_col) == "" and cell(report.id, signed_col) == ""

    _select(page, report.id)
    assert not any(a.isEnabled() for a in page.signing.actions())
    assert len(page.menu_actions(page.table.visualRect(page.table.currentIndex()).center())) == 2
    _select(page, minutes.id)
    assert page.signing.attach_action.isEnabled() and page.signing.unlock_action.isEnabled()
    assert len(page.menu_actions(page.table.visualRect(page.table.currentIndex()).center())) == 6
    scan = tmp_path / "ký.pdf"
    scan.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(scan), ""))
    page.signing.attach_action.trigger()
    qtbot.waitUntil(lambda: cell(minutes.id, copy_col) == "Attached", timeout=3000)
