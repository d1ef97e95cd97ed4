"""A whole diagram drawn straight onto a QPainter, without a scene: the exporters' path.

The order, the painters and the label placement are the canvas's own (``notation``,
``connections``, ``labels``), so an exported picture looks exactly like the canvas minus
selection handles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter

from procdesk.model.elements import Annotation, Flow, Shape
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.connections import flow_points, paint_flow, starts_at_activity
from procdesk.ui.canvas.data_shapes import annotation_text_area
from procdesk.ui.canvas.labels import DiagramLabels, diagram_labels
from procdesk.ui.canvas.notation import Z_FLOW, paint_shape, z_value

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


@dataclass(frozen=True)
class Picture:
    """What drawing a diagram needs worked out once: flow routes and placed labels."""

    workspace: Workspace
    diagram_id: str
    routes: dict[str, list[QPointF]]
    labels: DiagramLabels


def picture_of(workspace: Workspace, diagram_id: str) -> Picture:
    routes = {
        flow.id: flow_points(workspace, flow) for flow in workspace.elements_of(diagram_id, Flow)
    }
    return Picture(workspace, diagram_id, routes, diagram_labels(workspace, diagram_id, routes))


def diagram_bounds(picture: Picture, margin: float = MARGIN) -> QRectF:
    """Tight bounds of everything drawn in a diagram (labels too), plus *margin* around."""
    rect = QRectF()
    for element in _layers(picture.workspace, picture.diagram_id):
        if isinstance(element, Shape):
            b = element.bounds
            part = QRectF(b.x, b.y, b.w, b.h)
            if isinstance(element, Annotation):
                part = part.united(annotation_text_area(element).translated(b.x, b.y))
        else:
            points = picture.routes.get(element.id, [])
            if not points:
                continue
            xs, ys = [p.x() for p in points], [p.y() for p in points]
            part = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        label = picture.labels.scene_rect(element.id)
        if label is not None:
            part = part.united(label)
        rect = part if rect.isNull() else rect.united(part)
    if rect.isNull():
        rect = QRectF(0, 0, 100, 60)
    return rect.adjusted(-margin, -margin, margin, margin)


def paint_diagram(painter: QPainter, picture: Picture) -> None:
    """Draw every element of a diagram in scene coordinates, bottom layer first."""
    workspace = picture.workspace
    for element in _layers(workspace, picture.diagram_id):
        label = picture.labels.scene_rect(element.id)
        painter.save()
        if isinstance(element, Shape):
            b = element.bounds
            painter.translate(b.x, b.y)
            local = label.translated(-b.x, -b.y) if label is not None else None
            paint_shape(painter, element, QRectF(0, 0, b.w, b.h), label=local)
        else:
            points = picture.routes.get(element.id, [])
            from_activity = starts_at_activity(workspace, element)
            paint_flow(painter, element, points, from_activity, label=label)
        painter.restore()
