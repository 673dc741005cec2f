"""Where the application's own files are: resources beside the source or the frozen app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs


def resources_dir() -> Path:
    """The ``resources`` folder (checklists, fonts, translations, templates, icons)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """Where InspectDesk keeps its own data (backups, the demo file, work copies).

    ``INSPECTDESK_DATA_DIR`` overrides the platform's per-user folder (tests, portable use).
    """
    override = os.environ.get("INSPECTDESK_DATA_DIR")
    if override:
        return Path(override)
    return platformdirs.user_data_path("InspectDesk", appauthor=False, roaming=False)


def backups_dir() -> Path:
    """The folder of automatic backups."""
    return data_dir() / "backups"


def templates_dir() -> Path:
    """The folder where users keep their edited copies of the document templates."""
    return data_dir() / "templates"
