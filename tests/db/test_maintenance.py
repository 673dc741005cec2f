"""Save a copy and Back up now: complete files or nothing, and rotation per file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inspectdesk.db import fileformat, migrate
from inspectdesk.db.database import Database
from inspectdesk.db.models import Unit
from inspectdesk.errors import NotAFile, NotAnInspectDeskFile, ReadOnlyFile
from inspectdesk.paths import backups_dir
from inspectdesk.services import maintenance
from inspectdesk.services.files import check_file, open_file
from inspectdesk.services.maintenance import (
    SameFileRefused,
    backup_now,
    list_backups,
    save_copy,
)

NAMES = ("UBND xã Đại Đình", "Sở Nội vụ", "Ủy ban nhân dân tỉnh")


@pytest.fixture
def db(fresh_file: Callable[[str], Path]) -> Iterator[Database]:
    """An open database holding three units."""
    database = open_file(fresh_file("hồ sơ.idb"))
    with database.sessions.begin() as s:
        s.add_all(Unit(name=name) for name in NAMES)
    yield database
    database.close()


def unit_names(path: Path) -> list[str]:
    with open_file(path, readonly=True) as copy, copy.sessions() as s:
        return sorted(s.scalars(select(Unit.name)).all())


def test_a_copy_is_a_valid_file_with_the_same_data(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "bản sao.idb"
    assert save_copy(db, target) == target
    facts = fileformat.identify(target, app_generation=migrate.schema_generation())
    assert facts.generation == migrate.schema_generation()
    assert check_file(target).healthy
    assert unit_names(target) == sorted(NAMES)
    assert sorted(p.name for p in target.parent.iterdir()) == ["bản sao.idb"]


def test_the_copy_sees_what_was_committed_while_the_file_stays_open(
    db: Database, tmp_path: Path
) -> None:
    with db.sessions.begin() as s:
        s.add(Unit(name="Trường THCS Lê Lợi"))
    target = save_copy(db, tmp_path / "copy.idb")
    assert "Trường THCS Lê Lợi" in unit_names(target)
    with db.sessions.begin() as s:  # the original is still usable for writing
        s.add(Unit(name="Trạm y tế xã"))


def test_a_copy_replaces_another_file_of_that_name(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "old.idb"
    target.write_text("an old letter, not a database", encoding="utf-8")
    save_copy(db, target)
    assert unit_names(target) == sorted(NAMES)


@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink"])
def test_the_open_file_itself_is_refused(db: Database, tmp_path: Path, spelling: str) -> None:
    assert db.path is not None
    original = db.path.read_bytes()
    target = db.path
    if spelling == "dotted":
        target = db.path.parent / "sub" / ".." / db.path.name
        (db.path.parent / "sub").mkdir()
    elif spelling == "symlink":
        target = tmp_path / "link.idb"
        try:
            target.symlink_to(db.path)
        except OSError:
            pytest.skip("symbolic links are not allowed here")
    with pytest.raises(SameFileRefused) as caught:
        save_copy(db, target)
    assert "chính tệp đang mở" in caught.value.describe("vi")
    assert db.path.read_bytes() == original


def test_a_folder_as_target_is_refused(db: Database, tmp_path: Path) -> None:
    (tmp_path / "folder.idb").mkdir()
    with pytest.raises(NotAFile):
        save_copy(db, tmp_path / "folder.idb")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="folder permissions do not stop Windows nor the superuser",
)
def test_a_read_only_folder_gives_read_only_file_and_leaves_nothing(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyFile):
            save_copy(db, folder / "copy.idb")
        with pytest.raises(ReadOnlyFile):
            backup_now(db, folder, keep=3)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.fixture
def refusing_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder in which the system refuses to create files, as a read-only share does.

    Permissions cannot be trusted to refuse (the superuser ignores them), so the refusal is
    made where the operating system would make it: at ``os.open``.
    """
    folder = tmp_path / "share"
    folder.mkdir()
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, *args: int, **kw: int) -> int:
        if Path(path).parent == folder and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(maintenance.os, "open", refusing_open)
    return folder


def test_a_refusing_folder_gives_read_only_file_and_leaves_nothing(
    db: Database, refusing_folder: Path
) -> None:
    with pytest.raises(ReadOnlyFile) as caught:
        save_copy(db, refusing_folder / "copy.idb")
    assert "copy.idb" in caught.value.describe("vi")
    with pytest.raises(ReadOnlyFile):
        backup_now(db, refusing_folder, keep=3)
    assert list(refusing_folder.iterdir()) == []


def test_a_failure_after_the_snapshot_leaves_nothing_behind(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "copy.idb"
    target.parent.mkdir()
    previous = b"the previous copy, untouched"
    target.write_bytes(previous)

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(maintenance.os, "replace", refuse)
    with pytest.raises(ReadOnlyFile):
        save_copy(db, target)
    assert [p.name for p in target.parent.iterdir()] == ["copy.idb"]
    assert target.read_bytes() == previous


def test_a_damaged_snapshot_is_never_moved_into_place(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_copy(_source: Path, target: Path) -> None:
        with contextlib.closing(sqlite3.connect(target)) as conn:
            conn.execute("CREATE TABLE other (x)")
            conn.commit()

    monkeypatch.setattr(maintenance.fileformat, "backup_copy", broken_copy)
    with pytest.raises(NotAnInspectDeskFile):
        save_copy(db, tmp_path / "copy.idb")
    assert not any(tmp_path.glob("*copy.idb*"))


def test_backup_now_goes_to_the_backups_folder_by_default(db: Database, data_dir: Path) -> None:
    made = backup_now(db)
    assert made.parent == backups_dir() == data_dir / "backups"
    assert made.name.startswith("hồ sơ-backup-") and made.suffix == ".idb"
    assert unit_names(made) == sorted(NAMES)
    assert [entry.path for entry in list_backups(db.path or Path(), None)] == [made]


def test_rotation_keeps_exactly_the_newest_n(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = [backup_now(db, folder, keep=3) for _ in range(5)]
    assert db.path is not None
    kept = list_backups(db.path, folder)
    assert [entry.path for entry in kept] == list(reversed(made[-3:]))
    assert all(entry.size > 0 for entry in kept)
    assert kept[0].taken_at >= kept[1].taken_at >= kept[2].taken_at
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in made[-3:])
    backup_now(db, folder, keep=1)
    assert len(list_backups(db.path, folder)) == 1


def test_keep_is_clamped_to_at_least_one(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    last = [backup_now(db, folder, keep=0) for _ in range(2)][-1]
    assert db.path is not None
    assert [entry.path for entry in list_backups(db.path, folder)] == [last]


def test_files_of_the_same_name_elsewhere_never_rotate_each_other(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    twin_path = tmp_path / "other" / "hồ sơ.idb"
    save_copy(db, twin_path)
    with open_file(twin_path) as twin:
        for _ in range(3):
            backup_now(twin, folder, keep=5)
    backup_now(db, folder, keep=1)
    backup_now(db, folder, keep=1)
    assert db.path is not None
    assert len(list_backups(db.path, folder)) == 1
    assert len(list_backups(twin_path, folder)) == 3


def test_other_files_in_the_backups_folder_are_left_alone(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    before_upgrade = folder / "hồ sơ-before-schema-2-20250101-000000-000000.idb"
    before_upgrade.write_bytes(b"x")
    (folder / "notes.txt").write_text("ghi chú", encoding="utf-8")
    for _ in range(3):
        backup_now(db, folder, keep=1)
    assert before_upgrade.exists() and (folder / "notes.txt").exists()
    assert len(list(folder.iterdir())) == 3
