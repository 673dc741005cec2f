"""Dates and times as written in administrative documents (Decree 30/2020/NĐ-CP).

Decree 30 (Appendix I) writes the date of a document as "ngày 05 tháng 3 năm
2020": days below 10 and the months January and February take a leading zero,
the other months do not. Tables use the short form "05/03/2020".
"""

from __future__ import annotations

import re
from datetime import date, time

from inspectdesk.text.normalize import clean_line

__all__ = [
    "format_decree_date",
    "format_place_date",
    "format_short_date",
    "format_time_vn",
    "parse_short_date",
]

_DMY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)


def format_decree_date(d: date) -> str:
    """Write a date the Decree 30 way.

    Args:
        d: The date.

    Returns:
        For example "ngày 05 tháng 3 năm 2020" or "ngày 08 tháng 01 năm 2021".
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def format_place_date(place: str, d: date) -> str:
    """Write the place-and-date line of a document's header.

    Args:
        place: The place name, e.g. "Vĩnh Yên"; whitespace is tidied. If it is
            empty, only the date is returned.
        d: The date.

    Returns:
        For example "Vĩnh Yên, ngày 08 tháng 11 năm 2021".
    """
    place = clean_line(place)
    date_text = format_decree_date(d)
    return f"{place}, {date_text}" if place else date_text


def format_time_vn(t: time) -> str:
    """Write a time of day as in minutes of meetings.

    Args:
        t: The time; seconds are ignored.

    Returns:
        For example "08 giờ 30 phút".
    """
    return f"{t.hour:02d} giờ {t.minute:02d} phút"


def format_short_date(d: date) -> str:
    """Write a date as dd/mm/yyyy, for tables.

    Args:
        d: The date.

    Returns:
        For example "05/03/2020".
    """
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def parse_short_date(text: str) -> date:
    """Read a date typed as d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd.

    Day-first is the Vietnamese convention; the only year-first form accepted is
    ISO 8601 (yyyy-mm-dd). Surrounding whitespace is ignored.

    Args:
        text: For example "5/3/2020", "05/03/2020", "05-03-2020" or "2020-03-05".

    Returns:
        The date.

    Raises:
        ValueError: If the text has none of these forms or names no real date.
    """
    stripped = text.strip()
    if match := _DMY.fullmatch(stripped):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif match := _ISO.fullmatch(stripped):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        raise ValueError(f"invalid date {text!r}: expected dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"invalid date {text!r}: no such day") from None
