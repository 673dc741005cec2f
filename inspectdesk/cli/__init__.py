"""The command line: ``inspectdesk [FILE]`` opens the GUI; subcommands work on a file.

Subcommands never import Qt and never need a display. On a user mistake they print one
sentence to stderr and exit non-zero; a traceback is shown only for a bug. Each module
of this package registers a family of subcommands (:func:`register` returns handlers).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import inspectdesk
from inspectdesk.cli import (
    backup_commands,
    data_commands,
    document_commands,
    import_commands,
    package_commands,
    plan_commands,
    server_commands,
    sharing_commands,
    signing_commands,
    template_commands,
)
from inspectdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    FILE_ONLY_COMMANDS,
    Parser,
    UsageError,
    place_db_option,
)
from inspectdesk.cli.data_commands import LIST_ENTITIES
from inspectdesk.errors import UserError

__all__ = ["EXIT_OK", "EXIT_PROBLEM", "EXIT_USAGE", "LIST_ENTITIES", "main", "run_command"]

FAMILIES = (
    data_commands,
    document_commands,
    template_commands,
    signing_commands,
    sharing_commands,
    plan_commands,
    backup_commands,
    import_commands,
    package_commands,
    server_commands,
)
Handler = Callable[[argparse.Namespace], int]


def _language(argv: Sequence[str]) -> str:
    if "--lang" in argv:
        index = list(argv).index("--lang")
        if index + 1 < len(argv):
            return "en" if argv[index + 1].startswith("en") else "vi"
    return "en" if os.environ.get("INSPECTDESK_LANG", "vi").startswith("en") else "vi"


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The parser of every subcommand and the handler of each."""
    parser = Parser(
        prog="inspectdesk",
        description="InspectDesk: hồ sơ kiểm tra công vụ / inspection records for secretaries.",
    )
    parser.add_argument("--version", action="version", version=inspectdesk.__version__)
    parser.add_argument(
        "--lang", choices=("vi", "en"), help="ngôn ngữ thông báo / message language"
    )
    parser.add_argument(
        "--db",
        metavar="ĐỊA_CHỈ",
        help="cơ sở dữ liệu của lệnh, thay cho FILE (tệp hoặc postgresql://…) / the "
        "command's database in place of FILE (a file or postgresql://…); anywhere on the line",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    handlers: dict[str, Handler] = {}
    for family in FAMILIES:
        handlers.update(family.register(sub))
    return parser, handlers


def _known_database_error(exc: Exception, path: Path | str) -> UserError | None:
    """A damaged, locked or read-only file met half-way through a command, worded."""
    from sqlalchemy.exc import DBAPIError

    from inspectdesk.db.fileformat import as_user_error

    if isinstance(exc, DBAPIError):
        from inspectdesk.db.server_roles import refused_by_role

        return refused_by_role(exc) or as_user_error(exc, path)
    return None


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def run_command(argv: Sequence[str]) -> int:
    """Run one subcommand and return its exit code (no ``SystemExit`` for user errors)."""
    lang = _language(argv)
    parser, handlers = build_parser()
    try:
        argv = place_db_option(argv, parser)
    except UsageError as exc:
        print(f"inspectdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    args = parser.parse_args(argv)
    try:
        if args.command in FILE_ONLY_COMMANDS and isinstance(getattr(args, "file", None), str):
            from inspectdesk.db.server import ServerFileOnly

            raise ServerFileOnly(url=args.file, command=args.command)
        return handlers[args.command](args)
    except UserError as exc:
        print(f"inspectdesk: {exc.describe(lang)}", file=sys.stderr)
        return EXIT_PROBLEM
    except UsageError as exc:
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
    if argv == ["--self-test"]:
        from inspectdesk.selftest import run_self_test  # checks an installation, no window

        return run_self_test()
    if argv and (argv[0] in build_parser()[1] or argv[0].startswith("-")):
        return run_command(argv)
    gui = Parser(prog="inspectdesk", description="Mở InspectDesk / open InspectDesk.")
    gui.add_argument("file", nargs="?", type=Path, help="tệp dữ liệu .idb cần mở")
    args = gui.parse_args(argv)
    from inspectdesk.app import run_gui

    return run_gui(args.file)
