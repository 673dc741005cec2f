#!/usr/bin/env python3
"""Time an Excel import of 5,000 units against DESIGN.md's target (< 3 s).

    python scripts/bench_import.py [--units N] [--repeat N] [--write]

Builds a sheet with openpyxl (title rows, a heading row, N units in a tree whose
children come before their parents, a kind, a level, a code and a head for every unit)
and times, into a new file: reading the sheet, the dry run, and the import itself (with
its backup), then a second dry run of the same sheet against the filled file (every row
matched, nothing to change). Medians of --repeat runs. With --write, appends a dated
section to docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def build_sheet(path: Path, units: int) -> None:
    """A realistic list: a province, districts under it, communes under the districts."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách đơn vị"
    sheet.append(["UBND TỈNH VĨNH PHÚC"])
    sheet.append(["DANH SÁCH CƠ QUAN, ĐƠN VỊ THUỘC PHẠM VI KIỂM TRA"])
    sheet.merge_cells("A2:I2")
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Tên đơn vị",
            "Đơn vị cấp trên",
            "Mã ĐVHC",
            "Loại hình",
            "Cấp",
            "Địa chỉ",
            "Người đứng đầu",
            "Chức vụ",
        ]
    )
    districts = max(1, units // 50)
    rows = []
    for n in range(units - districts - 1):
        district = n % districts
        rows.append(
            [
                f"UBND xã Số {n:05d}",
                f"UBND huyện Số {district:03d}",
                f"{10000 + n:05d}",
                "UBND cấp xã",
                "Xã",
                f"Thôn {n % 7 + 1}, xã Số {n:05d}",
                f"Nguyễn Văn {n:05d}",
                "Chủ tịch",
            ]
        )
    for d in range(districts):  # parents after their children
        rows.append(
            [
                f"UBND huyện Số {d:03d}",
                "UBND tỉnh Vĩnh Phúc",
                f"{200 + d:03d}",
                "UBND cấp huyện",
                "Huyện",
                f"Thị trấn huyện {d:03d}",
                f"Trần Thị {d:03d}",
                "Chủ tịch",
            ]
        )
    rows.append(["UBND tỉnh Vĩnh Phúc", "", "26", "UBND cấp tỉnh", "Tỉnh", "Vĩnh Yên", "", ""])
    for index, row in enumerate(rows, start=1):
        sheet.append([index, *row])
    workbook.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--units", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    from bench_findings import machine

    from inspectdesk.services.files import new_file
    from inspectdesk.services.sheet_table import UNIT_FIELDS, read_table
    from inspectdesk.services.unit_import import apply_unit_import, plan_unit_import

    timings: dict[str, list[float]] = {}

    def timed(name: str, run: object) -> object:
        start = time.perf_counter()
        result = run()  # type: ignore[operator]
        timings.setdefault(name, []).append(time.perf_counter() - start)
        return result

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = folder / "units.xlsx"
        build_sheet(sheet, args.units)
        for attempt in range(args.repeat):
            with new_file(folder / f"bench-{attempt}.idb") as db:
                table = timed("read", lambda: read_table(sheet, UNIT_FIELDS))
                plan = timed("plan", lambda: plan_unit_import(db, table))  # noqa: B023
                result = timed(
                    "apply",
                    lambda: apply_unit_import(db, plan, backup_folder=folder / "backups"),  # noqa: B023
                )
                again = timed("replan", lambda: plan_unit_import(db, table))  # noqa: B023
            assert result.created == args.units, result  # type: ignore[attr-defined]
            assert again.count(again.rows[0].action) == args.units  # type: ignore[attr-defined]
    med = {k: statistics.median(v) for k, v in timings.items()}
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    total = med["read"] + med["plan"] + med["apply"]
    lines = [
        f"## Excel import — {datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"Machine: {machine()}{load}. Command: `python scripts/bench_import.py --write`; median of "
        f"{args.repeat} runs, a new file each time, a sheet of {args.units:,} units "
        "(a province, districts, communes listed before their district; kind, level, code, "
        "address and head on every row).",
        "",
        "| Step | Target | Median (ms) |",
        "|---|---|---:|",
        f"| Read the .xlsx sheet (openpyxl, read-only) | — | {med['read'] * 1000:.0f} |",
        f"| Dry run (plan every row) | — | {med['plan'] * 1000:.0f} |",
        f"| Import (backup, one transaction, {args.units:,} units and their heads) | — | "
        f"{med['apply'] * 1000:.0f} |",
        f"| **Read + dry run + import** | **< 3 s** | **{total * 1000:.0f}** |",
        f"| Dry run again on the filled file (all rows unchanged) | — | "
        f"{med['replan'] * 1000:.0f} |",
        "",
    ]
    print("\n".join(lines))
    if args.write:
        from bench_findings import append_to_performance

        append_to_performance(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
