"""Where the application's own files are, and where it keeps the user's data.

* Resources (fonts, translations, checklists) sit beside the source or the frozen app.
* Databases default to the user's Documents folder (``Documents/InspectDesk``).
* Backups, working copies, templates and scans live in the per-user app-data folder
  (``%LOCALAPPDATA%\\InspectDesk`` on Windows).
* **Portable mode**: a marker file (``portable.txt`` or ``InspectDesk.portable``) beside the
  executable (frozen) or in the repository root (from source) keeps all of it in a ``data``
  folder beside it, for USB sticks.
* ``INSPECTDESK_DATA_DIR`` overrides everything (tests, administrators).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "InspectDesk"
PORTABLE_MARKERS = ("portable.txt", "InspectDesk.portable")
PORTABLE_DATA_FOLDER = "data"
DATA_DIR_VARIABLE = "INSPECTDESK_DATA_DIR"


def resources_dir() -> Path:
    """The ``resources`` folder (checklists, fonts, translations, templates, icons)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def install_root() -> Path:
    """The folder of the program: the executable's when frozen, else the repository root."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_root() -> Path | None:
    """The program folder when a portable marker file sits in it, else None."""
    root = install_root()
    if any((root / marker).is_file() for marker in PORTABLE_MARKERS):
        return root
    return None


def data_dir() -> Path:
    """Where InspectDesk keeps its own data (backups, the demo file, work copies).

    ``INSPECTDESK_DATA_DIR`` wins; then portable mode (``data`` beside the program); then
    the platform's per-user folder (``%LOCALAPPDATA%\\InspectDesk`` on Windows).
    """
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    portable = portable_root()
    if portable is not None:
        return portable / PORTABLE_DATA_FOLDER
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def documents_dir() -> Path:
    """The folder new and opened databases are looked for in by default.

    ``Documents/InspectDesk`` normally; the data folder itself under the override or in
    portable mode, so that nothing is written outside it. The folder may not exist yet.
    """
    if os.environ.get(DATA_DIR_VARIABLE) or portable_root() is not None:
        return data_dir()
    return platformdirs.user_documents_path() / APP_NAME


def backups_dir() -> Path:
    """The folder of automatic backups."""
    return data_dir() / "backups"


def templates_dir() -> Path:
    """The folder where users keep their edited copies of the document templates."""
    return data_dir() / "templates"
