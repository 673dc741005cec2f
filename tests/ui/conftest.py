"""Fixtures for the Qt tests: private settings, a small database and the demo database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from inspectdesk.db.database import Database
from inspectdesk.db.models import Unit
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import new_file, open_file
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.workspace import Workspace

SMALL_UNIT_NAMES = (
    "UBND thành phố Vĩnh Yên",
    "UBND thành phố Phúc Yên",
    "UBND huyện Bình Xuyên",
    "UBND xã Định Trung",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Ủy ban nhân dân tỉnh",
    "Đài Phát thanh và Truyền hình",
    "Ban Quản lý dự án",
    "Bệnh viện Đa khoa tỉnh",
)

DEMO_TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _list_pages_read_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests of what list pages do with their rows read them at once (no waiting for a
    worker); tests/ui/test_list_loading.py covers the background reading itself."""
    monkeypatch.setattr(ListPage, "background_loading", False)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a private ini file (never the user's registry or ~/.config)."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def small_file(tmp_path: Path) -> Iterator[Path]:
    """A new database with ten units of tricky Vietnamese names."""
    path = tmp_path / "small.idb"
    db: Database = new_file(path)
    with db.sessions.begin() as s:
        for name in SMALL_UNIT_NAMES:
            s.add(Unit(name=name))
    db.close()
    yield path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-template") / "demo.idb"
    build_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_file(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database (built once per test session)."""
    path = tmp_path / "demo.idb"
    shutil.copy(_demo_template, path)
    return path


@pytest.fixture
def demo_workspace(demo_file: Path, qtbot: QtBot) -> Iterator[Workspace]:
    """The demo database opened as the UI sees it."""
    workspace = Workspace(open_file(demo_file))
    yield workspace
    workspace.close()
