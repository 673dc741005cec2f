"""Subcommands that bring lists in from Excel and take statistics out to Excel.

inspectdesk units FILE import SHEET [--dry-run] [--sheet NAME] [--skip-rejected]
                                    [--report OUT] [--header-row N]
inspectdesk people FILE import SHEET …
inspectdesk stats FILE --plan REF -o OUT.xlsx
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import EXIT_OK, EXIT_PROBLEM, Parser, database_ref

Handler = Callable[[argparse.Namespace], int]


def _add_import(sub: Any, entity: str, what: str) -> None:
    p = sub.add_parser(entity, help=f"nhập danh sách {what} từ Excel/CSV")
    p.add_argument("file", type=database_ref, help="tệp dữ liệu .idb")
    actions = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    imp = actions.add_parser(
        "import",
        help=f"nhập {what} từ .xlsx, .xls hoặc .csv (tất cả hoặc không gì cả)",
        description=(
            "Đọc bảng tính, kiểm tra từng dòng rồi ghi tất cả trong một lần (hoặc không ghi gì)."
            " Mã thoát 1 khi có dòng không nhập được."
        ),
    )
    imp.add_argument("source", type=Path, help="bảng tính .xlsx, .xls hoặc .csv")
    imp.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    imp.add_argument("--sheet", help="tên trang tính (mặc định: trang đầu tiên có dòng tiêu đề)")
    imp.add_argument(
        "--skip-rejected",
        action="store_true",
        help="bỏ qua các dòng không nhập được và nhập các dòng còn lại",
    )
    imp.add_argument("--report", type=Path, help="lưu kết quả từng dòng (.xlsx hoặc .txt)")
    imp.add_argument("--header-row", type=int, help="số dòng tiêu đề (mặc định: tự tìm)")


def register(sub: Any) -> dict[str, Handler]:
    """Add this module's subcommands to ``sub``; return their handlers by name."""
    _add_import(sub, "units", "đơn vị")
    _add_import(sub, "people", "cán bộ")
    p = sub.add_parser("stats", help="xuất thống kê kết quả kiểm tra của kế hoạch ra Excel")
    p.add_argument("file", type=database_ref)
    p.add_argument("--plan", required=True, help="số hoặc UUID của kế hoạch")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .xlsx cần ghi")
    return {"units": _cmd_units, "people": _cmd_people, "stats": _cmd_stats}


def _lang(args: argparse.Namespace) -> str:
    chosen = getattr(args, "lang", None) or os.environ.get("INSPECTDESK_LANG", "vi")
    return "en" if chosen.startswith("en") else "vi"


def _cmd_units(args: argparse.Namespace) -> int:
    from inspectdesk.services.sheet_table import UNIT_FIELDS
    from inspectdesk.services.unit_import import apply_unit_import, plan_unit_import

    return _run_import(args, UNIT_FIELDS, plan_unit_import, apply_unit_import)


def _cmd_people(args: argparse.Namespace) -> int:
    from inspectdesk.services.people_import import apply_people_import, plan_people_import
    from inspectdesk.services.sheet_table import PEOPLE_FIELDS

    return _run_import(args, PEOPLE_FIELDS, plan_people_import, apply_people_import)


def _run_import(
    args: argparse.Namespace,
    fields: Any,
    plan_import: Callable[..., Any],
    apply_import: Callable[..., Any],
) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.import_common import write_report
    from inspectdesk.services.sheet_table import read_table

    lang = _lang(args)
    table = read_table(args.source, fields, args.sheet, args.header_row)
    with open_file(args.file, readonly=args.dry_run) as db:
        plan = plan_import(db, table)
        _print_plan(table, plan, lang)
        result = None
        if not args.dry_run:
            result = apply_import(db, plan, skip_rejected=args.skip_rejected)
            plan = result.plan
    if args.report:
        write_report(plan, args.report, result, lang)
        print(f"Đã lưu kết quả / report saved: {args.report}")
    if result is None:
        print("Chưa ghi gì / nothing written (--dry-run).")
        return EXIT_PROBLEM if plan.rejected else EXIT_OK
    print(
        f"Đã nhập / imported: {result.created} thêm mới / created, {result.updated} cập nhật /"
        f" updated, {result.unchanged} không đổi / unchanged, {result.skipped} bỏ qua / skipped"
    )
    if result.backup is not None:
        print(f"Bản sao lưu trước khi nhập / backup: {result.backup}")
    return EXIT_OK


def _print_plan(table: Any, plan: Any, lang: str) -> None:
    from openpyxl.utils import get_column_letter

    labels = {f.key: f.label for f in plan.fields}
    where = f"trang / sheet “{table.sheet}”, dòng tiêu đề / heading row {table.header_row}"
    print(f"{table.path.name}, {where}")
    for column, key in sorted(table.mapping.items()):
        heading = table.headings[column] if column < len(table.headings) else ""
        print(f"  {get_column_letter(column + 1)} “{heading}” → {labels.get(key, key)}")
    if table.converted:
        count = f"{table.converted} ô / cells"
        print(f"  chuyển mã TCVN3/VNI sang Unicode / legacy text converted: {count}")
    if plan.new_kinds:
        print("  loại đơn vị mới / new kinds: " + ", ".join(plan.new_kinds))
    print(f"  {plan.summary(lang)}")
    for row in plan.rejected:
        print(f"  dòng / row {row.row}: {row.name or '—'}: {plan.reasons(row, lang)}")


def _cmd_stats(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.listing import resolve_plan
    from inspectdesk.services.stats_export import export_plan_statistics

    with open_file(args.file) as db:
        with db.sessions() as s:
            plan_id = resolve_plan(s, args.plan).id
        result = export_plan_statistics(db, plan_id, args.output)
    visits = f"{result.visits} cuộc kiểm tra / visits"
    print(f"Đã xuất thống kê / statistics written: {visits} → {result.path}")
    return EXIT_OK
