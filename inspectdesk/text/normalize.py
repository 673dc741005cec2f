"""Unicode clean-up and the accent-insensitive search key.

Vietnamese text reaches the application precomposed (NFC, what most keyboards and
Word produce), decomposed (NFD, from macOS file names and some PDFs) and in the
mixed "Unikey" style (a precomposed vowel followed by a combining tone mark). Every
function here accepts all three and gives the same answer for each.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_line", "clean_text", "fold", "matches", "nfc"]

# Characters that are invisible and carry no meaning in stored text.
_ZERO_WIDTH = "\u200b\u2060\ufeff"
# C0 controls other than TAB and LF, plus DEL.
_CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n") + "\x7f"
_DELETE_TABLE = str.maketrans("", "", _ZERO_WIDTH + _CONTROLS)
_ZERO_WIDTH_TABLE = str.maketrans("", "", _ZERO_WIDTH)
_LINE_BREAK = re.compile("\r\n|\r|\u2028|\u2029|\x85")
# Đ/đ (U+0110/U+0111) have no canonical decomposition, so stripping marks alone
# would keep them; Icelandic Ð (U+00D0) is a different letter and is left alone.
_D_STROKE = str.maketrans({"\u0110": "D", "\u0111": "d"})


def nfc(text: str) -> str:
    """Return ``text`` in Unicode Normalization Form C.

    Args:
        text: Any string.

    Returns:
        The canonically composed form, so "e" + U+0302 + U+0301 becomes "ế".
    """
    return unicodedata.normalize("NFC", text)


def _remove_invisible(text: str) -> str:
    return text.translate(_DELETE_TABLE)


def clean_text(text: str) -> str:
    """Tidy multi-line text typed or pasted by a user.

    Line endings (CRLF, CR, U+2028, U+2029, NEL) become ``\\n``; zero-width
    characters (U+200B, U+2060, U+FEFF) and control characters other than
    ``\\n`` and ``\\t`` are removed; the text is composed to NFC; trailing
    whitespace is removed from every line and surrounding whitespace from the
    whole. Spacing inside a line is kept.

    Args:
        text: Raw text, possibly from the clipboard or a Word document.

    Returns:
        The cleaned text.
    """
    text = _LINE_BREAK.sub("\n", text)
    text = nfc(_remove_invisible(text))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def clean_line(text: str) -> str:
    """Tidy single-line text such as a name or a title.

    Like :func:`clean_text`, but every run of whitespace (spaces, tabs, NBSP,
    newlines...) becomes one ordinary space.

    Args:
        text: Raw text.

    Returns:
        The text in NFC on one line, without leading or trailing whitespace.
    """
    return " ".join(nfc(_remove_invisible(text)).split())


def fold(text: str) -> str:
    """Return the accent-, case- and spacing-insensitive search key of ``text``.

    NFC, then Đ/đ to D/d, then NFD and removal of the combining marks, then
    case folding and collapsing whitespace: "Đoàn Kiểm Tra  Vĩnh Yên" gives
    "doan kiem tra vinh yen". Zero-width characters are dropped as well.

    Args:
        text: Any string, composed or decomposed.

    Returns:
        The folded key; equal for strings that differ only in tone marks,
        letter diacritics, case, normalisation form or spacing.
    """
    text = nfc(text.translate(_ZERO_WIDTH_TABLE)).translate(_D_STROKE)
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(bare.casefold().split())


def matches(query: str, text: str) -> bool:
    """Tell whether every word of ``query`` occurs in ``text``, ignoring accents.

    Both strings are folded with :func:`fold`; each whitespace-separated word of
    the folded query must be a substring of the folded text. An empty query
    matches everything.

    Args:
        query: What the user typed in a search box, e.g. "vinh yen".
        text: The text searched, e.g. "Thành phố Vĩnh Yên".

    Returns:
        ``True`` if all query words are found.
    """
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())
