"""The command line: ``inspectdesk [FILE]`` opens the GUI; subcommands work on a file.

Subcommands never import Qt and never need a display. On a user mistake they print one
sentence to stderr and exit non-zero; a traceback is shown only for a bug.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, fields, is_dataclass
from pathlib import Path
from typing import Any, NoReturn

import inspectdesk
from inspectdesk.errors import UserError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
LIST_ENTITIES = ("units", "checklists", "plans", "visits", "findings")
SUBCOMMANDS = ("new", "demo", "check", "export", "import", "list", "minutes", "report")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (xem / see: {self.prog} --help)\n")


def _language(argv: Sequence[str]) -> str:
    if "--lang" in argv:
        index = list(argv).index("--lang")
        if index + 1 < len(argv):
            return "en" if argv[index + 1].startswith("en") else "vi"
    return "en" if os.environ.get("INSPECTDESK_LANG", "vi").startswith("en") else "vi"


def build_parser() -> argparse.ArgumentParser:
    """The parser of every subcommand."""
    parser = _Parser(
        prog="inspectdesk",
        description="InspectDesk: hồ sơ kiểm tra công vụ / inspection records for secretaries.",
    )
    parser.add_argument("--version", action="version", version=inspectdesk.__version__)
    parser.add_argument(
        "--lang", choices=("vi", "en"), help="ngôn ngữ thông báo / message language"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("new", help="tạo tệp dữ liệu mới (có sẵn các bộ nội dung kiểm tra)")
    p.add_argument("file", type=Path)
    p.add_argument("--force", action="store_true", help="ghi đè tệp đã có")

    p = sub.add_parser("demo", help="tạo tệp dữ liệu mẫu")
    p.add_argument("file", type=Path)
    p.add_argument("--force", action="store_true", help="ghi đè tệp đã có")

    p = sub.add_parser("check", help="kiểm tra tính toàn vẹn của tệp (không ghi gì)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="xuất toàn bộ dữ liệu ra JSON")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("import", help="nhập dữ liệu từ JSON (tất cả hoặc không gì cả)")
    p.add_argument("file", type=Path)
    p.add_argument("source", type=Path)

    p = sub.add_parser("list", help="liệt kê đơn vị, nội dung kiểm tra, kế hoạch, cuộc kiểm tra…")
    p.add_argument("file", type=Path)
    p.add_argument("entity", choices=LIST_ENTITIES)
    p.add_argument("--json", action="store_true")
    p.add_argument("--plan", help="số hoặc UUID của kế hoạch (visits, findings)")
    p.add_argument("--search", help="lọc không phân biệt dấu, ví dụ 'vinh yen'")

    p = sub.add_parser("minutes", help="lập biên bản kiểm tra (.docx) của một cuộc kiểm tra")
    p.add_argument("file", type=Path)
    p.add_argument("--visit", required=True, help="UUID hoặc số biên bản của cuộc kiểm tra")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp .docx cần ghi")

    p = sub.add_parser("report", help="lập báo cáo kết quả kiểm tra (PDF) của một kế hoạch")
    p.add_argument("file", type=Path)
    p.add_argument("--plan", required=True, help="số hoặc UUID của kế hoạch")
    p.add_argument("-o", "--output", type=Path, required=True)
    return parser


def _print_json(data: Any) -> None:
    def plain(value: Any) -> Any:
        if is_dataclass(value) and not isinstance(value, type):
            return {k: plain(v) for k, v in asdict(value).items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if value is None or isinstance(value, bool | int | float | str):
            return value
        return str(value)

    json.dump(plain(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_table(rows: Sequence[Any]) -> None:
    if not rows:
        print("(không có bản ghi nào / no records)")
        return
    names = [f.name for f in fields(rows[0]) if not f.name.endswith("id")]
    cells = [[_cell(getattr(row, n)) for n in names] for row in rows]
    widths = [min(60, max(len(n), *(len(c[i]) for c in cells))) for i, n in enumerate(names)]
    print("  ".join(n.upper().ljust(w) for n, w in zip(names, widths, strict=True)).rstrip())
    for line in cells:
        print("  ".join(_fit(c, w) for c, w in zip(line, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


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

    report = check_file(args.file)
    if args.json:
        _print_json(
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
    from inspectdesk.services.exchange import import_json

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
            raise _UsageError(f"--plan applies to visits and findings, not {args.entity}")
        kwargs["plan"] = args.plan
    with open_file(args.file, readonly=True) as db:
        rows = listers[args.entity](db, **kwargs)
    if args.json:
        _print_json(rows)
    else:
        _print_table(rows)
    return EXIT_OK


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
    from inspectdesk.services.report import ReportService

    with open_file(args.file) as db:
        with db.sessions() as s:
            plan_id = resolve_plan(s, args.plan).id
        result = ReportService(db).write_pdf(plan_id, args.output)
    print(f"Đã lập báo cáo / report written: {result.number} → {result.path}")
    return EXIT_OK


class _UsageError(Exception):
    pass


def _known_database_error(exc: Exception, path: Path | str) -> UserError | None:
    """A damaged, locked or read-only file met half-way through a command, worded."""
    from sqlalchemy.exc import DBAPIError

    from inspectdesk.db.fileformat import as_user_error

    if isinstance(exc, DBAPIError):
        return as_user_error(exc, path)
    return None


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": _cmd_new,
    "demo": _cmd_demo,
    "check": _cmd_check,
    "export": _cmd_export,
    "import": _cmd_import,
    "list": _cmd_list,
    "minutes": _cmd_minutes,
    "report": _cmd_report,
}


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def run_command(argv: Sequence[str]) -> int:
    """Run one subcommand and return its exit code (no ``SystemExit`` for user errors)."""
    lang = _language(argv)
    args = build_parser().parse_args(list(argv))
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"inspectdesk: {exc.describe(lang)}", file=sys.stderr)
        return EXIT_PROBLEM
    except _UsageError as exc:
        print(f"inspectdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("inspectdesk: đã dừng / interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early (| head): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        known = _known_database_error(exc, getattr(args, "file", ""))
        if known is None:
            raise
        print(f"inspectdesk: {known.describe(lang)}", file=sys.stderr)
        return EXIT_PROBLEM


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``inspectdesk`` and ``python -m inspectdesk``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    if argv and (argv[0] in SUBCOMMANDS or argv[0].startswith("-")):
        return run_command(argv)
    gui = _Parser(prog="inspectdesk", description="Mở InspectDesk / open InspectDesk.")
    gui.add_argument("file", nargs="?", type=Path, help="tệp dữ liệu .idb cần mở")
    args = gui.parse_args(argv)
    from inspectdesk.app import run_gui

    return run_gui(args.file)
