"""Looking after an open file: a consistent copy elsewhere, and rotating backups.

Every file written here is first built beside its destination under a temporary name
with SQLite's backup API (a consistent snapshot even while the file is in use), checked,
and only then moved into place with one atomic rename. A failure leaves nothing behind:
neither a half-written copy nor the temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspectdesk.db import fileformat, migrate
from inspectdesk.db.database import Database
from inspectdesk.errors import DiskFull, FileMissing, NotAFile, ReadOnlyFile, UserError
from inspectdesk.paths import backups_dir

BACKUP_TAG = "backup"
"""The word that marks a rotating backup in its file name (``<stem>-backup-<key>-<time>``)."""

MIN_KEEP, MAX_KEEP = 1, 100
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(
    rf"^(?P<stem>.*)-{BACKUP_TAG}-(?P<key>[0-9a-f]{{8}})-(?P<stamp>\d{{8}}-\d{{6}}-\d{{6}})"
    rf"{re.escape(fileformat.FILE_SUFFIX)}$"
)


class SameFileRefused(UserError):
    """A copy was asked to replace the very file it copies."""

    code = "same_file"
    vi = "Không thể lưu bản sao đè lên chính tệp đang mở “{path}”; hãy chọn tên hoặc thư mục khác."
    en = "A copy cannot replace the open file “{path}” itself; choose another name or folder."


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """One rotating backup of a file: where it is, when it was taken, its size in bytes."""

    path: Path
    taken_at: datetime
    size: int


def _source(db: Database) -> Path:
    if db.path is None:
        raise ValueError("only a database file can be copied or backed up")
    path = Path(db.path)
    if not path.exists():
        raise FileMissing(path=path)
    return path


def _same_file(a: Path, b: Path) -> bool:
    if a.exists() and b.exists():
        return os.path.samefile(a, b)
    return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())


def _os_error(exc: OSError, path: Path) -> UserError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(path=path)
    return ReadOnlyFile(path=path)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_atomically(source: Path, target: Path) -> None:
    """Snapshot ``source`` into ``target``: a complete, checked file or nothing at all."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _os_error(exc, target) from None
    temp = folder / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"
    journal = temp.with_name(temp.name + "-journal")
    try:
        # Claiming the temporary name first tells a read-only folder from a damaged source.
        os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        fileformat.backup_copy(source, temp)
        fileformat.identify(temp, app_generation=migrate.schema_generation())
        os.replace(temp, target)
        _fsync_folder(folder)
    except OSError as exc:
        raise _os_error(exc, target) from None
    except sqlite3.Error as exc:
        known = fileformat.as_user_error(exc, target)
        if known is None and "unable to open" in str(exc).lower():
            known = ReadOnlyFile(path=target)
        if known is None:
            raise
        raise known from None
    finally:
        for leftover in (temp, journal):
            with contextlib.suppress(OSError):
                leftover.unlink()


def save_copy(db: Database, target: Path) -> Path:
    """Write a consistent copy of the open database to ``target`` (replacing a file there).

    Returns:
        The copy's path.

    Raises:
        SameFileRefused: ``target`` is the open file itself.
        NotAFile: ``target`` is a folder.
        ReadOnlyFile: the folder (or an existing file there) cannot be written.
        DiskFull: there is no room for the copy.
    """
    source = _source(db)
    target = Path(target)
    if _same_file(source, target):
        raise SameFileRefused(path=target)
    if target.is_dir():
        raise NotAFile(path=target)
    copy_atomically(source, target)
    return target


def backup_key(path: Path) -> str:
    """Eight hex digits naming the file's location, so that two files both called
    ``demo.idb`` in different folders never rotate each other's backups."""
    text = os.path.normcase(str(Path(path).resolve()))
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]


def list_backups(path: Path, folder: Path | None = None) -> list[BackupEntry]:
    """The rotating backups of the file at ``path`` in ``folder``, newest first.

    Backups taken before a schema upgrade are kept apart and never listed or rotated here.
    """
    folder = Path(folder) if folder is not None else backups_dir()
    if not folder.is_dir():
        return []
    path = Path(path)
    key = backup_key(path)
    found: list[BackupEntry] = []
    for candidate in folder.iterdir():
        match = _NAME.match(candidate.name)
        if not match or match["key"] != key or match["stem"] != path.stem:
            continue
        try:
            size = candidate.stat().st_size
        except OSError:
            continue
        found.append(BackupEntry(candidate, datetime.strptime(match["stamp"], _STAMP), size))
    found.sort(key=lambda entry: (entry.taken_at, entry.path.name), reverse=True)
    return found


def backup_now(
    db: Database, folder: Path | None = None, keep: int = 10, name_as: Path | None = None
) -> Path:
    """Back the open database up into ``folder``, keeping its ``keep`` newest backups.

    Older backups of the same file beyond ``keep`` (clamped to 1–100) are deleted after the
    new one is safely in place. ``name_as`` names the backup after another path: the
    shared file a working copy stands for.

    Returns:
        The new backup's path.

    Raises:
        ReadOnlyFile: the backup folder cannot be written.
        DiskFull: there is no room for the backup.
    """
    source = _source(db)
    folder = Path(folder) if folder is not None else backups_dir()
    keep = max(MIN_KEEP, min(MAX_KEEP, int(keep)))
    stamp = datetime.now().strftime(_STAMP)
    named = Path(name_as) if name_as is not None else source
    name = f"{named.stem}-{BACKUP_TAG}-{backup_key(named)}-{stamp}{fileformat.FILE_SUFFIX}"
    target = folder / name
    copy_atomically(source, target)
    for old in list_backups(named, folder)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target
