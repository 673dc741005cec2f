"""A small horizontal bar chart drawn with QPainter (no chart library needed)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

Bar = tuple[str, int, QColor]


class BarChart(QWidget):
    """Labelled horizontal bars with their values; the longest bar fills the width."""

    ROW_HEIGHT = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(320, max(1, len(self._bars)) * self.ROW_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = max((metrics.horizontalAdvance(b[0]) for b in self._bars), default=0) + 12
        value_width = metrics.horizontalAdvance("000.000") + 8
        top = 4
        span = max(1, self.width() - label_width - value_width - 8)
        largest = max((b[1] for b in self._bars), default=0) or 1
        text_color = self.palette().color(self.foregroundRole())
        for text, value, color in self._bars:
            row = QRectF(0, top, self.width(), self.ROW_HEIGHT - 6)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, row.top(), label_width - 8, row.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            width = span * value / largest
            painter.fillRect(QRectF(label_width, row.top() + 3, width, row.height() - 6), color)
            painter.drawText(
                QRectF(label_width + width + 6, row.top(), value_width, row.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{value:,}".replace(",", "."),
            )
            top += self.ROW_HEIGHT
        painter.end()
