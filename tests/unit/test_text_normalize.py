"""Tests for inspectdesk.text.normalize."""

from __future__ import annotations

import unicodedata

import pytest

from inspectdesk.text import clean_line, clean_text, fold, matches, nfc

NFD = "Đoa\u0300n Kie\u0302\u0309m Tra Vi\u0303nh Ye\u0302n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Vi\u0303nh Ye\u0302n", "Vĩnh Yên"),
        ("ê\u0301", "ế"),  # Unikey style: precomposed vowel + combining tone
        ("e\u0302\u0301", "ế"),
        ("o\u031b\u0323", "ợ"),
        ("o\u0323\u031b", "ợ"),  # marks in non-canonical order
        ("Đoàn", "Đoàn"),
        ("", ""),
    ],
)
def test_nfc(raw: str, expected: str) -> None:
    assert nfc(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Sở   Nội vụ  ", "Sở Nội vụ"),
        ("Sở\u00a0Nội\tvụ", "Sở Nội vụ"),
        ("Sở\nNội\r\nvụ", "Sở Nội vụ"),
        ("Sở\u200bNội\ufeff vụ", "SởNội vụ"),
        ("\ufeffVi\u0303nh Ye\u0302n\x00", "Vĩnh Yên"),
        ("e\u200b\u0301", "é"),  # zero-width removed before composing
        ("a\x07b\x1bc", "abc"),
        ("", ""),
        (" \t\n ", ""),
    ],
)
def test_clean_line(raw: str, expected: str) -> None:
    assert clean_line(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Dòng một  \r\nDòng hai\t\r\n\r\n", "Dòng một\nDòng hai"),
        ("a\rb\rc", "a\nb\nc"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("\n\n  đầu  \n  thụt lề\n\n", "đầu\n  thụt lề"),
        ("a\tb  c", "a\tb  c"),  # spacing inside a line is kept
        ("x\u00a0 \nY", "x\nY"),  # trailing NBSP removed
        ("Kie\u0323\u0302m\u200b tra\x0b\x0c", "Kiệm tra"),
        ("a\x00b\x08c\x7fd", "abcd"),
        ("", ""),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đoàn Kiểm Tra Vĩnh Yên", "doan kiem tra vinh yen"),
        (NFD, "doan kiem tra vinh yen"),
        ("  ĐOÀN\tKIỂM\u00a0TRA  ", "doan kiem tra"),
        ("Sở Giáo dục và Đào tạo", "so giao duc va dao tao"),
        ("Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"),
        ("Ư Ơ Ô Ă Â Ê đ", "u o o a a e d"),
        ("Ð ð", "ð ð"),  # Icelandic eth is not Vietnamese đ
        ("Straße", "strasse"),
        ("Çà", "ca"),
        ("hoà hòa", "hoa hoa"),
        ("Văn\u200bphòng", "vanphong"),
        ("", ""),
    ],
)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize(
    "variant",
    [
        "Tiếng Việt",
        unicodedata.normalize("NFD", "Tiếng Việt"),
        "Tiê\u0301ng Viê\u0323t",  # Unikey style
        "TIẾNG VIỆT",
        " tieng   viet ",
    ],
)
def test_fold_variants_agree(variant: str) -> None:
    assert fold(variant) == "tieng viet"


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("vinh yen", "Thành phố Vĩnh Yên", True),
        ("yên vĩnh", "Thành phố Vĩnh Yên", True),  # word order does not matter
        ("VINH", "Vĩnh Tường", True),
        ("tuong vinh", "Vĩnh Tường", True),
        ("ph", "Thành phố Vĩnh Yên", True),  # substring of a word
        ("dao tao", "Sở Giáo dục và Đào tạo", True),
        ("đào", "Sở Giáo dục và Dao tạo", True),
        ("phuc", "Thành phố Vĩnh Yên", False),
        ("vinh phuc", "Vĩnh Yên", False),
        ("", "anything", True),
        ("   ", "", True),
        ("a", "", False),
        (unicodedata.normalize("NFD", "Tường"), "vĩnh tường", True),
    ],
)
def test_matches(query: str, text: str, expected: bool) -> None:
    assert matches(query, text) is expected
