"""A whole diagram drawn straight onto a QPainter, without a scene: the exporters' path.

The order and the painters are the canvas's own (``notation``, ``connections``), so an exported
picture looks exactly like the canvas minus selection handles.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from procdesk.model.elements import Flow, Shape
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.connections import (
    flow_label_rect,
    flow_points,
    paint_flow,
    starts_at_activity,
)
from procdesk.ui.canvas.notation import Z_FLOW, label_rect, paint_shape, z_value

MARGIN = 10.0


def _layers(workspace: Workspace, diagram_id: str) -> Iterator[Shape | Flow]:
    elements = workspace.elements_of(diagram_id)
    ranked = [
        (z_value(e) if isinstance(e, Shape) else Z_FLOW, index, e)
        for index, e in enumerate(elements)
        if isinstance(e, Shape | Flow)
    ]
    for _, _, element in sorted(ranked, key=lambda t: (t[0], t[1])):
        yield element


def shape_extent(shape: Shape) -> QRectF:
    """The scene area a shape covers, its outside label included."""
    b = shape.bounds
    rect = QRectF(b.x, b.y, b.w, b.h)
    label = label_rect(shape)
    if label is not None:
        rect = rect.united(label.translated(b.x, b.y))
    return rect


def diagram_bounds(workspace: Workspace, diagram_id: str, margin: float = MARGIN) -> QRectF:
    """Tight bounds of everything drawn in a diagram, plus *margin* on every side."""
    rect = QRectF()
    for element in _layers(workspace, diagram_id):
        if isinstance(element, Shape):
            part = shape_extent(element)
        else:
            points = flow_points(workspace, element)
            if not points:
                continue
            xs, ys = [p.x() for p in points], [p.y() for p in points]
            part = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            label = flow_label_rect(element, points)
            if label is not None:
                part = part.united(label)
        rect = part if rect.isNull() else rect.united(part)
    if rect.isNull():
        rect = QRectF(0, 0, 100, 60)
    return rect.adjusted(-margin, -margin, margin, margin)


def paint_diagram(painter: QPainter, workspace: Workspace, diagram_id: str) -> None:
    """Draw every element of a diagram in scene coordinates, bottom layer first."""
    for element in _layers(workspace, diagram_id):
        painter.save()
        if isinstance(element, Shape):
            b = element.bounds
            painter.translate(b.x, b.y)
            paint_shape(painter, element, QRectF(0, 0, b.w, b.h))
        else:
            points = flow_points(workspace, element)
            paint_flow(painter, element, points, starts_at_activity(workspace, element))
        painter.restore()
