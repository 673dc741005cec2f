"""The application's icon: drawn from ``resources/icons/inspectdesk.svg``.

The window icon comes from the SVG at any size. Windows programs and installers want an
``.ico``: :func:`write_ico` renders the SVG at the usual sizes into one (PNG entries,
which Windows reads since Vista), so the build makes it rather than the repository
keeping a binary copy.
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from inspectdesk.paths import resources_dir

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_path() -> Path:
    """The SVG the icon is drawn from."""
    return resources_dir() / "icons" / "inspectdesk.svg"


def app_icon() -> QIcon:
    """The application's icon (empty if the SVG is missing)."""
    return QIcon(str(icon_path()))


def _png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    return bytes(data.data())


def write_ico(target: Path, svg: Path | None = None) -> Path:
    """Render the SVG into a multi-size ``.ico`` at ``target``.

    Raises:
        ValueError: the SVG cannot be read.
    """
    renderer = QSvgRenderer(str(svg or icon_path()))
    if not renderer.isValid():
        raise ValueError(f"cannot read the icon drawing {svg or icon_path()}")
    images = [_png(renderer, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + payload)
    return target
