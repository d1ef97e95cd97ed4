"""Painters for data objects (folded page, input/output arrow, collection bars), data stores
(cylinder) and text annotations (open bracket with the text beside it)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from procdesk.model.elements import DataIo, DataObject, Shape
from procdesk.ui.canvas.style import (
    LINE_WIDTH,
    WRAP_LEFT,
    draw_text,
    line_height,
    pen,
    text_height,
)


def paint_data_object(
    p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool
) -> None:
    assert isinstance(s, DataObject)
    fold = min(12.0, r.width() / 3)
    page = QPolygonF(
        [
            r.topLeft(),
            QPointF(r.right() - fold, r.top()),
            QPointF(r.right(), r.top() + fold),
            r.bottomRight(),
            r.bottomLeft(),
        ]
    )
    p.setPen(pen(stroke, LINE_WIDTH))
    p.setBrush(fill)
    p.drawPolygon(page)
    p.setPen(pen(stroke, 1.0))
    p.drawPolyline(
        QPolygonF(
            [
                QPointF(r.right() - fold, r.top()),
                QPointF(r.right() - fold, r.top() + fold),
                QPointF(r.right(), r.top() + fold),
            ]
        )
    )
    if s.io != DataIo.NONE:
        arrow = [(0, -2.5), (7, -2.5), (7, -6), (13, 0), (7, 6), (7, 2.5), (0, 2.5)]
        origin = QPointF(r.left() + 5, r.top() + 10)
        p.setBrush(stroke if s.io == DataIo.OUTPUT else fill)
        p.drawPolygon(QPolygonF([QPointF(origin.x() + x, origin.y() + y) for x, y in arrow]))
    if s.collection:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(stroke)
        for dx in (-5, 0, 5):
            p.drawRect(QRectF(r.center().x() + dx - 1.2, r.bottom() - 14, 2.4, 10))


def paint_data_store(
    p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool
) -> None:
    lip = min(10.0, r.height() / 5)
    body = QPainterPath()
    body.moveTo(r.left(), r.top() + lip)
    body.lineTo(r.left(), r.bottom() - lip)
    body.arcTo(QRectF(r.left(), r.bottom() - 2 * lip, r.width(), 2 * lip), 180, 180)
    body.lineTo(r.right(), r.top() + lip)
    body.arcTo(QRectF(r.left(), r.top(), r.width(), 2 * lip), 0, 180)
    p.setPen(pen(stroke, LINE_WIDTH))
    p.setBrush(fill)
    p.drawPath(body)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for offset in (0.0, 0.45 * lip, 0.9 * lip):
        p.drawArc(QRectF(r.left(), r.top() + offset, r.width(), 2 * lip), 180 * 16, 180 * 16)


def annotation_text_area(shape: Shape) -> QRectF:
    """Where an annotation's text goes (local coordinates): inside its bracket, wrapped at the
    box's width, or wider (up to three times) where the wrapped lines would not fit its height;
    a long note runs on beyond the box, as in bpmn-js, rather than out of its top and bottom."""
    b = shape.bounds
    area = QRectF(6, 2, max(b.w - 10, 10), max(b.h - 4, 1))
    if not shape.name:
        return area
    room = max(1, int(area.height() / line_height())) * line_height() + 1
    width = area.width()
    while text_height(shape.name, width) > room and width < 3 * area.width():
        width += 8
    return QRectF(area.left(), area.top(), width, area.height())


def paint_annotation(
    p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool
) -> None:
    p.setPen(pen(stroke, 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    arm = min(15.0, r.width() / 3)
    p.drawPolyline(
        QPolygonF(
            [
                QPointF(r.left() + arm, r.top()),
                r.topLeft(),
                r.bottomLeft(),
                QPointF(r.left() + arm, r.bottom()),
            ]
        )
    )
    if text:
        area = annotation_text_area(s).translated(r.topLeft())
        draw_text(p, area, s.name, WRAP_LEFT, stroke)
