"""Command-line test fixtures: ``main`` run in-process, files with data, files not ours."""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inspectdesk.cli import main
from inspectdesk.db import migrate
from inspectdesk.db.models import ChecklistTemplate, Finding, Plan, Unit, UnitKind, UnitLevel, Visit
from inspectdesk.domain.enums import FindingKind, PlanStatus, VisitMode
from inspectdesk.services.exchange import export_json
from inspectdesk.services.files import new_file, open_file

# A three-level unit tree whose ids sort child first: grandchild < child < root.
ROOT_ID = uuid.UUID("f0000000-0000-4000-8000-000000000001")
CHILD_ID = uuid.UUID("80000000-0000-4000-8000-000000000002")
GRANDCHILD_ID = uuid.UUID("10000000-0000-4000-8000-000000000003")
PLAN_NUMBER = "230/KH-UBND"
VIOLATION = 'Cán bộ đến muộn 20 phút; ghi chú "<b>&" giữ nguyên'


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """InspectDesk's own data folder for this test (never the real home); messages in vi."""
    folder = tmp_path / "appdata"
    folder.mkdir()
    monkeypatch.setenv("INSPECTDESK_DATA_DIR", str(folder))
    monkeypatch.setenv("INSPECTDESK_LANG", "vi")
    return folder


@dataclass(frozen=True, slots=True)
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """``cli(*args)``: run ``inspectdesk.cli.main`` in-process; exit code, stdout, stderr."""

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse's own exits (usage mistakes, --version)
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    return run


def populate(path: Path) -> None:
    """A new file plus a unit tree, a plan, an unannounced visit and two findings."""
    with new_file(path) as db, db.sessions.begin() as s:
        kind = s.scalars(select(UnitKind).where(UnitKind.name == "UBND cấp xã")).one()
        level = s.scalars(select(UnitLevel).where(UnitLevel.name == "Xã")).one()
        checklist = s.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.name)).first()
        s.add(Unit(id=ROOT_ID, name="Ủy ban nhân dân tỉnh Vĩnh Phúc", admin_code="26"))
        s.flush()
        s.add(Unit(id=CHILD_ID, name="UBND thành phố Vĩnh Yên", parent_id=ROOT_ID))
        s.flush()
        s.add(
            Unit(
                id=GRANDCHILD_ID,
                name="UBND phường Khai Quang",
                parent_id=CHILD_ID,
                kind_id=kind.id,
                level_id=level.id,
            )
        )
        plan = Plan(
            number=PLAN_NUMBER,
            title="Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính",
            start_on=date(2021, 11, 1),
            end_on=date(2021, 12, 31),
            checklist_id=checklist.id if checklist else None,
            status=PlanStatus.APPROVED,
        )
        s.add(plan)
        s.flush()
        visit = Visit(
            plan_id=plan.id,
            unit_id=GRANDCHILD_ID,
            mode=VisitMode.UNANNOUNCED,
            scheduled_on=date(2021, 11, 8),
            actual_start=datetime(2021, 11, 8, 8, 15, 30, 250000, timezone(timedelta(hours=7))),
            place="Trụ sở UBND phường Khai Quang",
            minutes_number="05/BB-ĐKT",
        )
        s.add(visit)
        s.flush()
        s.add_all(
            [
                Finding(visit_id=visit.id, kind=FindingKind.VIOLATION, text=VIOLATION),
                Finding(
                    visit_id=visit.id,
                    kind=FindingKind.SHORTCOMING,
                    text="Chưa niêm yết công khai thủ tục hành chính tại bộ phận “một cửa”",
                    position=1,
                ),
            ]
        )


@pytest.fixture
def populated(tmp_path: Path) -> Path:
    """A closed file made by :func:`populate`."""
    path = tmp_path / "data" / "hồ sơ.idb"
    path.parent.mkdir()
    populate(path)
    return path


@pytest.fixture(scope="module")
def export_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The JSON export of a :func:`populate` file (built once per module)."""
    folder = tmp_path_factory.mktemp("export")
    populate(folder / "source.idb")
    with open_file(folder / "source.idb", readonly=True) as db:
        export_json(db, folder / "source.json")
    return (folder / "source.json").read_text(encoding="utf-8")


def _break(data: dict[str, Any], case: str) -> None:
    tables = data["tables"]
    units, findings = tables["unit"], tables["finding"]
    if case == "wrong_format":
        data["format"] = "someone-elses-export"
    elif case == "newer_format_version":
        data["format_version"] = 2
    elif case == "unknown_table":
        tables["inspection_notes"] = []
    elif case == "unknown_field":
        units[1]["colour"] = "đỏ"
    elif case == "bad_enum":
        findings[1]["kind"] = "terrible"
    elif case == "bad_date":
        tables["plan"][0]["start_on"] = "2021-02-30"
    elif case == "missing_parent":
        units[1]["parent_id"] = str(uuid.uuid4())
    elif case == "duplicate_id":
        findings[1]["id"] = findings[0]["id"]
    elif case == "duplicate_unit_id":
        units.append({**units[1], "name": "Một bản ghi khác cùng id"})
    elif case == "cycle":
        units[1]["parent_id"] = units[0]["id"]  # unit[0]'s parent is unit[1] already
    elif case == "too_long":
        units[1]["name"] = "Đ" * 301
    else:  # pragma: no cover - a typo in a test
        raise ValueError(case)


@pytest.fixture
def broken_export(export_text: str) -> Callable[[str], str]:
    """``broken_export(case)``: the text of an export with one thing wrong.

    Records are in id order, so ``unit[0]`` is the grandchild, ``unit[1]`` its parent and
    ``unit[2]`` the root; ``finding[1]`` and ``plan[0]`` exist.
    """

    def make(case: str) -> str:
        if case == "invalid_json":
            return '{\n "format": "inspectdesk-export",\n "format_version": 1,\n  oops\n}\n'
        data = json.loads(export_text)
        _break(data, case)
        return json.dumps(data, ensure_ascii=False)

    return make


def _write_bad(kind: str, path: Path) -> None:
    if kind == "text":
        path.write_text("Danh sách đơn vị cần kiểm tra\nnot a database\n" * 10, encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        real = path.with_name("real.tmp")
        new_file(real).close()
        path.write_bytes(real.read_bytes()[:3000])
        real.unlink()
    elif kind == "too_new":
        new_file(path).close()
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("UPDATE file_meta SET value = '9.9.0' WHERE key = 'app_version'")
            conn.execute(f"PRAGMA user_version = {migrate.schema_generation() + 1}")
            conn.commit()
    elif kind == "corrupted":
        with new_file(path) as db, db.sessions.begin() as s:
            s.add_all(Unit(name=f"Đơn vị {i:04d} MARKER {'x' * 80}") for i in range(400))
        data = bytearray(path.read_bytes())
        size = int.from_bytes(data[16:18], "big")
        pages = [
            n
            for n in range(1, len(data) // size)
            if data[n * size] == 0x0D and b"MARKER" in data[n * size : (n + 1) * size]
        ]
        start = pages[len(pages) // 2] * size
        data[start + 1 : start + 64] = random.Random(2).randbytes(63)
        path.write_bytes(bytes(data))
    else:  # pragma: no cover - a typo in a test
        raise ValueError(kind)


@pytest.fixture
def bad_file(tmp_path: Path) -> Callable[[str], Path]:
    """``bad_file(kind)``: text, empty, truncated, too_new or corrupted, alone in a folder."""

    def make(kind: str) -> Path:
        path = tmp_path / f"bad-{kind}" / f"{kind}.idb"
        path.parent.mkdir()
        _write_bad(kind, path)
        return path

    return make
