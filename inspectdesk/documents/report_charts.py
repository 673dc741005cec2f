"""The charts of the summary report: findings by kind and by unit level, remediation."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from inspectdesk.documents.fonts import BOLD, REGULAR
from inspectdesk.documents.report_data import ReportData

HEIGHT = 70 * mm


def _bars(
    x: float,
    width: float,
    title: str,
    items: list[tuple[str, int]],
    fill: colors.Color,
    y: float = 0,
) -> tuple[VerticalBarChart, String]:
    chart = VerticalBarChart()
    chart.x, chart.y = x + 10 * mm, y + 14 * mm
    chart.width, chart.height = width - 14 * mm, HEIGHT - 26 * mm
    values = [n for _, n in items] or [0]
    chart.data = [values]
    chart.bars[0].fillColor = fill
    chart.bars[0].strokeColor = colors.black
    top = max(values)
    step = max(1, -(-top // 5))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step * 5, 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 9
    chart.categoryAxis.categoryNames = [name for name, _ in items] or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.textAnchor = "middle"
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 9
    chart.barLabels.nudge = 6
    label = String(x + width / 2, y + HEIGHT - 6 * mm, title, textAnchor="middle")
    label.fontName, label.fontSize = BOLD, 11
    return chart, label


def findings_chart(data: ReportData, width: float) -> Drawing:
    """Bar charts: findings by kind and recommendations by progress side by side, and
    below them (when the units have levels) shortcomings and violations by unit level."""
    r = data.remediation
    levels = list(data.findings_by_level)
    rows = 2 if levels else 1
    drawing = Drawing(width, HEIGHT * rows)
    drawing.initialFontName = REGULAR  # else the renderer starts in (unembedded) Helvetica
    drawing.initialFontSize = 9
    left = list(data.findings_by_kind)
    right = [
        ("Đã\nkhắc phục", r.done),
        ("Đang\nkhắc phục", r.in_progress),
        ("Chưa\nkhắc phục", r.open),
        ("Quá hạn", r.overdue),
    ]
    half = width / 2
    top = HEIGHT * (rows - 1)
    panels = [
        (0.0, top, "Kết quả phát hiện theo loại", left, colors.Color(0.55, 0.55, 0.55)),
        (half, top, "Tiến độ khắc phục kiến nghị", right, colors.Color(0.8, 0.8, 0.8)),
    ]
    if levels:
        title = "Tồn tại, vi phạm theo cấp đơn vị"
        panels.append((half / 2, 0.0, title, levels, colors.Color(0.67, 0.67, 0.67)))
    for x, y, title, items, fill in panels:
        chart, label = _bars(x, half, title, items, fill, y)
        drawing.add(chart)
        drawing.add(label)
    return drawing
