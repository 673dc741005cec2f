"""Finding the table in a worksheet: its heading row, what each column holds, its rows.

Lists made by people have title rows above the headings, headings on two rows (a merged
"Người đứng đầu" over "Họ và tên" and "Chức vụ"), a row of column numbers "(1) (2) (3)"
under them, empty rows, and a "Tổng cộng" row with a signature block at the bottom.
:func:`read_table` finds the first row that names the required column, ignoring case,
tones, spacing and punctuation, and reads the rows under it until a totals row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from inspectdesk.errors import UserError
from inspectdesk.services.sheet_reader import Grid, read_grid, sheet_names
from inspectdesk.text import fold

HEADER_SEARCH_ROWS = 50
_TOTAL_WORDS = frozenset({"tổng cộng", "cộng", "tổng", "tổng số", "tong cong", "cong", "tong so"})
_TOTAL_START = re.compile(r"^(tổng cộng|tổng số|tong cong)\b")
_NUMBERING = re.compile(r"^\(?([0-9]{1,2}|[A-Za-z])\)?$")


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A field an import fills, and the headings that name its column."""

    key: str
    headings: tuple[str, ...]
    required: bool = False

    @property
    def label(self) -> str:
        """The usual Vietnamese heading of the column."""
        return self.headings[0]


UNIT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        ("Tên đơn vị", "Tên cơ quan, đơn vị", "Tên cơ quan", "Cơ quan, đơn vị", "Đơn vị"),
        required=True,
    ),
    FieldSpec("kind", ("Loại đơn vị", "Loại hình", "Loại hình đơn vị", "Loại")),
    FieldSpec("level", ("Cấp", "Cấp hành chính", "Cấp đơn vị")),
    FieldSpec(
        "parent",
        (
            "Đơn vị cấp trên",
            "Trực thuộc",
            "Cơ quan cấp trên",
            "Cơ quan chủ quản",
            "Đơn vị chủ quản",
        ),
    ),
    FieldSpec("admin_code", ("Mã đơn vị", "Mã ĐVHC", "Mã đơn vị hành chính", "Mã", "Mã số")),
    FieldSpec("address", ("Địa chỉ", "Địa chỉ trụ sở", "Trụ sở")),
    FieldSpec("head_name", ("Người đứng đầu", "Thủ trưởng", "Thủ trưởng đơn vị", "Lãnh đạo")),
    FieldSpec("head_title", ("Chức vụ", "Chức vụ người đứng đầu", "Chức danh")),
    FieldSpec("phone", ("Điện thoại", "Số điện thoại", "ĐT")),
    FieldSpec("email", ("Email", "Thư điện tử", "Địa chỉ email")),
    FieldSpec("note", ("Ghi chú",)),
)

PEOPLE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("full_name", ("Họ và tên", "Họ tên", "Tên cán bộ", "Cán bộ"), required=True),
    FieldSpec("honorific", ("Danh xưng", "Ông/Bà", "Giới tính")),
    FieldSpec("job_title", ("Chức vụ", "Chức danh")),
    FieldSpec(
        "unit",
        ("Đơn vị", "Đơn vị công tác", "Cơ quan, đơn vị", "Cơ quan công tác", "Tên đơn vị"),
    ),
    FieldSpec("phone", ("Điện thoại", "Số điện thoại", "ĐT")),
    FieldSpec("email", ("Email", "Thư điện tử", "Địa chỉ email")),
    FieldSpec("note", ("Ghi chú",)),
)


class HeadingsNotFound(UserError):
    code = "headings_not_found"
    vi = (
        "Không tìm thấy dòng tiêu đề có cột “{heading}” trong {rows} dòng đầu của trang"
        " “{sheet}” (tệp “{path}”)."
    )
    en = (
        "No heading row with a “{heading}” column in the first {rows} rows of the sheet"
        " “{sheet}” (file “{path}”)."
    )


class MappingIncomplete(UserError):
    code = "mapping_incomplete"
    vi = "Chưa chọn cột nào là “{heading}”; cột này bắt buộc."
    en = "No column is chosen as “{heading}”; it is required."


@dataclass(frozen=True, slots=True)
class SheetRow:
    """A row of the table: its number in the sheet (as Excel shows it) and its cells."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Record:
    """A row's values by field key (mapped columns only; empty cells are "")."""

    row: int
    values: dict[str, str]


@dataclass(frozen=True)
class SheetTable:
    """The table found in a sheet, with the columns recognised by their headings.

    ``mapping`` (column index → field key) is what was recognised; a user may correct
    it and pass another one to :func:`records`. ``header_row`` and ``total_row`` are
    sheet row numbers (``total_row`` is None when no totals row ended the table).
    """

    path: Path
    sheet: str
    sheets: tuple[str, ...]
    encoding: str
    converted: int
    header_row: int
    headings: tuple[str, ...]
    mapping: dict[int, str]
    rows: tuple[SheetRow, ...]
    total_row: int | None = None


def heading_key(text: str) -> str:
    """What a heading is compared by: folded, without parenthesised notes, spaces, punctuation."""
    return re.sub(r"[^0-9a-z]", "", fold(re.sub(r"\(.*?\)", "", text)))


def recognise(cells: tuple[str, ...] | list[str], fields: tuple[FieldSpec, ...]) -> dict[int, str]:
    """Column index → field key for every cell that is a known heading (first one wins)."""
    index = {heading_key(h): f.key for f in fields for h in f.headings}
    mapping: dict[int, str] = {}
    for column, text in enumerate(cells):
        key = index.get(heading_key(text)) if text else None
        if key is not None and key not in mapping.values():
            mapping[column] = key
    return mapping


def _required(fields: tuple[FieldSpec, ...]) -> FieldSpec:
    return next(f for f in fields if f.required)


def _is_title(grid: Grid, r: int) -> bool:
    """A row holding one text that spans several columns: a title, not headings."""
    filled = [c for c, text in enumerate(grid.cells[r]) if text]
    if len(filled) != 1:
        return False
    return any(r1 == r and c1 == filled[0] and c2 > c1 for r1, c1, _r2, c2 in grid.merges)


def _find_header(grid: Grid, fields: tuple[FieldSpec, ...]) -> tuple[int, dict[int, str]] | None:
    required = _required(fields).key
    for r in range(min(len(grid.cells), HEADER_SEARCH_ROWS)):
        mapping = recognise(grid.cells[r], fields)
        if required in mapping.values() and not _is_title(grid, r):
            return r, mapping
    return None


def _second_heading_row(
    grid: Grid, r: int, mapping: dict[int, str], fields: tuple[FieldSpec, ...]
) -> dict[int, str] | None:
    """The columns row ``r`` + 1 adds when it is the second row of a two-row heading.

    It is when it names fields the first row does not, or when a heading of row ``r`` is
    merged down into it. Returns None when the next row is data.
    """
    if r + 1 >= len(grid.cells):
        return None
    extra = {
        c: key
        for c, key in recognise(grid.cells[r + 1], fields).items()
        if c not in mapping and key not in mapping.values()
    }
    spanned = any(r1 == r and r2 > r for r1, _c1, r2, _c2 in grid.merges)
    return extra if extra or spanned else None


def _is_numbering(cells: list[str]) -> bool:
    filled = [t for t in cells if t]
    return len(filled) >= 2 and all(_NUMBERING.match(t) for t in filled)


def _is_total(cells: list[str]) -> bool:
    """A "Tổng cộng" / "Cộng" row (tones count: "Tổng công ty…" is a unit's name)."""
    for text in [t for t in cells if t][:3]:
        words = text.lower().strip(" :.")
        if words in _TOTAL_WORDS or _TOTAL_START.match(words):
            return True
    return False


def _fill_vertical_merges(grid: Grid, first_data: int) -> None:
    """Repeat a cell merged down over several data rows in each of them (its first column)."""
    for r1, c1, r2, _c2 in grid.merges:
        if r2 <= r1 or r1 < first_data:
            continue
        value = grid.cells[r1][c1] if c1 < len(grid.cells[r1]) else ""
        for r in range(r1 + 1, min(r2 + 1, len(grid.cells))):
            row = grid.cells[r]
            while len(row) <= c1:
                row.append("")
            if not row[c1]:
                row[c1] = value


def _table(
    path: Path, grid: Grid, fields: tuple[FieldSpec, ...], header_row: int | None
) -> SheetTable | None:
    if header_row is not None:
        r = header_row - 1
        if not 0 <= r < len(grid.cells):
            return None
        mapping = recognise(grid.cells[r], fields)
    else:
        found = _find_header(grid, fields)
        if found is None:
            return None
        r, mapping = found
    headings = list(grid.cells[r])
    first = r + 1
    extra = _second_heading_row(grid, r, mapping, fields)
    if extra is not None:
        mapping.update(extra)
        for c, text in enumerate(grid.cells[r + 1]):
            if c >= len(headings):
                headings.append("")
            if text and (not headings[c] or c in extra):
                headings[c] = text
        first = r + 2
    if first < len(grid.cells) and _is_numbering(grid.cells[first]):
        first += 1
    _fill_vertical_merges(grid, first)
    while headings and not headings[-1] and len(headings) - 1 not in mapping:
        headings.pop()
    width = len(headings)
    rows: list[SheetRow] = []
    total: int | None = None
    for index in range(first, len(grid.cells)):
        cells = grid.cells[index]
        if not any(cells):
            continue
        if _is_total(cells):
            total = index + 1
            break
        padded = tuple(cells[:width]) + ("",) * (width - len(cells))
        rows.append(SheetRow(index + 1, padded))
    return SheetTable(
        path=path,
        sheet=grid.sheet,
        sheets=grid.sheets,
        encoding=grid.encoding,
        converted=grid.converted,
        header_row=r + 1,
        headings=tuple(headings),
        mapping=mapping,
        rows=tuple(rows),
        total_row=total,
    )


def read_table(
    path: Path,
    fields: tuple[FieldSpec, ...],
    sheet: str | None = None,
    header_row: int | None = None,
) -> SheetTable:
    """Read the table of one sheet: the named one, else the first whose headings are found.

    Args:
        path: A .xlsx, .xls or .csv file.
        fields: What the import fills (:data:`UNIT_FIELDS`, :data:`PEOPLE_FIELDS`).
        sheet: The sheet's name (case and tones need not match); None to search.
        header_row: The heading row's number when the user knows it; None to search
            the first :data:`HEADER_SEARCH_ROWS` rows.

    Raises:
        HeadingsNotFound: no heading row names the required column.
        SheetUnreadable, SheetNotFound, FileMissing, NotAFile: see :func:`read_grid`.
    """
    path = Path(path)
    candidates = [sheet] if sheet is not None else list(sheet_names(path))
    first_grid: Grid | None = None
    for name in candidates:
        grid = read_grid(path, name)
        first_grid = first_grid or grid
        table = _table(path, grid, fields, header_row)
        if table is not None:
            return table
    raise HeadingsNotFound(
        heading=_required(fields).label,
        rows=HEADER_SEARCH_ROWS,
        sheet=first_grid.sheet if first_grid else (sheet or path.stem),
        path=path,
    )


def records(
    table: SheetTable, fields: tuple[FieldSpec, ...], mapping: dict[int, str] | None = None
) -> list[Record]:
    """The table's rows as values by field, through ``mapping`` (default: the recognised one).

    Raises:
        MappingIncomplete: no column is mapped to the required field.
    """
    mapping = table.mapping if mapping is None else mapping
    required = _required(fields)
    if required.key not in mapping.values():
        raise MappingIncomplete(heading=required.label)
    known = {f.key for f in fields}
    columns = [(c, key) for c, key in sorted(mapping.items()) if key in known]
    result = []
    for row in table.rows:
        values = {key: (row.cells[c] if c < len(row.cells) else "") for c, key in columns}
        if any(values.values()):  # a row with nothing in the imported columns is skipped
            result.append(Record(row.number, values))
    return result
