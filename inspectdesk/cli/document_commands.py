"""Subcommands that write official documents: minutes, report, decision and plan."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import EXIT_OK, UsageError, database_ref

Handler = Callable[[argparse.Namespace], int]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date YYYY-MM-DD") from None


def register(sub: Any) -> dict[str, Handler]:
    """Add this module's subcommands to ``sub``; return their handlers by name."""
    p = sub.add_parser("minutes", help="lập biên bản kiểm tra (.docx) của một cuộc kiểm tra")
    p.add_argument("file", type=database_ref)
    p.add_argument("--visit", required=True, help="UUID hoặc số biên bản của cuộc kiểm tra")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .docx cần ghi")

    p = sub.add_parser(
        "report", help="lập báo cáo kết quả kiểm tra (PDF, hoặc .docx) của kế hoạch hoặc một kỳ"
    )
    p.add_argument("file", type=database_ref)
    p.add_argument("--plan", help="số hoặc UUID của kế hoạch")
    p.add_argument("--from", dest="start", type=_day, help="từ ngày (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=_day, help="đến ngày (YYYY-MM-DD)")
    p.add_argument("--docx", action="store_true", help="bản Word để chỉnh sửa trước khi ký")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser(
        "decision", help="lập quyết định thành lập Đoàn kiểm tra (.docx) của kế hoạch"
    )
    p.add_argument("file", type=database_ref)
    p.add_argument("--plan", required=True, help="số hoặc UUID của kế hoạch")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .docx cần ghi")

    p = sub.add_parser("plan-doc", help="lập văn bản kế hoạch kiểm tra (.docx)")
    p.add_argument("file", type=database_ref)
    p.add_argument("--plan", required=True, help="số hoặc UUID của kế hoạch")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .docx cần ghi")
    _register_progress(sub)
    return {
        "progress": _cmd_progress,
        "answers": _cmd_answers,
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


def _register_progress(sub: Any) -> None:
    p = sub.add_parser("progress", help="báo cáo tiến độ kiểm tra tuần hoặc tháng (PDF, .xlsx)")
    p.add_argument("file", type=database_ref)
    period = p.add_mutually_exclusive_group(required=True)
    period.add_argument("--week", type=_day, help="một ngày của tuần (YYYY-MM-DD)")
    period.add_argument("--month", help="tháng (YYYY-MM)")
    p.add_argument("--xlsx", action="store_true", help="bảng tính Excel thay cho PDF")
    p.add_argument("--today", type=_day, help="ngày tính quá hạn (mặc định: hôm nay)")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser(
        "answers", help="nội dung một người đứng đầu chịu trách nhiệm trong năm (.xlsx)"
    )
    p.add_argument("file", type=database_ref)
    p.add_argument("--person", required=True, help="họ và tên hoặc UUID của người")
    p.add_argument("--year", type=int, required=True, help="năm (YYYY)")
    p.add_argument("--today", type=_day, help="ngày tính quá hạn (mặc định: hôm nay)")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .xlsx cần ghi")


def _cmd_progress(args: argparse.Namespace) -> int:
    from inspectdesk.documents.progress_pdf import build_progress_pdf
    from inspectdesk.services.files import open_file
    from inspectdesk.services.progress_report import month_of, parse_month, progress, week_of
    from inspectdesk.services.progress_xlsx import write_progress_xlsx

    start, end = week_of(args.week) if args.week else month_of(parse_month(args.month))
    with open_file(args.file, readonly=True) as db:
        data = progress(db, start, end, args.today or date.today())
    if args.xlsx:
        write_progress_xlsx(data, args.output)
    else:
        build_progress_pdf(data, args.output)
    print(f"Đã lập báo cáo tiến độ / progress report written: {args.output}")
    return EXIT_OK


def _cmd_answers(args: argparse.Namespace) -> int:
    from inspectdesk.services.accountability import export_answers, resolve_person
    from inspectdesk.services.files import open_file

    with open_file(args.file, readonly=True) as db:
        with db.sessions() as s:
            person_id = resolve_person(s, args.person).id
        path, count = export_answers(
            db, person_id, args.year, args.output, args.today or date.today()
        )
    print(f"Đã ghi {count} nội dung / {count} items written: {path}")
    return EXIT_OK
