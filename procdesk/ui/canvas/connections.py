"""Painters for connections: sequence, message, association and data association flows.

Flows are drawn in scene coordinates along their waypoints. A flow stored without waypoints
(an import without DI, say) is drawn along the default orthogonal route between its ends.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from procdesk.model.elements import Flow, FlowKind, Shape, Step
from procdesk.model.kept_attributes import association_arrows, carries_message
from procdesk.model.routing import orthogonal_route
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.glyphs import message_glyph
from procdesk.ui.canvas.style import (
    EXTERNAL_PX,
    FILL,
    FLOW_WIDTH,
    LOD_TEXT,
    WRAP_TOP,
    color,
    draw_text,
    ink,
    pen,
    scheme_colour,
)

LOD_SIMPLE = 0.2


def flow_points(workspace: Workspace, flow: Flow) -> list[QPointF]:
    """The polyline of *flow*: its waypoints, or a default route between its two ends."""
    if len(flow.waypoints) >= 2:
        return [QPointF(p.x, p.y) for p in flow.waypoints]
    source = workspace.find(flow.source_id)
    target = workspace.find(flow.target_id)
    if isinstance(source, Shape) and isinstance(target, Shape):
        return [QPointF(p.x, p.y) for p in orthogonal_route(source.bounds, target.bounds)]
    return []


def starts_at_activity(workspace: Workspace, flow: Flow) -> bool:
    """Whether a conditional flow gets the diamond marker (only when leaving an activity)."""
    if not flow.condition:
        return False
    source = workspace.find(flow.source_id)
    return isinstance(source, Step) and source.kind.is_activity


def _middle(points: list[QPointF]) -> QPointF:
    lengths = [QLineF(a, b).length() for a, b in itertools.pairwise(points)]
    remaining = sum(lengths) / 2
    for (a, b), length in zip(itertools.pairwise(points), lengths, strict=True):
        if remaining <= length and length > 0:
            return QLineF(a, b).pointAt(remaining / length)
        remaining -= length
    return points[-1]


CORNER = 5.0
"""Radius of the rounded bends of a route (as bpmn-js draws them)."""


def flow_path(points: list[QPointF]) -> QPainterPath:
    """The route through *points*, with its bends slightly rounded."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    coordinates = [(p.x(), p.y()) for p in points] if len(points) > 2 else []
    for index in range(1, len(points) - 1):
        (bx, by), (cx, cy), (ax, ay) = coordinates[index - 1 : index + 2]
        if (bx == cx or by == cy) and (ax == cx or ay == cy):
            # Square bends, as routes mostly are: plain arithmetic instead of two QLineFs,
            # with Qt's own formulas (a level segment's length is exact), so the same path.
            into, out = abs(bx - cx) + abs(by - cy), abs(ax - cx) + abs(ay - cy)
            radius = min(CORNER, into / 2, out / 2)
            if radius <= 0.5:
                path.lineTo(cx, cy)
                continue
            t, u = radius / into, radius / out
            path.lineTo(cx + (bx - cx) * t, cy + (by - cy) * t)
            path.quadTo(cx, cy, cx + (ax - cx) * u, cy + (ay - cy) * u)
            continue
        before, corner, after = points[index - 1 : index + 2]
        into_line, out_line = QLineF(corner, before), QLineF(corner, after)
        radius = min(CORNER, into_line.length() / 2, out_line.length() / 2)
        if radius <= 0.5:
            path.lineTo(corner)
            continue
        path.lineTo(into_line.pointAt(radius / into_line.length()))
        path.quadTo(corner, out_line.pointAt(radius / out_line.length()))
    if len(points) > 1:
        path.lineTo(points[-1])
    return path


def paint_flow(
    painter: QPainter,
    flow: Flow,
    points: list[QPointF],
    from_activity: bool = False,
    lod: float = 1.0,
    label: QRectF | None = None,
) -> None:
    """Draw *flow* along *points* with the line style and markers its kind calls for, and its
    name in *label* (scene coordinates; not when zoomed too far out)."""
    if len(points) < 2:
        return
    if lod < LOD_SIMPLE:
        painter.setPen(pen(_flow_ink(flow), 1.0 / max(lod, 0.01)))
        painter.drawPolyline(points)
        return
    stroke = _flow_ink(flow)
    fill = color(flow.fill, FILL)
    kind = flow.kind
    style = {
        FlowKind.SEQUENCE: Qt.PenStyle.SolidLine,
        FlowKind.MESSAGE: Qt.PenStyle.DashLine,
    }.get(kind, Qt.PenStyle.DotLine)
    line = pen(stroke, FLOW_WIDTH, style)
    if kind == FlowKind.MESSAGE:
        line.setDashPattern([6.0, 6.0])
    elif style == Qt.PenStyle.DotLine:
        line.setDashPattern([0.5, 3.0])
    painter.setPen(line)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(flow_path(points))
    end, before_end = points[-1], points[-2]
    start, after_start = points[0], points[1]
    solid = pen(stroke, FLOW_WIDTH)
    painter.setPen(solid)
    if kind == FlowKind.SEQUENCE:
        _arrowhead(painter, before_end, end, stroke, filled=True)
        if flow.is_default:
            _default_slash(painter, start, after_start, stroke)
        elif flow.condition and from_activity:
            _condition_diamond(painter, start, after_start, stroke, fill)
    elif kind == FlowKind.MESSAGE:
        painter.setBrush(fill)
        painter.drawEllipse(_along(start, after_start, 4.5), 4.5, 4.5)
        _arrowhead(painter, before_end, end, stroke, filled=False, fill=fill)
        if carries_message(flow):  # the message it carries: an envelope at its middle
            message_glyph(painter, _middle(points), 1.0, stroke, fill, False)
    elif kind in (FlowKind.DATA_INPUT, FlowKind.DATA_OUTPUT):
        _open_arrow(painter, before_end, end, stroke)
    elif kind == FlowKind.ASSOCIATION:
        at_source, at_target = association_arrows(flow)
        if at_target:
            _open_arrow(painter, before_end, end, stroke)
        if at_source:
            _open_arrow(painter, after_start, start, stroke)
    if lod >= LOD_TEXT and label is not None and flow.name:
        draw_text(painter, label, flow.name, WRAP_TOP, stroke, EXTERNAL_PX, halo=True)


def _along(origin: QPointF, toward: QPointF, distance: float) -> QPointF:
    segment = QLineF(origin, toward)
    if segment.length() == 0:
        return origin
    return segment.pointAt(distance / segment.length())


def _head_points(tail: QPointF, tip: QPointF, length: float, half: float) -> list[QPointF]:
    angle = math.atan2(tip.y() - tail.y(), tip.x() - tail.x())
    back = QPointF(tip.x() - length * math.cos(angle), tip.y() - length * math.sin(angle))
    nx, ny = -math.sin(angle) * half, math.cos(angle) * half
    return [tip, QPointF(back.x() + nx, back.y() + ny), QPointF(back.x() - nx, back.y() - ny)]


def _arrowhead(
    p: QPainter,
    tail: QPointF,
    tip: QPointF,
    stroke: QColor,
    filled: bool,
    fill: QColor | None = None,
) -> None:
    p.setPen(pen(stroke, 1.0 if filled else FLOW_WIDTH))
    p.setBrush(stroke if filled else (fill or QColor(FILL)))
    p.drawPolygon(QPolygonF(_head_points(tail, tip, 11, 4.5 if filled else 5)))


def _flow_ink(flow: Flow) -> QColor:
    """The flow's own colour (from an imported file) where it reads on the canvas, else the
    scheme's stroke: a dark imported line stays visible on the dark canvas."""
    return ink(flow.stroke, scheme_colour("background"))


def _open_arrow(p: QPainter, tail: QPointF, tip: QPointF, stroke: QColor) -> None:
    tip_point, left, right = _head_points(tail, tip, 11, 5.5)
    p.setPen(pen(stroke, FLOW_WIDTH))
    p.drawPolyline(QPolygonF([left, tip_point, right]))


def _default_slash(p: QPainter, start: QPointF, toward: QPointF, stroke: QColor) -> None:
    centre = _along(start, toward, 10)
    angle = math.atan2(toward.y() - start.y(), toward.x() - start.x()) + math.radians(55)
    dx, dy = 6 * math.cos(angle), 6 * math.sin(angle)
    p.setPen(pen(stroke, FLOW_WIDTH))
    p.drawLine(QPointF(centre.x() - dx, centre.y() - dy), QPointF(centre.x() + dx, centre.y() + dy))


def _condition_diamond(
    p: QPainter, start: QPointF, toward: QPointF, stroke: QColor, fill: QColor
) -> None:
    angle = math.atan2(toward.y() - start.y(), toward.x() - start.x())
    ux, uy = math.cos(angle), math.sin(angle)
    nx, ny = -uy, ux
    mid = QPointF(start.x() + 9 * ux, start.y() + 9 * uy)
    diamond = QPolygonF(
        [
            start,
            QPointF(mid.x() + 5 * nx, mid.y() + 5 * ny),
            QPointF(start.x() + 18 * ux, start.y() + 18 * uy),
            QPointF(mid.x() - 5 * nx, mid.y() - 5 * ny),
        ]
    )
    p.setPen(pen(stroke, 1.0))
    p.setBrush(fill)
    p.drawPolygon(diamond)
