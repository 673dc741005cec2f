"""The query planner's statistics: gathered when missing or stale, and only then."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from inspectdesk.db import fileformat
from inspectdesk.db.database import create_database, open_database


def _plans_and_visits(path: Path, plans: int, visits_per_plan: int) -> None:
    """Two tables shaped like plan and visit: a selective index and a useless one."""
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            CREATE TABLE IF NOT EXISTS p (id INTEGER PRIMARY KEY, deleted INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS v (id INTEGER PRIMARY KEY, p_id INTEGER,
                                          deleted INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_v_deleted ON v (deleted);
            CREATE INDEX IF NOT EXISTS ix_v_p_id ON v (p_id);
            CREATE INDEX IF NOT EXISTS ix_p_deleted ON p (deleted);
            """
        )
        start = conn.execute("SELECT coalesce(max(id), 0) FROM p").fetchone()[0]
        conn.executemany(
            "INSERT INTO p (id, deleted) VALUES (?, 0)",
            [(start + n + 1,) for n in range(plans)],
        )
        conn.executemany(
            "INSERT INTO v (p_id, deleted) VALUES (?, 0)",
            [(start + n + 1,) for n in range(plans) for _ in range(visits_per_plan)],
        )


COUNTS = (
    "EXPLAIN QUERY PLAN SELECT p.id, (SELECT count(*) FROM v WHERE v.p_id = p.id "
    "AND v.deleted = 0) FROM p WHERE p.deleted = 0"
)


def _refresh(path: Path) -> bool:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            return fileformat.refresh_statistics(conn)
    finally:
        engine.dispose()


def test_missing_statistics_are_gathered_and_pick_the_selective_index(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    _plans_and_visits(path, plans=200, visits_per_plan=25)
    assert _refresh(path) is True
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT tbl FROM sqlite_stat1")}
        plan = " / ".join(row[3] for row in conn.execute(COUNTS))
    assert {"p", "v"} <= tables
    assert "ix_v_p_id" in plan and "ix_v_deleted" not in plan, plan


def test_fresh_statistics_are_left_alone_until_a_table_grows(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    _plans_and_visits(path, plans=200, visits_per_plan=25)
    assert _refresh(path) is True
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert _refresh(path) is False
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest  # nothing written
    _plans_and_visits(path, plans=20, visits_per_plan=25)  # 10 % more: still fresh
    assert _refresh(path) is False
    _plans_and_visits(path, plans=400, visits_per_plan=25)  # three times as many
    assert _refresh(path) is True


def test_opening_an_unchanged_file_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "tệp.idb"
    create_database(path).close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    open_database(path).close()
    open_database(path).close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_read_only_open_never_gathers_statistics(tmp_path: Path) -> None:
    path = tmp_path / "tệp.idb"
    create_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE sqlite_stat1")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    open_database(path, readonly=True).close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    db = open_database(path)  # a writable open gathers them again
    db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
