"""The user's preferences, through one typed wrapper over ``QSettings``.

Inspection data never lives here: it belongs in the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from inspectdesk.paths import data_dir, documents_dir, portable_root

MAX_RECENT = 8


def _default_store() -> QSettings:
    """The user's preferences; in portable mode an .ini file beside the data travels too."""
    if portable_root() is not None:
        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("InspectDesk", "InspectDesk")


class Settings:
    """Declared options with defaults. Pass a ``QSettings`` to point tests elsewhere."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or _default_store()

    def _get(self, key: str, default: str) -> str:
        value = self._store.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        """``vi`` (default) or ``en``."""
        value = self._get("ui/language", "vi")
        return value if value in ("vi", "en") else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def display_name(self) -> str:
        return self._get("user/display_name", "")

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._store.setValue("user/display_name", value)

    @property
    def job_title(self) -> str:
        return self._get("user/job_title", "")

    @job_title.setter
    def job_title(self, value: str) -> None:
        self._store.setValue("user/job_title", value)

    @property
    def backup_count(self) -> int:
        try:
            return max(1, min(100, int(self._get("files/backup_count", "10"))))
        except ValueError:
            return 10

    @backup_count.setter
    def backup_count(self, value: int) -> None:
        self._store.setValue("files/backup_count", int(value))

    @property
    def default_folder(self) -> str:
        return self._get("files/default_folder", "")

    @default_folder.setter
    def default_folder(self, value: str) -> None:
        self._store.setValue("files/default_folder", value)

    @property
    def database_folder(self) -> str:
        """Where the new/open database dialogs start: the chosen folder, else Documents.

        The default (``Documents/InspectDesk``, or the data folder in portable mode) is
        created on first use so that the dialog opens in it.
        """
        chosen = self.default_folder
        if chosen:
            return chosen
        folder = documents_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # read-only media, no Documents: the dialog falls back by itself
            return str(folder.parent if folder.parent.is_dir() else Path.home())
        return str(folder)

    @property
    def recent_files(self) -> list[str]:
        value = self._store.value("files/recent", [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list):
            return [str(v) for v in value if v]
        return []

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        text = str(Path(path).resolve())
        recent = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]
        self._store.setValue("files/recent", recent)

    @property
    def recent_servers(self) -> list[str]:
        """Server addresses connected to, newest first (never with a password)."""
        value = self._store.value("servers/recent", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def add_recent_server(self, address: str) -> None:
        """Put ``address`` first in the recent servers."""
        recent = [address, *(a for a in self.recent_servers if a != address)][:MAX_RECENT]
        self._store.setValue("servers/recent", recent)

    def clear_recent(self) -> None:
        """Forget every recent file."""
        self._store.setValue("files/recent", [])

    def geometry(self, name: str) -> QByteArray | None:
        value = self._store.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"geometry/{name}", value)

    def sync(self) -> None:
        self._store.sync()
