"""Subcommands for files passed between secretaries: merge."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspectdesk.cli.common import EXIT_OK, database_ref, print_json

Handler = Callable[[argparse.Namespace], int]

if TYPE_CHECKING:
    from inspectdesk.services.merge import MergeReport


def register(sub: Any) -> dict[str, Handler]:
    """Add this module's subcommands to ``sub``; return their handlers by name."""
    p = sub.add_parser("merge", help="hợp nhất tệp của thư ký khác vào tệp này")
    p.add_argument("file", type=database_ref, help="tệp của bạn (được ghi, sau khi sao lưu)")
    p.add_argument("other", type=Path, help="tệp của người khác (không bị thay đổi)")
    p.add_argument("--dry-run", action="store_true", help="chỉ cho biết sẽ làm gì")
    p.add_argument("--theirs", action="store_true", help="khi xung đột, lấy giá trị của tệp kia")
    p.add_argument(
        "--report",
        type=Path,
        metavar="OUT.pdf",
        help="ghi báo cáo hợp nhất (PDF) vào tệp này, kể cả khi chạy thử",
    )
    p.add_argument("--json", action="store_true")
    return {"merge": _cmd_merge}


def _cmd_merge(args: argparse.Namespace) -> int:
    from inspectdesk.services.merge import ConflictKey, Decision, merge_files, merge_into

    decisions: dict[ConflictKey, Decision] | None = None
    if args.theirs:
        from inspectdesk.services.files import open_file

        with open_file(args.file, readonly=True) as db:
            preview = merge_into(db, args.other, dry_run=True)
        decisions = {c.key: "theirs" for c in preview.conflicts}
    report = merge_files(args.file, args.other, dry_run=args.dry_run, decisions=decisions)
    _print_report(report, args)
    if args.report is not None:  # after the summary: the merge is done even if this fails
        _write_report(report, args.file, args.report)
        if not args.json:
            print(f"  báo cáo / report: {args.report}")
    return EXIT_OK


def _print_report(report: MergeReport, args: argparse.Namespace) -> None:
    from inspectdesk.services.merge_plan import Conflict

    def conflict(c: Conflict) -> dict[str, Any]:
        return {
            "table": c.table,
            "id": str(c.row_id),
            "field": c.field,
            "label": c.label,
            "mine": c.mine,
            "theirs": c.theirs,
            "decision": report.decisions.get(c.key, "mine"),
        }

    if args.json:
        print_json(
            {
                "dry_run": report.dry_run,
                "added": dict(report.added),
                "changed": dict(report.changed),
                "conflicts": [conflict(c) for c in report.conflicts],
                "renumbered": [{"old": o, "new": n} for o, n in report.renumbered],
                "log_entries": report.log_entries,
                "backup": str(report.backup) if report.backup else None,
                "report": str(args.report) if args.report is not None else None,
            }
        )
        return
    if report.nothing_to_do:
        print("Hai tệp đã thống nhất, không có gì để hợp nhất / nothing to merge")
        return
    verb = "Sẽ hợp nhất / would merge" if report.dry_run else "Đã hợp nhất / merged"
    print(f"{verb}: {args.other} → {args.file}")
    for table, n in sorted(report.added.items()):
        print(f"  thêm / added      {table:<20} {n:>7,}")
    for table, n in sorted(report.changed.items()):
        print(f"  cập nhật / changed {table:<19} {n:>7,}")
    for c in report.conflicts:
        decision = report.decisions.get(c.key, "mine")
        print(
            f"  xung đột / conflict {c.table}.{c.field} «{c.label}»: "
            f"{c.mine!r} ↔ {c.theirs!r} → {decision}"
        )
    for old, new in report.renumbered:
        print(f"  đổi số / renumbered {old} → {new}")
    if report.backup:
        print(f"  bản sao lưu / backup: {report.backup}")


def _write_report(report: MergeReport, mine: Path, target: Path) -> None:
    """Write the merge report PDF (records named from my file, opened read-only)."""
    from inspectdesk.services.files import open_file
    from inspectdesk.services.merge_report import save_merge_report_pdf

    with open_file(mine, readonly=True) as db:
        save_merge_report_pdf(report, target, db=db)
