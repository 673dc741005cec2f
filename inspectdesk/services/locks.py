"""Who has a database file open: a lock file beside it, like Word's ``~$name``.

Opening a file for editing writes ``<file>.lock`` (created exclusively, so two openers
cannot both win) naming the user, the machine, the process and since when; the holder
touches it every few minutes. Someone else who opens the file is told who has it and
may open it read-only. A lock is stale when its process is gone from this machine or
it was not touched for :data:`STALE_AFTER`; a stale lock may be broken after the user
confirms. Closing the file removes the lock — only if it is still ours.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from inspectdesk.db.audit import current_actor
from inspectdesk.errors import UserError

LOCK_SUFFIX = ".lock"
STALE_AFTER = timedelta(hours=2)
REFRESH_EVERY = timedelta(minutes=5)
MAX_LOCK_BYTES = 4096


@dataclass(frozen=True, slots=True)
class LockInfo:
    """What a lock file says about its holder."""

    user: str
    machine: str
    pid: int
    since: datetime
    touched: datetime

    def to_json(self) -> str:
        """The lock file's content."""
        return json.dumps(
            {
                "user": self.user,
                "machine": self.machine,
                "pid": self.pid,
                "since": self.since.isoformat(),
                "app": "InspectDesk",
            },
            ensure_ascii=False,
        )


class FileLocked(UserError):
    """Someone else has the file open for editing."""

    code = "file_locked"
    vi = "Tệp “{path}” đang được {user} mở để sửa trên máy {machine} từ {since}."
    en = "The file “{path}” is open for editing by {user} on {machine} since {since}."

    def __init__(self, path: Path, info: LockInfo, stale: bool) -> None:
        super().__init__(
            path=path,
            user=info.user,
            machine=info.machine,
            since=info.since.astimezone().strftime("%H:%M %d/%m/%Y"),
        )
        self.info = info
        self.stale = stale


def lock_path(path: Path) -> Path:
    """The lock file of the database ``path``."""
    path = Path(path)
    return path.with_name(path.name + LOCK_SUFFIX)


def _me() -> tuple[str, str]:
    actor = current_actor()
    user = actor.split("@", 1)[0]
    return user, platform.node() or "?"


def read_lock(path: Path) -> LockInfo | None:
    """The lock of ``path``, or None when there is none.

    A lock file that cannot be read or parsed is reported as held by an unknown user,
    since its last change: it is stale once old enough.
    """
    lock = lock_path(path)
    try:
        stat = lock.stat()
        raw = lock.read_bytes()[:MAX_LOCK_BYTES]
    except FileNotFoundError:
        return None
    except OSError:
        raw, stat = b"", None
    touched = datetime.fromtimestamp(stat.st_mtime, UTC) if stat else datetime.now(UTC)
    try:
        data = json.loads(raw.decode("utf-8"))
        since = datetime.fromisoformat(str(data["since"]))
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return LockInfo(
            str(data.get("user", "?"))[:100],
            str(data.get("machine", "?"))[:100],
            int(data.get("pid", 0)),
            since,
            touched,
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return LockInfo("?", "?", 0, touched, touched)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale(info: LockInfo, now: datetime | None = None) -> bool:
    """Whether a lock's holder is gone (process ended here, or silent too long)."""
    now = now or datetime.now(UTC)
    if info.machine == (platform.node() or "?") and not process_alive(info.pid):
        return True
    return now - info.touched > STALE_AFTER


class FileLock:
    """A lock this process holds on a database file."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = Path(path)
        self.info = info

    @property
    def file(self) -> Path:
        """The lock file."""
        return lock_path(self.path)

    def held(self) -> bool:
        """Whether the lock file is still ours."""
        current = read_lock(self.path)
        return current is not None and (current.pid, current.machine, current.since) == (
            self.info.pid,
            self.info.machine,
            self.info.since,
        )

    def refresh(self) -> bool:
        """Touch the lock so others see we are alive; False if it is no longer ours."""
        if not self.held():
            return False
        try:
            os.utime(self.file)
        except OSError:
            return False
        return True

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if self.held():
            with contextlib.suppress(OSError):
                self.file.unlink()


def acquire_lock(path: Path) -> FileLock:
    """Take the lock of the database ``path`` for this process.

    Raises:
        FileLocked: someone holds it (``stale`` says whether it may be broken).
        OSError: the folder cannot be written (the caller may open read-only).
    """
    user, machine = _me()
    now = datetime.now(UTC).replace(microsecond=0)
    info = LockInfo(user, machine, os.getpid(), now, now)
    lock = lock_path(path)
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        holder = read_lock(path)
        if holder is None:  # released in between: try once more
            return acquire_lock(path)
        raise FileLocked(Path(path), holder, is_stale(holder)) from None
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(info.to_json())
        stream.flush()
        os.fsync(stream.fileno())
    return FileLock(Path(path), info)


def break_lock(path: Path, expected: LockInfo) -> bool:
    """Remove a lock the user agreed to break, if it is still the one they saw."""
    current = read_lock(path)
    if current is None:
        return True
    if (current.user, current.machine, current.pid, current.since) != (
        expected.user,
        expected.machine,
        expected.pid,
        expected.since,
    ):
        return False
    try:
        lock_path(path).unlink()
    except FileNotFoundError:
        return True
    return True
