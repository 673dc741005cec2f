"""Moving a database between a file and a server, whole and checked.

Everything travels — units, plans, visits, findings, the register of documents with their
signed copies, the change log — with the same ids, through the JSON export format
(``docs/json-format.md``): the source is exported, the export imported into the target in
one transaction (nothing is written on a problem), and the target exported again and
compared row for row with the source's export. A copy that does not compare equal is
reported, never silently kept.
"""

from __future__ import annotations

import contextlib
import filecmp
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from inspectdesk.db.database import Database
from inspectdesk.db.models import Base
from inspectdesk.db.server import open_server, parse_address, shown_address
from inspectdesk.errors import FileAlreadyExists, UserError
from inspectdesk.services.exchange import TABLE_ORDER, export_json, import_into, import_json
from inspectdesk.services.files import open_file


class ServerHoldsOtherData(UserError):
    code = "server_holds_other_data"
    vi = (
        "Máy chủ “{target}” đã có dữ liệu không thuộc tệp “{source}” ({count} bản ghi ở"
        " bảng {table}); chỉ chép vào một cơ sở dữ liệu vừa khởi tạo bằng “server … init”"
        " (hoặc chép lại đúng tệp đó). Không có gì được ghi."
    )
    en = (
        "The server “{target}” already holds data that is not in “{source}” ({count}"
        " records in table {table}); copy only into a database just set up with"
        " “server … init” (or the same file again). Nothing was written."
    )


class CopyMismatch(UserError):
    code = "copy_mismatch"
    vi = "Bản chép sang “{target}” không khớp với “{source}” ({detail}). Hãy thử lại."
    en = "The copy in “{target}” does not match “{source}” ({detail}). Try again."


@dataclass
class CopySummary:
    """How many rows of each table the target holds after the copy (all checked)."""

    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def shown(address: str) -> str:
    """The address as printed: never with its password."""
    return shown_address(parse_address(address))


def _compare(source_json: Path, target_json: Path, source: str, target: str) -> None:
    """The two exports must be the same text: same rows, same ids, same values."""
    if filecmp.cmp(source_json, target_json, shallow=False):  # read in blocks, not whole
        return
    first = None
    with source_json.open(encoding="utf-8") as mine, target_json.open(encoding="utf-8") as theirs:
        for number, (a, b) in enumerate(zip(mine, theirs, strict=False), start=1):
            if a != b:
                first = number
                break
    detail = f"first difference on line {first} of the export" if first else "row counts"
    raise CopyMismatch(source=source, target=target, detail=detail)


def copy_file_to_server(file: Path, address: str) -> CopySummary:
    """Copy every row of the database file into the (initialised) server database.

    Raises:
        The errors of opening either side, ServerHoldsOtherData (the server has records
        the file does not; nothing written), ImportRejected (a row the server already
        holds differently; nothing written), CopyMismatch.
    """
    with tempfile.TemporaryDirectory(prefix="inspectdesk-copy-") as folder:
        here, there = Path(folder) / "file.json", Path(folder) / "server.json"
        source = open_file(Path(file), readonly=True)
        try:
            export_json(source, here)
        finally:
            source.close()
        server = open_server(address)
        try:
            _refuse_other_data(server, here, str(file), shown(address))
            import_into(server, here)
            summary = CopySummary(export_json(server, there).counts)
        finally:
            server.close()
        _compare(here, there, str(file), shown(address))
    return summary


def _refuse_other_data(server: Database, export: Path, source: str, target: str) -> None:
    """Stop before writing when the server holds records the file does not: the copy
    could not then be identical (a server started with ``init --new`` has built-ins and
    change-log entries of its own)."""
    data = json.loads(export.read_text(encoding="utf-8"))
    with server.sessions() as s:
        for table in TABLE_ORDER:
            ids = {str(record["id"]) for record in data["tables"].get(table, [])}
            column = Base.metadata.tables[table].c.id
            extra = [i for i in s.scalars(select(column)) if str(i) not in ids]
            if extra:
                raise ServerHoldsOtherData(
                    source=source, target=target, table=table, count=len(extra)
                )


def copy_server_to_file(address: str, file: Path) -> CopySummary:
    """Copy every row of the server database into a new database file.

    Raises:
        FileAlreadyExists: ``file`` exists (a copy never overwrites one).
        The errors of opening the server, CopyMismatch (the new file is removed).
    """
    file = Path(file)
    if file.exists():
        raise FileAlreadyExists(path=file)
    with tempfile.TemporaryDirectory(prefix="inspectdesk-copy-") as folder:
        here, there = Path(folder) / "server.json", Path(folder) / "file.json"
        server: Database = open_server(address, readonly=True)
        try:
            export_json(server, here)
        finally:
            server.close()
        try:
            import_json(file, here)
            copy = open_file(file, readonly=True)
            try:
                summary = CopySummary(export_json(copy, there).counts)
            finally:
                copy.close()
            _compare(here, there, shown(address), str(file))
        except BaseException:
            with contextlib.suppress(OSError):
                file.unlink()
            raise
    return summary
