"""The serif font family of PDF documents ("DocSerif"), registered once with ReportLab.

Decree 30 asks for Times New Roman. On Windows the installed Times New Roman is used
(it may not be bundled); elsewhere the bundled Liberation Serif 2 (same metrics, SIL OFL
1.1, full Vietnamese coverage) from ``resources/fonts``. ReportLab embeds a subset of
every TrueType font it uses, so the PDF never depends on the reader's fonts.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from inspectdesk.paths import resources_dir

FAMILY = "DocSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_WINDOWS_FILES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_BUNDLED_FILES = tuple(
    f"LiberationSerif-{face}.ttf" for face in ("Regular", "Bold", "Italic", "BoldItalic")
)


@dataclass(frozen=True, slots=True)
class FontSource:
    """Which files the family was registered from."""

    name: str
    files: tuple[Path, Path, Path, Path]


_lock = threading.Lock()
_registered: FontSource | None = None


def _candidates(windir: str | None, fonts_dir: Path) -> list[FontSource]:
    sources: list[FontSource] = []
    if windir:
        win = Path(windir) / "Fonts"
        a, b, c, d = (win / f for f in _WINDOWS_FILES)
        sources.append(FontSource("Times New Roman", (a, b, c, d)))
    a, b, c, d = (fonts_dir / f for f in _BUNDLED_FILES)
    sources.append(FontSource("Liberation Serif", (a, b, c, d)))
    return sources


def choose_fonts(windir: str | None = None, fonts_dir: Path | None = None) -> FontSource:
    """The first complete set of faces: Windows Times New Roman, else Liberation Serif.

    Args:
        windir: The Windows folder (default: ``%WINDIR%``; none off Windows).
        fonts_dir: The bundled fonts (default: ``resources/fonts``).

    Raises:
        FileNotFoundError: no complete set of four faces was found.
    """
    if windir is None:
        windir = os.environ.get("WINDIR")
    folder = fonts_dir if fonts_dir is not None else resources_dir() / "fonts"
    for source in _candidates(windir, folder):
        if all(p.is_file() for p in source.files):
            return source
    raise FileNotFoundError(f"Không tìm thấy phông chữ Liberation Serif trong {folder}")


def register_fonts() -> FontSource:
    """Register the "DocSerif" family (regular, bold, italic, bold italic) once.

    ``<b>`` and ``<i>`` in paragraphs map to the bold and italic faces.

    Returns:
        The source of the registered faces.
    """
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        source = choose_fonts()
        names = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
        for name, path in zip(names, source.files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = source
        return source
