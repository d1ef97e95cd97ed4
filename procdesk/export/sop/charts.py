"""KPI history charts: measured values as a line, the target as a dashed line, vector drawn.

Built with ``reportlab.graphics.charts`` rather than the app's pyqtgraph plots: those need Qt
and their SVG export is unreliable, while these stay vector, selectable and Qt-free.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.legends import LineLegend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from procdesk.export.sop import labels
from procdesk.export.sop.content import KpiEntry, format_number
from procdesk.export.sop.fonts import REGULAR
from procdesk.export.sop.styles import ACCENT, BAD, GRID, MUTED
from procdesk.text import tr


def date_label(iso: str) -> str:
    """'2026-03-31' → 'Mar 26'; anything unparsable is shown as written."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{labels.month(day.month)} {day.year % 100:02d}"


def _value_range(values: list[float]) -> tuple[float, float]:
    low, high = min(values), max(values)
    pad = (high - low) * 0.15 if high > low else (abs(low) * 0.1 or 1.0)
    bottom = 0.0 if low >= 0 and low - pad < 0 else low - pad
    return bottom, high + pad


def kpi_chart(kpi: KpiEntry, width: float, height: float) -> Drawing:
    """A line chart of *kpi*'s history with its target; needs at least one measurement."""
    drawing = Drawing(width, height)
    values = [value for _, value in kpi.history]
    labels = [date_label(day) for day, _ in kpi.history]
    chart = HorizontalLineChart()
    chart.x, chart.y = 38, 30
    chart.width, chart.height = width - 50, height - 48
    chart.data = [values]
    chart.joinedLines = 1
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.6
    # Markers keep a single measurement visible, where a line alone would draw nothing.
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=ACCENT)
    low, high = _value_range(values + ([kpi.target] if kpi.target is not None else []))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = low, high
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = format_number
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EC")
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = GRID
    if len(labels) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    if kpi.target is not None:
        # The target runs across the whole plot, however few the measurements.
        chart.valueAxis.setPosition(chart.x, chart.y, chart.height)
        chart.valueAxis.configure(chart.data)
        y = chart.valueAxis.scale(kpi.target)
        target = Line(chart.x, y, chart.x + chart.width, y, strokeColor=BAD, strokeWidth=1)
        target.strokeDashArray = (4, 3)
        drawing.add(target)
    unit = f" ({kpi.unit})" if kpi.unit else ""
    drawing.add(String(0, height - 10, f"{kpi.name}{unit}", fontName=REGULAR, fontSize=8))
    legend = LineLegend()
    legend.x, legend.y = width - 150, height - 6
    legend.fontName = REGULAR
    legend.fontSize = 7
    legend.fillColor = MUTED
    legend.columnMaximum = 1
    legend.dx, legend.dy, legend.deltax = 14, 0, 70
    legend.alignment = "right"
    pairs = [(ACCENT, tr("Actual", "KPI chart legend"))]
    if kpi.target is not None:
        pairs.append((BAD, tr("Target", "KPI chart legend")))
    legend.colorNamePairs = pairs
    legend.columnMaximum = 1
    drawing.add(legend)
    return drawing
