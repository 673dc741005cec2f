"""The lock file beside a database: who has it, read-only for others, stale locks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from inspectdesk.services.locks import (
    FileLocked,
    acquire_lock,
    break_lock,
    is_stale,
    lock_path,
    read_lock,
)

HOLDER = """
import sys, time
from inspectdesk.db.audit import set_actor
from inspectdesk.services.locks import acquire_lock
set_actor("lan.anh@MAY-THU-KY")
acquire_lock(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "hồ sơ.idb"
    path.write_bytes(b"")
    return path


def test_acquire_writes_who_and_release_removes_it(db_path: Path) -> None:
    lock = acquire_lock(db_path)
    data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid() and data["user"] and data["machine"]
    with pytest.raises(FileLocked) as caught:
        acquire_lock(db_path)
    assert not caught.value.stale  # this very process holds it
    assert lock.refresh()
    lock.release()
    assert not lock_path(db_path).exists()
    acquire_lock(db_path).release()


def test_another_process_holds_the_lock_until_it_dies(db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(FileLocked) as caught:
            acquire_lock(db_path)
        assert caught.value.info.user == "lan.anh" and not caught.value.stale
        assert "lan.anh" in caught.value.describe("vi")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        if holder.stdout is not None:
            holder.stdout.close()
    with pytest.raises(FileLocked) as caught:
        acquire_lock(db_path)
    assert caught.value.stale  # its process is gone from this machine
    assert break_lock(db_path, caught.value.info)
    acquire_lock(db_path).release()


def _foreign_lock(db_path: Path, touched_ago: timedelta) -> None:
    since = datetime.now(UTC) - touched_ago
    lock_path(db_path).write_text(
        json.dumps({"user": "hoa", "machine": "MAY-KHAC", "pid": 4242, "since": since.isoformat()}),
        encoding="utf-8",
    )
    stamp = time.time() - touched_ago.total_seconds()
    os.utime(lock_path(db_path), (stamp, stamp))


def test_a_lock_from_another_machine_is_stale_only_when_silent_too_long(db_path: Path) -> None:
    _foreign_lock(db_path, timedelta(minutes=10))
    info = read_lock(db_path)
    assert info is not None and info.machine == "MAY-KHAC" and not is_stale(info)
    _foreign_lock(db_path, timedelta(hours=3))
    info = read_lock(db_path)
    assert info is not None and is_stale(info)


def test_a_damaged_lock_names_an_unknown_holder(db_path: Path) -> None:
    lock_path(db_path).write_bytes(b"\xff\x00 not json")
    info = read_lock(db_path)
    assert info is not None and info.user == "?"


def test_breaking_refuses_a_lock_that_changed_hands(db_path: Path) -> None:
    _foreign_lock(db_path, timedelta(hours=3))
    seen = read_lock(db_path)
    assert seen is not None
    _foreign_lock(db_path, timedelta(minutes=1))  # someone else took it meanwhile
    assert not break_lock(db_path, seen)
    assert lock_path(db_path).exists()


def test_release_never_removes_someone_elses_lock(db_path: Path) -> None:
    lock = acquire_lock(db_path)
    _foreign_lock(db_path, timedelta(minutes=1))
    lock.release()
    assert lock_path(db_path).exists()
    assert not lock.refresh()
