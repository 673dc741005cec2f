"""Tests for inspectdesk.text.dates."""

from __future__ import annotations

from datetime import date, time

import pytest

from inspectdesk.text import (
    format_decree_date,
    format_place_date,
    format_short_date,
    format_time_vn,
    parse_short_date,
)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2020, 3, 5), "ngày 05 tháng 3 năm 2020"),
        (date(2021, 1, 8), "ngày 08 tháng 01 năm 2021"),
        (date(2021, 2, 15), "ngày 15 tháng 02 năm 2021"),
        (date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (date(2021, 11, 8), "ngày 08 tháng 11 năm 2021"),
        (date(2021, 12, 31), "ngày 31 tháng 12 năm 2021"),
        (date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
        (date(2020, 10, 10), "ngày 10 tháng 10 năm 2020"),
        (date(2020, 9, 1), "ngày 01 tháng 9 năm 2020"),
    ],
)
def test_format_decree_date(d: date, expected: str) -> None:
    assert format_decree_date(d) == expected


@pytest.mark.parametrize(
    ("place", "d", "expected"),
    [
        ("Vĩnh Yên", date(2021, 11, 8), "Vĩnh Yên, ngày 08 tháng 11 năm 2021"),
        ("  Vi\u0303nh  Ye\u0302n ", date(2021, 1, 8), "Vĩnh Yên, ngày 08 tháng 01 năm 2021"),
        ("Hà Nội", date(2020, 3, 5), "Hà Nội, ngày 05 tháng 3 năm 2020"),
        ("", date(2020, 3, 5), "ngày 05 tháng 3 năm 2020"),
        ("  ", date(2020, 3, 5), "ngày 05 tháng 3 năm 2020"),
    ],
)
def test_format_place_date(place: str, d: date, expected: str) -> None:
    assert format_place_date(place, d) == expected


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (time(8, 30), "08 giờ 30 phút"),
        (time(0, 0), "00 giờ 00 phút"),
        (time(14, 5, 59), "14 giờ 05 phút"),
        (time(23, 59), "23 giờ 59 phút"),
    ],
)
def test_format_time_vn(t: time, expected: str) -> None:
    assert format_time_vn(t) == expected


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2020, 3, 5), "05/03/2020"),
        (date(2021, 11, 28), "28/11/2021"),
        (date(2021, 1, 1), "01/01/2021"),
        (date(999, 1, 1), "01/01/0999"),
    ],
)
def test_format_short_date(d: date, expected: str) -> None:
    assert format_short_date(d) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5/3/2020", date(2020, 3, 5)),
        ("05/03/2020", date(2020, 3, 5)),
        ("05-03-2020", date(2020, 3, 5)),
        ("05.03.2020", date(2020, 3, 5)),
        ("2020-03-05", date(2020, 3, 5)),
        ("2020-3-5", date(2020, 3, 5)),
        ("  29/2/2024 ", date(2024, 2, 29)),
        ("31/12/2021", date(2021, 12, 31)),
    ],
)
def test_parse_short_date(text: str, expected: date) -> None:
    assert parse_short_date(text) == expected


@pytest.mark.parametrize(
    "d", [date(2020, 3, 5), date(2021, 12, 31), date(2024, 2, 29), date(1, 1, 1)]
)
def test_short_date_round_trip(d: date) -> None:
    assert parse_short_date(format_short_date(d)) == d


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hôm nay",
        "5/3/20",
        "05/03-2020",  # mixed separators
        "2020/03/05",  # year first only in ISO form
        "05 03 2020",
        "5/3/2020/1",
        "005/03/2020",
        "31/02/2021",  # no such day
        "29/02/2021",
        "00/01/2021",
        "01/13/2021",
        "0000-01-01",
        "2021-13-01",
        "٠٥/٠٣/٢٠٢٠",  # non-ASCII digits
        "05/03/2020 08:30",
    ],
)
def test_parse_short_date_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="invalid date"):
        parse_short_date(text)
