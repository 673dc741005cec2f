"""Automatic backups only when data changed, kept daily/weekly/monthly, and restoring one."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from inspectdesk.cli import main
from inspectdesk.db.models import Unit
from inspectdesk.errors import NotAnInspectDeskFile
from inspectdesk.services.backups import Retention, auto_backup, restore_backup, to_prune
from inspectdesk.services.files import open_file
from inspectdesk.services.maintenance import BackupEntry, list_backups


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    from inspectdesk.services.files import new_file

    path = tmp_path / "nhỏ.idb"
    with new_file(path) as db, db.sessions.begin() as s:
        s.add(Unit(name="Sở Nội vụ"))
    return path


def entries(*ages_in_days: float) -> list[BackupEntry]:
    now = datetime(2026, 11, 22, 18, 0)
    found = [
        BackupEntry(Path(f"b{i}.idb"), now - timedelta(days=age), 1)
        for i, age in enumerate(ages_in_days)
    ]
    return sorted(found, key=lambda e: e.taken_at, reverse=True)


def test_rotation_keeps_the_newest_then_one_per_day_week_and_month() -> None:
    hourly_for_a_day = [h / 24 for h in range(24)]
    daily_for_a_year = list(range(1, 366))
    found = entries(*hourly_for_a_day, *daily_for_a_year)
    policy = Retention(newest=3, daily=7, weekly=4, monthly=12)
    kept = [e for e in found if e not in to_prune(found, policy)]
    assert found[:3] == kept[:3]  # the newest three
    days = {e.taken_at.date() for e in kept}
    assert len(days) >= 7
    months = {(e.taken_at.year, e.taken_at.month) for e in kept}
    assert len(months) == 12
    assert len(kept) <= 3 + 7 + 4 + 12
    assert found[-1] not in kept  # a year ago is past twelve months


def test_auto_backup_only_when_the_data_changed(small_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    with open_file(small_file) as db:
        first = auto_backup(db, folder)
        assert first is not None and first.exists()
        assert auto_backup(db, folder) is None  # nothing changed since
        with db.sessions.begin() as s:
            s.add(Unit(name="Đơn vị mới"))
        second = auto_backup(db, folder)
        assert second is not None and second != first
    assert len(list_backups(small_file, folder)) == 2


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(
    small_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "bk"
    with open_file(small_file) as db:
        backup = auto_backup(db, folder)
        with db.sessions.begin() as s:
            s.add(Unit(name="Sẽ mất khi khôi phục"))
    assert backup is not None
    kept = restore_backup(backup, small_file, folder)
    assert kept is not None and kept.exists()
    with open_file(small_file) as db, db.sessions() as s:
        assert not s.query(Unit).filter_by(name="Sẽ mất khi khôi phục").count()
    with open_file(kept) as db, db.sessions() as s:
        assert s.query(Unit).filter_by(name="Sẽ mất khi khôi phục").count() == 1


def test_restoring_something_that_is_not_a_backup_changes_nothing(
    small_file: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "fake.idb"
    fake.write_text("not a database", encoding="utf-8")
    before = small_file.read_bytes()
    with pytest.raises(NotAnInspectDeskFile):
        restore_backup(fake, small_file, tmp_path / "bk")
    assert small_file.read_bytes() == before


def test_command_line_backup_list_and_restore(
    small_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "bk")
    assert main(["backup", str(small_file), "--folder", folder]) == 0
    made = capsys.readouterr().out
    assert "backup" in made.lower() or "sao lưu" in made
    assert main(["backup", str(small_file), "--folder", folder]) == 0
    assert "không thay đổi" in capsys.readouterr().out  # unchanged: no second copy
    assert main(["backup", str(small_file), "--folder", folder, "--list"]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1
    copy = tmp_path / "copy.idb"
    shutil.copy(small_file, copy)
    backup = listed[0].split()[-1]
    assert main(["restore", str(copy), backup, "--folder", folder]) == 0
