"""Reading lists from .xlsx, .xls and .csv: headings, legacy encodings, titles and totals."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from inspectdesk.errors import FileMissing
from inspectdesk.services.sheet_reader import SheetNotFound, SheetUnreadable, read_grid
from inspectdesk.services.sheet_table import (
    PEOPLE_FIELDS,
    UNIT_FIELDS,
    HeadingsNotFound,
    MappingIncomplete,
    read_table,
    records,
)

DATA = Path(__file__).resolve().parents[1] / "data"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters precomposed, tones combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        out.append(
            unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)) + tones
        )
    return "".join(out).encode("cp1258")


def write_xlsx(
    path: Path,
    rows: list[list[Any]],
    fonts: dict[str, str] | None = None,
    merges: tuple[str, ...] = (),
    sheet: str = "Danh sách",
) -> Path:
    """A workbook with ``rows``; ``fonts`` maps a cell ("B5") to its font's name."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for cell, name in (fonts or {}).items():
        ws[cell].font = Font(name=name)
    for cells in merges:
        ws.merge_cells(cells)
    workbook.save(path)
    return path


@pytest.fixture
def messy_sheet(tmp_path: Path) -> Path:
    """Title rows (one merged), headings in another order with an extra column, a row of
    column numbers, TCVN3 cells in .VnTime and .VnTimeH, an NFD cell, an empty row, a
    totals row and a signature under it."""
    rows = [
        ["UBND TỈNH VĨNH PHÚC", None, None, None, None, None],
        ["DANH SÁCH CƠ QUAN, ĐƠN VỊ ĐƯỢC KIỂM TRA NĂM 2025"],
        [],
        ["STT", "Cấp", "Mã  ĐVHC", "TÊN ĐƠN VỊ (*)", "Ghi chú nội bộ", "Trực thuộc"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [1, "Tỉnh", 26, "Së Néi vô", "", ""],
        [2, "Xã", 8707, "ubnd x· ®¹i ®×nh", "cũ", "UBND huyện Tam Đảo"],
        [3, "Xã", None, unicodedata.normalize("NFD", "UBND xã Tam Quan"), "", "UBND huyện Tam Đảo"],
        [],
        [4, "Huyện", 255, "UBND huyện Tam Đảo", "", ""],
        [None, None, None, "Tổng cộng: 4 đơn vị", None, None],
        [None, None, None, "Người lập biểu", None, None],
    ]
    path = write_xlsx(
        tmp_path / "đơn vị.xlsx",
        rows,
        fonts={"D6": ".VnTime", "D7": ".VnTimeH"},
        merges=("A2:F2",),
    )
    return path


def test_finds_the_table_under_titles_in_any_column_order(messy_sheet: Path) -> None:
    table = read_table(messy_sheet, UNIT_FIELDS)
    assert table.header_row == 4
    assert table.mapping == {1: "level", 2: "admin_code", 3: "name", 5: "parent"}
    assert [r.number for r in table.rows] == [6, 7, 8, 10]
    assert table.total_row == 11
    names = [r.cells[3] for r in table.rows]
    assert names == ["Sở Nội vụ", "UBND XÃ ĐẠI ĐÌNH", "UBND xã Tam Quan", "UBND huyện Tam Đảo"]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert table.converted == 2
    assert table.rows[1].cells[5] == "UBND huyện Tam Đảo"  # Unicode cells stay as they were
    values = records(table, UNIT_FIELDS)
    assert values[0].values == {
        "level": "Tỉnh",
        "admin_code": "26",
        "name": "Sở Nội vụ",
        "parent": "",
    }


def test_a_merged_title_is_not_a_heading_row(tmp_path: Path) -> None:
    rows = [["Tên đơn vị"], ["Tên đơn vị", "Cấp"], ["Sở Tư pháp", "Tỉnh"]]
    path = write_xlsx(tmp_path / "t.xlsx", rows, merges=("A1:D1",))
    table = read_table(path, UNIT_FIELDS)
    assert table.header_row == 2
    assert [r.cells for r in table.rows] == [("Sở Tư pháp", "Tỉnh")]


def test_a_two_row_heading_and_a_parent_merged_down(tmp_path: Path) -> None:
    rows = [
        ["Tên đơn vị", "Người đứng đầu", None, "Trực thuộc"],
        [None, "Họ và tên", "Chức vụ", None],
        ["UBND xã Đại Đình", "Nguyễn Văn An", "Chủ tịch", "UBND huyện Tam Đảo"],
        ["UBND xã Tam Quan", "Trần Thị Bình", "Chủ tịch", None],
    ]
    path = write_xlsx(tmp_path / "t.xlsx", rows, merges=("B1:C1", "A1:A2", "D1:D2", "D3:D4"))
    table = read_table(path, UNIT_FIELDS)
    assert table.mapping == {0: "name", 1: "head_name", 2: "head_title", 3: "parent"}
    assert table.headings[2] == "Chức vụ"
    assert [r.number for r in table.rows] == [3, 4]
    assert table.rows[1].cells[3] == "UBND huyện Tam Đảo"


def test_a_vni_column_without_the_font_is_recognised(tmp_path: Path) -> None:
    rows = [
        ["Tên đơn vị", "Địa chỉ"],
        ["Sôû Noäi vuï", "Soá 38, ñöôøng Nguyeãn Traõi"],
        ["Phoøng Coâng chöùc", "Vónh Yeân"],
        ["UBND phường Liên Bảo", "Vĩnh Yên"],
    ]
    table = read_table(write_xlsx(tmp_path / "v.xlsx", rows), UNIT_FIELDS)
    assert [r.cells for r in table.rows] == [
        ("Sở Nội vụ", "Số 38, đường Nguyễn Trãi"),
        ("Phòng Công chức", "Vĩnh Yên"),
        ("UBND phường Liên Bảo", "Vĩnh Yên"),
    ]


UNITS_CSV = (
    "DANH SÁCH ĐƠN VỊ\n"
    "\n"
    "Mã ĐVHC;Tên đơn vị;Đơn vị cấp trên;Loại hình\n"
    "26;Sở Nội vụ;;Sở, ban, ngành\n"
    ";Phòng Công chức, viên chức;Sở Nội vụ;\n"
    ";Tổng cộng;;\n"
)


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda text: text.encode("utf-8"), "utf-8"),
        (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
        (to_cp1258, "cp1258"),
        (lambda text: text.encode("utf-16"), "utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "windows-1258", "utf-16"],
)
def test_csv_encodings(tmp_path: Path, encode: Any, encoding: str) -> None:
    path = tmp_path / "units.csv"
    path.write_bytes(encode(UNITS_CSV))
    table = read_table(path, UNIT_FIELDS)
    assert table.encoding == encoding
    assert table.header_row == 3
    assert [r.cells for r in table.rows] == [
        ("26", "Sở Nội vụ", "", "Sở, ban, ngành"),
        ("", "Phòng Công chức, viên chức", "Sở Nội vụ", ""),
    ]
    assert all(unicodedata.is_normalized("NFC", c) for r in table.rows for c in r.cells)


def test_a_windows_1258_file_really_holds_combining_tones() -> None:
    raw = to_cp1258("Sở Nội vụ")
    assert raw.decode("cp1258") != "Sở Nội vụ"  # so NFC is what makes it right
    assert unicodedata.normalize("NFC", raw.decode("cp1258")) == "Sở Nội vụ"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("Tªn ®¬n vÞ,§Þa chØ\nSë Néi vô,Sè 38 NguyÔn Tr·i\nPhßng C«ng chøc,VÜnh Yªn\n", "tcvn3"),
        (
            "Teân ñôn vò,Ñòa chæ\nSôû Noäi vuï,Soá 38 Nguyeãn Traõi\n"
            "Phoøng Coâng chöùc,Vónh Yeân\n",
            "vni",
        ),
    ],
)
def test_an_8_bit_csv_of_legacy_bytes_is_converted(tmp_path: Path, raw: str, encoding: str) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes(raw.encode("cp1252"))
    table = read_table(path, UNIT_FIELDS)
    assert table.encoding == encoding
    assert table.headings == ("Tên đơn vị", "Địa chỉ")
    assert [r.cells for r in table.rows] == [
        ("Sở Nội vụ", "Số 38 Nguyễn Trãi"),
        ("Phòng Công chức", "Vĩnh Yên"),
    ]


def test_an_old_xls_with_legacy_fonts(tmp_path: Path) -> None:
    table = read_table(DATA / "units_legacy.xls", UNIT_FIELDS)
    assert table.encoding == "xls"
    assert table.headings == ("STT", "TÊN ĐƠN VỊ", "MÃ ĐVHC", "TRỰC THUỘC", "CẤP")
    assert table.total_row == 9
    assert [r.cells[1:] for r in table.rows] == [
        ("Sở Nội vụ", "00026", "", "Tỉnh"),
        ("Phòng Công chức", "", "Sở Nội vụ", "Tỉnh"),
        ("UBND xã Đại Đình", "08707", "UBND huyện Tam Đảo", "Xã"),
        ("UBND xã Tam Quan", "08710", "UBND huyện Tam Đảo", "Xã"),
        ("UBND huyện Tam Đảo", "00255", "", "Huyện"),
    ]


def test_people_headings(tmp_path: Path) -> None:
    rows = [
        ["Họ và tên", "Chức vụ", "Đơn vị công tác", "Điện thoại"],
        ["Nguyễn Văn An", "Chủ tịch", "UBND xã Đại Đình", "0211 3862 222"],
    ]
    table = read_table(write_xlsx(tmp_path / "p.xlsx", rows), PEOPLE_FIELDS)
    assert table.mapping == {0: "full_name", 1: "job_title", 2: "unit", 3: "phone"}


def test_the_sheet_is_chosen_by_name_or_found(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.title = "Ghi chú"
    workbook.active.append(["Không có bảng ở đây"])
    other = workbook.create_sheet("Đơn vị")
    other.append(["Tên đơn vị"])
    other.append(["Sở Tư pháp"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    assert read_table(path, UNIT_FIELDS).sheet == "Đơn vị"
    assert read_table(path, UNIT_FIELDS, sheet="don vi").sheet == "Đơn vị"
    with pytest.raises(HeadingsNotFound):
        read_table(path, UNIT_FIELDS, sheet="Ghi chú")
    with pytest.raises(SheetNotFound) as caught:
        read_table(path, UNIT_FIELDS, sheet="Khác")
    assert "“Đơn vị”" in caught.value.describe("vi")


def test_a_heading_row_can_be_given(tmp_path: Path) -> None:
    rows = [["Tên đơn vị"], ["Đơn vị"], ["Sở Tư pháp"]]
    table = read_table(write_xlsx(tmp_path / "h.xlsx", rows), UNIT_FIELDS, header_row=2)
    assert [r.cells for r in table.rows] == [("Sở Tư pháp",)]


def test_a_mapping_without_the_name_column_is_refused(messy_sheet: Path) -> None:
    table = read_table(messy_sheet, UNIT_FIELDS)
    with pytest.raises(MappingIncomplete):
        records(table, UNIT_FIELDS, {1: "level"})
    corrected = records(table, UNIT_FIELDS, {3: "name", 4: "note"})
    assert corrected[1].values == {"name": "UBND XÃ ĐẠI ĐÌNH", "note": "cũ"}


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("missing.xlsx", None, FileMissing),
        ("notes.docx", b"PK\x03\x04", SheetUnreadable),
        ("broken.xlsx", b"this is not a zip file", SheetUnreadable),
        ("broken.xls", b"\xd0\xcf\x11\xe0 not really", SheetUnreadable),
    ],
)
def test_files_that_are_not_sheets_are_refused_with_a_sentence(
    tmp_path: Path, name: str, content: bytes | None, error: type[Exception]
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error):
        read_grid(path)


def test_a_sheet_without_the_name_heading_says_which_heading_is_missing(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [["Họ tên", "Tuổi"], ["An", 30]])
    with pytest.raises(HeadingsNotFound) as caught:
        read_table(path, UNIT_FIELDS)
    assert "“Tên đơn vị”" in caught.value.describe("vi")
