"""A KPI's trend drawn in its dashboard cell: the last periods as a line, the target dashed,
the latest value as a dot in the colour of its light, as the report's charts draw it.

A delegate paints only the cells in view with QPainter; a pyqtgraph PlotWidget per row would
be a widget of its own for each of thousands of KPIs. ``benchmarks/bench_reporting.py``
measures the area opening on 3,000 KPIs (RESULTS.md, *Reporting*).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from procdesk.ui.performance.dashboard_model import TREND_ROLE

LINE = "#1f3a5f"
TARGET = "#7f868f"
PAD = 4.0


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    values: tuple[float | None, ...],
    target: float | None,
    colour: str,
    line: QColor,
) -> None:
    """Draw *values* (None: a period without one) in *rect*, with *target* as a dashed line."""
    known = [v for v in values if v is not None]
    if not known:
        return
    scale = [*known, *([target] if target is not None else [])]
    low, high = min(scale), max(scale)
    spread = high - low or abs(high) or 1.0
    left, width = rect.left() + PAD, rect.width() - 2 * PAD
    bottom, height = rect.bottom() - PAD, rect.height() - 2 * PAD
    step = width / max(len(values) - 1, 1)

    def point(index: int, value: float) -> QPointF:
        return QPointF(left + index * step, bottom - (value - low) / spread * height)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if target is not None:
        y = point(0, target).y()
        painter.setPen(QPen(QColor(TARGET), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left, y), QPointF(left + width, y))
    path = QPainterPath()
    drawing = False
    for index, value in enumerate(values):
        if value is None:
            drawing = False
            continue
        if drawing:
            path.lineTo(point(index, value))
        else:
            path.moveTo(point(index, value))
            drawing = True
    painter.setPen(QPen(line, 1.4))
    painter.drawPath(path)
    last = max(i for i, v in enumerate(values) if v is not None)
    value = values[last]
    assert value is not None
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(point(last, value), 2.6, 2.6)
    painter.restore()


class SparklineDelegate(QStyledItemDelegate):
    """Paints ``TREND_ROLE`` data; other cells as usual."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        trend = index.data(TREND_ROLE)
        if trend is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            # the row's selection and hover background, without text
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        values, target, colour = trend
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        line = option.palette.highlightedText().color() if selected else QColor(LINE)
        if not selected and option.palette.base().color().lightness() < 128:
            line = option.palette.text().color()  # a dark theme: the line in the text colour
        paint_trend(painter, QRectF(option.rect), values, target, colour, line)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 110), max(hint.height(), 22))
