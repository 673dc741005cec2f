"""The merge report PDF, read back with pypdf: A4, embedded fonts, Vietnamese, literal text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus.flowables import Flowable

from inspectdesk.documents import merge_report_pdf
from inspectdesk.documents.merge_report_pdf import (
    TITLE,
    ConflictLine,
    MergeReportData,
    TableCount,
    build_merge_report_pdf,
)

HOSTILE = "<b>x</b> & AT&T {{ name }} </i> <br/>"
MM = 72 / 25.4
WHEN = datetime(2026, 11, 20, 14, 5)


def sample(**changes: Any) -> MergeReportData:
    values: dict[str, Any] = {
        "mine_file": "/hồ sơ/Kiểm tra công vụ 2026.idb",
        "other_file": "/usb/Hồ sơ của đồng chí Minh.idb",
        "made_at": WHEN,
        "made_by": "Nguyễn Thị Thu Hà",
        "dry_run": False,
        "counts": (
            TableCount("Đơn vị", 2, 0),
            TableCount("Kết quả kiểm tra", 5, 3),
            TableCount(HOSTILE, 1, 1),
        ),
        "conflicts": (
            ConflictLine(
                "Kết quả kiểm tra",
                "Chưa niêm yết công khai thủ tục hành chính",
                "Nội dung",
                "Chưa niêm yết công khai",
                HOSTILE,
                "Lấy giá trị của tệp kia",
            ),
            ConflictLine(
                "Kiến nghị", "Bố trí công chức", "Thời hạn", "31/12/2026", "15/01/2027", "Giữ"
            ),
        ),
        "renumbered": (("05/BB-ĐKT", "07/BB-ĐKT"),),
        "backup": "/sao lưu/Kiểm tra công vụ 2026-before-merge.idb",
        "log_entries": 12,
    }
    values.update(changes)
    return MergeReportData(**values)


def squeezed(reader: PdfReader) -> str:
    """All the text, NFC, with every run of whitespace one space (cells wrap lines)."""
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def written(tmp_path: Path) -> PdfReader:
    path = tmp_path / "báo cáo hợp nhất.pdf"
    build_merge_report_pdf(sample(), path)
    return PdfReader(path)


def _fonts(reader: PdfReader) -> Iterator[Any]:
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            yield ref.get_object()


def test_the_page_is_a4(written: PdfReader) -> None:
    for page in written.pages:
        assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.5)


def test_every_font_is_embedded(written: PdfReader) -> None:
    fonts = list(_fonts(written))
    assert fonts
    for font in fonts:
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert not any("Helvetica" in str(f["/BaseFont"]) for f in _fonts(written))


def test_vietnamese_text_extracts_in_order(written: PdfReader) -> None:
    text = squeezed(written)
    position = 0
    for marker in (
        TITLE,
        "(Đã thực hiện)",
        "Tệp của tôi: /hồ sơ/Kiểm tra công vụ 2026.idb",
        "Hồ sơ của đồng chí Minh.idb",
        "Thời gian: 20/11/2026 14:05",
        "Người thực hiện: Nguyễn Thị Thu Hà",
        "Tình trạng: Đã hợp nhất",
        "Kiểm tra công vụ 2026-before-merge.idb",
        "I. SỐ BẢN GHI THÊM MỚI VÀ CẬP NHẬT",
        "Đơn vị 2 0",
        "Kết quả kiểm tra 5 3",
        "Tổng cộng 8 4",
        "II. XUNG ĐỘT VÀ QUYẾT ĐỊNH",
        "Chưa niêm yết công khai",
        "Lấy giá trị của tệp kia",
        "Thời hạn 31/12/2026 15/01/2027",
        "III. SỐ VĂN BẢN ĐƯỢC CẤP LẠI",
        "05/BB-ĐKT 07/BB-ĐKT",
    ):
        found = text.find(marker, position)
        assert found >= 0, f"{marker!r} missing or out of order in {text!r}"
        position = found + len(marker)


def test_hostile_text_prints_literally(written: PdfReader) -> None:
    text = squeezed(written)
    assert text.count(HOSTILE.strip()) == 2  # a kind of data and a value
    assert "AT&amp;T" not in text


def test_a_dry_run_says_nothing_was_changed(tmp_path: Path) -> None:
    path = tmp_path / "thử.pdf"
    build_merge_report_pdf(sample(dry_run=True, backup=""), path)
    text = squeezed(PdfReader(path))
    assert "(Chạy thử, chưa thay đổi dữ liệu)" in text
    assert "chưa ghi gì vào tệp" in text
    assert "05/BB-ĐKT (cấp khi hợp nhất)" in text
    assert "Bản sao lưu" not in text


def test_nothing_to_merge_is_said_plainly(tmp_path: Path) -> None:
    path = tmp_path / "trống.pdf"
    empty = sample(counts=(), conflicts=(), renumbered=(), log_entries=0)
    assert empty.nothing_to_do
    build_merge_report_pdf(empty, path)
    text = squeezed(PdfReader(path))
    assert "không có gì để hợp nhất" in text
    assert "XUNG ĐỘT" not in text


def test_a_huge_value_is_clipped_and_many_conflicts_run_over_pages(tmp_path: Path) -> None:
    line = ConflictLine("Kết quả kiểm tra", "Nhãn", "Nội dung", "ạ " * 3000, "B", "Giữ")
    path = tmp_path / "dài.pdf"
    build_merge_report_pdf(sample(conflicts=(line,) * 40), path)
    reader = PdfReader(path)
    assert len(reader.pages) > 2
    assert "(còn 5300 ký tự)" in squeezed(reader)
    assert "2" in reader.pages[1].extract_text().split("\n")[0]  # page numbers from page 2


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken(Flowable):  # type: ignore[misc]
        def wrap(self, *_args: Any) -> tuple[float, float]:
            raise RuntimeError("hỏng giữa chừng")

    monkeypatch.setattr(merge_report_pdf, "_renumbered", lambda _data: [Broken()])
    path = tmp_path / "báo cáo.pdf"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        build_merge_report_pdf(sample(), path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["báo cáo.pdf"]
