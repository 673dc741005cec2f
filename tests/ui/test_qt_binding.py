"""The Qt binding in use does not leak references on Python 3.11.

PySide6 6.12.0 loses a reference to ``None`` on every call of a method that returns
nothing, and after a few thousand calls the process dies at exit (``none_dealloc``);
pyproject.toml excludes that release. This test catches a binding with that bug.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_and_bool_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    none_before, false_before = sys.getrefcount(None), sys.getrefcount(False)
    for index in range(500):
        label.setText(str(index))
        label.setVisible(False)
    assert sys.getrefcount(None) >= none_before - 10
    assert sys.getrefcount(False) >= false_before - 10
