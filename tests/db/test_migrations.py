"""Alembic migrations: one linear, numbered history that matches the models and keeps data."""

from __future__ import annotations

import contextlib
import re
import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

import inspectdesk
from inspectdesk.db import fileformat, migrate
from inspectdesk.db.database import create_database, open_database
from inspectdesk.db.models import Base, Unit
from inspectdesk.errors import DamagedFile, UserError
from inspectdesk.services import files

SCRIPT = ScriptDirectory.from_config(migrate.alembic_config())
REVISIONS = [r.revision for r in reversed(list(SCRIPT.walk_revisions("base", "heads")))]
SchemaOf = Callable[[sa.Engine], dict[str, dict[str, Any]]]


def upgraded_from_empty(path: Path, target: str = "head") -> sa.Engine:
    engine = fileformat.make_engine(path, foreign_keys=False)
    with engine.begin() as conn:
        migrate.upgrade(conn, target)
    return engine


@pytest.fixture(scope="module")
def stored_uuid(tmp_path_factory: pytest.TempPathFactory) -> Callable[[uuid.UUID], str]:
    """How ``sa.Uuid`` and our timestamps are stored on SQLite, read from a real row."""
    path = tmp_path_factory.mktemp("storage") / "real.idb"
    create_database(path).close()
    with open_database(path) as db, db.sessions.begin() as s:
        unit = Unit(name="Đơn vị mẫu")
        s.add(unit)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        raw_id, raw_created = conn.execute(
            "SELECT id, created_at FROM unit WHERE id = ?", (unit.id.hex,)
        ).fetchone()
    assert re.fullmatch(r"[0-9a-f]{32}", raw_id) and raw_id == unit.id.hex
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", raw_created)
    return lambda value: value.hex


def test_upgrade_from_empty_matches_the_models(tmp_path: Path) -> None:
    engine = upgraded_from_empty(tmp_path / "upgraded.idb")
    try:
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_create_all_and_upgrade_give_the_same_schema(tmp_path: Path, schema_of: SchemaOf) -> None:
    upgraded = upgraded_from_empty(tmp_path / "upgraded.idb")
    created = create_database(tmp_path / "created.idb")
    try:
        with created.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        expected, actual = schema_of(created.engine), schema_of(upgraded)
        assert sorted(actual) == sorted(expected) == sorted(Base.metadata.tables)
        for table in expected:
            assert actual[table] == expected[table], table
    finally:
        created.close()
        upgraded.dispose()


def test_revision_history_is_linear_and_numbered() -> None:
    assert len(SCRIPT.get_heads()) == 1 and len(SCRIPT.get_bases()) == 1
    previous: str | None = None
    for position, revision in enumerate(SCRIPT.get_revision(r) for r in REVISIONS):
        assert revision is not None
        assert re.fullmatch(r"\d{4}_[a-z0-9_]+", revision.revision), revision.revision
        assert migrate.generation_of(revision.revision) == position + 1
        assert revision.down_revision == previous
        assert not revision.branch_labels and not revision.dependencies
        assert not revision.is_branch_point and not revision.is_merge_point
        assert Path(revision.path).stem == revision.revision  # head_revision reads names
        previous = revision.revision
    assert previous == migrate.head_revision()
    assert migrate.alembic_heads() == [migrate.head_revision()]
    assert migrate.schema_generation() == len(REVISIONS) == migrate.generation_of(previous)
    on_disk = sorted(p.name for p in (migrate.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert on_disk == sorted(Path(SCRIPT.get_revision(r).path).name for r in REVISIONS)


def test_every_migration_runs_down_and_up_with_data(
    tmp_path: Path,
    stored_uuid: Callable[[uuid.UUID], str],
    schema_of: SchemaOf,
    row_keeper: Any,
) -> None:
    engine = fileformat.make_engine(tmp_path / "steps.idb", foreign_keys=False)
    previous = "base"
    try:
        for n, revision in enumerate(REVISIONS, start=1):
            schema_before = schema_of(engine)
            with engine.begin() as conn:
                migrate.upgrade(conn, revision)
                row_keeper.check_survivors(conn)
            schema_after = schema_of(engine)
            with engine.begin() as conn:
                row_keeper.insert_everywhere(conn, n)
            with engine.begin() as conn:
                migrate.downgrade(conn, previous)
                expected = None if previous == "base" else previous
                assert migrate.current_revision(conn) == expected
                row_keeper.check_survivors(conn)
            assert schema_of(engine) == schema_before, f"downgrade of {revision} is not exact"
            with engine.begin() as conn:
                migrate.upgrade(conn, revision)
                assert migrate.current_revision(conn) == revision
                row_keeper.check_survivors(conn)
                row_keeper.insert_everywhere(conn, n + 1000)
            assert schema_of(engine) == schema_after, f"{revision} is not repeatable"
            previous = revision
        with engine.connect() as conn:
            assert fileformat.integrity_report(conn) == []
            unit = Base.metadata.tables["unit"]
            key = next(iter(row_keeper.rows["unit"]))
            found = conn.execute(
                sa.select(unit.c.id, unit.c.created_at).where(unit.c.id == uuid.UUID(hex=key))
            ).one()  # the ORM's types read the plain-SQL rows back
            assert stored_uuid(found.id) == key
            assert found.created_at == datetime.fromisoformat(row_keeper.DATETIME_TEXT + "Z")
    finally:
        engine.dispose()


def header_generation(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as c:
        return int(c.execute("PRAGMA user_version").fetchone()[0])


def test_older_file_is_backed_up_then_upgraded_keeping_its_data(
    older_file: Any, migration_journal: list[tuple[str, object]], data_dir: Path
) -> None:
    """With a single revision, "older" can honestly only mean a header behind the app.

    The file is a real one (``new_file`` plus ORM data) whose header generation and
    ``file_meta`` say 0; opening it runs the whole upgrade path of ``open_database``.
    """
    generation = migrate.schema_generation()
    with files.open_file(older_file.path) as db:
        assert db.migrated_from == 0
        assert db.facts["app_version"] == inspectdesk.__version__
        assert db.facts["schema_generation"] == str(generation)
        backup = db.backup_path
    assert migration_journal == [("backup", 0), ("upgrade", "head")]
    assert backup is not None and backup.parent == data_dir / "backups"
    assert f"before-schema-{generation}" in backup.name
    assert fileformat.identify(backup, app_generation=generation).generation == 0
    with contextlib.closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (name,) = conn.execute(
            "SELECT name FROM unit WHERE id = ?", (older_file.ids["unit"].hex,)
        ).fetchone()
        assert name == "UBND xã Đại Đình"
    assert header_generation(older_file.path) == generation
    older_file.assert_data_intact()
    assert files.check_file(older_file.path).healthy


def test_generation_zero_file_is_upgraded_to_head(
    tmp_path: Path, migration_journal: list[tuple[str, object]]
) -> None:
    path = tmp_path / "base.idb"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA application_id = {fileformat.APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 0")
        conn.commit()
    with files.open_file(path) as db:
        assert db.migrated_from == 0
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert db.facts["app_version"] == inspectdesk.__version__
        assert db.facts["schema_generation"] == str(migrate.schema_generation())
    assert migration_journal == [("backup", 0), ("upgrade", "head")]
    assert header_generation(path) == migrate.schema_generation()


@pytest.mark.skipif(len(REVISIONS) < 2, reason="needs a second migration to have a real past")
def test_file_at_previous_revision_is_upgraded_with_its_data(
    tmp_path: Path, migration_journal: list[tuple[str, object]], row_keeper: Any
) -> None:
    path, old = tmp_path / "previous.idb", REVISIONS[-2]
    engine = upgraded_from_empty(path, old)
    try:
        with engine.begin() as conn:
            row_keeper.insert_everywhere(conn, 1)
            conn.exec_driver_sql("DELETE FROM file_meta")
            conn.exec_driver_sql("INSERT INTO file_meta (key, value) VALUES ('app_version', '0')")
            fileformat.stamp(conn, migrate.generation_of(old))
    finally:
        engine.dispose()
    del row_keeper.rows["file_meta"]  # rewritten on purpose
    migration_journal.clear()  # building the file at the old revision is not the test
    with files.open_file(path) as db:
        assert db.migrated_from == migrate.generation_of(old)
        assert db.facts["app_version"] == inspectdesk.__version__
    assert [event for event, _ in migration_journal] == ["backup", "upgrade"]
    assert header_generation(path) == migrate.schema_generation()
    engine = fileformat.make_engine(path)
    try:
        with engine.connect() as conn:
            row_keeper.check_survivors(conn)
            assert fileformat.integrity_report(conn) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("disk I/O error"), DamagedFile),
        (sa.exc.OperationalError("ALTER", None, sqlite3.OperationalError("locked")), Exception),
        (RuntimeError("a bug in a migration"), RuntimeError),
    ],
    ids=["sqlite3-error", "sqlalchemy-error", "bug"],
)
def test_failed_migration_leaves_the_file_unchanged(
    error: Exception,
    expected: type[Exception],
    older_file: Any,
    snapshot: Callable[[Path], Any],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    def broken(connection: sa.Connection, target: str = "head") -> None:
        raise error

    before = snapshot(older_file.path)
    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(expected):
        files.open_file(older_file.path)
    assert snapshot(older_file.path) == before
    assert len(list((data_dir / "backups").iterdir())) == 1  # taken before the attempt


def test_damaged_older_file_is_refused_as_damaged(
    bad_file: Callable[[str], Path], snapshot: Callable[[Path], Any]
) -> None:
    path = bad_file("corrupted")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.commit()
    before = snapshot(path)
    with pytest.raises(UserError) as caught:
        files.open_file(path)
    assert isinstance(caught.value, DamagedFile)
    assert snapshot(path) == before
