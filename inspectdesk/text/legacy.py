"""Vietnamese text typed in the legacy 8-bit encodings TCVN3 (ABC) and VNI-Windows, to Unicode.

Before Unicode, Vietnamese was typed with special fonts: ".VnTime" and its capitals font
".VnTimeH" (TCVN3, also called ABC), or "VNI-Times" (VNI). The file holds ordinary
Windows-1252 characters and only the font draws them as Vietnamese: "Së Néi vô" in
.VnTime reads "Sở Nội vụ", "Vieät Nam" in VNI-Times reads "Việt Nam". The mapping tables
are data files (``resources/encodings/tcvn3.tsv`` and ``vni.tsv``).

When the font is known (Excel cells), :func:`font_encoding` says how to convert. When it
is not (CSV files, cells whose font was changed), :func:`detect` looks at one text and
:func:`guess_encoding` at many (a column); both are cautious: text is converted only
when it holds characters no Unicode Vietnamese text has and every word the conversion
changes becomes a well-formed Vietnamese syllable. Unicode text (anything outside
Windows-1252) and plain English are never changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from inspectdesk.text.normalize import nfc
from inspectdesk.text.syllables import is_vietnamese_syllable

__all__ = [
    "LegacyEncoding",
    "TableEntry",
    "convert",
    "convert_if_plausible",
    "detect",
    "font_encoding",
    "guess_encoding",
    "load_table",
]


class LegacyEncoding(StrEnum):
    """The legacy encodings InspectDesk converts."""

    TCVN3 = "tcvn3"
    VNI = "vni"


@dataclass(frozen=True, slots=True)
class TableEntry:
    """One row of a mapping table: what the file stores, and the letter it means.

    ``capitals`` is true for the TCVN3 rows that hold in the capitals fonts (.VnTimeH).
    """

    stored: str
    letter: str
    capitals: bool = False


# The 32 characters Windows-1252 puts at 0x80..0x9F (legacy text read through it).
_CP1252_EXTRA = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
_NOT_8BIT = re.compile("[^\x00-\xff" + re.escape(_CP1252_EXTRA) + "]")
# Latin-1 letters that Unicode Vietnamese also uses: weak evidence of a legacy encoding.
_VIETNAMESE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_MIN_EVIDENCE = 2
"""Legacy characters one text must hold before :func:`detect` converts it on its own."""


def _tables_folder() -> Path:
    from inspectdesk.paths import resources_dir  # the text layer stays import-light

    return resources_dir() / "encodings"


@cache
def load_table(encoding: LegacyEncoding) -> tuple[TableEntry, ...]:
    """The rows of an encoding's mapping table, as shipped in ``resources/encodings``."""
    path = _tables_folder() / f"{encoding.value}.tsv"
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        capitals = len(columns) > 3 and columns[3].strip() == "H"
        entries.append(TableEntry(columns[1], columns[2], capitals))
    return tuple(entries)


@dataclass(frozen=True, slots=True)
class _Codec:
    mapping: dict[str, str]
    pattern: re.Pattern[str]  # one stored sequence, longest first
    word: re.Pattern[str]  # a word: letters and stored characters
    strong: frozenset[str]  # stored characters no Unicode Vietnamese text has


@cache
def _codec(encoding: LegacyEncoding) -> _Codec:
    mapping = {e.stored: e.letter for e in load_table(encoding) if not e.capitals}
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(k) for k in keys))
    chars = frozenset("".join(keys))
    word = re.compile(r"(?:[^\W\d_]|[" + re.escape("".join(sorted(chars))) + "])+")
    strong = frozenset(c for c in chars if not c.isascii() and c not in _VIETNAMESE_LATIN1)
    return _Codec(mapping, pattern, word, strong)


def font_encoding(font_name: str | None) -> tuple[LegacyEncoding | None, bool]:
    """The legacy encoding a font implies, and whether it is a capitals font.

    ".VnTime", ".VnArial"… are TCVN3; ".VnTimeH", ".VnArialH"… are its capitals fonts;
    "VNI-Times", "VNI-Helve"… are VNI. Any other font (or none) gives ``(None, False)``.
    """
    name = (font_name or "").strip()
    if name.lower().startswith(".vn"):
        return LegacyEncoding.TCVN3, name.endswith("H")
    if name.lower().startswith(("vni-", "vni ")):
        return LegacyEncoding.VNI, False
    return None, False


def _legacy_possible(text: str) -> bool:
    """Whether every character of ``text`` can come from an 8-bit Windows-1252 file."""
    return _NOT_8BIT.search(text) is None


def _convert_raw(text: str, codec: _Codec) -> str:
    return codec.pattern.sub(lambda m: codec.mapping[m.group()], text)


def convert(text: str, encoding: LegacyEncoding, *, capitals: bool = False) -> str:
    """Convert legacy text to Unicode NFC, whatever it looks like.

    Args:
        text: The text as the file stores it, e.g. "Së Néi vô".
        encoding: TCVN3 or VNI (from the font, or chosen by the user).
        capitals: The text is in a TCVN3 capitals font (.VnTimeH): it is upper-cased.

    Returns:
        "Sở Nội vụ". Text holding a character that no 8-bit file can hold (so already
        Unicode) is returned unchanged but for NFC.
    """
    if not _legacy_possible(text):
        return nfc(text)
    converted = nfc(_convert_raw(text, _codec(encoding)))
    return converted.upper() if capitals else converted


def _evidence(text: str, codec: _Codec) -> tuple[int, int, bool]:
    """(legacy sequences in changed words, changed words, every changed word is a syllable)."""
    sequences = changed = 0
    for match in codec.word.finditer(text):
        word = match.group()
        converted = _convert_raw(word, codec)
        if converted == word:
            continue
        changed += 1
        sequences += len(codec.pattern.findall(word))
        if not is_vietnamese_syllable(converted):
            return sequences, changed, False
    return sequences, changed, True


def _plausible(text: str, encoding: LegacyEncoding, min_evidence: int) -> bool:
    codec = _codec(encoding)
    if text.isascii() or not _legacy_possible(text):
        return False
    if min_evidence and not any(c in codec.strong for c in text):
        return False
    sequences, changed, valid = _evidence(text, codec)
    return valid and changed > 0 and sequences >= min_evidence


def detect(text: str) -> LegacyEncoding | None:
    """The legacy encoding ``text`` is surely in, or ``None`` when in doubt.

    Conservative: at least two legacy characters, at least one that Unicode Vietnamese
    never uses, and every word the conversion changes must become a Vietnamese syllable.
    "Së Néi vô" is TCVN3, "Coäng hoøa" is VNI; "Sở Nội vụ", "Cà phê", "Müller",
    "5 µm" and "© 2024" are ``None``.
    """
    found = [e for e in LegacyEncoding if _plausible(text, e, _MIN_EVIDENCE)]
    return found[0] if len(found) == 1 else None


def guess_encoding(texts: Iterable[str]) -> LegacyEncoding | None:
    """The legacy encoding of a column (or a whole file) of texts, if they agree on one.

    Each text that reads as Vietnamese in an encoding votes for it; a text holding
    characters of an encoding that do not convert to Vietnamese votes against it. An
    encoding wins when texts holding characters Unicode Vietnamese never uses ("ë",
    "¸", "ä"…) vouch for it with at least two legacy characters, no rival encoding has a
    third of its votes, and fewer than a quarter of the texts vote against it. So a column
    of Unicode "Không có" (every letter also a TCVN3 code) is left alone.
    """
    votes = dict.fromkeys(LegacyEncoding, 0)
    against = dict.fromkeys(LegacyEncoding, 0)
    evidence = dict.fromkeys(LegacyEncoding, 0)
    for text in texts:
        if text.isascii() or not _legacy_possible(text):
            continue
        for encoding in LegacyEncoding:
            codec = _codec(encoding)
            sequences, changed, valid = _evidence(text, codec)
            if not changed:
                continue
            strong = any(c in codec.strong for c in text)
            if valid:
                votes[encoding] += 1
                evidence[encoding] += sequences if strong else 0
            elif strong:
                against[encoding] += 1
    ranked = sorted(LegacyEncoding, key=lambda e: votes[e], reverse=True)
    best, other = ranked[0], ranked[1]
    if evidence[best] < _MIN_EVIDENCE or votes[best] <= 3 * votes[other]:
        return None
    if against[best] * 3 > votes[best]:
        return None
    return best


def convert_if_plausible(text: str, encoding: LegacyEncoding) -> str:
    """``text`` converted when it reads as Vietnamese in ``encoding``, else unchanged.

    For the cells of a column :func:`guess_encoding` found in that encoding: a cell whose
    conversion would give a word that is not Vietnamese is left as it is.
    """
    if _plausible(text, encoding, 0):
        return convert(text, encoding)
    return text
