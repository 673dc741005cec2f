"""Fixtures for the Qt tests: private settings and a small database with real text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from inspectdesk.db.database import Database
from inspectdesk.db.models import Unit
from inspectdesk.services.files import new_file
from inspectdesk.ui.settings import Settings

UNIT_NAMES = (
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


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def small_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "small.idb"
    db: Database = new_file(path)
    with db.sessions.begin() as s:
        for name in UNIT_NAMES:
            s.add(Unit(name=name))
    db.close()
    yield path
