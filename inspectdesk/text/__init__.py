"""Vietnamese text handling: normalisation, search keys, collation and dates.

Pure Python (standard library only), identical on every platform.
"""

from inspectdesk.text.collation import ALPHABET, collation_key, vn_sorted
from inspectdesk.text.dates import (
    format_decree_date,
    format_place_date,
    format_short_date,
    format_time_vn,
    parse_short_date,
)
from inspectdesk.text.normalize import clean_line, clean_text, fold, matches, nfc

__all__ = [
    "ALPHABET",
    "clean_line",
    "clean_text",
    "collation_key",
    "fold",
    "format_decree_date",
    "format_place_date",
    "format_short_date",
    "format_time_vn",
    "matches",
    "nfc",
    "parse_short_date",
    "vn_sorted",
]
