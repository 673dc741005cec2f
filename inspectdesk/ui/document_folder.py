"""Where documents are saved by default, and numbers made safe in file names."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name_part(text: str) -> str:
    """``text`` made safe in a file name on Windows (``230/KH-UBND`` → ``230-KH-UBND``)."""
    return NOT_IN_FILE_NAMES.sub("-", text).strip(" .-")


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when the system names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()
