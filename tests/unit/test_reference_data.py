"""The reference data set generator (bench/reference.py) at a tiny scale."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path
from types import ModuleType

import pytest

from inspectdesk.services.files import check_file

ROOT = Path(__file__).resolve().parents[2]


def _reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_reference", ROOT / "bench" / "reference.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    return _reference()


def _count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _names(path: Path) -> list[tuple[str, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        units = conn.execute("SELECT id, name FROM unit ORDER BY rowid LIMIT 20").fetchall()
        findings = conn.execute("SELECT id, text FROM finding ORDER BY rowid LIMIT 20").fetchall()
    return [tuple(map(str, row)) for row in units + findings]


def test_small_scale_is_fast_counted_and_healthy(reference: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "ref.idb"
    start = time.perf_counter()
    assert reference.main([str(out), "--scale", "0.002", "--seed", "7"]) == 0
    assert time.perf_counter() - start < 5
    assert _count(out, "unit") == 40
    assert abs(_count(out, "plan") - 4) <= 1
    assert abs(_count(out, "visit") - 100) <= 1
    assert abs(_count(out, "finding") - 1000) <= 1
    assert abs(_count(out, "recommendation") - 1000 / 3) <= 1
    rows = sum(_count(out, t) for t in ("unit", "plan", "visit", "finding", "recommendation"))
    with closing(sqlite3.connect(out)) as conn:
        logged = conn.execute(
            "SELECT count(*) FROM change_log WHERE action = 'insert' AND changed_by = 'bench'"
        )
        assert int(logged.fetchone()[0]) == rows
        levels = conn.execute(
            "SELECT l.name, count(*) FROM unit u JOIN unit_level l ON l.id = u.level_id "
            "GROUP BY l.name"
        ).fetchall()
        roots = conn.execute("SELECT count(*) FROM unit WHERE parent_id IS NULL").fetchone()
    assert {name for name, _ in levels} == {"Tỉnh", "Huyện", "Xã"}
    assert roots[0] == 1
    assert check_file(out).healthy


def test_counts_scale_proportionally(reference: ModuleType) -> None:
    assert reference.scaled(1.0) == reference.FULL
    assert reference.scaled(0.01) == {
        "units": 200,
        "plans": 20,
        "visits": 500,
        "findings": 5000,
    }


def test_same_seed_same_rows_other_seed_other_rows(reference: ModuleType, tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.idb", tmp_path / "b.idb", tmp_path / "c.idb"
    reference.build(a, seed=11, scale=0.002)
    reference.build(b, seed=11, scale=0.002)
    reference.build(c, seed=12, scale=0.002)
    assert _names(a) == _names(b)
    assert _names(a) != _names(c)
    assert any("Vĩnh Phúc" in name for _id, name in _names(a))
