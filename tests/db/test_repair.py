"""Check database → repair: only what the data itself rebuilds, always after a backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from inspectdesk.cli import main
from inspectdesk.db.models import Unit
from inspectdesk.errors import NotAnInspectDeskFile
from inspectdesk.services.files import new_file, open_file
from inspectdesk.services.repair import repair_file


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A file whose search and sort keys went wrong (as an old tool might leave them)."""
    path = tmp_path / "hồ sơ.idb"
    with new_file(path) as db, db.sessions.begin() as s:
        s.add(Unit(name="UBND thành phố Vĩnh Yên"))
    with open_file(path) as db, db.engine.begin() as conn:
        conn.execute(update(Unit.__table__).values(name_fold="sai", name_sort="zzz"))
    return path


def test_repair_rebuilds_derived_keys_after_a_backup(damaged: Path, tmp_path: Path) -> None:
    report = repair_file(damaged, tmp_path / "bk")
    assert report.backup.exists() and "before-repair" in report.backup.name
    assert report.reindexed and report.keys_fixed["unit"] == 1 and report.repaired_anything
    assert report.remaining == []
    with open_file(damaged, readonly=True) as db, db.sessions() as s:
        unit = s.query(Unit).one()
        assert unit.name_fold == "ubnd thanh pho vinh yen"
    again = repair_file(damaged, tmp_path / "bk")
    assert not again.repaired_anything


def test_repair_refuses_a_file_that_is_not_inspectdesks(tmp_path: Path) -> None:
    fake = tmp_path / "x.idb"
    fake.write_text("hello", encoding="utf-8")
    with pytest.raises(NotAnInspectDeskFile):
        repair_file(fake, tmp_path / "bk")
    assert not (tmp_path / "bk").exists()


def test_command_line_check_repair(damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(damaged), "--repair"]) == 0
    out = capsys.readouterr().out
    assert "1 khóa" in out or "1 keys" in out
