"""Subcommands for signed minutes: mark signed (with the scan), unlock, write out the scan."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import EXIT_OK, database_ref

Handler = Callable[[argparse.Namespace], int]
_VISIT_HELP = "UUID hoặc số biên bản của cuộc kiểm tra"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” không phải ngày dạng YYYY-MM-DD / not a YYYY-MM-DD date"
        ) from None


def register(sub: Any) -> dict[str, Handler]:
    """Add this module's subcommands to ``sub``; return their handlers by name."""
    p = sub.add_parser("sign", help="đánh dấu biên bản của một cuộc kiểm tra đã ký")
    p.add_argument("file", type=database_ref)
    p.add_argument("--visit", required=True, help=_VISIT_HELP)
    p.add_argument("--scan", type=Path, help="bản chụp biên bản đã ký (PDF, JPEG, PNG, TIFF)")
    p.add_argument("--date", type=_day, help="ngày ký, YYYY-MM-DD (mặc định: hôm nay)")

    p = sub.add_parser("unlock", help="mở khóa biên bản đã ký để sửa (ghi lý do vào nhật ký)")
    p.add_argument("file", type=database_ref)
    p.add_argument("--visit", required=True, help=_VISIT_HELP)
    p.add_argument("--reason", required=True, help="lý do mở khóa")

    p = sub.add_parser("scan", help="ghi ra bản chụp biên bản đã ký của một cuộc kiểm tra")
    p.add_argument("file", type=database_ref)
    p.add_argument("--visit", required=True, help=_VISIT_HELP)
    p.add_argument(
        "-o", "--output", type=Path, required=True, help="tệp cần ghi (hoặc thư mục đã có)"
    )
    return {"sign": _cmd_sign, "unlock": _cmd_unlock, "scan": _cmd_scan}


def _cmd_sign(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.listing import resolve_visit
    from inspectdesk.services.signing import SigningService

    with open_file(args.file) as db:
        with db.sessions() as s:
            visit = resolve_visit(s, args.visit)
            visit_id, revision, number = visit.id, visit.revision, visit.minutes_number
        day = args.date or date.today()
        SigningService(db).sign(visit_id, day, args.scan, revision)
    scan = f" (bản chụp / scan: {args.scan.name})" if args.scan else ""
    print(f"Đã ký / signed: {number or visit_id}, {day:%d/%m/%Y}{scan}")
    return EXIT_OK


def _cmd_unlock(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.listing import resolve_visit
    from inspectdesk.services.signing import SigningService

    with open_file(args.file) as db:
        with db.sessions() as s:
            visit = resolve_visit(s, args.visit)
            visit_id, revision, number = visit.id, visit.revision, visit.minutes_number
        SigningService(db).unlock(visit_id, args.reason, revision)
    print(f"Đã mở khóa / unlocked: {number or visit_id}")
    return EXIT_OK


def _cmd_scan(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.listing import resolve_visit
    from inspectdesk.services.signing import SigningService

    with open_file(args.file, readonly=True) as db:
        with db.sessions() as s:
            visit_id = resolve_visit(s, args.visit).id
        service = SigningService(db)
        target: Path = args.output
        if target.is_dir():
            info = service.scan_of(visit_id)
            target = target / (info.file_name if info else "scan")
        written = service.export_scan(visit_id, target)
    print(f"Đã ghi bản chụp / scan written: {written}")
    return EXIT_OK
