"""Tests for inspectdesk.text.legacy (TCVN3 and VNI to Unicode) and text.syllables."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from inspectdesk.paths import resources_dir
from inspectdesk.text.legacy import (
    LegacyEncoding,
    TableEntry,
    convert,
    convert_if_plausible,
    detect,
    font_encoding,
    guess_encoding,
    load_table,
)
from inspectdesk.text.syllables import is_vietnamese_syllable

TCVN3, VNI = LegacyEncoding.TCVN3, LegacyEncoding.VNI

_BASES = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", base + tone) for base in _BASES for tone in _TONES
) - set("aeiouy") | {"đ"}
"""The 67 lower-case letters of Vietnamese that are not plain ASCII."""

UNICODE_PHRASES = (
    "Sở Nội vụ",
    "Ủy ban nhân dân tỉnh Vĩnh Phúc",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Phòng Tài chính - Kế hoạch",
    "Nguyễn Thị Thu Hà",
    "Trưởng phòng Công chức, viên chức",
    "UBND phường Liên Bảo",
    "Số 38, đường Nguyễn Trãi, Hà Đông",
    "Không có",
    "Cà phê",
    "Hà Giang",
    "Sơn La",
    "Bà Rịa - Vũng Tàu",
    "Chủ tịch",
    "Giám đốc",
    "Phó",
    "Ông",
    "Bà",
    "Có",
    "Đã khắc phục",
    "Ghi chú: đơn vị mới sáp nhập",
    "Thị trấn Yên Lạc",
    "Trường THCS Vĩnh Yên",
    "Kiểm tra đột xuất",
    "Tổng cộng",
    "So\u031b\u0309 No\u0302\u0323i vu\u0323",  # NFD
    "Phòng IT — Công ty ABC",
    "Inspection team",
    "Department of Home Affairs",
    "Email: vanthu@vinhphuc.gov.vn",
    "Tel. 0211 3862 222",
    "Café de la Paix",
    "Naïve résumé",
    "Müller GmbH",
    "Straße 5",
    "Zürich",
    "Señor Núñez",
    "São Paulo",
    "Søren Kierkegaard",
    "Ångström",
    "Île-de-France",
    "© 2024 InspectDesk",
    "½ kg, 30°C, 5 µm",
    "§ 5 Abs. 2",
    "« quoted »",
    "",
    "   ",
    "12345",
)


def _table_rows(encoding: LegacyEncoding) -> list[list[str]]:
    text = (resources_dir() / "encodings" / f"{encoding.value}.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _entries(encoding: LegacyEncoding) -> list[TableEntry]:
    return list(load_table(encoding))


def _id(entry: TableEntry) -> str:
    return f"{entry.stored!r}->{entry.letter}{'-H' if entry.capitals else ''}"


# -- the tables --------------------------------------------------------------------------


@pytest.mark.parametrize("entry", _entries(TCVN3), ids=_id)
def test_every_tcvn3_character_converts(entry: TableEntry) -> None:
    assert convert(entry.stored, TCVN3, capitals=entry.capitals) == entry.letter
    prefix = "T" if entry.capitals else "t"
    assert convert(prefix + entry.stored, TCVN3, capitals=entry.capitals) == prefix + entry.letter


@pytest.mark.parametrize("entry", _entries(VNI), ids=_id)
def test_every_vni_character_converts(entry: TableEntry) -> None:
    assert convert(entry.stored, VNI) == entry.letter
    prefix = "T" if entry.letter.isupper() else "t"
    assert convert(prefix + entry.stored + "n", VNI) == prefix + entry.letter + "n"


@pytest.mark.parametrize("encoding", list(LegacyEncoding))
def test_each_table_covers_the_134_letters_and_its_bytes_are_right(
    encoding: LegacyEncoding,
) -> None:
    rows = _table_rows(encoding)
    letters = {row[2] for row in rows}
    assert letters == VIETNAMESE_LETTERS | {c.upper() for c in VIETNAMESE_LETTERS}
    assert len(rows) == 134
    for row in rows:  # the stored text is the Windows-1252 reading of the bytes
        assert bytes(int(b, 16) for b in row[0].split()).decode("cp1252") == row[1]


def test_tcvn3_capitals_fonts_draw_every_code_as_a_capital() -> None:
    for entry in _entries(TCVN3):
        if not entry.capitals:
            assert convert(entry.stored, TCVN3, capitals=True) == entry.letter.upper()


# -- conversion ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "encoding", "capitals", "expected"),
    [
        ("Së Néi vô", TCVN3, False, "Sở Nội vụ"),
        ("Biªn b¶n kiÓm tra", TCVN3, False, "Biên bản kiểm tra"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", TCVN3, False, "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", TCVN3, False, "Độc lập - Tự do - Hạnh phúc"),
        ("Tr\xadëng phßng", TCVN3, False, "Trưởng phòng"),
        ("së néi vô", TCVN3, True, "SỞ NỘI VỤ"),
        ("ubnd tØnh", TCVN3, True, "UBND TỈNH"),
        (
            "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
            VNI,
            False,
            "Cộng hòa xã hội chủ nghĩa Việt Nam",
        ),
        ("COÄNG HOØA XAÕ HOÄI", VNI, False, "CỘNG HÒA XÃ HỘI"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", VNI, False, "Độc lập - Tự do - Hạnh phúc"),
        ("Sôû Noäi vuï", VNI, False, "Sở Nội vụ"),
        ("Ngöôøi ñöùng ñaàu", VNI, False, "Người đứng đầu"),
    ],
)
def test_convert(stored: str, encoding: LegacyEncoding, capitals: bool, expected: str) -> None:
    result = convert(stored, encoding, capitals=capitals)
    assert result == expected
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize("text", UNICODE_PHRASES)
@pytest.mark.parametrize("encoding", list(LegacyEncoding))
def test_text_already_in_unicode_is_never_converted_even_when_the_font_says_so(
    text: str, encoding: LegacyEncoding
) -> None:
    if any(ord(c) > 0xFF for c in text.replace("—", "")):
        assert convert(text, encoding) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("text", UNICODE_PHRASES)
def test_detection_leaves_unicode_and_english_alone(text: str) -> None:
    assert detect(text) is None


def test_a_column_of_unicode_and_english_is_not_taken_for_legacy_text() -> None:
    assert guess_encoding(UNICODE_PHRASES) is None
    assert guess_encoding([p for p in UNICODE_PHRASES if p.isascii() or max(p) <= "ÿ"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Së Néi vô", TCVN3),
        ("UBND x· §¹i §×nh", TCVN3),
        ("NguyÔn V¨n An", TCVN3),
        ("Gi¸m ®èc", TCVN3),
        ("Coäng hoøa", VNI),
        ("Ñoäc laäp - Töï do", VNI),
        ("Phã", None),  # one legacy character is not enough on its own
        ("Vieät", None),
    ],
)
def test_detect(text: str, expected: LegacyEncoding | None) -> None:
    assert detect(text) is expected


def test_a_column_decides_for_its_short_cells() -> None:
    column = ["Phã", "Gi¸m ®èc", "Tr\xadëng phßng", "Chñ tÞch", "Ông"]
    assert guess_encoding(column) is TCVN3
    assert convert_if_plausible("Phã", TCVN3) == "Phó"
    assert guess_encoding(["Vieät Nam", "Coäng hoøa", "Chuû tòch"]) is VNI
    assert convert_if_plausible("Müller", TCVN3) == "Müller"  # not Vietnamese once converted


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", (TCVN3, False)),
        (".VnTimeH", (TCVN3, True)),
        (".VnArial NarrowH", (TCVN3, True)),
        (".VnArial", (TCVN3, False)),
        ("VNI-Times", (VNI, False)),
        ("VNI-Helve", (VNI, False)),
        ("Times New Roman", (None, False)),
        ("Calibri", (None, False)),
        (None, (None, False)),
        ("", (None, False)),
    ],
)
def test_font_encoding(font: str | None, expected: tuple[LegacyEncoding | None, bool]) -> None:
    assert font_encoding(font) == expected


# -- syllables ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "Sở",
        "Nội",
        "vụ",
        "nghiêng",
        "giữa",
        "gìn",
        "khuỷu",
        "QUYẾT",
        "Trưởng",
        "oanh",
        "ý",
        "người",
        "đứng",
        "đầu",
        "thuở",
        "xoong",
        "huỳnh",
        "khuya",
        "tuấn",
        "Việt",
    ],
)
def test_vietnamese_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)
    assert is_vietnamese_syllable(unicodedata.normalize("NFD", word))


@pytest.mark.parametrize(
    "word",
    [
        "Së",
        "Néi",
        "Müller",
        "â",
        "ă",
        "ảc",
        "àt",
        "Zürich",
        "Mỹller",
        "Đ",
        "naùve",
        "Sừề",
        "Straòe",
        "jộs",
        "café",
    ],
)
def test_not_vietnamese_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


def test_the_tables_are_data_files() -> None:
    folder = resources_dir() / "encodings"
    assert {p.name for p in folder.glob("*.tsv")} >= {"tcvn3.tsv", "vni.tsv"}
    assert Path(folder / "tcvn3.tsv").read_text(encoding="utf-8").startswith("#")
