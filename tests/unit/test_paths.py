"""Where InspectDesk keeps data: per-user folders, the portable mode and the override."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from inspectdesk import paths

REPOSITORY = Path(paths.__file__).resolve().parent.parent


@pytest.fixture
def no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_VARIABLE, raising=False)


@pytest.fixture
def frozen_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen program in ``tmp_path/InspectDesk`` (as PyInstaller sets it up)."""
    folder = tmp_path / "InspectDesk"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "InspectDesk.exe"))
    return folder


@pytest.fixture
def per_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's folders, redirected under ``tmp_path/home``."""
    home = tmp_path / "home"
    monkeypatch.setattr(
        platformdirs, "user_data_path", lambda *a, **kw: home / "AppData" / "Local" / a[0]
    )
    monkeypatch.setattr(platformdirs, "user_documents_path", lambda: home / "Documents")
    return home


def test_the_override_wins_over_everything(
    frozen_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen_in / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"
    assert paths.documents_dir() == tmp_path / "elsewhere"
    assert paths.backups_dir() == tmp_path / "elsewhere" / "backups"


@pytest.mark.usefixtures("no_override")
def test_installed_data_goes_to_app_data_and_databases_to_documents(
    frozen_in: Path, per_user: Path
) -> None:
    assert paths.portable_root() is None
    assert paths.data_dir() == per_user / "AppData" / "Local" / "InspectDesk"
    assert paths.templates_dir() == per_user / "AppData" / "Local" / "InspectDesk" / "templates"
    assert paths.documents_dir() == per_user / "Documents" / "InspectDesk"


@pytest.mark.usefixtures("no_override", "per_user")
@pytest.mark.parametrize("marker", paths.PORTABLE_MARKERS)
def test_a_marker_beside_the_frozen_program_keeps_everything_beside_it(
    frozen_in: Path, marker: str
) -> None:
    (frozen_in / marker).write_text("", encoding="utf-8")
    assert paths.install_root() == frozen_in
    assert paths.portable_root() == frozen_in
    assert paths.data_dir() == frozen_in / "data"
    assert paths.documents_dir() == frozen_in / "data"
    assert paths.backups_dir() == frozen_in / "data" / "backups"
    assert paths.templates_dir() == frozen_in / "data" / "templates"


@pytest.mark.usefixtures("no_override", "per_user")
def test_a_folder_named_like_the_marker_is_not_one(frozen_in: Path) -> None:
    (frozen_in / "portable.txt").mkdir()
    assert paths.portable_root() is None


@pytest.mark.usefixtures("no_override")
def test_from_source_the_marker_belongs_in_the_repository_root(
    frozen_in: Path, per_user: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen_in / "portable.txt").write_text("", encoding="utf-8")  # beside a foreign python
    monkeypatch.setattr(sys, "frozen", False)
    assert paths.install_root() == REPOSITORY
    seen: list[Path] = []
    real_is_file = Path.is_file

    def is_file(path: Path) -> bool:
        seen.append(path)
        return path == REPOSITORY / "InspectDesk.portable" or real_is_file(path)

    monkeypatch.setattr(Path, "is_file", is_file)
    assert paths.portable_root() == REPOSITORY
    assert paths.data_dir() == REPOSITORY / "data"
    assert all(p.parent == REPOSITORY for p in seen)


def test_resources_of_a_frozen_program_are_in_its_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resources_dir() == tmp_path / "_internal" / "resources"


def test_database_dialogs_start_in_documents_unless_a_folder_was_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from inspectdesk.ui.settings import Settings

    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert settings.database_folder == str(tmp_path / "data")
    assert (tmp_path / "data").is_dir()  # made so that the dialog opens in it
    assert settings.default_folder == ""  # the stored preference is untouched
    settings.default_folder = str(tmp_path / "hồ sơ")
    assert settings.database_folder == str(tmp_path / "hồ sơ")


def test_portable_preferences_travel_in_an_ini_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspectdesk.ui import settings as settings_module

    monkeypatch.setattr(settings_module, "portable_root", lambda: tmp_path)
    monkeypatch.setattr(settings_module, "data_dir", lambda: tmp_path / "data")
    store = settings_module._default_store()
    assert store.format().name == "IniFormat"
    assert Path(store.fileName()) == tmp_path / "data" / "settings.ini"
