"""``inspectdesk units|people FILE import SHEET`` and ``inspectdesk stats``."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from sqlalchemy import select

from inspectdesk.cli import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from inspectdesk.db.models import Organisation, Visit
from inspectdesk.domain.enums import VisitStatus
from inspectdesk.services import listing
from inspectdesk.services.files import open_file

PLAN_NUMBER = "230/KH-UBND"  # the plan of the ``populated`` file
Cli = Callable[..., Any]


def units_sheet(path: Path, bad: bool = False) -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Đơn vị"
    ws.append(["DANH SÁCH ĐƠN VỊ"])
    ws.append(["Trực thuộc", "Tên đơn vị", "Cấp"])
    ws.append(["UBND thành phố Vĩnh Yên", "UBND phường Liên Bảo", "Xã"])
    ws.append(["", "Së Néi vô", "TØnh"])
    ws["B4"].font = Font(name=".VnTime")
    ws["C4"].font = Font(name=".VnTime")
    if bad:
        ws.append(["UBND huyện Không Có", "Phòng Nội vụ", ""])
    workbook.save(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unit_names(path: Path) -> set[str]:
    with open_file(path, readonly=True) as db:
        return {u.name for u in listing.list_units(db)}


def test_dry_run_lists_the_plan_and_writes_nothing(
    cli: Cli, populated: Path, tmp_path: Path
) -> None:
    sheet = units_sheet(tmp_path / "units.xlsx", bad=True)
    before = digest(populated)
    result = cli("units", populated, "import", sheet, "--dry-run")
    assert result.code == EXIT_PROBLEM  # a row is rejected
    assert "B “Tên đơn vị” → Tên đơn vị" in result.out
    assert "2 thêm mới, 0 cập nhật, 0 không đổi, 1 không nhập" in result.out
    assert (
        "dòng / row 5: Phòng Nội vụ: không tìm thấy đơn vị cấp trên “UBND huyện Không Có”"
        in result.out
    )
    assert "Chưa ghi gì" in result.out
    assert digest(populated) == before


def test_import_refuses_rejected_rows_unless_told_to_skip_them(
    cli: Cli, populated: Path, tmp_path: Path
) -> None:
    sheet = units_sheet(tmp_path / "units.xlsx", bad=True)
    names = unit_names(populated)
    refused = cli("units", populated, "import", sheet)
    assert refused.code == EXIT_PROBLEM
    assert "dòng 5" in refused.err and "Chưa có gì được ghi" in refused.err
    assert unit_names(populated) == names
    report = tmp_path / "kết quả.xlsx"
    done = cli("units", populated, "import", sheet, "--skip-rejected", "--report", report)
    assert done.code == EXIT_OK, done.err
    assert "2 thêm mới / created" in done.out and "1 bỏ qua / skipped" in done.out
    assert unit_names(populated) == names | {"Sở Nội vụ", "UBND phường Liên Bảo"}
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert rows[0][0].startswith("Nhập danh sách đơn vị từ “units.xlsx”, trang “Đơn vị”: đã nhập")
    again = cli("units", populated, "import", sheet, "--skip-rejected")
    assert "0 thêm mới / created, 0 cập nhật / updated, 2 không đổi / unchanged" in again.out


def test_people_import(cli: Cli, populated: Path, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "Họ và tên,Chức vụ,Đơn vị\nNguyễn Văn An,Chủ tịch,UBND phường Khai Quang\n",
        encoding="utf-8-sig",
    )
    result = cli("people", populated, "import", path)
    assert result.code == EXIT_OK, result.err
    assert "1 thêm mới / created" in result.out


def test_sheet_errors_are_one_sentence(cli: Cli, populated: Path, tmp_path: Path) -> None:
    sheet = units_sheet(tmp_path / "units.xlsx")
    missing = cli("units", populated, "import", tmp_path / "none.xlsx")
    assert missing.code == EXIT_PROBLEM
    assert "Không tìm thấy tệp" in missing.err
    wrong = cli("units", populated, "import", sheet, "--sheet", "Khác")
    assert wrong.code == EXIT_PROBLEM
    assert "không có trang “Khác” (các trang: “Đơn vị”)" in wrong.err
    usage = cli("units", populated, "export", sheet)
    assert usage.code == EXIT_USAGE
    english = cli("--lang", "en", "units", populated, "import", sheet, "--sheet", "Khác")
    assert "has no sheet “Khác”" in english.err


def test_stats_writes_the_plans_statistics(cli: Cli, populated: Path, tmp_path: Path) -> None:
    with open_file(populated) as db, db.sessions.begin() as s:
        s.add(Organisation(name="Sở Nội vụ", doc_code="SNV", is_default=True))
        for visit in s.scalars(select(Visit)):
            visit.status = VisitStatus.SIGNED
    out = tmp_path / "thống kê.xlsx"
    result = cli("stats", populated, "--plan", PLAN_NUMBER, "-o", out)
    assert result.code == EXIT_OK, result.err
    assert "1 cuộc kiểm tra / visits" in result.out
    sheet = load_workbook(out).active
    assert sheet["B7"].value == "UBND phường Khai Quang"
    assert sheet["E8"].value == "=SUM(E7:E7)"
    unknown = cli("stats", populated, "--plan", "999/KH-X", "-o", out)
    assert unknown.code == EXIT_PROBLEM and "999/KH-X" in unknown.err
