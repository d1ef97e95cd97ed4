"""Activity markers: the task type symbol (top left) and loop / multi-instance /
compensation / ad-hoc / collapsed markers (bottom centre), as BPMN 2.0 draws them.

Like the event glyphs, each marker is drawn around a centre at a scale, in the caller's
coordinates, so the canvas and the exporters share it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from procdesk.model.elements import LoopKind, StepKind
from procdesk.ui.canvas.glyphs import Glyph, compensate_glyph, message_glyph, poly
from procdesk.ui.canvas.style import pen


# task type markers (top-left corner of a task) -----------------------------------------------
def _user(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    p.setPen(pen(stroke, 1.0))
    p.setBrush(fill)
    body = QPainterPath()
    body.moveTo(c.x() - 8 * s, c.y() + 8 * s)
    body.cubicTo(
        c.x() - 8 * s, c.y() - 1 * s, c.x() + 8 * s, c.y() - 1 * s, c.x() + 8 * s, c.y() + 8 * s
    )
    body.closeSubpath()
    p.drawPath(body)
    p.drawEllipse(QPointF(c.x(), c.y() - 3.5 * s), 4.2 * s, 4.2 * s)


def _gear(p: QPainter, c: QPointF, r: float, stroke: QColor, fill: QColor) -> None:
    points = []
    for i in range(16):
        angle = math.radians(i * 22.5)
        radius = r if i % 2 == 0 else r * 0.72
        points.append((radius * math.cos(angle), radius * math.sin(angle)))
    p.setPen(pen(stroke, 1.0))
    p.setBrush(fill)
    p.drawPolygon(poly(c, 1.0, points))
    p.drawEllipse(c, r * 0.3, r * 0.3)


def _service(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    _gear(p, QPointF(c.x() - 2 * s, c.y() - 2 * s), 6.5 * s, stroke, fill)
    _gear(p, QPointF(c.x() + 3 * s, c.y() + 3 * s), 6.5 * s, stroke, fill)


def _manual(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    p.setPen(pen(stroke, 1.0))
    p.setBrush(fill)
    hand: list[tuple[float, float]] = [
        (-9, -2),
        (-4, -6),
        (8, -6),
        (8, -3.5),
        (1, -3.5),
        (9, -3.5),
        (9, -0.5),
        (2, -0.5),
    ]
    hand += [(8, -0.5), (8, 2.5), (2, 2.5), (6.5, 2.5), (6.5, 5.5), (-5, 5.5), (-9, 3)]
    p.drawPolygon(poly(c, s, hand))


def _script(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    p.setPen(pen(stroke, 1.0))
    p.setBrush(fill)
    path = QPainterPath()
    path.moveTo(c.x() - 5 * s, c.y() - 8 * s)
    path.lineTo(c.x() + 8 * s, c.y() - 8 * s)
    path.cubicTo(
        c.x() + 2 * s, c.y() - 3 * s, c.x() + 11 * s, c.y() + 3 * s, c.x() + 5 * s, c.y() + 8 * s
    )
    path.lineTo(c.x() - 8 * s, c.y() + 8 * s)
    path.cubicTo(
        c.x() - 2 * s, c.y() + 3 * s, c.x() - 11 * s, c.y() - 3 * s, c.x() - 5 * s, c.y() - 8 * s
    )
    p.drawPath(path)
    for y in (-4, 0, 4):
        p.drawLine(QPointF(c.x() - 3 * s, c.y() + y * s), QPointF(c.x() + 3.5 * s, c.y() + y * s))


def _business_rule(
    p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool
) -> None:
    rect = QRectF(c.x() - 9 * s, c.y() - 6.5 * s, 18 * s, 13 * s)
    p.setPen(pen(stroke, 1.0))
    p.setBrush(fill)
    p.drawRect(rect)
    # the table's header row: a shade between stroke and fill, so it suits any colours
    band = QColor.fromRgbF(
        0.3 * stroke.redF() + 0.7 * fill.redF(),
        0.3 * stroke.greenF() + 0.7 * fill.greenF(),
        0.3 * stroke.blueF() + 0.7 * fill.blueF(),
    )
    p.setBrush(band)
    p.drawRect(QRectF(rect.left(), rect.top(), rect.width(), 3.5 * s))
    for y in (rect.top() + 7.5 * s,):
        p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    p.drawLine(
        QPointF(rect.left() + 5 * s, rect.top() + 3.5 * s),
        QPointF(rect.left() + 5 * s, rect.bottom()),
    )


def _send(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    message_glyph(p, c, s * 0.85, stroke, fill, True)


def _receive(p: QPainter, c: QPointF, s: float, stroke: QColor, fill: QColor, filled: bool) -> None:
    message_glyph(p, c, s * 0.85, stroke, fill, False)


TASK_MARKERS: dict[StepKind, Glyph] = {
    StepKind.USER_TASK: _user,
    StepKind.SERVICE_TASK: _service,
    StepKind.MANUAL_TASK: _manual,
    StepKind.SCRIPT_TASK: _script,
    StepKind.SEND_TASK: _send,
    StepKind.RECEIVE_TASK: _receive,
    StepKind.BUSINESS_RULE_TASK: _business_rule,
}


# activity markers (bottom centre of an activity) ---------------------------------------------
def _loop_marker(p: QPainter, c: QPointF, stroke: QColor) -> None:
    p.setPen(pen(stroke, 1.3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(c.x() - 6, c.y() - 6, 12, 12), 300 * 16, -300 * 16)
    tip = QPointF(c.x() + 3, c.y() + 5.2)
    p.drawPolyline(
        QPolygonF([QPointF(tip.x() - 4, tip.y() - 3), tip, QPointF(tip.x() - 4, tip.y() + 3)])
    )


def bars(p: QPainter, c: QPointF, stroke: QColor, vertical: bool) -> None:
    """Three bars around *c*, 3 apart and 10 long (bpmn-js's): upright for parallel
    multi-instance (and a pool standing for several participants), level for sequential."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(stroke)
    for offset in (-3.5, 0.0, 3.5):
        if vertical:
            p.drawRect(QRectF(c.x() + offset - 0.9, c.y() - 5, 1.8, 10))
        else:
            p.drawRect(QRectF(c.x() - 5, c.y() + offset - 0.9, 10, 1.8))


def _plus_box(p: QPainter, c: QPointF, stroke: QColor, fill: QColor) -> None:
    p.setPen(pen(stroke, 1.2))
    p.setBrush(fill)
    p.drawRect(QRectF(c.x() - 7, c.y() - 7, 14, 14))
    p.drawLine(QPointF(c.x() - 4, c.y()), QPointF(c.x() + 4, c.y()))
    p.drawLine(QPointF(c.x(), c.y() - 4), QPointF(c.x(), c.y() + 4))


def _ad_hoc(p: QPainter, c: QPointF, stroke: QColor) -> None:
    p.setPen(pen(stroke, 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(c.x() - 7, c.y() + 1))
    path.cubicTo(c.x() - 4, c.y() - 4, c.x() - 1, c.y() - 2, c.x(), c.y())
    path.cubicTo(c.x() + 1, c.y() + 2, c.x() + 4, c.y() + 4, c.x() + 7, c.y() - 1)
    p.drawPath(path)


def draw_activity_markers(
    p: QPainter,
    rect: QRectF,
    *,
    loop: LoopKind,
    compensation: bool,
    collapsed: bool,
    ad_hoc: bool,
    stroke: QColor,
    fill: QColor,
) -> None:
    """Draw the compensation, loop / multi-instance, collapsed and ad-hoc markers, in that
    order (bpmn-js's), as one group centred at the bottom (the spec's rule)."""
    markers: list[Callable[[QPointF], None]] = []
    if compensation:
        markers.append(lambda c: compensate_glyph(p, c, 0.7, stroke, fill, False))
    if loop == LoopKind.STANDARD:
        markers.append(lambda c: _loop_marker(p, c, stroke))
    elif loop == LoopKind.PARALLEL:
        markers.append(lambda c: bars(p, c, stroke, vertical=True))
    elif loop == LoopKind.SEQUENTIAL:
        markers.append(lambda c: bars(p, c, stroke, vertical=False))
    if collapsed:
        markers.append(lambda c: _plus_box(p, c, stroke, fill))
    if ad_hoc:
        markers.append(lambda c: _ad_hoc(p, c, stroke))
    step = 18.0
    start = rect.center().x() - step * (len(markers) - 1) / 2
    y = rect.bottom() - 11
    for index, marker in enumerate(markers):
        marker(QPointF(start + index * step, y))
