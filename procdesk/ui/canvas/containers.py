"""Painters for containers: pools, lanes, phases and groups.

Pools and lanes carry their name in a band across their start (rotated text in horizontal
pools); phases carry it in a band across the top of their column.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from procdesk.model.elements import Lane, Pool, Shape
from procdesk.ui.canvas.markers import bars
from procdesk.ui.canvas.style import (
    WRAP_CENTER,
    color,
    draw_rotated_text,
    draw_text,
    pen,
)

HEADER = 30.0
"""Width of the name band of a pool or lane (height, for vertical ones)."""


def paint_pool(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Pool)
    p.setPen(pen(stroke, 1.5))
    p.setBrush(fill)
    p.drawRect(r)
    if s.horizontal:
        p.drawLine(QPointF(r.left() + HEADER, r.top()), QPointF(r.left() + HEADER, r.bottom()))
        if text:
            draw_rotated_text(p, QRectF(r.left(), r.top(), HEADER, r.height()), s.name, stroke)
    else:
        p.drawLine(QPointF(r.left(), r.top() + HEADER), QPointF(r.right(), r.top() + HEADER))
        if text:
            draw_text(p, QRectF(r.left(), r.top(), r.width(), HEADER), s.name, WRAP_CENTER, stroke)
    if s.multiplicity is not None:  # several participants: three bars at the bottom centre
        bars(p, QPointF(r.center().x(), r.bottom() - 10), stroke, vertical=True)


def paint_lane(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Lane)
    p.setPen(pen(stroke, 1.5))
    p.setBrush(fill if s.fill else Qt.BrushStyle.NoBrush)
    p.drawRect(r)
    if not text:
        return
    if s.horizontal:
        draw_rotated_text(p, QRectF(r.left(), r.top(), HEADER, r.height()), s.name, stroke)
    else:
        draw_text(p, QRectF(r.left(), r.top(), r.width(), HEADER), s.name, WRAP_CENTER, stroke)


PHASE_BAND = 24.0


def phase_band(rect: QRectF) -> QRectF:
    """The name band of a phase: across the top of a column, down the left of a row."""
    if rect.width() <= rect.height():
        return QRectF(rect.left(), rect.top(), rect.width(), PHASE_BAND)
    return QRectF(rect.left(), rect.top(), PHASE_BAND, rect.height())


def paint_phase(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    band = phase_band(r)
    column = r.width() <= r.height()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color(s.fill, "#eef1f6"))
    p.drawRect(band)
    p.setPen(pen(color(s.stroke, "#8a8f99"), 1.0, Qt.PenStyle.DashLine))
    if column:
        p.drawLine(r.topRight(), r.bottomRight())
        p.drawLine(band.bottomLeft(), band.bottomRight())
    else:
        p.drawLine(r.bottomLeft(), r.bottomRight())
        p.drawLine(band.topRight(), band.bottomRight())
    if text:
        if column:
            draw_text(p, band, s.name, WRAP_CENTER, stroke)
        else:
            draw_rotated_text(p, band, s.name, stroke)


def paint_group(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    """The dash-dotted frame (its name is an outside label: ``labels`` places it)."""
    p.setPen(pen(stroke, 1.5, Qt.PenStyle.DashDotLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(r, 10, 10)
