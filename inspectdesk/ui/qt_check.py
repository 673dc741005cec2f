"""The Qt part of ``inspectdesk --self-test``: widgets, QtPdf and the catalogues load."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtPdf, QtWidgets
from PySide6.QtCore import QTranslator

_app: QtWidgets.QApplication | None = None  # the QApplication this check made (kept alive)


class QtCheckFailed(RuntimeError):
    """Qt works but something it needs is missing; the message says what."""


def check_qt(translations: Path) -> str:
    """Start a QApplication (or use the running one), load the Vietnamese catalogues from
    ``translations`` and make a QPdfDocument; return a one-line description."""
    global _app
    app = QtWidgets.QApplication.instance()
    if app is None:
        app = _app = QtWidgets.QApplication(["inspectdesk", "--self-test"])
    for name in ("inspectdesk_vi", "qtbase_vi"):
        translator = QTranslator()
        if not translator.load(name, str(translations)) or translator.isEmpty():
            raise QtCheckFailed(f"the translation {name}.qm does not load from {translations}")
    document = QtPdf.QPdfDocument()
    del document
    return f"Qt platform {QtWidgets.QApplication.platformName()}, translations vi"
