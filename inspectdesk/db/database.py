"""Opening and creating InspectDesk databases.

One :class:`Database` per open file: one engine and one ``sessionmaker`` with
``expire_on_commit=False``. Services open a session per user action from it; nothing
keeps a session alive between actions.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

import inspectdesk
import inspectdesk.db.events
from inspectdesk.db import fileformat, migrate
from inspectdesk.db.models import Base, FileMeta
from inspectdesk.errors import DamagedFile, FileAlreadyExists, ReadOnlyFile, RecordChanged

BackupHook = Callable[[Path, str], Path]
"""Called before a migration with the file and a reason; returns the backup's path."""


@dataclass
class Database:
    """An open InspectDesk database."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None
    readonly: bool
    migrated_from: int | None = None
    backup_path: Path | None = None
    facts: dict[str, str] = field(default_factory=dict)

    def close(self) -> None:
        """Refresh the planner's statistics if the writes made them stale, then release
        every connection to the file (so the next open need not write anything)."""
        try:
            if not self.readonly and self.path is not None and self.path.is_file():
                with contextlib.suppress(DBAPIError), self.engine.begin() as conn:
                    fileformat.refresh_statistics(conn)
        finally:
            self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _CheckedSession(Session):
    """A session whose refused revision check is a sentence, not a crash.

    Every row carries a revision counter and an UPDATE names the revision it read; when
    two people save the same record at the same instant (on a server), the second UPDATE
    finds no row and SQLAlchemy raises StaleDataError. The services check revisions before
    writing, so this is the rare race that slips between; it becomes RecordChanged and the
    transaction is rolled back, nothing written.
    """

    def flush(self, objects: Sequence[Any] | None = None) -> None:
        try:
            super().flush(objects)
        except StaleDataError as exc:
            raise RecordChanged() from exc


def _sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, class_=_CheckedSession, expire_on_commit=False, future=True)


def _write_meta(conn: Connection, values: dict[str, str]) -> None:
    conn.execute(delete(FileMeta).where(FileMeta.key.in_(values)))
    conn.execute(insert(FileMeta), [{"key": k, "value": v} for k, v in values.items()])


def read_meta(conn: Connection) -> dict[str, str]:
    """Every fact in the ``file_meta`` table."""
    return {row.key: row.value for row in conn.execute(select(FileMeta.key, FileMeta.value))}


def create_database(path: Path, *, overwrite: bool = False) -> Database:
    """Create an empty database at ``path`` and open it.

    The file is built beside its destination under a temporary name and moved into
    place only when complete, so a crash never leaves half a file.

    Raises:
        FileAlreadyExists: ``path`` exists and ``overwrite`` is false.
        ReadOnlyFile: the folder cannot be written.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileAlreadyExists(path=path)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        engine = fileformat.make_engine(temp)
        try:
            with engine.begin() as conn:
                Base.metadata.create_all(conn)
                migrate.stamp_head(conn)
                now = datetime.now(UTC).isoformat()
                _write_meta(
                    conn,
                    {
                        "file_id": str(uuid.uuid4()),
                        "created_at": now,
                        "app_version": inspectdesk.__version__,
                        "schema_generation": str(migrate.schema_generation()),
                    },
                )
                fileformat.stamp(conn, migrate.schema_generation())
        finally:
            engine.dispose()
        os.replace(temp, path)
    except PermissionError:
        raise ReadOnlyFile(path=path) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return open_database(path)


def open_database(
    path: Path,
    *,
    readonly: bool = False,
    backup: BackupHook | None = None,
) -> Database:
    """Open an existing ``.idb`` file, migrating it first when it is older.

    Nothing is written unless the file is an InspectDesk database of this or an older
    schema and ``readonly`` is false; then the query planner's statistics are refreshed
    when out of date (see :func:`~inspectdesk.db.fileformat.refresh_statistics`), and an
    older file is backed up (``backup`` hook)
    before its migration; a read-only open of an older file is refused as too old to
    read safely only if the schema differs.

    Raises:
        FileMissing, NotAFile, NotAnInspectDeskFile, DamagedFile, FileTooNew,
        ReadOnlyFile: see :func:`inspectdesk.db.fileformat.identify`.
    """
    path = Path(path)
    app_generation = migrate.schema_generation()
    facts = fileformat.identify(path, app_generation=app_generation)
    migrated_from: int | None = None
    backup_path: Path | None = None
    if facts.generation < app_generation:
        if readonly:
            raise DamagedFile(
                path=path,
                detail_vi="tệp thuộc lược đồ cũ, cần mở để nâng cấp trước",
                detail_en="it has an older schema and must be opened for writing to upgrade",
            )
        if not os.access(path, os.W_OK):
            raise ReadOnlyFile(path=path)
        if backup is not None:
            backup_path = backup(path, f"before-schema-{app_generation}")
        _migrate(path, app_generation)
        migrated_from = facts.generation
    engine = fileformat.make_engine(path, readonly=readonly)
    try:
        with engine.connect() as conn:
            meta = read_meta(conn)
        if not readonly:
            # The planner's statistics are an optimisation: a file that cannot take them
            # now (a full disk, a folder without room for the journal) opens all the same.
            with contextlib.suppress(OperationalError), engine.begin() as conn:
                fileformat.refresh_statistics(conn)
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        raise DamagedFile(
            path=path,
            detail_vi=f"không đọc được dữ liệu ({exc.orig})",
            detail_en=f"its data cannot be read ({exc.orig})",
        ) from None
    return Database(
        engine=engine,
        sessions=_sessions(engine),
        path=path,
        readonly=readonly,
        migrated_from=migrated_from,
        backup_path=backup_path,
        facts=meta,
    )


def _migrate(path: Path, generation: int) -> None:
    engine = fileformat.make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
            problems = [p for p in fileformat.integrity_report(conn) if not p.startswith("ok")]
            if problems:
                raise DamagedFile(
                    path=path,
                    detail_vi="nâng cấp lược đồ phát hiện lỗi: " + "; ".join(problems[:3]),
                    detail_en="upgrading the schema found problems: " + "; ".join(problems[:3]),
                )
            _write_meta(
                conn,
                {
                    "app_version": inspectdesk.__version__,
                    "schema_generation": str(generation),
                },
            )
            fileformat.stamp(conn, generation)
    except (DBAPIError, fileformat.DriverError) as exc:
        known = fileformat.as_user_error(exc, path)
        if known is None:
            raise
        raise known from None
    finally:
        engine.dispose()
