"""The ``.idb`` file: an SQLite database stamped as InspectDesk's.

This is the only module that knows the data lives in SQLite. It recognises a file
before anything writes to it, refuses what is not ours (with the reason), what is
damaged and what is too new, and sets the connection up for files that travel: foreign
keys on, rollback journal (WAL does not work on network shares), full sync.
"""

from __future__ import annotations

import contextlib
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from inspectdesk.errors import (
    DamagedFile,
    DiskFull,
    FileBusy,
    FileMissing,
    FileTooNew,
    NotAFile,
    NotAnInspectDeskFile,
    ReadOnlyFile,
    UserError,
)

APPLICATION_ID = 0x49445331
"""``PRAGMA application_id`` of every InspectDesk file: "IDS1" in ASCII."""

FILE_SUFFIX = ".idb"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
DriverError = sqlite3.Error
"""The database driver's own exception (raised when SQLAlchemy is bypassed)."""


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the header and the file's own records say about an InspectDesk file."""

    path: Path
    size: int
    page_size: int
    page_count: int
    generation: int
    written_by: str


def _sniff(head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"%PDF"):
        return "pdf"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return "unknown"
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return "text" if text and printable / len(text) > 0.95 else "unknown"


def read_header(path: Path) -> tuple[int, bytes]:
    """Return the file's size and its first 100 bytes, refusing what is not a file."""
    if not path.exists():
        raise FileMissing(path=path)
    if path.is_dir():
        raise NotAFile(path=path)
    size = path.stat().st_size
    with path.open("rb") as stream:
        head = stream.read(HEADER_SIZE)
    return size, head


def identify(path: Path, *, app_generation: int) -> FileFacts:
    """Recognise an InspectDesk file without changing a byte of it.

    Raises:
        FileMissing, NotAFile: the path is wrong.
        NotAnInspectDeskFile: empty, another format, or another program's database.
        DamagedFile: truncated, or the database cannot be read.
        FileTooNew: written by a newer InspectDesk.
    """
    size, head = read_header(path)
    if size == 0:
        raise NotAnInspectDeskFile(path=path, reason="empty")
    if not head.startswith(SQLITE_MAGIC):
        raise NotAnInspectDeskFile(path=path, reason=_sniff(head))
    if len(head) < HEADER_SIZE:
        raise DamagedFile(
            path=path,
            detail_vi="tệp bị cắt cụt ngay phần đầu",
            detail_en="it is truncated inside its header",
        )
    (raw_page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    (page_count,) = struct.unpack(">I", head[28:32])
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    if application_id != APPLICATION_ID:
        raise NotAnInspectDeskFile(path=path, reason="other_sqlite")
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFile(
            path=path,
            detail_vi="phần đầu tệp ghi kích thước trang không hợp lệ",
            detail_en="its header gives an impossible page size",
        )
    expected = page_size * page_count
    if page_count and size < expected:
        raise DamagedFile(
            path=path,
            detail_vi=f"tệp bị cắt cụt (cần {expected:,} byte, chỉ có {size:,} byte)",
            detail_en=f"it is truncated ({expected:,} bytes expected, {size:,} found)",
        )
    written_by = _read_written_by(path)
    if user_version > app_generation:
        raise FileTooNew(
            path=path,
            written_by=written_by or "?",
            file_generation=user_version,
            app_generation=app_generation,
        )
    return FileFacts(path, size, page_size, page_count, user_version, written_by)


def connect_readonly(path: Path) -> sqlite3.Connection:
    """An SQLite connection that cannot write to the file (nor create it)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def _read_written_by(path: Path) -> str:
    try:
        with contextlib.closing(connect_readonly(path)) as conn:
            row = conn.execute("SELECT value FROM file_meta WHERE key = 'app_version'").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # a file from before file_meta: generation 0
            return ""
        raise _damaged(path, exc) from None
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from None
    return str(row[0]) if row else ""


def _damaged(path: Path | str, exc: BaseException) -> DamagedFile:
    return DamagedFile(
        path=path,
        detail_vi=f"SQLite không đọc được tệp ({exc})",
        detail_en=f"SQLite cannot read it ({exc})",
    )


def as_user_error(exc: BaseException, path: Path | str) -> UserError | None:
    """The user-facing error behind a database exception, or None when it is a bug.

    Known conditions (a damaged file, a locked or read-only file, a full disk) are
    circumstances to explain; anything else is a programming error.
    """
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, sqlite3.Error):
        return None
    message = str(orig).lower()
    if any(m in message for m in ("malformed", "not a database", "disk i/o", "no such table")):
        return _damaged(path, orig)
    if "locked" in message or "busy" in message:
        return FileBusy(path=path)
    if "readonly" in message or "read-only" in message:
        return ReadOnlyFile(path=path)
    if "full" in message:
        return DiskFull(path=path)
    return None


def stamp(conn: Any, generation: int) -> None:
    """Write the application id and schema generation into the file's header."""
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {int(generation)}")


def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _configure_readwrite(dbapi_conn: sqlite3.Connection, record: Any) -> None:
    _configure(dbapi_conn, record)
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.close()


def make_engine(path: Path, *, readonly: bool = False, foreign_keys: bool = True) -> Engine:
    """An engine on an ``.idb`` file, set up for files that leave the machine."""
    if readonly:
        engine = create_engine("sqlite://", creator=lambda: connect_readonly(path), future=True)
        event.listen(engine, "connect", _configure)
    else:
        engine = create_engine(f"sqlite:///{path}", future=True)
        event.listen(engine, "connect", _configure_readwrite)
    if not foreign_keys:
        event.listen(engine, "connect", _foreign_keys_off)
    _fix_transactions(engine)
    return engine


def _foreign_keys_off(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA foreign_keys = OFF")


def _fix_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not pysqlite, decide when a transaction begins (SAVEPOINT works)."""

    @event.listens_for(engine, "connect")
    def _no_implicit_begin(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def integrity_report(conn: Any) -> list[str]:
    """Problems found by SQLite's own checks (integrity and foreign keys); [] when healthy."""
    problems = [
        str(row[0])
        for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        if row[0] != "ok"
    ]
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid}: missing {parent}")
    return problems


ANALYSIS_LIMIT = 400
"""Rows SQLite samples per index when it gathers statistics (its documented fast setting)."""
STALE_FACTOR = 2
"""Statistics are gathered again when a table holds this many times more (or fewer) rows."""


def refresh_statistics(conn: Any) -> bool:
    """Gather the query planner's statistics when missing or out of date; True if gathered.

    Without them SQLite cannot tell a selective index (``visit.plan_id``) from one that
    matches nearly every row (``visit.deleted``) and may walk the wrong one: listing 2,000
    plans with their visit counts took 12 s instead of 30 ms. A table whose row count
    (judged by its largest rowid, which costs nothing to read) moved by ``STALE_FACTOR``
    since the last count makes them out of date. With ``ANALYSIS_LIMIT`` the reference file
    of half a million findings is analysed in a fifth of a second.
    """
    recorded: dict[str, int] = {}
    has_stats = bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).fetchall()
    )
    if has_stats:
        for table, stat in conn.exec_driver_sql("SELECT tbl, stat FROM sqlite_stat1"):
            with contextlib.suppress(ValueError, IndexError, AttributeError):
                recorded[str(table)] = int(str(stat).split()[0])
    tables = [
        str(row[0])
        for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    stale = not has_stats
    for table in tables if has_stats else ():
        quoted = '"' + table.replace('"', '""') + '"'
        rows = conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {quoted}").scalar()
        before = recorded.get(table, 0)
        if max(rows, before) > 100 and not before / STALE_FACTOR <= rows <= before * STALE_FACTOR:
            stale = True
            break
    if stale:
        conn.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        conn.exec_driver_sql("ANALYZE")
    return stale


def backup_copy(source: Path, target: Path) -> None:
    """Copy a live database consistently with SQLite's backup API (rollback journal)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        contextlib.closing(connect_readonly(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.commit()
