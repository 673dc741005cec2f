"""``inspectdesk plan FILE import|export|sample``: the seed-000 plan from the command line."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sampling_province import DEPARTMENTS, DISTRICTS, HALF, THIRD, build_province, seed_000_toml
from test_cli import assert_one_error_line, file_state

Cli = Callable[..., Any]


@pytest.fixture
def province(tmp_path: Path) -> tuple[Path, Path]:
    """A province file, and the documented seed-000 plan as a TOML file."""
    path = tmp_path / "tỉnh.idb"
    build_province(path)
    plan = tmp_path / "230.toml"
    plan.write_text(seed_000_toml(), encoding="utf-8")
    return path, plan


def test_import_sample_and_export(cli: Cli, province: tuple[Path, Path], tmp_path: Path) -> None:
    path, plan = province
    imported = cli("plan", path, "import", plan)
    assert (imported.code, imported.err) == (0, "")
    assert "230/KH-UBND" in imported.out
    sample = cli("plan", path, "sample", "230/KH-UBND", "--json")
    assert (sample.code, sample.err) == (0, "")
    rows = json.loads(sample.out)
    assert isinstance(rows, list) and len(rows) == 12 + 9 + 14 + 10
    for row in rows:
        assert {"unit", "parent", "stratum"} <= set(row)
        assert isinstance(row["stratum"], int) and 0 <= row["stratum"] <= 3
    assert {r["unit"] for r in rows if r["stratum"] == 0} == set(DEPARTMENTS)
    assert {r["unit"] for r in rows if r["stratum"] == 1} == set(DISTRICTS)
    per_parent = Counter(r["parent"] for r in rows if r["stratum"] >= 2)
    assert [per_parent[d] for d in HALF] == [4, 4, 3, 3]
    assert [per_parent[d] for d in THIRD] == [2] * 5
    assert {r["parent"] for r in rows if r["stratum"] == 3} == set(THIRD)
    again = json.loads(cli("plan", path, "sample", "230/KH-UBND", "--json").out)
    assert again == rows  # the plan's seed: the same sample
    other = json.loads(cli("plan", path, "sample", "230/KH-UBND", "--seed", "8", "--json").out)
    assert {r["unit"] for r in other} != {r["unit"] for r in rows}
    text = cli("plan", path, "sample", "230/KH-UBND", "--dry-run")
    assert text.code == 0 and "Số gieo / seed: 8" in text.out and "Sở Tư pháp" in text.out
    out = tmp_path / "ra.toml"
    exported = cli("plan", path, "export", "230/KH-UBND", "-o", out)
    assert (exported.code, exported.err) == (0, "")
    written = out.read_text(encoding="utf-8")
    assert "seed = 8" in written and written.count("[[sample]]") == 4


def test_a_dry_run_leaves_the_file_alone(cli: Cli, province: tuple[Path, Path]) -> None:
    path, plan = province
    cli("plan", path, "import", plan)
    before = file_state(path)
    result = cli("plan", path, "sample", "230/KH-UBND", "--seed", "3", "--dry-run", "--json")
    assert result.code == 0 and json.loads(result.out)
    assert file_state(path) == before


def test_mistakes_are_one_line_and_change_nothing(
    cli: Cli, province: tuple[Path, Path], tmp_path: Path
) -> None:
    path, plan = province
    bad = tmp_path / "sai.toml"
    bad.write_text(seed_000_toml().replace("UBND huyện Sông Lô", "UBND huyện Sông Lộc"), "utf-8")
    before = file_state(path)
    result = cli("plan", path, "import", bad)
    assert result.code == 1
    line = assert_one_error_line(result.err)
    assert "dòng 27" in line and "UBND huyện Sông Lộc" in line
    assert file_state(path) == before
    assert cli("plan", path, "import", plan).code == 0
    twice = cli("plan", path, "import", plan)
    assert twice.code == 1 and "dòng 2" in assert_one_error_line(twice.err)
    unknown = cli("plan", path, "sample", "999/KH")
    assert unknown.code == 1 and "999/KH" in assert_one_error_line(unknown.err)
    assert cli("plan", path, "sample", "230/KH-UBND", "--seed", "-1").code == 2
    missing = cli("plan", path, "import", tmp_path / "không có.toml")
    assert missing.code == 1
    assert_one_error_line(missing.err)
