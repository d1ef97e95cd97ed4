"""Event definition glyphs: message, timer, error, signal, escalation, conditional, link,
compensation, cancel, terminate, multiple and parallel multiple.

Each glyph is drawn in a box given by its centre and a scale (1.0 = the size bpmn-js uses for a
36 px event or a 100x80 task), so the same code serves the canvas and every export. A *filled*
glyph is the throwing variant (end events, intermediate throw events), a hollow one catches.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF

from procdesk.model.elements import EventDefinition
from procdesk.ui.canvas.style import pen

Glyph = Callable[[QPainter, QPointF, float, QColor, QColor, bool], None]
"""(painter, centre, scale, stroke, fill, filled) → draws one symbol."""


def poly(center: QPointF, s: float, points: Sequence[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(center.x() + x * s, center.y() + y * s) for x, y in points])


def _style(painter: QPainter, stroke: QColor, fill: QColor, filled: bool, width: float) -> None:
    painter.setPen(pen(stroke, width))
    painter.setBrush(stroke if filled else fill)


# event definitions --------------------------------------------------------------------------
def message_glyph(
    p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool
) -> None:
    rect = QRectF(c.x() - 10 * s, c.y() - 7 * s, 20 * s, 14 * s)
    _style(p, stroke, fill, filled, 1.2)
    p.drawRect(rect)
    p.setPen(pen(fill if filled else stroke, 1.2))
    p.drawPolyline(poly(c, s, [(-10, -7), (0, 0.5), (10, -7)]))


def _timer(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    radius = 11 * s
    p.setPen(pen(stroke, 1.5))
    p.setBrush(fill)
    p.drawEllipse(c, radius, radius)
    p.setPen(pen(stroke, 1.0))
    for hour in range(12):
        angle = math.radians(hour * 30)
        inner, outer = radius * 0.72, radius * 0.92
        p.drawLine(
            QPointF(c.x() + inner * math.cos(angle), c.y() + inner * math.sin(angle)),
            QPointF(c.x() + outer * math.cos(angle), c.y() + outer * math.sin(angle)),
        )
    p.setPen(pen(stroke, 1.3))
    p.drawLine(c, QPointF(c.x() + 5.5 * s, c.y() - 2.5 * s))
    p.drawLine(c, QPointF(c.x() + 1 * s, c.y() - 8 * s))


def _error(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    _style(p, stroke, fill, filled, 1.2)
    p.drawPolygon(poly(c, s, [(-9, 8), (-4, -8), (1, 2), (9, -8), (4, 8), (-1, -2)]))


def _signal(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    _style(p, stroke, fill, filled, 1.2)
    p.drawPolygon(poly(c, s, [(0, -10), (9.5, 7), (-9.5, 7)]))


def _escalation(
    p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool
) -> None:
    _style(p, stroke, fill, filled, 1.2)
    p.drawPolygon(poly(c, s, [(0, -10), (7, 9), (0, 2), (-7, 9)]))


def _conditional(
    p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool
) -> None:
    p.setPen(pen(stroke, 1.2))
    p.setBrush(fill)
    p.drawRect(QRectF(c.x() - 7 * s, c.y() - 9 * s, 14 * s, 18 * s))
    for y in (-5, -1.5, 2, 5.5):
        p.drawLine(QPointF(c.x() - 4.5 * s, c.y() + y * s), QPointF(c.x() + 4.5 * s, c.y() + y * s))


def _link(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    _style(p, stroke, fill, filled, 1.2)
    p.drawPolygon(poly(c, s, [(-9, -3), (2, -3), (2, -8), (10, 0), (2, 8), (2, 3), (-9, 3)]))


def compensate_glyph(
    p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool
) -> None:
    _style(p, stroke, fill, filled, 1.2)
    p.drawPolygon(poly(c, s, [(-1, -6), (-1, 6), (-10, 0)]))
    p.drawPolygon(poly(c, s, [(9, -6), (9, 6), (0, 0)]))


def _cancel(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    _style(p, stroke, fill, filled, 1.2)
    arm = [(-2.5, -2.5 - 7), (2.5, -2.5 - 7), (2.5, -2.5), (9.5, -2.5), (9.5, 2.5), (2.5, 2.5)]
    arm += [(2.5, 9.5), (-2.5, 9.5), (-2.5, 2.5), (-9.5, 2.5), (-9.5, -2.5), (-2.5, -2.5)]
    rotated = [
        (
            x * math.cos(math.pi / 4) - y * math.sin(math.pi / 4),
            x * math.sin(math.pi / 4) + y * math.cos(math.pi / 4),
        )
        for x, y in arm
    ]
    p.drawPolygon(poly(c, s, rotated))


def _terminate(
    p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool
) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(stroke)
    p.drawEllipse(c, 10 * s, 10 * s)


def _multiple(
    p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool
) -> None:
    _style(p, stroke, fill, filled, 1.2)
    points = [
        (9.5 * math.cos(math.radians(-90 + i * 72)), 9.5 * math.sin(math.radians(-90 + i * 72)))
        for i in range(5)
    ]
    p.drawPolygon(poly(c, s, points))


def _parallel_multiple(
    p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool
) -> None:
    _style(p, stroke, fill, filled, 1.2)
    a, b = 2.8, 9.5
    p.drawPolygon(
        poly(
            c,
            s,
            [
                (-a, -b),
                (a, -b),
                (a, -a),
                (b, -a),
                (b, a),
                (a, a),
                (a, b),
                (-a, b),
                (-a, a),
                (-b, a),
                (-b, -a),
                (-a, -a),
            ],
        )
    )


EVENT_GLYPHS: dict[EventDefinition, Glyph] = {
    EventDefinition.MESSAGE: message_glyph,
    EventDefinition.TIMER: _timer,
    EventDefinition.ERROR: _error,
    EventDefinition.SIGNAL: _signal,
    EventDefinition.ESCALATION: _escalation,
    EventDefinition.CONDITIONAL: _conditional,
    EventDefinition.LINK: _link,
    EventDefinition.COMPENSATE: compensate_glyph,
    EventDefinition.CANCEL: _cancel,
    EventDefinition.TERMINATE: _terminate,
    EventDefinition.MULTIPLE: _multiple,
    EventDefinition.PARALLEL_MULTIPLE: _parallel_multiple,
}
