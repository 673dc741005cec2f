"""The text side of plan files: where each key and value is, and writing TOML values.

``tomllib`` parses but says nothing about positions, so :func:`locate` scans the source
once more for what an error message needs: the line of each top-level key, of each
``[[sample]]`` table's header and keys, and of each string in its arrays. The scanner
knows TOML's strings (basic, literal, multi-line), comments, arrays and inline tables;
anything it cannot place falls back to the line of the key, or of the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_HEADER = re.compile(r"\[\[\s*([A-Za-z0-9_-]+)\s*\]\]|\[\s*([^\]]*?)\s*\]")
_KEY = re.compile(r'([A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')\s*=')


@dataclass
class Table:
    """Where a ``[[sample]]`` table is: its header, its keys, the strings of its arrays."""

    line: int
    keys: dict[str, int] = field(default_factory=dict)
    items: dict[str, list[int]] = field(default_factory=dict)


@dataclass
class Locations:
    """Lines (1-based) of what a plan file holds."""

    top: dict[str, int] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)

    def key(self, name: str, table: int | None = None) -> int:
        """The line of a key (of ``[[sample]]`` number ``table``), else of its table, else 0."""
        if table is None:
            return self.top.get(name, 0)
        if table < len(self.tables):
            found = self.tables[table]
            return found.keys.get(name, found.line)
        return 0

    def item(self, name: str, table: int, index: int) -> int:
        """The line of string ``index`` of array ``name`` in a table (else the key's line)."""
        if table < len(self.tables):
            lines = self.tables[table].items.get(name, [])
            if index < len(lines):
                return lines[index]
        return self.key(name, table)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.line = 1

    def peek(self, n: int = 1) -> str:
        return self.text[self.i : self.i + n]

    def advance(self, n: int = 1) -> None:
        self.line += self.text.count("\n", self.i, self.i + n)
        self.i += n

    def skip_to_eol(self) -> None:
        end = self.text.find("\n", self.i)
        self.advance((len(self.text) if end < 0 else end) - self.i)

    def skip_string(self) -> None:
        """Past the string that starts here (basic, literal or multi-line)."""
        quote = self.peek()
        triple = quote * 3
        if self.peek(3) == triple:
            self.advance(3)
            while self.i < len(self.text):
                if quote == '"' and self.peek() == "\\":
                    self.advance(2)
                elif self.peek(3) == triple:
                    self.advance(3)
                    while self.peek() == quote:  # up to two quotes may end the content
                        self.advance()
                    return
                else:
                    self.advance()
            return
        self.advance()
        while self.i < len(self.text) and self.peek() not in (quote, "\n"):
            self.advance(2 if quote == '"' and self.peek() == "\\" else 1)
        if self.peek() == quote:
            self.advance()

    def value(self, items: list[int]) -> None:
        """Past a value; the line of each string directly inside a top array goes to ``items``."""
        depth = 0
        while self.i < len(self.text):
            ch = self.peek()
            if ch in "\"'":
                if depth == 1:
                    items.append(self.line)
                self.skip_string()
            elif ch == "#":
                self.skip_to_eol()
            elif ch in "[{":
                depth += 1
                self.advance()
            elif ch in "]}":
                depth -= 1
                self.advance()
            elif ch == "\n" and depth <= 0:
                return
            else:
                self.advance()


def _key_name(raw: str) -> str:
    return raw[1:-1] if raw[:1] in "\"'" else raw


def locate(text: str) -> Locations:
    """The lines of the keys, tables and array strings of a TOML plan file."""
    found = Locations()
    scan = _Scanner(text)
    section: Table | dict[str, int] | None = found.top
    while scan.i < len(text):
        while scan.peek() in (" ", "\t", "\r", "\n") and scan.i < len(text):
            scan.advance()
        if scan.i >= len(text):
            break
        rest = text[scan.i : text.find("\n", scan.i) if "\n" in text[scan.i :] else len(text)]
        if scan.peek() == "#":
            scan.skip_to_eol()
        elif header := _HEADER.match(rest):
            if header.group(1) == "sample":
                section = Table(scan.line)
                found.tables.append(section)
            else:  # another table: its keys are unknown ones, named by its header's line
                name = (header.group(1) or header.group(2) or "").split(".")[0].strip("\"' ")
                found.top.setdefault(name, scan.line)
                section = None
            scan.advance(header.end())
            scan.value([])  # whatever follows on the line (a comment)
        elif key := _KEY.match(rest):
            name = _key_name(key.group(1))
            items: list[int] = []
            if isinstance(section, Table):
                section.keys.setdefault(name, scan.line)
                items = section.items.setdefault(name, [])
            elif section is not None:
                section.setdefault(name, scan.line)
            scan.advance(key.end())
            scan.value(items)
        else:
            scan.value([])
    return found


# -- writing -----------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f"}
_ESCAPES["\r"] = "\\r"


def _escaped(text: str, keep_newlines: bool) -> str:
    out = []
    for ch in text:
        if ch == "\n" and keep_newlines:
            out.append(ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def toml_string(text: str) -> str:
    """A TOML basic string; text of several lines as a multi-line basic string."""
    if "\n" in text:
        return '"""\n' + _escaped(text, keep_newlines=True) + '"""'
    return '"' + _escaped(text, keep_newlines=False) + '"'


def toml_value(value: str | int | float | date | list[str]) -> str:
    """A TOML value: a string, a whole or decimal number, a date, a list of strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if len(value) <= 1:
        return "[" + ", ".join(toml_string(v) for v in value) + "]"
    return "[\n" + "".join(f"    {toml_string(v)},\n" for v in value) + "]"
