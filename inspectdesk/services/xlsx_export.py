"""Lists exported to Excel (.xlsx) the way a secretary expects to find them.

Bold headings on a frozen first row with a filter, columns as wide as their content
(up to a limit), dates as real Excel dates (dd/mm/yyyy), numbers as numbers, and text
always as text: a finding typed as ``=1+1``, ``+84 912…``, ``-`` or ``@…`` is stored
and shown as typed, never run as a formula (CSV/formula injection), even after the
user edits the cell.

The workbook is streamed (openpyxl's write-only mode), so 500,000 rows take little
memory, and written beside its destination under a temporary name, then moved into
place: the destination is the old file or the complete new one, never half of one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from itertools import chain, islice
from pathlib import Path
from typing import Any

from inspectdesk.errors import DiskFull, FileMissing, NotAFile, ReadOnlyFile

DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
MIN_WIDTH = 6
MAX_WIDTH = 60
WIDTH_SAMPLE = 2000
"""Column widths are fitted to the headings and this many first rows."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
"""Text Excel reads as an error value (openpyxl's ``ERROR_CODES``; a test keeps them equal).

openpyxl is imported only when a workbook is written: it is a tenth of a second of the
start-up otherwise, for a window that may never export anything."""
_SHEET_TITLE_BAD = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def export_rows(
    path: Path | str,
    sheet_title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str | None = None,
) -> int:
    """Write ``rows`` under ``headers`` to a new workbook at ``path``.

    Args:
        path: the .xlsx file to write; replaced atomically if it exists.
        sheet_title: the worksheet's name (cut to Excel's 31 characters).
        headers: the column headings, in bold on the frozen heading row.
        rows: the cells, one sequence per row; ``str``, numbers, ``date``/``datetime``,
            enums (written as their value), ``None`` (empty). Read once, lazily, so a
            generator may report progress or raise to cancel.
        title: an optional line above the headings (what the list is).

    Returns:
        How many rows were written (headings and title not counted).

    Raises:
        ReadOnlyFile: ``path`` or its folder cannot be written.
        NotAFile: ``path`` is a folder.
        FileMissing: the folder does not exist.
        DiskFull: the disk filled up while writing.
    """
    path = Path(path)
    check_writable(path)
    written = 0

    def build(temp: Path) -> None:
        nonlocal written
        written = _write(temp, sheet_title, headers, rows, title)

    replace_atomically(path, build)
    return written


def check_writable(path: Path) -> None:
    """Refuse early a path whose folder is missing or that cannot be written."""
    folder = path.parent
    if path.is_dir():
        raise NotAFile(path=path)
    if not folder.is_dir():
        raise FileMissing(path=folder)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReadOnlyFile(path=path)


def replace_atomically(path: Path, build: Callable[[Path], object]) -> None:
    """Have ``build`` write a temporary file beside ``path``, then move it into place.

    Raises:
        ReadOnlyFile, DiskFull: the folder cannot take the file (nothing is left behind).
    """
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        build(temp)
        os.replace(temp, path)
    except PermissionError:
        raise ReadOnlyFile(path=path) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(path=path) from None
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _write(
    temp: Path,
    sheet_title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    title: str | None,
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(sheet_title))
    iterator = iter(rows)
    sample = list(islice(iterator, WIDTH_SAMPLE))
    for column, width in enumerate(_widths(headers, sample), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    heading_row = 2 if title else 1
    sheet.freeze_panes = f"A{heading_row + 1}"  # before the first row: streamed at once
    if title:
        cell = WriteOnlyCell(sheet, value=title)
        cell.data_type = "s"
        cell.font = Font(bold=True, size=13)
        sheet.append([cell])
    bold = Font(bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    heading = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=_clean(str(text)))
        cell.data_type = "s"
        cell.font = bold
        cell.alignment = centred
        heading.append(cell)
    sheet.append(heading)
    count = 0
    try:
        for row in chain(sample, iterator):
            sheet.append([_cell(sheet, value) for value in row])
            count += 1
    except BaseException:
        _abandon(sheet)
        raise
    last_column = get_column_letter(max(1, len(headers)))
    sheet.auto_filter.ref = f"A{heading_row}:{last_column}{heading_row + count}"
    workbook.save(temp)
    return count


def text_cell(cell: Any, words: str) -> None:
    """Put ``words`` in an ordinary cell as text that stays text, even when it starts with
    "=" (never run as a formula)."""
    cell.value = words
    cell.data_type = "s"


def _abandon(sheet: Any) -> None:
    """Close a half-written streamed sheet and remove its temporary file (rows raised)."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def _sheet_title(text: str) -> str:
    cleaned = " ".join(text.translate(_SHEET_TITLE_BAD).split()).strip("'")
    return cleaned[:31] or "Sheet1"


def _cell(sheet: Any, value: Any) -> Any:
    """What to append for ``value``: the plain value where openpyxl stores it right, else a
    styled cell (dates, and text openpyxl would take for a formula or an error code)."""
    if isinstance(value, Enum):
        value = value.value
    if value is None or isinstance(value, int | float | Decimal):  # bool: TRUE/FALSE
        return value
    text = None if isinstance(value, date) else _clean(str(value))
    if text is not None and not text.startswith(_FORMULA_START) and text not in ERROR_CODES:
        return text
    from openpyxl.cell import WriteOnlyCell  # loaded by _write already: a dictionary lookup

    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value.replace(tzinfo=None))
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # text, even when it starts with "=": never a formula
    cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


def _clean(text: str) -> str:
    """Drop the control characters an .xlsx file cannot hold (tab and newline stay)."""
    if text.isprintable():
        return text
    return "".join(c for c in text if c in "\t\n" or not (ord(c) < 32 or ord(c) >= 0xFFFE))


def _display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, Enum):
        value = value.value
    text = str(value)
    return max((len(line) for line in text.split("\n")), default=0)


def _widths(headers: Sequence[str], sample: Sequence[Sequence[Any]]) -> Iterator[float]:
    for column, header in enumerate(headers):
        widest = max(
            [_display_width(header)]
            + [_display_width(row[column]) for row in sample if column < len(row)]
        )
        yield float(min(MAX_WIDTH, max(MIN_WIDTH, widest + 2)))
