"""The application's icon: the window icon from the SVG, and the .ico the build writes."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtWidgets import QApplication

from inspectdesk.ui.app_icon import ICO_SIZES, app_icon, write_ico


def test_the_window_icon_is_drawn_from_the_svg(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(48, 48).isNull()


def test_write_ico_makes_one_png_entry_per_size(qapp: QApplication, tmp_path: Path) -> None:
    data = write_ico(tmp_path / "build" / "inspectdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    for index, size in enumerate(ICO_SIZES):
        width, _h, _c, _r, _planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert width == (0 if size == 256 else size) and bits == 32
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and length > 0
