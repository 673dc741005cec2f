"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from inspectdesk.paths import data_dir
from inspectdesk.services.demo import build_demo
from inspectdesk.ui.app_icon import app_icon
from inspectdesk.ui.i18n import install_translators
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.recovery_dialog import offer_recovery
from inspectdesk.ui.settings import Settings

STYLE = """
QLabel#pageTitle { font-size: 16pt; font-weight: 600; padding: 4px 0 8px 0; }
QLabel#counter { font-size: 13pt; font-weight: 600; }
QListWidget#navigation { font-size: 11pt; }
QListWidget#navigation::item { padding: 6px 8px; }
"""


def startup_file(requested: Path | None, settings: Settings) -> Path:
    """The file to open: the one asked for, else the last one, else the demo (made once)."""
    if requested is not None:
        return requested
    for recent in settings.recent_files:
        if Path(recent).exists():
            return Path(recent)
    demo = data_dir() / "demo.idb"
    if not demo.exists():
        demo.parent.mkdir(parents=True, exist_ok=True)
        build_demo(demo)
    return demo


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so that settings land in one place."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("InspectDesk")
    app.setOrganizationName("InspectDesk")
    app.setStyleSheet(STYLE)
    app.setWindowIcon(app_icon())
    return app


def run(path: Path | None = None) -> int:
    """Open the main window and run the event loop; return the exit code."""
    app = create_application()
    settings = Settings()
    install_translators(app, settings.language)
    window = MainWindow(settings)
    left_over = offer_recovery(window)  # changes a crash kept from a shared file
    window.open_path(left_over or startup_file(path, settings))
    window.show()
    return app.exec()
