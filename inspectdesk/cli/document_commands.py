"""Subcommands that write official documents: minutes, report, decision and plan."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import EXIT_OK, UsageError

Handler = Callable[[argparse.Namespace], int]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date YYYY-MM-DD") from None


def register(sub: Any) -> dict[str, Handler]:
    """Add this module's subcommands to ``sub``; return their handlers by name."""
    p = sub.add_parser("minutes", help="lập biên bản kiểm tra (.docx) của một cuộc kiểm tra")
    p.add_argument("file", type=Path)
    p.add_argument("--visit", required=True, help="UUID hoặc số biên bản của cuộc kiểm tra")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .docx cần ghi")

    p = sub.add_parser(
        "report", help="lập báo cáo kết quả kiểm tra (PDF, hoặc .docx) của kế hoạch hoặc một kỳ"
    )
    p.add_argument("file", type=Path)
    p.add_argument("--plan", help="số hoặc UUID của kế hoạch")
    p.add_argument("--from", dest="start", type=_day, help="từ ngày (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=_day, help="đến ngày (YYYY-MM-DD)")
    p.add_argument("--docx", action="store_true", help="bản Word để chỉnh sửa trước khi ký")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser(
        "decision", help="lập quyết định thành lập Đoàn kiểm tra (.docx) của kế hoạch"
    )
    p.add_argument("file", type=Path)
    p.add_argument("--plan", required=True, help="số hoặc UUID của kế hoạch")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .docx cần ghi")

    p = sub.add_parser("plan-doc", help="lập văn bản kế hoạch kiểm tra (.docx)")
    p.add_argument("file", type=Path)
    p.add_argument("--plan", required=True, help="số hoặc UUID của kế hoạch")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .docx cần ghi")
    return {
        "minutes": _cmd_minutes,
        "report": _cmd_report,
        "decision": _cmd_decision,
        "plan-doc": _cmd_plan_doc,
    }


def _cmd_minutes(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.minutes import MinutesService

    with open_file(args.file) as db:
        path = MinutesService(db).write(args.visit, args.output)
    print(f"Đã lập biên bản / minutes written: {path}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.listing import resolve_plan
    from inspectdesk.services.report import ReportScope, ReportService

    if not args.plan and not (args.start and args.end):
        raise UsageError("give --plan, or --from and --to (cần --plan, hoặc --from và --to)")
    with open_file(args.file) as db:
        plan_id = None
        if args.plan:
            with db.sessions() as s:
                plan_id = resolve_plan(s, args.plan).id
        scope = ReportScope(plan_id, args.start, args.end)
        result = ReportService(db).write(scope, args.output, docx=args.docx)
    print(f"Đã lập báo cáo / report written: {result.number} → {result.path}")
    return EXIT_OK


def _cmd_decision(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.plan_documents import DecisionService

    with open_file(args.file) as db:
        path = DecisionService(db).write(args.plan, args.output)
    print(f"Đã lập quyết định thành lập Đoàn kiểm tra / decision written: {path}")
    return EXIT_OK


def _cmd_plan_doc(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.plan_documents import PlanDocumentService

    with open_file(args.file) as db:
        path = PlanDocumentService(db).write(args.plan, args.output)
    print(f"Đã lập kế hoạch kiểm tra / plan written: {path}")
    return EXIT_OK
