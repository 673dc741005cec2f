"""Composition root: settings → database → services → main window.

This is the one module outside ``inspectdesk.ui`` allowed to reach Qt, and only on
the GUI path: the command line imports it lazily when it opens a window.
"""

from __future__ import annotations

from pathlib import Path


def run_gui(path: Path | None = None) -> int:
    """Start the desktop application on ``path`` (or the last file, or the demo)."""
    from inspectdesk.ui.application import run

    return run(path)


def check_qt_installation(translations: Path) -> str:
    """The Qt part of ``--self-test`` (see :mod:`inspectdesk.ui.qt_check`)."""
    from inspectdesk.ui.qt_check import check_qt

    return check_qt(translations)
