"""Database test fixtures: a private data folder, fresh and older files, files not ours."""

from __future__ import annotations

import contextlib
import hashlib
import random
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import Connection

from inspectdesk.db import migrate
from inspectdesk.db.database import open_database
from inspectdesk.db.models import Finding, Plan, Unit, Visit
from inspectdesk.domain.enums import FindingKind
from inspectdesk.services import files
from inspectdesk.services.files import new_file

BAD_KINDS = (
    "text",
    "docx",
    "pdf",
    "random",
    "empty",
    "truncated",
    "corrupted",
    "other_sqlite",
    "too_new",
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """InspectDesk's own data folder (backups) for this test, never the real home."""
    folder = tmp_path / "appdata"
    folder.mkdir()
    monkeypatch.setenv("INSPECTDESK_DATA_DIR", str(folder))
    return folder


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A file's bytes (as a digest) and every name in its folder."""

    digest: str
    listing: tuple[str, ...]


def take_snapshot(path: Path) -> Snapshot:
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    return Snapshot(digest, tuple(sorted(p.name for p in path.parent.iterdir())))


@pytest.fixture
def snapshot() -> Callable[[Path], Snapshot]:
    """``snapshot(path)``: the file's sha256 and its folder's listing, to compare later."""
    return take_snapshot


@pytest.fixture
def fresh_file(tmp_path: Path) -> Callable[[str], Path]:
    """``fresh_file(name)``: a new, closed database made by ``new_file``."""

    def make(name: str = "fresh.idb") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        new_file(path).close()
        return path

    return make


def _leaf_pages_with(data: bytes, marker: bytes) -> list[int]:
    page_size = int.from_bytes(data[16:18], "big")
    count = len(data) // page_size
    return [
        n
        for n in range(1, count)  # page 1 (index 0) holds the header and the schema
        if data[n * page_size] == 0x0D and marker in data[n * page_size : (n + 1) * page_size]
    ]


def _write_bad(kind: str, path: Path, tmp: Path) -> None:
    if kind == "text":
        path.write_text("Biên bản kiểm tra\nThis is only a note, not a database.\n" * 20)
    elif kind == "docx":
        from docx import Document

        document = Document()
        document.add_paragraph("BIÊN BẢN KIỂM TRA")
        source = tmp / "minutes.docx"
        document.save(str(source))
        source.rename(path)
    elif kind == "pdf":
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    elif kind == "random":
        path.write_bytes(random.Random(1).randbytes(8192))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        real = tmp / "real.idb"
        new_file(real).close()
        path.write_bytes(real.read_bytes()[:3000])
        real.unlink()
    elif kind == "corrupted":
        real = tmp / "real.idb"
        with new_file(real) as db, db.sessions.begin() as s:
            s.add_all(Unit(name=f"Đơn vị số {i:04d} MARKER {'x' * 80}") for i in range(400))
        data = bytearray(real.read_bytes())
        real.unlink()
        pages = _leaf_pages_with(bytes(data), b"MARKER")
        assert len(pages) > 10, "the file should hold many pages of units"
        page_size = int.from_bytes(data[16:18], "big")
        start = pages[len(pages) // 2] * page_size
        # Scramble the b-tree page header and its cell pointers; the file header stays intact.
        data[start + 1 : start + 64] = random.Random(2).randbytes(63)
        path.write_bytes(bytes(data))
    elif kind == "other_sqlite":
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
            conn.execute("INSERT INTO contact (name) VALUES ('Nguyễn Văn A')")
            conn.commit()
    elif kind == "too_new":
        new_file(path).close()
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("UPDATE file_meta SET value = '9.9.0' WHERE key = 'app_version'")
            conn.execute(f"PRAGMA user_version = {migrate.schema_generation() + 1}")
            conn.commit()
    else:  # pragma: no cover - a typo in a test
        raise ValueError(kind)


@pytest.fixture
def bad_file(tmp_path: Path) -> Callable[[str], Path]:
    """``bad_file(kind)``: a file of that kind, alone in its own folder, named ``*.idb``."""

    def make(kind: str) -> Path:
        folder = tmp_path / f"bad-{kind}"
        folder.mkdir()
        work = tmp_path / f"work-{kind}"
        work.mkdir()
        path = folder / f"{kind}.idb"
        _write_bad(kind, path, work)
        return path

    return make


def header_generation(path: Path) -> int:
    """``PRAGMA user_version`` read straight from the file."""
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as c:
        return int(c.execute("PRAGMA user_version").fetchone()[0])


@dataclass
class OlderFile:
    """A file holding a unit, a plan, a visit and a finding, whose header is generation 0."""

    path: Path
    ids: dict[str, uuid.UUID]

    def assert_data_intact(self) -> None:
        with open_database(self.path, readonly=True) as db, db.sessions() as s:
            unit, plan = s.get_one(Unit, self.ids["unit"]), s.get_one(Plan, self.ids["plan"])
            visit = s.get_one(Visit, self.ids["visit"])
            finding = s.get_one(Finding, self.ids["finding"])
            assert (unit.name, plan.number) == ("UBND xã Đại Đình", "230/KH-UBND")
            assert (visit.unit_id, visit.plan_id) == (unit.id, plan.id)
            assert visit.actual_start == datetime(2024, 3, 6, 0, 30, tzinfo=UTC)
            assert (finding.visit_id, finding.kind) == (visit.id, FindingKind.VIOLATION)
            assert finding.text == "Đến muộn 20 phút, không đeo thẻ công chức"


@pytest.fixture
def older_file(tmp_path: Path) -> OlderFile:
    """See :class:`OlderFile`: built with ``new_file`` and the ORM, then its header set back."""
    path = tmp_path / "older" / "older.idb"
    path.parent.mkdir()
    new_file(path).close()
    with open_database(path) as db, db.sessions.begin() as s:
        unit = Unit(name="UBND xã Đại Đình")
        plan = Plan(number="230/KH-UBND", title="Kiểm tra đột xuất", start_on=date(2024, 3, 5))
        s.add_all([unit, plan])
        s.flush()
        visit = Visit(
            unit_id=unit.id,
            plan_id=plan.id,
            actual_start=datetime(2024, 3, 6, 7, 30, tzinfo=timezone(timedelta(hours=7))),
        )
        s.add(visit)
        s.flush()
        finding = Finding(
            visit_id=visit.id,
            kind=FindingKind.VIOLATION,
            text="Đến muộn 20 phút, không đeo thẻ công chức",
        )
        s.add(finding)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE file_meta SET value = '0.0.1' WHERE key = 'app_version'")
        conn.execute("UPDATE file_meta SET value = '0' WHERE key = 'schema_generation'")
        conn.execute("PRAGMA user_version = 0")
        conn.commit()
    ids = {"unit": unit.id, "plan": plan.id, "visit": visit.id, "finding": finding.id}
    return OlderFile(path, ids)


@pytest.fixture
def migration_journal(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Records in order each backup ``open_file`` takes and each migration it runs.

    A backup is recorded with the header generation of the file at that moment.
    """
    events: list[tuple[str, object]] = []
    real_backup, real_upgrade = files.backup_before, migrate.upgrade

    def backup(path: Path, reason: str, folder: Path | None = None) -> Path:
        events.append(("backup", header_generation(path)))
        return real_backup(path, reason, folder)

    def upgrade(connection: Connection, target: str = "head") -> None:
        events.append(("upgrade", target))
        real_upgrade(connection, target)

    monkeypatch.setattr(files, "backup_before", backup)
    monkeypatch.setattr(migrate, "upgrade", upgrade)
    return events


def _schema_of(engine: sa.Engine) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        insp = sa.inspect(conn)
        for name in sorted(set(insp.get_table_names()) - {"alembic_version"}):
            result[name] = {
                # Column order is not part of the schema: a migration appends columns.
                "columns": sorted(
                    (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                    for c in insp.get_columns(name)
                ),
                "primary_key": insp.get_pk_constraint(name)["constrained_columns"],
                "indexes": sorted(
                    (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                    for i in insp.get_indexes(name)
                ),
                "unique": sorted(
                    (u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(name)
                ),
                "foreign_keys": sorted(str(sorted(f.items())) for f in insp.get_foreign_keys(name)),
                "checks": sorted(c["sqltext"] for c in insp.get_check_constraints(name)),
            }
    return result


@pytest.fixture
def schema_of() -> Callable[[sa.Engine], dict[str, dict[str, Any]]]:
    """``schema_of(engine)``: each table's columns (type, nullability, default), primary key,
    indexes, unique constraints, foreign keys and checks, as SQLite reports them."""
    return _schema_of


class RowKeeper:
    """Rows put with plain SQL into every table of a file, to check they survive migrations.

    Values are stored the way SQLAlchemy stores them on SQLite: UUIDs as 32 hex digits,
    timestamps as ``YYYY-MM-DD HH:MM:SS.ffffff``, booleans as 0/1.
    """

    DATETIME_TEXT = "2024-05-06 07:08:09.123456"

    def __init__(self) -> None:
        self.rows: dict[str, dict[Any, dict[str, Any]]] = {}  # table → key → column → value

    def _value(self, column: sa.Column[Any], n: int, ids: dict[str, Any], own_id: Any) -> Any:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target == column.table.name and target not in ids:
                return None if column.nullable else own_id
            if target in ids:
                return ids[target]
        kind = column.type
        if isinstance(kind, sa.CHAR) and kind.length == 32:
            return uuid.uuid4().hex
        if isinstance(kind, sa.Boolean):
            return n % 2
        if isinstance(kind, sa.DateTime):
            return self.DATETIME_TEXT
        if isinstance(kind, sa.Date):
            return date(2024, 5, n % 28 + 1).isoformat()
        if isinstance(kind, sa.Integer):
            return n
        if isinstance(kind, sa.Numeric):
            return 12.5
        if isinstance(kind, sa.LargeBinary):  # bytes of every value, NUL included
            return f"{n}·{column.name}".encode() + bytes(range(256))
        text = f"{n}·{column.name}·Đà Nẵng"
        return text[: kind.length] if getattr(kind, "length", None) else text

    def insert_everywhere(self, conn: sa.Connection, n: int) -> None:
        """Insert one row (round ``n``) into every table, parents first, and remember it.

        References point at this round's row of the parent table; a table referring to
        itself points at a row of an earlier round, if any.
        """
        meta = sa.MetaData()
        meta.reflect(conn)
        ids: dict[str, Any] = {}
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            (pk,) = table.primary_key.columns
            if self.rows.get(table.name):
                ids[table.name] = next(iter(self.rows[table.name]))
            own_id = self._value(pk, n, {}, None)
            row = {
                c.name: own_id if c is pk else self._value(c, n, ids, own_id) for c in table.columns
            }
            names = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            conn.exec_driver_sql(
                f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', tuple(row.values())
            )
            ids[table.name] = own_id
            self.rows.setdefault(table.name, {})[own_id] = row

    def check_survivors(self, conn: sa.Connection) -> None:
        """Remembered rows are still there, equal in every column that still exists.

        Tables and columns the schema no longer has are forgotten: they cannot survive.
        """
        insp = sa.inspect(conn)
        present = set(insp.get_table_names())
        for table in list(self.rows):
            if table not in present:
                del self.rows[table]
                continue
            result = conn.exec_driver_sql(f'SELECT * FROM "{table}"')
            columns = list(result.keys())
            (pk,) = insp.get_pk_constraint(table)["constrained_columns"]
            stored = {r[columns.index(pk)]: dict(zip(columns, r, strict=True)) for r in result}
            for key, row in self.rows[table].items():
                assert key in stored, f"{table} row {key} was lost"
                kept = {c: v for c, v in row.items() if c in columns}
                assert {c: stored[key][c] for c in kept} == kept, f"{table} row {key} changed"
                self.rows[table][key] = kept


@pytest.fixture
def row_keeper() -> RowKeeper:
    """See :class:`RowKeeper`."""
    return RowKeeper()
