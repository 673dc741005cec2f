"""The command line: exit codes, one-line errors, and files left alone when refused."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from inspectdesk.cli import LIST_ENTITIES
from inspectdesk.db import migrate
from inspectdesk.services.builtin import load_builtin_checklists
from inspectdesk.services.exchange import export_json
from inspectdesk.services.files import open_file

Cli = Callable[..., Any]

# kind → (a phrase of the Vietnamese message, a phrase of the English one)
BAD_KINDS = {
    "text": ("không phải tệp dữ liệu InspectDesk", "is not an InspectDesk database"),
    "empty": ("tệp rỗng", "it is empty"),
    "truncated": ("bị hỏng", "is damaged"),
    "too_new": ("được tạo bởi InspectDesk 9.9.0", "written by InspectDesk 9.9.0"),
}


def assert_one_error_line(err: str) -> str:
    """stderr is exactly one line, ``inspectdesk: …``, with no traceback; return it."""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("inspectdesk: ")
    assert "Traceback" not in err
    return err.rstrip("\n")


def file_state(path: Path) -> tuple[str, list[str]]:
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""
    return digest, sorted(p.name for p in path.parent.iterdir())


def export_bytes(path: Path, out: Path) -> bytes:
    with open_file(path, readonly=True) as db:
        export_json(db, out)
    return out.read_bytes()


@pytest.mark.file_only
def test_new_then_check(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "mới.idb"
    created = cli("new", path)
    assert (created.code, created.err) == (0, "")
    assert str(path) in created.out
    assert cli("check", path).code == 0
    report = cli("check", path, "--json")
    assert report.code == 0
    data = json.loads(report.out)
    assert data["healthy"] is True and data["problems"] == []
    assert data["schema_generation"] == migrate.schema_generation()
    assert data["revision"] == migrate.head_revision()


@pytest.mark.parametrize(("lang", "phrase"), [("vi", "đã có"), ("en", "already exists")])
def test_new_refuses_an_existing_file(lang: str, phrase: str, cli: Cli, populated: Path) -> None:
    before = file_state(populated)
    result = cli("--lang", lang, "new", populated)
    assert result.code == 1 and result.out == ""
    assert phrase in assert_one_error_line(result.err)
    assert file_state(populated) == before


@pytest.mark.file_only
def test_new_force_overwrites(cli: Cli, populated: Path) -> None:
    assert json.loads(cli("list", populated, "units", "--json").out) != []
    assert cli("new", populated, "--force").code == 0
    assert json.loads(cli("list", populated, "units", "--json").out) == []
    assert len(json.loads(cli("list", populated, "checklists", "--json").out)) == 2
    assert cli("check", populated).code == 0


def test_export_import_export_is_byte_identical(cli: Cli, populated: Path, tmp_path: Path) -> None:
    first, second, copy = tmp_path / "first.json", tmp_path / "second.json", tmp_path / "copy.idb"
    assert cli("export", populated, "-o", first).code == 0
    imported = cli("import", copy, first)
    assert (imported.code, imported.err) == (0, "")
    assert cli("export", copy, "-o", second).code == 0
    assert first.read_bytes() == second.read_bytes()

    data = json.loads(first.read_text(encoding="utf-8"))
    units = data["tables"]["unit"]
    assert [u["id"] for u in units] == [
        "10000000-0000-4000-8000-000000000003",  # the grandchild comes first …
        "80000000-0000-4000-8000-000000000002",
        "f0000000-0000-4000-8000-000000000001",  # … and the root last
    ]
    assert "UBND phường Khai Quang" in first.read_text(encoding="utf-8")  # not \\u-escaped
    (visit,) = data["tables"]["visit"]
    assert visit["actual_start"] == "2021-11-08T01:15:30.250000Z"
    listed = json.loads(cli("list", copy, "units", "--json").out)
    parents = {u["name"]: u["parent"] for u in listed}
    assert parents["UBND phường Khai Quang"] == "UBND thành phố Vĩnh Yên"
    assert parents["UBND thành phố Vĩnh Yên"] == "Ủy ban nhân dân tỉnh Vĩnh Phúc"


@pytest.mark.file_only
@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("command", ["check", "list", "import"])
@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_file_is_refused_in_one_line(
    kind: str,
    command: str,
    lang: str,
    cli: Cli,
    bad_file: Callable[[str], Path],
    export_text: str,
    tmp_path: Path,
) -> None:
    path = bad_file(kind)
    source = tmp_path / "in.json"
    source.write_text(export_text, encoding="utf-8")
    args = {"check": [path], "list": [path, "units"], "import": [path, source]}[command]
    before = file_state(path)
    result = cli("--lang", lang, command, *args)
    assert result.code == 1
    line = assert_one_error_line(result.err)
    vi_phrase, en_phrase = BAD_KINDS[kind]
    wanted, other = (en_phrase, vi_phrase) if lang == "en" else (vi_phrase, en_phrase)
    assert wanted in line and other not in line
    assert str(path) in line
    assert file_state(path) == before


@pytest.mark.file_only
def test_check_reports_a_corrupted_file(cli: Cli, bad_file: Callable[[str], Path]) -> None:
    path = bad_file("corrupted")
    before = file_state(path)
    result = cli("check", path)
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    assert "CÓ LỖI" in result.out and "malformed" in result.out
    assert file_state(path) == before


@pytest.mark.file_only
def test_list_on_a_corrupted_file_gives_one_line(cli: Cli, bad_file: Callable[[str], Path]) -> None:
    path = bad_file("corrupted")
    before = file_state(path)
    result = cli("list", path, "units")
    assert result.code == 1
    assert "bị hỏng" in assert_one_error_line(result.err)
    assert file_state(path) == before


IMPORT_REFUSALS = {  # case → a pattern the one-line message must contain
    "invalid_json": r"line 4, column 3",
    "wrong_format": r"top level",
    "newer_format_version": r"format_version: format 2 is newer",
    "unknown_table": r"tables\.inspection_notes: unknown table",
    "unknown_field": r"tables\.unit\[1\] \(id [0-9a-f-]{36}\): unknown field 'colour'",
    "bad_enum": r"tables\.finding\[1\] \(id [0-9a-f-]{36}\), field 'kind'",
    "bad_date": r"tables\.plan\[0\] \(id [0-9a-f-]{36}\), field 'start_on'",
    "missing_parent": r"tables\.unit\[1\] \(id [0-9a-f-]{36}\), field 'parent_id'",
    "duplicate_id": r"tables\.finding\[1\] \(id [0-9a-f-]{36}\): the same id appears twice",
    "cycle": r"tables\.unit\[[01]\] \(id [0-9a-f-]{36}\): .*cycle",
    "too_long": r"tables\.unit\[1\] \(id [0-9a-f-]{36}\), field 'name': text longer than 300",
}


def _refused_import(
    case: str, pattern: str, target_exists: bool, cli: Cli, broken_export: Any, tmp_path: Path
) -> None:
    source = tmp_path / "in.json"
    source.write_text(broken_export(case), encoding="utf-8")
    target = tmp_path / "target" / "đích.idb"
    target.parent.mkdir()
    if target_exists:
        assert cli("new", target).code == 0
        before = export_bytes(target, tmp_path / "before.json")
    target_state = file_state(target)

    result = cli("import", target, source)
    assert result.code == 1 and result.out == ""
    line = assert_one_error_line(result.err)
    assert re.search(pattern, line), line
    assert str(source) in line and "Chưa có gì được ghi" in line
    assert file_state(target) == target_state  # same bytes (or still absent), no stray files
    if target_exists:
        assert export_bytes(target, tmp_path / "after.json") == before


@pytest.mark.parametrize("target_exists", [True, False], ids=["existing", "missing"])
@pytest.mark.parametrize("case", IMPORT_REFUSALS)
def test_import_refusals_write_nothing(
    case: str, target_exists: bool, cli: Cli, broken_export: Any, tmp_path: Path
) -> None:
    _refused_import(case, IMPORT_REFUSALS[case], target_exists, cli, broken_export, tmp_path)


def test_import_refuses_a_duplicated_unit_id(cli: Cli, broken_export: Any, tmp_path: Path) -> None:
    pattern = r"tables\.unit\[3\] .*the same id appears twice"
    _refused_import("duplicate_unit_id", pattern, False, cli, broken_export, tmp_path)


@pytest.mark.parametrize("entity", LIST_ENTITIES)
def test_list_json_is_a_list(entity: str, cli: Cli, populated: Path) -> None:
    result = cli("list", populated, entity, "--json")
    assert (result.code, result.err) == (0, "")
    rows = json.loads(result.out)
    assert isinstance(rows, list) and rows
    assert all(isinstance(row, dict) and "id" in row for row in rows)


def test_the_db_option_names_the_database_of_any_command(cli: Cli, populated: Path) -> None:
    """``--db`` works where FILE does, before or after the command (on the server pass,
    the database is on PostgreSQL)."""
    plain = cli("list", populated, "units", "--json")
    assert cli("list", "--db", populated, "units", "--json") == plain
    assert cli(f"--db={populated}", "list", "units", "--json") == plain
    assert cli("list", "units", "--json", "--db", populated) == plain
    assert plain.code == 0 and json.loads(plain.out)


def test_list_search_ignores_tones(cli: Cli, populated: Path) -> None:
    result = cli("list", populated, "checklists", "--search", "kiem tra", "--json")
    names = sorted(row["name"] for row in json.loads(result.out))
    builtin = sorted(c.name for c in load_builtin_checklists() if c.name.startswith("Kiểm tra"))
    assert names == builtin and len(names) == 2
    units = json.loads(cli("list", populated, "units", "--search", "vinh yen", "--json").out)
    assert [u["name"] for u in units] == ["UBND thành phố Vĩnh Yên"]


@pytest.mark.parametrize(("lang", "phrase"), [("vi", "Không tìm thấy"), ("en", "No plan")])
def test_list_unknown_plan(lang: str, phrase: str, cli: Cli, populated: Path) -> None:
    result = cli("--lang", lang, "list", populated, "visits", "--plan", "999/KH-XYZ")
    assert result.code == 1 and result.out == ""
    line = assert_one_error_line(result.err)
    assert phrase in line and "999/KH-XYZ" in line
    visits = json.loads(cli("list", populated, "visits", "--plan", "230/KH-UBND", "--json").out)
    assert [v["minutes_number"] for v in visits] == ["05/BB-ĐKT"]


def test_list_plan_on_units_is_a_usage_error(cli: Cli, populated: Path) -> None:
    result = cli("list", populated, "units", "--plan", "230/KH-UBND")
    assert result.code == 2
    assert "--plan" in assert_one_error_line(result.err)


@pytest.mark.parametrize(
    "args",
    [
        ["check", "{f}", "--bogus"],
        ["list", "{f}", "people"],
        ["export", "{f}"],
        ["--lang", "fr", "check", "{f}"],
        ["import", "{f}"],
    ],
    ids=["unknown-option", "bad-choice", "missing-output", "bad-lang", "missing-source"],
)
def test_usage_mistakes_exit_2_in_one_line(args: list[str], cli: Cli, populated: Path) -> None:
    result = cli(*[a.replace("{f}", str(populated)) for a in args])
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("inspectdesk")
    assert "Traceback" not in result.err and "usage:" not in result.err


def _run(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INSPECTDESK_DATA_DIR": str(data_dir), "INSPECTDESK_LANG": "vi"}
    return subprocess.run(
        [sys.executable, "-m", "inspectdesk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.file_only
def test_subprocess_refuses_a_bad_file_without_traceback(
    bad_file: Callable[[str], Path], data_dir: Path
) -> None:
    path = bad_file("too_new")
    before = file_state(path)
    result = _run("--lang", "en", "check", path, data_dir=data_dir)
    assert result.returncode == 1 and result.stdout == ""
    assert "written by InspectDesk 9.9.0" in assert_one_error_line(result.stderr)
    assert file_state(path) == before


def test_subprocess_new_check_and_usage(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "qua tiến trình.idb"
    assert _run("new", path, data_dir=data_dir).returncode == 0
    checked = _run("check", path, data_dir=data_dir)
    assert (checked.returncode, checked.stderr) == (0, "")
    usage = _run("check", path, "--bogus", data_dir=data_dir)
    assert usage.returncode == 2 and usage.stderr.count("\n") == 1
    assert "Traceback" not in usage.stderr


@pytest.mark.file_only
def test_server_init_upgrade_and_status_also_take_a_file(cli: Cli, tmp_path: Path) -> None:
    """``server FILE-or-URL init|upgrade|status``: the same administration for a file."""
    import contextlib
    import sqlite3

    path = tmp_path / "phòng.idb"
    generation = migrate.schema_generation()
    assert cli("server", path, "status").code == 1  # no file yet: one line, no traceback
    created = cli("server", path, "init")
    assert created.code == 0 and path.exists() and f"schema {generation}" in created.out
    assert cli("server", path, "init").code == 1  # never over an existing file
    status = cli("server", path, "status")
    assert (
        status.code == 0
        and f"schema {generation}" in status.out
        and "run upgrade" not in status.out
    )
    assert "already at schema" in cli("server", path, "upgrade").out
    with contextlib.closing(sqlite3.connect(path)) as conn:  # as an older version left it
        conn.execute("PRAGMA user_version = 0")
        conn.commit()
    assert "run upgrade" in cli("server", path, "status").out
    upgraded = cli("server", path, "upgrade")
    assert upgraded.code == 0 and f"0 → {generation}" in upgraded.out and "backup" in upgraded.out
    assert f"schema {generation}" in cli("server", path, "status").out
    for action in ("copy-in", "copy-out", "roles"):
        refused = cli("server", path, action, "x.idb")
        assert refused.code == 2 and "server address" in refused.err
