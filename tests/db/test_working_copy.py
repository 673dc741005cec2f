"""Shared files are edited through a local copy and replaced whole; crashes lose nothing."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inspectdesk.db.models import Unit
from inspectdesk.services import working_copy
from inspectdesk.services.files import new_file, open_file
from inspectdesk.services.merge import merge_into
from inspectdesk.services.working_copy import (
    SharedFileChanged,
    WorkingCopy,
    is_shared_location,
    unsaved_copies,
)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "đoàn kiểm tra.idb"
    with new_file(path) as db, db.sessions.begin() as s:
        s.add(Unit(name="Sở Nội vụ"))
    return path


def units(path: Path) -> set[str]:
    with open_file(path, readonly=True) as db, db.sessions() as s:
        return {u.name for u in s.query(Unit)}


def add_unit(path: Path, name: str) -> None:
    with open_file(path, backup_folder=path.parent / "bk") as db, db.sessions.begin() as s:
        s.add(Unit(name=name))


def integrity(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def test_network_and_removable_locations_are_recognised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("INSPECTDESK_WORKING_COPY", raising=False)
    mounts = [("/", "ext4"), ("/mnt/phong", "cifs"), ("/media/usb", "vfat")]
    monkeypatch.setattr(working_copy, "_mounts", lambda: mounts)
    assert is_shared_location(Path("/mnt/phong/ho so/a.idb"))
    assert is_shared_location(Path("/media/usb/a.idb"))
    assert not is_shared_location(Path("/home/thu-ky/a.idb"))
    monkeypatch.setenv("INSPECTDESK_WORKING_COPY", "always")
    assert is_shared_location(tmp_path / "a.idb")


def test_edits_reach_the_shared_file_only_when_saved_back(shared: Path, tmp_path: Path) -> None:
    copy = WorkingCopy.take(shared, tmp_path / "work")
    assert not copy.has_unsaved_changes()
    add_unit(copy.local, "UBND xã Tam Hồng")
    assert copy.has_unsaved_changes()
    assert units(shared) == {"Sở Nội vụ"}
    assert copy.save_back()
    assert units(shared) == {"Sở Nội vụ", "UBND xã Tam Hồng"}
    assert not copy.save_back()  # nothing new
    assert sorted(p.name for p in shared.parent.iterdir()) == [shared.name]  # no temp left
    copy.discard()
    assert not copy.local.exists() and not copy.note.exists()


def test_a_shared_file_changed_by_someone_else_is_never_overwritten(
    shared: Path, tmp_path: Path
) -> None:
    copy = WorkingCopy.take(shared, tmp_path / "work")
    add_unit(copy.local, "Của tôi")
    add_unit(shared, "Của đồng nghiệp")  # someone else saved meanwhile
    before = shared.read_bytes()
    with pytest.raises(SharedFileChanged):
        copy.save_back()
    assert shared.read_bytes() == before
    with open_file(copy.local, backup_folder=tmp_path / "bk") as db:
        merge_into(db, shared, backup_folder=tmp_path / "bk")
    copy.accept_shared()
    assert copy.save_back()
    assert units(shared) == {"Sở Nội vụ", "Của tôi", "Của đồng nghiệp"}


def test_unsaved_changes_survive_a_crash(shared: Path, tmp_path: Path) -> None:
    folder = tmp_path / "work"
    copy = WorkingCopy.take(shared, folder)
    add_unit(copy.local, "Chưa kịp lưu")
    del copy  # the application dies here
    (found,) = unsaved_copies(folder)
    assert found.shared == shared.resolve()
    assert found.save_back()
    assert "Chưa kịp lưu" in units(shared)
    assert unsaved_copies(folder) == []


SAVER = """
import sys
from pathlib import Path
from inspectdesk.db.models import Unit
from inspectdesk.services.files import open_file
from inspectdesk.services.working_copy import WorkingCopy
shared, work = Path(sys.argv[1]), Path(sys.argv[2])
copy = WorkingCopy.take(shared, work)
n = 0
while True:
    n += 1
    with open_file(copy.local, backup_folder=work / "bk") as db, db.sessions.begin() as s:
        s.add(Unit(name=f"Đơn vị {n}"))
    copy.save_back()
    print(n, flush=True)
"""

MERGER = """
import sys
from pathlib import Path
from inspectdesk.services.merge import merge_files
merge_files(Path(sys.argv[1]), Path(sys.argv[2]), backup_folder=Path(sys.argv[3]))
print("done", flush=True)
"""


def _kill_at_random(script: str, args: list[str], seed: int, delay: tuple[float, float]) -> str:
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True
    )
    time.sleep(random.Random(seed).uniform(*delay))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_killing_the_app_during_save_back_never_damages_the_shared_file(
    shared: Path, tmp_path: Path, seed: int
) -> None:
    _kill_at_random(SAVER, [str(shared), str(tmp_path / "work")], seed, (0.8, 2.5))
    assert integrity(shared) == "ok"
    saved = units(shared)  # the old or a newer complete version, never a mix
    numbers = sorted(int(n.split()[-1]) for n in saved if n.startswith("Đơn vị "))
    assert numbers == list(range(1, len(numbers) + 1))


@pytest.mark.parametrize("seed", range(4))
def test_killing_the_app_during_a_merge_leaves_the_old_or_the_merged_file(
    shared: Path, tmp_path: Path, seed: int
) -> None:
    other = tmp_path / "other.idb"
    shutil.copy(shared, other)
    with open_file(other, backup_folder=tmp_path / "bk") as db, db.sessions.begin() as s:
        for n in range(300):
            s.add(Unit(name=f"Của đồng nghiệp {n}"))
    out = _kill_at_random(MERGER, [str(shared), str(other), str(tmp_path / "bk")], seed, (0.6, 1.6))
    with open_file(shared, backup_folder=tmp_path / "bk") as db, db.sessions() as s:
        count = s.query(Unit).count()  # opening rolls back a half-done merge
    assert integrity(shared) == "ok"
    assert count in (1, 301)
    if "done" in out:
        assert count == 301
