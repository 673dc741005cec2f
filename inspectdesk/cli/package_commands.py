"""Subcommands for team packages: make one from a plan, open one into a database file."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import EXIT_OK, database_ref

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Add this module's subcommands to ``sub``; return their handlers by name."""
    p = sub.add_parser("package", help="đóng gói một kế hoạch cho một đoàn (.idp)")
    p.add_argument("file", type=database_ref)
    p.add_argument("--plan", required=True, help="số hoặc UUID của kế hoạch")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp gói .idp")
    p = sub.add_parser("unpack", help="mở một gói (.idp) thành tệp dữ liệu (.idb)")
    p.add_argument("package", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .idb cần tạo")
    p.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    return {"package": _cmd_package, "unpack": _cmd_unpack}


def _cmd_package(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.listing import resolve_plan
    from inspectdesk.services.packages import export_package

    with open_file(args.file, readonly=True) as db:
        with db.sessions() as s:
            plan_id = resolve_plan(s, args.plan).id
        summary = export_package(db, plan_id, args.output)
    total = sum(summary.rows.values())
    print(f"Đã đóng gói / package written: {summary.plan} ({total:,} bản ghi) → {summary.path}")
    return EXIT_OK


def _cmd_unpack(args: argparse.Namespace) -> int:
    from inspectdesk.services.packages import open_package

    path = open_package(args.package, args.output, overwrite=args.force)
    print(f"Đã mở gói / package opened: {path}")
    return EXIT_OK
