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
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from inspectdesk.db.database import Database
from inspectdesk.db.server import open_server
from inspectdesk.errors import FileAlreadyExists, UserError
from inspectdesk.services.exchange import export_json, import_into, import_json
from inspectdesk.services.files import open_file


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
        The errors of opening either side, ImportRejected (a row the server already holds
        differently; nothing written), CopyMismatch.
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
            import_into(server, here)
            summary = CopySummary(export_json(server, there).counts)
        finally:
            server.close()
        _compare(here, there, str(file), address)
    return summary


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
            _compare(here, there, address, str(file))
        except BaseException:
            with contextlib.suppress(OSError):
                file.unlink()
            raise
    return summary
