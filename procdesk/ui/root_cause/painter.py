"""Paint a laid-out fishbone with a QPainter: the window's view, PNG and SVG.

The geometry, the colours and the line breaks come from the pure layout
(``procdesk.analysis.fishbone_layout``), measured in the same DejaVu Sans the PDF embeds,
so the picture on screen and the one on paper look alike.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from procdesk.analysis.fishbone_layout import FishboneLayout
from procdesk.analysis.fishbone_shapes import DOT_INK, INK, PAPER, Align, Ink, Text
from procdesk.ui.canvas.style import font

SELECTION = "#3b82f6"
"""The selected cause's or category's outline (the canvas's selection blue)."""
DROP = "#f59e0b"
"""Where a dragged cause would land."""
ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
}


def _pen(ink: Ink) -> QPen:
    pen = QPen(QColor(ink.stroke), ink.width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_fishbone(
    painter: QPainter,
    layout: FishboneLayout,
    selected: str | None = None,
    target: str | None = None,
) -> None:
    """Draw *layout* at the painter's origin, one unit per pixel, on white paper.

    *selected* outlines a cause's or category's text; *target* marks where a dragged cause
    would land (a cause or a category).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(PAPER))
    for region in layout.regions:
        if region.ref == target:
            box = region.box
            painter.fillRect(QRectF(box.x, box.y, box.w, box.h), QColor(DROP).lighter(190))
    for segment in layout.segments:
        painter.setPen(_pen(INK[segment.role]))
        painter.drawLine(QPointF(segment.x1, segment.y1), QPointF(segment.x2, segment.y2))
    for frame in layout.frames:
        ink, box = INK[frame.role], frame.box
        painter.setPen(_pen(ink))
        painter.setBrush(QBrush(QColor(ink.fill)) if ink.fill else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(box.x, box.y, box.w, box.h), 4, 4)
    for polygon in layout.polygons:
        ink = INK[polygon.role]
        painter.setPen(_pen(ink))
        painter.setBrush(QColor(ink.fill or ink.stroke))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in polygon.points]))
    painter.setPen(_pen(DOT_INK))
    for dot in layout.dots:
        painter.setBrush(QColor(DOT_INK.fill if dot.filled else PAPER))
        painter.drawEllipse(QPointF(dot.x, dot.y), dot.radius, dot.radius)
    for text in layout.texts:
        _text(painter, text)
        if text.ref and text.ref in (selected, target):
            colour = QColor(SELECTION if text.ref == selected else DROP)
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = text.box
            painter.drawRoundedRect(QRectF(box.x - 3, box.y - 2, box.w + 6, box.h + 4), 3, 3)
    painter.restore()


def _text(painter: QPainter, text: Text) -> None:
    painter.setFont(font(round(text.size), text.bold))
    painter.setPen(QColor(INK[text.role].text))
    flags = ALIGN[text.align] | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip
    line = text.line_height
    box = text.box
    for number, content in enumerate(text.lines):
        rect = QRectF(box.x, box.y + number * line, box.w, line)
        painter.drawText(rect, int(flags), content)
