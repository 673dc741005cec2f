"""Automatic backups that are kept daily, weekly and monthly, and restoring one.

An automatic backup is taken only when the data changed since the newest backup (the
change log's size and last entry tell). Rotation keeps, besides the newest few, the
newest backup of each of the last days, weeks and months (grandfather–father–son), so
a mistake noticed weeks later can still be undone. Restoring first backs up the file
being replaced, then puts a checked copy of the backup in its place atomically.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from inspectdesk.db import fileformat, migrate
from inspectdesk.db.database import Database
from inspectdesk.paths import backups_dir
from inspectdesk.services.files import backup_before
from inspectdesk.services.maintenance import (
    BackupEntry,
    backup_now,
    copy_atomically,
    list_backups,
)


@dataclass(frozen=True, slots=True)
class Retention:
    """How many backups of a file to keep: the newest, then one per day, week and month."""

    newest: int = 3
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def to_prune(entries: list[BackupEntry], policy: Retention) -> list[BackupEntry]:
    """The backups the policy lets go (``entries`` newest first)."""
    keep: set[Path] = {e.path for e in entries[: policy.newest]}

    def newest_per(period: int, bucket: object) -> None:
        seen: list[object] = []
        for entry in entries:
            key = bucket(entry.taken_at.date())  # type: ignore[operator]
            if key in seen:
                continue
            if len(seen) == period:
                break
            seen.append(key)
            keep.add(entry.path)

    newest_per(policy.daily, lambda d: d)
    newest_per(policy.weekly, lambda d: d.isocalendar()[:2])
    newest_per(policy.monthly, lambda d: (d.year, d.month))
    return [e for e in entries if e.path not in keep]


FINGERPRINT_SQL = "SELECT count(id), max(changed_at) FROM change_log"


def fingerprint(db: Database) -> str:
    """What changes whenever the data does: the change log's size and newest entry."""
    with db.engine.connect() as conn:
        count, last = conn.exec_driver_sql(FINGERPRINT_SQL).one()
    return f"{count}:{last or ''}"


def fingerprint_of(path: Path) -> str | None:
    """The :func:`fingerprint` of a database file (a backup), or None if unreadable."""
    try:
        with contextlib.closing(fileformat.connect_readonly(path)) as conn:
            row = conn.execute(FINGERPRINT_SQL).fetchone()
    except (sqlite3.Error, OSError):
        return None
    return None if row is None else f"{row[0]}:{row[1] or ''}"


def auto_backup(
    db: Database,
    folder: Path | None = None,
    policy: Retention | None = None,
    name_as: Path | None = None,
) -> Path | None:
    """Back ``db`` up if its data changed since its newest backup; rotate; return the copy.

    ``name_as`` names the backups after another path (the shared file of a working copy).

    Raises:
        ReadOnlyFile, DiskFull: the backup folder cannot take the copy.
    """
    if db.path is None:
        return None
    folder = Path(folder) if folder is not None else backups_dir()
    policy = policy or Retention()
    named = Path(name_as) if name_as is not None else Path(db.path)
    existing = list_backups(named, folder)
    if existing and fingerprint_of(existing[0].path) == fingerprint(db):
        return None
    made = backup_now(db, folder, keep=100, name_as=named)
    for old in to_prune(list_backups(named, folder), policy):
        with contextlib.suppress(OSError):
            old.path.unlink()
    return made


def restore_backup(backup: Path, target: Path, folder: Path | None = None) -> Path | None:
    """Replace ``target`` by a copy of ``backup``; return the backup of what was replaced.

    The file being replaced must not be open. The backup is checked first (an
    InspectDesk file this version can read); the replaced file is backed up; the copy
    is built beside ``target`` and renamed over it, so ``target`` is always whole.

    Raises:
        NotAnInspectDeskFile, DamagedFile, FileTooNew: ``backup`` cannot be restored.
        ReadOnlyFile, DiskFull: ``target``'s folder cannot be written.
    """
    backup, target = Path(backup), Path(target)
    fileformat.identify(backup, app_generation=migrate.schema_generation())
    kept = backup_before(target, "before-restore", folder) if target.exists() else None
    copy_atomically(backup, target)
    return kept
