"""What every subcommand shares: exit codes, the one-line parser, printing rows."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, fields, is_dataclass
from pathlib import Path
from typing import Any, NoReturn

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


FILE_ONLY_COMMANDS = frozenset({"new", "demo", "check", "backup", "restore", "merge", "package"})
"""Commands about database files themselves (creating, repairing, backing up, merging,
packaging): a server database is refused with a sentence, not misread as a file name."""


def database_ref(text: str) -> Path | str:
    """A FILE argument: a path, or a server address (``postgresql://user@host/db``) kept
    as text (a Path would fold its ``//``)."""
    from inspectdesk.db.server import is_server_address

    if is_server_address(text.strip()):
        return text.strip()
    if "://" in text:  # an address, but not of a server InspectDesk can use
        raise argparse.ArgumentTypeError(
            f"“{text.split('://', 1)[0]}://…” không dùng được, chỉ postgresql://… / "
            "only postgresql://… addresses (or a file) are accepted"
        )
    return Path(text)


class Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (xem / see: {self.prog} --help)\n")


class UsageError(Exception):
    """Arguments that parse but do not go together (exit code 2)."""


def print_json(data: Any) -> None:
    """Print ``data`` (dataclasses, lists, dicts) as indented UTF-8 JSON."""

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


def print_table(rows: Sequence[Any]) -> None:
    """Print dataclass rows as aligned columns (ids left out)."""
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


DB_OPTION = "--db"
"""``--db ADDRESS`` (or ``--db=ADDRESS``), anywhere on the line: the database of the
subcommand, in place of its FILE argument — a file, or a server address."""


def place_db_option(argv: Sequence[str], parser: argparse.ArgumentParser) -> list[str]:
    """``argv`` with ``--db ADDRESS`` moved to where the subcommand takes its database.

    ``inspectdesk list --db postgresql://thu_ky@10.0.0.5/inspectdesk units`` is
    ``inspectdesk list postgresql://thu_ky@10.0.0.5/inspectdesk units``.

    Raises:
        UsageError: ``--db`` without an address, twice, or with a subcommand that takes
            no database.
    """
    rest: list[str] = []
    addresses: list[str] = []
    words = list(argv)
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":  # everything after is an argument, never the option
            rest += words[index:]
            break
        if word == DB_OPTION:
            if index + 1 >= len(words):
                raise UsageError(f"{DB_OPTION} cần địa chỉ cơ sở dữ liệu / needs an address")
            addresses.append(words[index + 1])
            index += 2
            continue
        if word.startswith(DB_OPTION + "="):
            addresses.append(word[len(DB_OPTION) + 1 :])
        else:
            rest.append(word)
        index += 1
    if not addresses:
        return rest
    if len(addresses) > 1:
        raise UsageError(f"{DB_OPTION} chỉ một lần / only once")
    commands = next(
        action.choices
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    position = next((i for i, word in enumerate(rest) if word in commands), None)
    if position is None:
        raise UsageError(f"{DB_OPTION} đi cùng một lệnh / goes with a subcommand")
    command = rest[position]
    takes = [a.dest for a in commands[command]._actions if not a.option_strings]
    if not takes or takes[0] not in ("file", "address"):
        raise UsageError(f"{command} không dùng cơ sở dữ liệu / takes no {DB_OPTION}")
    return [*rest[: position + 1], addresses[0], *rest[position + 1 :]]
