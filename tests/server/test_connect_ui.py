"""File → Connect to server…: the dialog, the password store, a viewer's read-only window,
and screens that pick up what other people saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from inspectdesk.db import server
from inspectdesk.db.models import Unit
from inspectdesk.db.server_roles import grant_role, set_up_roles
from inspectdesk.services.demo import build_demo
from inspectdesk.services.server_copy import copy_file_to_server
from inspectdesk.ui import worker
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages.units_page import UnitsPage
from inspectdesk.ui.server_connect import ConnectDialog, open_server_in, stored_password
from inspectdesk.ui.settings import Settings


class MemoryKeyring(KeyringBackend):
    """A credential store in memory, standing in for the Windows Credential Manager."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.saved.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def credentials() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.idb"
    build_demo(path, today=date(2026, 11, 20))
    return path


@pytest.fixture
def filled(server_url: str, demo_template: Path) -> str:
    server.init_server(server_url)
    copy_file_to_server(demo_template, server_url)
    return server_url


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def connect(window: MainWindow, url: str) -> str:
    """Open the server database ``url`` in ``window`` as Connect to server… does; the
    address as shown (no password)."""
    address = server.shown_address(server.parse_address(url))
    assert open_server_in(window, address, url)
    return address


def _fill(dialog: ConnectDialog, url: str) -> None:
    parts = make_url(url)
    dialog.host.setText(parts.host or "")
    dialog.port.setValue(parts.port or 5432)
    dialog.database.setText(parts.database or "")
    dialog.user.setText(parts.username or "")
    dialog.password.setText(str(parts.password or ""))


def test_the_dialog_tests_the_connection_and_names_a_wrong_password(
    qtbot: QtBot, filled: str, credentials: MemoryKeyring
) -> None:
    dialog = ConnectDialog([])
    qtbot.addWidget(dialog)
    _fill(dialog, filled)
    with worker.synchronous():
        dialog.test_connection()
    assert "schema" in dialog.outcome.text() or "lược đồ" in dialog.outcome.text()
    dialog.password.setText("sai")
    with worker.synchronous():
        dialog.test_connection()
    assert "sai" not in dialog.outcome.text() and dialog.outcome.text()
    assert ":sai@" not in dialog.address() and "@" in dialog.address()


def test_the_password_is_kept_only_in_the_credential_store(
    qtbot: QtBot, filled: str, credentials: MemoryKeyring, window: MainWindow, tmp_path: Path
) -> None:
    dialog = ConnectDialog([])
    qtbot.addWidget(dialog)
    _fill(dialog, filled)
    dialog.remember.setChecked(True)
    dialog.accept()
    password = str(make_url(filled).password)
    assert stored_password(dialog.address()) == password
    with worker.synchronous():
        assert open_server_in(window, dialog.address(), dialog.address_with_password())
    assert window.settings.recent_servers == [dialog.address()]
    window.settings._store.sync()  # written to disk as Qt would at exit
    settings_text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert dialog.address() in settings_text
    assert f":{password}@" not in settings_text  # never in the settings
    again = ConnectDialog(window.settings.recent_servers)
    qtbot.addWidget(again)
    again.recent.setCurrentIndex(1)  # the recent server fills every field, password too
    assert again.address() == dialog.address() and again.password.text() == password
    again.remember.setChecked(False)
    again.accept()
    assert stored_password(dialog.address()) == ""


def test_a_server_database_fills_the_screens_and_picks_up_others_changes(
    qtbot: QtBot, filled: str, window: MainWindow
) -> None:
    with worker.synchronous():
        address = connect(window, filled)
        page = window.show_page("units")
        assert isinstance(page, UnitsPage)
        QApplication.processEvents()
        before = page.model.rowCount()
    assert before > 0 and window.windowTitle().startswith(address)
    assert window.workspace is not None and not window.workspace.readonly
    window.file_menu.aboutToShow.emit()  # a file's copy, backup and check: not on a server
    assert not any(a.isEnabled() for a in window.file_actions.file_actions)
    other = server.open_server(filled)  # another secretary adds a unit
    try:
        with other.sessions.begin() as s:
            s.add(Unit(name="Trường THCS Hòa Bình"))
    finally:
        other.close()
    with worker.synchronous():
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
        QApplication.processEvents()
    assert page.model.rowCount() == before + 1


def test_a_viewer_gets_a_read_only_window(qtbot: QtBot, filled: str, window: MainWindow) -> None:
    set_up_roles(filled)
    admin = create_engine(
        make_url(filled).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    login = f"xem_{make_url(filled).database[-8:]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD 'xem'"))
        grant_role(filled, login, "viewer")
        viewer = make_url(filled).set(username=login, password="xem")
        with worker.synchronous():
            assert open_server_in(
                window,
                server.shown_address(viewer),
                viewer.render_as_string(hide_password=False),
            )
        assert window.workspace is not None and window.workspace.readonly
        page = window.show_page("units")
        assert isinstance(page, UnitsPage) and not page.add_button.isEnabled()
        window.close_file()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


@pytest.mark.parametrize(("role", "may_unlock"), [("secretary", False), ("leader", True)])
def test_unlock_is_offered_only_to_a_leader(
    qtbot: QtBot, filled: str, window: MainWindow, role: str, may_unlock: bool
) -> None:
    from inspectdesk.domain.enums import VisitStatus
    from inspectdesk.ui.pages.visits_page import VisitsPage

    set_up_roles(filled)
    admin = create_engine(
        make_url(filled).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    login = f"{role[:3]}_{make_url(filled).database[-8:]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD 'mk'"))
        grant_role(filled, login, role)
        url = make_url(filled).set(username=login, password="mk")
        with worker.synchronous():
            assert open_server_in(
                window, server.shown_address(url), url.render_as_string(hide_password=False)
            )
            page = window.show_page("visits")
            assert isinstance(page, VisitsPage)
            QApplication.processEvents()
        rows = page.model.rows()
        signed = next(n for n, r in enumerate(rows) if r.status is VisitStatus.SIGNED)
        page.table.selectRow(page.proxy.mapFromSource(page.model.index(signed, 0)).row())
        page.signing.refresh()
        assert page.signing.sign_action.isEnabled() is False
        assert page.signing.unlock_action.isEnabled() is may_unlock
        window.close_file()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


def test_a_lost_connection_is_said_in_the_status_bar_and_the_screen_recovers(
    filled: str,
    window: MainWindow,
    cut_off: Callable[[bool], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The screen re-reads on its own every minute: while the server is gone that is a
    line in the status bar, not a message box a minute; rows come back with the server."""
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: boxes.append(text))
    with worker.synchronous():
        connect(window, filled)
        page = window.show_page("units")
        assert isinstance(page, UnitsPage)
        rows = page.model.rowCount()
        assert rows > 0
        cut_off(False)
        window.refresh_current()
        message = window.statusBar().currentMessage()
        assert boxes == [] and "127.0.0.1" in message  # the server named, in one line
        assert page.model.rowCount() == rows  # what was shown stays
        window.statusBar().clearMessage()
        window.show_page("findings")  # a paged list re-reading: the same, no box
        assert boxes == [] and "127.0.0.1" in window.statusBar().currentMessage()
        window.show_page("units")
        cut_off(True)
        window.refresh_current()
        assert boxes == [] and page.model.rowCount() == rows


def test_a_save_without_the_server_says_so_and_the_editor_stays_open(
    filled: str,
    window: MainWindow,
    qtbot: QtBot,
    cut_off: Callable[[bool], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inspectdesk.services.listing import list_units
    from inspectdesk.ui.unit_dialog import UnitDialog

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: boxes.append(text))
    with worker.synchronous():
        connect(window, filled)
    ws = window.workspace
    assert ws is not None
    unit = next(u for u in list_units(ws.db) if u.name == "Sở Tư pháp")
    dialog = UnitDialog(ws, unit.id)
    qtbot.addWidget(dialog)
    dialog.address.setText("Số 8 đường Nguyễn Trãi")
    cut_off(False)
    dialog.accept()
    assert len(boxes) == 1 and "127.0.0.1" in boxes[0]  # one sentence, no crash dialog
    assert dialog.result() != dialog.DialogCode.Accepted  # still open, nothing lost
    cut_off(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ws.units.draft(unit.id)[0].address == "Số 8 đường Nguyễn Trãi"


def test_the_visit_editor_keeps_what_was_typed_while_the_server_is_away(
    filled: str,
    window: MainWindow,
    qtbot: QtBot,
    cut_off: Callable[[bool], None],
) -> None:
    from inspectdesk.domain.enums import VisitStatus
    from inspectdesk.services.listing import list_visits
    from inspectdesk.services.visits import VisitService
    from inspectdesk.ui.visit_editor import open_visit_editor

    with worker.synchronous():
        connect(window, filled)
    ws = window.workspace
    assert ws is not None
    visit_id = list_visits(ws.db, statuses=[VisitStatus.PLANNED])[0].id
    editor = open_visit_editor(None, ws, visit_id)
    qtbot.addWidget(editor)
    cut_off(False)
    editor.general.place.setText("Hội trường tầng 2")
    editor.general.place.editingFinished.emit()
    assert "127.0.0.1" in editor.status_line.text()  # said, not crashed
    assert editor.general.place.text() == "Hội trường tầng 2"  # the typing is kept
    cut_off(True)
    editor.general.subject.setText("Kiểm tra công vụ")
    editor.general.subject.editingFinished.emit()  # the next save takes both fields
    saved = VisitService(ws.db).general(visit_id)[0]
    assert (saved.place, saved.subject) == ("Hội trường tầng 2", "Kiểm tra công vụ")
