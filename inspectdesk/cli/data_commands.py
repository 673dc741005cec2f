"""Subcommands on the data of a file: new, demo, check, export, import, list."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    UsageError,
    database_ref,
    print_json,
    print_table,
)

LIST_ENTITIES = ("units", "checklists", "plans", "visits", "findings")
Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Add this module's subcommands to ``sub``; return their handlers by name."""
    p = sub.add_parser("new", help="tạo tệp dữ liệu mới (có sẵn các bộ nội dung kiểm tra)")
    p.add_argument("file", type=database_ref)
    p.add_argument("--force", action="store_true", help="ghi đè tệp đã có")

    p = sub.add_parser("demo", help="tạo tệp dữ liệu mẫu")
    p.add_argument("file", type=database_ref)
    p.add_argument("--force", action="store_true", help="ghi đè tệp đã có")

    p = sub.add_parser("check", help="kiểm tra tính toàn vẹn của tệp (không ghi gì)")
    p.add_argument("file", type=database_ref)
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--repair",
        action="store_true",
        help="sao lưu rồi sửa những gì sửa được an toàn (chỉ mục, khóa tìm kiếm và sắp xếp)",
    )

    p = sub.add_parser("export", help="xuất toàn bộ dữ liệu ra JSON")
    p.add_argument("file", type=database_ref)
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("import", help="nhập dữ liệu từ JSON (tất cả hoặc không gì cả)")
    p.add_argument("file", type=database_ref)
    p.add_argument("source", type=Path)

    p = sub.add_parser("list", help="liệt kê đơn vị, nội dung kiểm tra, kế hoạch, cuộc kiểm tra…")
    p.add_argument("file", type=database_ref)
    p.add_argument("entity", choices=LIST_ENTITIES)
    p.add_argument("--json", action="store_true")
    p.add_argument("--plan", help="số hoặc UUID của kế hoạch (visits, findings)")
    p.add_argument("--search", help="lọc không phân biệt dấu, ví dụ 'vinh yen'")

    return {
        "new": _cmd_new,
        "demo": _cmd_demo,
        "check": _cmd_check,
        "export": _cmd_export,
        "import": _cmd_import,
        "list": _cmd_list,
    }


def _cmd_new(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import new_file

    new_file(args.file, overwrite=args.force).close()
    print(f"Đã tạo / created: {args.file}")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from inspectdesk.services.demo import build_demo

    summary = build_demo(args.file, overwrite=args.force)
    print(f"Đã tạo dữ liệu mẫu / demo written: {args.file}")
    for name, value in asdict(summary).items():
        print(f"  {name}: {value}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import check_file

    if args.repair:
        from inspectdesk.services.repair import repair_file

        repaired = repair_file(args.file)
        fixed = sum(repaired.keys_fixed.values())
        print(f"Đã sao lưu / backed up: {repaired.backup}")
        print(f"Đã dựng lại chỉ mục và {fixed:,} khóa / rebuilt indexes and {fixed:,} keys")
    report = check_file(args.file)
    if args.json:
        print_json(
            {
                "file": str(report.path),
                "healthy": report.healthy,
                "schema_generation": report.file_generation,
                "app_schema_generation": report.app_generation,
                "revision": report.revision,
                "problems": report.problems,
                "notes": report.notes,
                "counts": report.counts,
            }
        )
    else:
        verdict = "TỐT / healthy" if report.healthy else "CÓ LỖI / problems found"
        print(f"{report.path}: {verdict}")
        print(f"  lược đồ / schema: {report.file_generation} (revision {report.revision})")
        for problem in report.problems:
            print(f"  lỗi / problem: {problem}")
        for note in report.notes:
            print(f"  ghi chú / note: {note}")
        total = sum(v for k, v in report.counts.items() if k != "change_log")
        print(
            f"  bản ghi / records: {total:,}; nhật ký / change log: "
            f"{report.counts.get('change_log', 0):,}"
        )
    return EXIT_OK if report.healthy else EXIT_PROBLEM


def _cmd_export(args: argparse.Namespace) -> int:
    from inspectdesk.services.exchange import export_json
    from inspectdesk.services.files import open_file

    with open_file(args.file, readonly=True) as db:
        summary = export_json(db, args.output)
    total = sum(summary.counts.values())
    print(f"Đã xuất / exported {total:,} bản ghi / records → {args.output}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from inspectdesk.services.exchange import import_into, import_json
    from inspectdesk.services.files import open_file

    if isinstance(args.file, str):  # a server database: it exists, and is set up
        with open_file(args.file) as db:
            summary = import_into(db, args.source)
    else:
        summary = import_json(args.file, args.source)
    added = sum(summary.added.values())
    same = sum(summary.unchanged.values())
    print(
        f"Đã nhập / imported {added:,} bản ghi / records vào / into {args.file}"
        f" ({same:,} đã có / already present)"
    )
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from inspectdesk.services import listing
    from inspectdesk.services.files import open_file

    listers: dict[str, Callable[..., list[Any]]] = {
        "units": listing.list_units,
        "checklists": listing.list_checklists,
        "plans": listing.list_plans,
        "visits": listing.list_visits,
        "findings": listing.list_findings,
    }
    kwargs: dict[str, Any] = {"search": args.search}
    if args.plan:
        if args.entity not in ("visits", "findings"):
            raise UsageError(f"--plan applies to visits and findings, not {args.entity}")
        kwargs["plan"] = args.plan
    with open_file(args.file, readonly=True) as db:
        rows = listers[args.entity](db, **kwargs)
    if args.json:
        print_json(rows)
    else:
        print_table(rows)
    return EXIT_OK
