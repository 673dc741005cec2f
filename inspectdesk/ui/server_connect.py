"""File → Connect to server…: open a database on the office's PostgreSQL server.

The dialog asks for the server, port, database, login and password, tests the
connection with a sentence for each failure, and remembers the address among the recent
servers. The password is kept only in the system's credential store (Windows Credential
Manager, through ``keyring``) when the user asks for it, never in the settings. A viewer's
connection opens read-only, so the screens disable editing; the server refuses it anyway.
While a server database is open, the current screen re-reads its rows when the window is
activated and every minute, to show what other people saved.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.services.servers import ServerFacts, address_of, check_server, connect
from inspectdesk.ui.forms import show_user_error, user_language
from inspectdesk.ui.worker import Progress, Task, run_in_background
from inspectdesk.ui.workspace import Workspace

if TYPE_CHECKING:
    from inspectdesk.ui.main_window import MainWindow

CREDENTIAL_SERVICE = "InspectDesk"
REFRESH_MS = 60_000
CONNECT_SHORTCUT = "Ctrl+Shift+O"


def stored_password(address: str) -> str:
    """The password remembered for ``address`` ("" when none or no credential store)."""
    import keyring  # loaded when a connection is made, not at start
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(CREDENTIAL_SERVICE, address) or ""
    except KeyringError:
        return ""


def remember_password(address: str, password: str | None) -> bool:
    """Keep (or, with None, forget) the password of ``address``; False without a store."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password is None:
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(CREDENTIAL_SERVICE, address)
        else:
            keyring.set_password(CREDENTIAL_SERVICE, address, password)
    except KeyringError:
        return False
    return True


class ConnectDialog(QDialog):
    """The server's address in parts, the password, and a connection test."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to server"))
        self.recent = QComboBox()
        self.recent.addItem(self.tr("(new connection)"), "")
        for address in recent:
            self.recent.addItem(address, address)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. 10.0.0.5 or may-chu"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("inspectdesk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password in the credential store"))
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Rec&ent:"), self.recent)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Login:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.recent.currentIndexChanged.connect(self._fill_from_recent)
        self.task: Task | None = None
        self.resize(460, self.sizeHint().height())

    def _fill_from_recent(self) -> None:
        address = self.recent.currentData()
        if not address:
            return
        parts = urlsplit(address)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or 5432)
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))
        password = stored_password(address)
        self.password.setText(password)
        self.remember.setChecked(bool(password))

    def address(self) -> str:
        """The address as shown and remembered: without the password."""
        return address_of(
            self.host.text(), self.port.value(), self.database.text(), self.user.text()
        )

    def address_with_password(self) -> str:
        return address_of(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            self.password.text(),
        )

    def test_connection(self) -> Task:
        """Identify the server database in the background and say what was found."""
        address = self.address_with_password()
        self.outcome.setText(self.tr("Connecting…"))

        def work(_progress: Progress) -> ServerFacts:
            return check_server(address)

        def done(facts: ServerFacts) -> None:
            self.outcome.setText(
                self.tr("Connected: InspectDesk database, schema %1.").replace(
                    "%1", str(facts.generation)
                )
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self.outcome.setText(exc.describe(user_language()))
            else:
                self.outcome.setText(str(exc))

        self.task = run_in_background(self, "", work, done, failed, show_progress=False)
        return self.task

    def accept(self) -> None:
        if not (self.host.text().strip() and self.database.text().strip()):
            self.outcome.setText(self.tr("Enter the server and the database."))
            return
        if self.remember.isChecked():
            if not remember_password(self.address(), self.password.text()):
                self.outcome.setText(
                    self.tr("This computer has no credential store: the password is not kept.")
                )
        else:
            remember_password(self.address(), None)
        super().accept()


def open_server_in(window: MainWindow, address: str, full_address: str) -> bool:
    """Show the server database in ``window`` (the open file is closed first)."""
    try:
        db, _role = connect(full_address)
    except UserError as exc:
        show_user_error(window, exc)
        return False
    if not window.close_file():
        db.close()
        return False
    window.attach_workspace(Workspace(db, window))
    window.settings.add_recent_server(address)
    return True


class _Refresher(QObject):
    """Re-reads the current screen of a server database on activation and every minute."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        window.installEventFilter(self)

    def refresh(self) -> None:
        workspace = self.window.workspace
        if workspace is not None and workspace.address:
            self.window.refresh_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.refresh()
        return False


def install_server_actions(window: MainWindow) -> QAction:
    """File → Connect to server… (Ctrl+Shift+O), and the refresh of server screens."""
    action = QAction(QCoreApplication.translate("server_connect", "Connect to &server…"), window)
    action.setShortcut(QKeySequence(CONNECT_SHORTCUT))

    def ask() -> None:
        dialog = ConnectDialog(window.settings.recent_servers, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            open_server_in(window, dialog.address(), dialog.address_with_password())

    action.triggered.connect(ask)
    window.file_menu.insertAction(window.close_action, action)
    window.server_refresher = _Refresher(window)  # type: ignore[attr-defined]
    return action
