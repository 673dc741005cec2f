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

    return text.strip() if is_server_address(text.strip()) else Path(text)


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
