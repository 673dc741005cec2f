"""Export to .xlsx, read back with openpyxl: what a secretary opens in Excel."""

from __future__ import annotations

import gc
import os
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from inspectdesk.domain.enums import FindingKind
from inspectdesk.errors import FileMissing, NotAFile, ReadOnlyFile
from inspectdesk.services.xlsx_export import MAX_WIDTH, export_rows

HEADERS = ["Đơn vị", "Ngày", "Loại", "Số lượng", "Nội dung"]
ROWS: list[list[Any]] = [
    ["UBND xã Định Trung", date(2021, 11, 8), FindingKind.VIOLATION, 3, "Đến muộn 20 phút"],
    ["Sở Nội vụ", date(2021, 3, 5), "Ưu điểm", 2.5, "=SUM(A1:A9)"],
    ["Ủy ban nhân dân tỉnh", None, "Tồn tại, hạn chế", 0, "+84 912 345 678"],
    ["Đài Phát thanh", datetime(2021, 3, 5, 7, 30), "", -4, "-"],
    ["Bệnh viện", date(2024, 1, 1), "@", 10**6, "@SUM(1)"],
    ["#N/A", date(2024, 1, 2), "#REF!", True, "Tỷ lệ 100%"],
]


def _read(path: Path) -> Any:
    return load_workbook(path).active


def test_values_come_back_typed(tmp_path: Path) -> None:
    path = tmp_path / "ket-qua.xlsx"
    assert export_rows(path, "Kết quả", HEADERS, ROWS) == len(ROWS)
    sheet = _read(path)
    assert [c.value for c in sheet[1]] == HEADERS
    first = [c.value for c in sheet[2]]
    assert first == [
        "UBND xã Định Trung",
        datetime(2021, 11, 8),
        "violation",
        3,
        "Đến muộn 20 phút",
    ]
    assert sheet["B2"].is_date and sheet["B2"].number_format == "DD/MM/YYYY"
    assert sheet["B5"].value == datetime(2021, 3, 5, 7, 30)
    assert sheet["B4"].value is None
    assert sheet["D3"].value == 2.5 and sheet["D3"].data_type == "n"
    assert sheet["D6"].value == 1_000_000 and sheet["D5"].value == -4
    assert sheet.title == "Kết quả"
    assert sheet.max_row == len(ROWS) + 1


def test_headings_bold_frozen_and_filtered(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    export_rows(path, "Kết quả", HEADERS, ROWS)
    sheet = _read(path)
    assert all(cell.font.b for cell in sheet[1])
    assert not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:E{len(ROWS) + 1}"


def test_a_title_goes_above_the_headings(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    export_rows(path, "Kết quả", HEADERS, ROWS, title="Kết quả kiểm tra — lọc “viên chức”")
    sheet = _read(path)
    assert sheet["A1"].value == "Kết quả kiểm tra — lọc “viên chức”" and sheet["A1"].font.b
    assert [c.value for c in sheet[2]] == HEADERS
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == f"A2:E{len(ROWS) + 2}"


def test_widths_fit_the_content_up_to_a_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    long_text = "Cán bộ, công chức, viên chức " * 20
    export_rows(path, "S", ["Mã", "Nội dung dài", "Ngày"], [["1", long_text, date(2021, 1, 1)]])
    widths = _read(path).column_dimensions
    assert widths["A"].width < widths["C"].width < widths["B"].width
    assert widths["B"].width == MAX_WIDTH
    assert widths["C"].width >= len("01/01/2021")
    assert widths["A"].width >= len("Mã")


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    export_rows(path, "S", HEADERS, ROWS)
    sheet = _read(path)
    for ref, typed in (("E3", "=SUM(A1:A9)"), ("E4", "+84 912 345 678"), ("E5", "-")):
        assert sheet[ref].value == typed and sheet[ref].data_type == "s", ref
    assert sheet["E6"].value == "@SUM(1)" and sheet["C6"].value == "@"
    for ref in ("A7", "C7"):  # Excel's error codes typed as text stay text
        assert sheet[ref].data_type == "s", ref
    assert sheet["A7"].value == "#N/A" and sheet["D7"].value is True
    assert sheet["E3"].quotePrefix  # stays text even when edited in Excel
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula anywhere in the file


def test_vietnamese_text_is_intact(tmp_path: Path) -> None:
    path = tmp_path / "tiếng việt.xlsx"
    nfd = "Vie\u0302\u0301t Nam"  # decomposed text comes back as it was given
    export_rows(path, "Đơn vị", ["Tên"], [["Ủy ban nhân dân tỉnh Vĩnh Phúc"], [nfd], ["a\nb"]])
    sheet = _read(path)
    assert sheet["A2"].value == "Ủy ban nhân dân tỉnh Vĩnh Phúc"
    assert sheet["A3"].value == nfd
    assert sheet["A4"].value == "a\nb"
    assert sheet.title == "Đơn vị"


def test_rows_are_read_lazily_once(tmp_path: Path) -> None:
    read: list[int] = []

    def rows() -> Iterator[list[Any]]:
        for n in range(5000):
            read.append(n)
            yield [f"Đơn vị {n}", n]

    assert export_rows(tmp_path / "a.xlsx", "S", ["Tên", "Số"], rows()) == 5000
    assert read == list(range(5000))
    assert _read(tmp_path / "a.xlsx")["B5001"].value == 4999


def test_an_empty_list_still_has_its_headings(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    assert export_rows(path, "S", HEADERS, []) == 0
    sheet = _read(path)
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.auto_filter.ref == "A1:E1"


def test_replaces_atomically_and_leaves_no_temp_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "a.xlsx"
    export_rows(path, "S", ["A"], [["cũ"]])

    def broken() -> Iterator[list[str]]:
        for n in range(3000):  # past the rows sampled for widths: streaming has begun
            yield [f"mới {n}"]
        raise RuntimeError("stopped half-way")

    temp_files = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))

    with pytest.raises(RuntimeError):
        export_rows(path, "S", ["A"], broken())
    assert _read(path)["A2"].value == "cũ"  # the old file, whole
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= temp_files
    gc.collect()  # the abandoned stream closes quietly (an error here fails the test)
    assert sorted(p.name for p in folder.iterdir()) == ["a.xlsx"]
    export_rows(path, "S", ["A"], [["mới"]])
    assert _read(path)["A2"].value == "mới"
    assert sorted(p.name for p in folder.iterdir()) == ["a.xlsx"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_refuses_a_read_only_file_or_folder(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    export_rows(path, "S", ["A"], [["cũ"]])
    path.chmod(stat.S_IRUSR)
    with pytest.raises(ReadOnlyFile) as error:
        export_rows(path, "S", ["A"], [["mới"]])
    assert "a.xlsx" in error.value.describe()
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ReadOnlyFile):
            export_rows(folder / "b.xlsx", "S", ["A"], [])
    finally:
        folder.chmod(stat.S_IRWXU)


def test_refuses_a_read_only_file_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"")
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != path)
    with pytest.raises(ReadOnlyFile):
        export_rows(path, "S", ["A"], [["x"]])
    assert path.read_bytes() == b""
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != tmp_path)
    with pytest.raises(ReadOnlyFile):
        export_rows(tmp_path / "b.xlsx", "S", ["A"], [["x"]])
    assert not (tmp_path / "b.xlsx").exists()


def test_refuses_a_folder_or_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NotAFile):
        export_rows(tmp_path, "S", ["A"], [])
    with pytest.raises(FileMissing):
        export_rows(tmp_path / "không có" / "a.xlsx", "S", ["A"], [])


def test_sheet_titles_excel_refuses_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    export_rows(path, "Kết quả: 01/2024 [bản nháp] và một tên rất dài", ["A"], [])
    title = _read(path).title
    assert len(title) <= 31 and not set(title) & set("[]:*?/\\")
    assert title.startswith("Kết quả 01 2024")


def test_error_codes_are_openpyxls() -> None:
    from openpyxl.cell.cell import ERROR_CODES as OPENPYXL_ERROR_CODES

    from inspectdesk.services.xlsx_export import ERROR_CODES

    assert frozenset(OPENPYXL_ERROR_CODES) == ERROR_CODES
