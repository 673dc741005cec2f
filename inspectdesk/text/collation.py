"""Vietnamese dictionary order as a plain ASCII sort key.

:func:`collation_key` turns a string into an ASCII string (0x20-0x7E) whose plain
code point order (Python ``<``, SQLite ``BINARY``, PostgreSQL ``COLLATE "C"``) is
Vietnamese dictionary order. It uses no locale and no ICU, so the key is the same
on every platform and can be stored in a database column.

Key layout: ``PRIMARY " " TONES " " VARIANT " " CASE``, compared in that order:

* PRIMARY is a sequence of self-delimiting units: one character per letter
  (digits < a ă â b c d đ e ê f ... y z < other letters), ``"!"`` between words,
  a digit run as its length (one character; ``"\\"`` plus the length in decimal
  beyond 57 digits) followed by its digits without leading zeros, and any other
  letter as ``"~"`` plus its case-folded code point in six hex digits.
* TONES has one entry per syllable (run of letters): its tones other than ngang,
  ``1``-``5`` for huyền, hỏi, ngã, sắc, nặng (plus 6 when the letter carries a
  non-Vietnamese mark), then ``"/"``. A syllable's tone does not depend on the
  vowel carrying it, so old- and new-style spellings ("hoà", "hòa") sort together.
* VARIANT has one entry per unit: for a letter ``1`` if it carries the mark,
  else ``0``; for a digit run ``0`` plus its leading zeros. It orders spelling
  variants ("hoà" < "hòa", "7" < "07") so that different strings rarely tie.
* CASE has one entry per letter: ``0`` lower, ``1`` upper.

The space separating the levels sorts below every other character, so a key
whose primary part is a prefix of another's sorts first; when primary parts are
equal they consist of the same units, so the later levels line up entry by entry
and are compared left to right. Trailing ``"/"`` and ``0`` entries, then trailing
separators, are dropped: keys get shorter and the order is unchanged, because
those are the lowest entries and the separator is lower still.
Keys are about three characters per letter.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["ALPHABET", "collation_key", "vn_sorted"]

#: The Vietnamese alphabet in dictionary order, with f, j, w, z at their Latin places.
ALPHABET: tuple[str, ...] = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)  # fmt: skip

_LEVEL_SEP = " "  # 0x20: below everything else
_WORD_SEP = "!"  # 0x21
_NUM_LEN_BASE = 0x22  # digit-run lengths 0..57 -> 0x22..0x5B
_NUM_SHORT_MAX = 57
_NUM_LONG = "\\"  # 0x5C: a longer run; then its length's digit count, then the length
_LETTER_BASE = 0x5D  # 33 letters -> 0x5D..0x7D
_OTHER = "~"  # 0x7E: any other letter, then 6 hex digits
_LETTER_CODE = {letter: chr(_LETTER_BASE + i) for i, letter in enumerate(ALPHABET)}

_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_MODIFIED = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}
# huyền, hỏi, ngã, sắc, nặng (ngang, no mark, is 0).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_FOREIGN_MARK = 6
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
_MAX_ZEROS = 0x7E - 0x30
_SYLLABLE_END = "/"  # 0x2F: below every tone character


class _KeyBuilder:
    """Accumulates the four levels of a key, unit by unit."""

    def __init__(self) -> None:
        self.primary: list[str] = []
        self.tones: list[str] = []  # one entry per syllable (run of letters)
        self.variant: list[str] = []  # one entry per letter or digit run
        self.case: list[str] = []  # one entry per letter
        self._syllable: list[str] | None = None
        self._digits: list[str] = []
        self._pending_sep = False

    def _start_unit(self) -> None:
        if self._pending_sep:
            if self.primary:
                self.primary.append(_WORD_SEP)
            self._pending_sep = False

    def _end_syllable(self) -> None:
        if self._syllable is not None:
            self.tones.append("".join(self._syllable) + _SYLLABLE_END)
            self._syllable = None

    def _flush_digits(self) -> None:
        if not self._digits:
            return
        run = "".join(self._digits)
        self._digits.clear()
        significant = run.lstrip("0")
        length = len(significant)
        if length <= _NUM_SHORT_MAX:
            self.primary.append(chr(_NUM_LEN_BASE + length))
        else:
            count = str(length)
            self.primary.append(_NUM_LONG + chr(0x30 + len(count)) + count)
        self.primary.append(significant)
        self.variant.append(chr(0x30 + min(len(run) - length, _MAX_ZEROS)))

    def separator(self) -> None:
        self._flush_digits()
        self._end_syllable()
        self._pending_sep = True

    def digit(self, value: int) -> None:
        self._end_syllable()
        if not self._digits:
            self._start_unit()
        self._digits.append(chr(0x30 + value))

    def letter(self, code: str, tone: int, upper: bool) -> None:
        self._flush_digits()
        self._start_unit()
        if self._syllable is None:
            self._syllable = []
        self.primary.append(code)
        if tone:
            self._syllable.append(chr(0x30 + tone))
        self.variant.append("1" if tone else "0")
        self.case.append("1" if upper else "0")

    def key(self) -> str:
        self._flush_digits()
        self._end_syllable()
        if not self.primary:
            return ""
        parts = (
            "".join(self.primary),
            "".join(self.tones).rstrip(_SYLLABLE_END),
            "".join(self.variant).rstrip("0"),
            "".join(self.case).rstrip("0"),
        )
        return _LEVEL_SEP.join(parts).rstrip(_LEVEL_SEP)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _secondary(base: str, marks: list[str], foreign: bool = False) -> tuple[str, int]:
    """Split ``marks`` on lower-case ``base`` into the Vietnamese letter and a tone.

    The tone is 0-5, plus 6 if a mark is not Vietnamese or ``foreign`` is set.
    """
    letter = base
    tone: int | None = None
    for mark in marks:
        if letter == base and (base, mark) in _MODIFIED:
            letter = _MODIFIED[(base, mark)]
        elif tone is None and mark in _TONES:
            tone = _TONES[mark]
        else:
            foreign = True
    return letter, (tone or 0) + (_FOREIGN_MARK if foreign else 0)


def _add_cluster(builder: _KeyBuilder, base: str, marks: list[str]) -> None:
    """Add one base character and its combining marks to ``builder``."""
    if base.isdecimal():
        builder.digit(unicodedata.decimal(base))
        return
    if not unicodedata.category(base).startswith("L"):
        builder.separator()
        return
    upper = base.isupper()
    lower = base.lower()
    if lower in _LATIN or lower == "đ":
        letter, tone = _secondary(lower, marks)
        builder.letter(_LETTER_CODE[letter], tone, upper)
        return
    # Any other letter: case-fold and decompose again (ß -> ss, Σ -> σ); what is
    # still not a Latin letter is ordered by code point after z.
    folded = unicodedata.normalize("NFKD", base.casefold())
    letters = [ch for ch in folded if not _is_mark(ch)]
    all_marks = marks + [ch for ch in folded if _is_mark(ch)]
    _, tone = _secondary("", all_marks, foreign="".join(letters) != lower)
    for ch in letters:
        if ch in _LATIN:
            builder.letter(_LETTER_CODE[ch], tone, upper)
        else:
            builder.letter(f"{_OTHER}{ord(ch):06x}", tone, upper)


def collation_key(text: str) -> str:
    """Return an ASCII sort key giving Vietnamese dictionary order.

    Letters compare first (digits < a ă â b c d đ e ê ... ư v w x y z < other
    scripts), word by word, with digit runs compared by numeric value; then the
    tone of each syllable (ngang < huyền < hỏi < ngã < sắc < nặng), left to right;
    then spelling variants (which vowel carries the tone, leading zeros); then
    case (lower first). Spaces and punctuation only separate words. Composed,
    decomposed and mixed input give the same key. Keys contain only characters
    0x20-0x7E and compare correctly byte by byte (SQLite ``BINARY``, PostgreSQL
    ``COLLATE "C"``).

    Args:
        text: Any string.

    Returns:
        The sort key; ``""`` for a string with no letters or digits.
    """
    builder = _KeyBuilder()
    base: str | None = None
    marks: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if _is_mark(ch):
            if base is not None:
                marks.append(ch)
            continue
        if base is not None:
            _add_cluster(builder, base, marks)
        base, marks = ch, []
    if base is not None:
        _add_cluster(builder, base, marks)
    return builder.key()


def vn_sorted(items: Iterable[str], *, reverse: bool = False) -> list[str]:
    """Sort strings in Vietnamese dictionary order.

    Args:
        items: The strings to sort.
        reverse: Sort in descending order instead.

    Returns:
        A new list, ordered by :func:`collation_key` (stable for equal keys).
    """
    return sorted(items, key=collation_key, reverse=reverse)
