"""Reading a worksheet (.xlsx, .xls, .csv) into a grid of Unicode text.

Every cell comes back as NFC text: numbers without a spurious ``.0`` (and with the
leading zeros a ``00000`` format shows), dates as ``dd/mm/yyyy``. Text in the legacy
Vietnamese fonts is converted: by the cell's font when the file has one (``.VnTime`` and
``.VnTimeH`` → TCVN3, ``VNI-…`` → VNI), otherwise by cautious detection over each column
(:func:`inspectdesk.text.legacy.guess_encoding`). A CSV file may be UTF-8 (with or
without a byte-order mark), UTF-16 (Excel's "Unicode text") or Windows-1258; an 8-bit
file whose bytes read as TCVN3 or VNI is converted from them.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from inspectdesk.errors import FileMissing, NotAFile, UserError
from inspectdesk.text import clean_line, fold, nfc
from inspectdesk.text.legacy import (
    LegacyEncoding,
    convert,
    convert_if_plausible,
    font_encoding,
    guess_encoding,
)

MAX_ROWS = 200_000
MAX_BYTES = 100 << 20  # 100 MiB: no list of units or people is larger
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".txt")


class SheetUnreadable(UserError):
    code = "sheet_unreadable"
    vi = "Không đọc được bảng tính “{path}”: {reason_vi}."
    en = "Cannot read the spreadsheet “{path}”: {reason_en}."


class SheetNotFound(UserError):
    code = "sheet_not_found"
    vi = "Tệp “{path}” không có trang “{sheet}” (các trang: {sheets})."
    en = "The file “{path}” has no sheet “{sheet}” (its sheets: {sheets})."


@dataclass
class Grid:
    """The cells of one sheet as text, row by row (rows and columns counted from 0).

    ``merges`` are the merged ranges as (first row, first column, last row, last column);
    ``decided`` the cells whose font said how to read them; ``encoding`` how the file's
    text was encoded (``xlsx``, ``xls``, ``utf-8``, ``utf-8-sig``, ``utf-16``,
    ``cp1258``, ``tcvn3``, ``vni``); ``converted`` how many cells were legacy text.
    """

    sheet: str
    sheets: tuple[str, ...]
    cells: list[list[str]]
    encoding: str
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    decided: set[tuple[int, int]] = field(default_factory=set)
    converted: int = 0


def sheet_names(path: Path) -> tuple[str, ...]:
    """The sheets of a workbook in file order (a CSV file has one, named after it)."""
    path = _checked(path)
    suffix = path.suffix.lower()
    with _errors(path):
        if suffix in (".xlsx", ".xlsm"):
            workbook = _open_xlsx(path)
            try:
                return tuple(workbook.sheetnames)
            finally:
                workbook.close()
        if suffix == ".xls":
            return tuple(_open_xls(path).sheet_names())
    return (path.stem,)


def read_grid(path: Path, sheet: str | None = None) -> Grid:
    """Read one sheet (the first when ``sheet`` is None) as converted Unicode text.

    Raises:
        FileMissing, NotAFile: there is no such file.
        SheetUnreadable: the file is not a spreadsheet this reads, or is damaged.
        SheetNotFound: the workbook has no sheet of that name.
    """
    path = _checked(path)
    suffix = path.suffix.lower()
    with _errors(path):
        if suffix in (".xlsx", ".xlsm"):
            grid = _read_xlsx(path, sheet)
        elif suffix == ".xls":
            grid = _read_xls(path, sheet)
        else:
            grid = _read_csv(path)
    if len(grid.cells) > MAX_ROWS:
        raise SheetUnreadable(
            path=path,
            reason_vi=f"có hơn {MAX_ROWS:,} dòng".replace(",", "."),
            reason_en=f"it has more than {MAX_ROWS:,} rows",
        )
    _convert_columns(grid)
    return grid


def _checked(path: Path) -> Path:
    path = Path(path)
    if not path.exists():
        raise FileMissing(path=path)
    if path.is_dir():
        raise NotAFile(path=path)
    if path.suffix.lower() not in SUFFIXES:
        raise SheetUnreadable(
            path=path,
            reason_vi="chỉ nhập được tệp .xlsx, .xls hoặc .csv",
            reason_en="only .xlsx, .xls and .csv files can be imported",
        )
    if path.stat().st_size > MAX_BYTES:
        raise SheetUnreadable(
            path=path, reason_vi="tệp quá lớn (trên 100 MB)", reason_en="it is over 100 MB"
        )
    return path


@contextmanager
def _errors(path: Path) -> Iterator[None]:
    """Turn a damaged or foreign file's exceptions into :class:`SheetUnreadable`."""
    try:
        yield
    except UserError:
        raise
    except PermissionError:
        raise SheetUnreadable(
            path=path, reason_vi="không có quyền đọc tệp", reason_en="permission denied"
        ) from None
    except (zipfile.BadZipFile, csv.Error, EOFError, KeyError, OSError, ValueError):
        raise SheetUnreadable(
            path=path,
            reason_vi="tệp bị hỏng hoặc không phải bảng tính",
            reason_en="it is damaged or not a spreadsheet",
        ) from None
    except Exception as exc:
        if not type(exc).__module__.startswith(("xlrd", "openpyxl")):
            raise
        raise SheetUnreadable(
            path=path,
            reason_vi="tệp bị hỏng, có mật khẩu hoặc không phải bảng tính Excel",
            reason_en="it is damaged, password-protected or not an Excel workbook",
        ) from None


def _pick(path: Path, names: list[str], sheet: str | None) -> str:
    if sheet is None:
        return names[0]
    if sheet in names:
        return sheet
    folded = [n for n in names if fold(n) == fold(sheet)]
    if len(folded) == 1:
        return folded[0]
    raise SheetNotFound(path=path, sheet=sheet, sheets=", ".join(f"“{n}”" for n in names))


# -- cell values ------------------------------------------------------------------------

_ZEROS = re.compile(r"^0{2,}$")


def cell_text(value: Any, number_format: str = "") -> str:
    """One cell's value as the text a secretary sees in Excel."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        if _ZEROS.match(number_format or "") and value >= 0:
            text = text.zfill(len(number_format))
        return text
    return str(value)


# -- .xlsx ------------------------------------------------------------------------------

_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]+[0-9]+):([A-Z]+[0-9]+)\"")


def _open_xlsx(path: Path) -> Any:
    from openpyxl import load_workbook

    return load_workbook(path, read_only=True, data_only=True, keep_links=False)


def _xlsx_merges(workbook: Any, worksheet: Any) -> list[tuple[int, int, int, int]]:
    """Merged ranges, read straight from the sheet's XML (read-only mode does not keep them)."""
    from openpyxl.utils.cell import coordinate_to_tuple

    member = getattr(worksheet, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if member is None or archive is None:
        return []
    with archive.open(member) as stream:
        data = stream.read()
    merges = []
    for first, last in _MERGE.findall(data):
        r1, c1 = coordinate_to_tuple(first.decode())
        r2, c2 = coordinate_to_tuple(last.decode())
        merges.append((r1 - 1, c1 - 1, r2 - 1, c2 - 1))
    return merges


def _read_xlsx(path: Path, sheet: str | None) -> Grid:
    workbook = _open_xlsx(path)
    try:
        names = list(workbook.sheetnames)
        name = _pick(path, names, sheet)
        worksheet = workbook[name]
        grid = Grid(name, tuple(names), [], "xlsx", _xlsx_merges(workbook, worksheet))
        fonts: dict[int, tuple[LegacyEncoding | None, bool]] = {}
        for r, row in enumerate(worksheet.iter_rows()):
            texts: list[str] = []
            for c, cell in enumerate(row):
                value = getattr(cell, "value", None)
                if value is None:
                    texts.append("")
                    continue
                text = cell_text(value, cell.number_format if cell.data_type == "n" else "")
                if isinstance(value, str):
                    style = getattr(cell, "_style_id", 0)
                    if style not in fonts:
                        fonts[style] = font_encoding(cell.font.name if cell.font else None)
                    text = _by_font(grid, r, c, text, *fonts[style])
                texts.append(text)
            grid.cells.append(texts)
            if r > MAX_ROWS:
                break
        return grid
    finally:
        workbook.close()


def _by_font(
    grid: Grid, r: int, c: int, text: str, encoding: LegacyEncoding | None, capitals: bool
) -> str:
    if encoding is None:
        return text
    grid.decided.add((r, c))
    converted = convert(text, encoding, capitals=capitals)
    if converted != nfc(text):
        grid.converted += 1
    return converted


# -- .xls -------------------------------------------------------------------------------


def _open_xls(path: Path) -> Any:
    import xlrd  # type: ignore[import-untyped]

    return xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)


def _read_xls(path: Path, sheet: str | None) -> Grid:
    import xlrd

    book = _open_xls(path)
    try:
        names = list(book.sheet_names())
        name = _pick(path, names, sheet)
        worksheet = book.sheet_by_name(name)
        merges = [(r1, c1, r2 - 1, c2 - 1) for r1, r2, c1, c2 in worksheet.merged_cells]
        grid = Grid(name, tuple(names), [], "xls", merges)
        old_codepage = book.biff_version < 80 and book.encoding not in ("utf_16_le", "latin_1")
        for r in range(min(worksheet.nrows, MAX_ROWS + 1)):
            texts: list[str] = []
            for c, cell in enumerate(worksheet.row(r)):
                xf = book.xf_list[cell.xf_index] if cell.xf_index is not None else None
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    texts.append("")
                elif cell.ctype == xlrd.XL_CELL_DATE:
                    texts.append(cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode)))
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    texts.append(cell_text(bool(cell.value)))
                elif cell.ctype == xlrd.XL_CELL_NUMBER:
                    fmt = book.format_map.get(xf.format_key) if xf is not None else None
                    texts.append(cell_text(cell.value, fmt.format_str if fmt else ""))
                else:
                    font = book.font_list[xf.font_index].name if xf is not None else None
                    encoding, capitals = font_encoding(font)
                    text = str(cell.value)
                    if encoding is not None and old_codepage:  # BIFF5: back to the bytes
                        text = text.encode(book.encoding, errors="replace").decode("latin-1")
                    texts.append(_by_font(grid, r, c, text, encoding, capitals))
            grid.cells.append(texts)
        return grid
    finally:
        book.release_resources()


# -- .csv -------------------------------------------------------------------------------


def _decode_csv(raw: bytes) -> tuple[str, str]:
    """The text of a CSV file and how it was encoded (see :class:`Grid`)."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    as_bytes = raw.decode("latin-1")  # one character per byte: the legacy view
    legacy = guess_encoding(_csv_cells(as_bytes))
    if legacy is not None:
        return as_bytes, legacy.value
    return nfc(raw.decode("cp1258", errors="replace")), "cp1258"


def _delimiter(text: str) -> str:
    """The delimiter that splits the most lines into the same number of cells.

    (``csv.Sniffer`` gives up on files with title lines above the table.)
    """
    lines = [line for line in text.splitlines()[:100] if line.strip()]
    best, best_score = ",", 0
    for candidate in (";", ",", "\t", "|"):
        counts = Counter(line.count(candidate) for line in lines)
        counts.pop(0, None)
        if counts:
            cells, lines_with = max(counts.items(), key=lambda item: (item[1], item[0]))
            score = lines_with * cells
            if score > best_score:
                best, best_score = candidate, score
    return best


def _csv_cells(text: str) -> Iterator[str]:
    for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text)):
        yield from row


def _read_csv(path: Path) -> Grid:
    text, encoding = _decode_csv(path.read_bytes())
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    grid = Grid(path.stem, (path.stem,), [list(r) for r in rows[: MAX_ROWS + 1]], encoding)
    if encoding in (LegacyEncoding.TCVN3.value, LegacyEncoding.VNI.value):
        legacy = LegacyEncoding(encoding)
        for r, row in enumerate(grid.cells):
            for c, value in enumerate(row):
                grid.decided.add((r, c))
                converted = convert_if_plausible(value, legacy)
                if converted != value:
                    grid.converted += 1
                    row[c] = converted
    return grid


# -- legacy text without a font ---------------------------------------------------------


def _convert_columns(grid: Grid) -> None:
    """Convert legacy text in the cells no font decided, one column at a time."""
    width = max((len(row) for row in grid.cells), default=0)
    for c in range(width):
        texts = [
            row[c]
            for r, row in enumerate(grid.cells)
            if c < len(row) and (r, c) not in grid.decided and not row[c].isascii()
        ]
        encoding = guess_encoding(texts) if texts else None
        for r, row in enumerate(grid.cells):
            if c >= len(row) or (r, c) in grid.decided:
                continue
            value = row[c]
            if encoding is not None and not value.isascii():
                converted = convert_if_plausible(value, encoding)
                if converted != value:
                    grid.converted += 1
                    value = converted
            row[c] = clean_line(value)
    for r, row in enumerate(grid.cells):
        for c, value in enumerate(row):
            if (r, c) in grid.decided:
                row[c] = clean_line(value)
