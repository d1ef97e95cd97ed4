"""External labels measured in the canvas's font and placed with ``procdesk.model.label_placement``.

A label of an event, gateway, data object, data store or flow is as wide as its text wrapped
at 90 units (as bpmn-js wraps them). A stored place (from the file's DI, or where the user
dragged it) keeps its centre and its edge toward the element; elsewhere the layout picks the
place. The canvas scene keeps one ``DiagramLabels`` up to date edit by edit; the exporters make
one for the whole diagram, so both show every label in the same place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF

from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Flow,
    Shape,
    Step,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.kept_attributes import carries_message
from procdesk.model.label_placement import (
    FLOW,
    FLOW_GAP,
    SHAPE,
    STORED,
    LabelLayout,
    flow_candidates,
    shape_candidates,
)
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.style import EXTERNAL_PX, text_box

LABEL_WIDTH = 90.0
"""Width external labels wrap at (bpmn-js: 90)."""
ENVELOPE_GAP = 10.0
"""Distance from the line to the label of a flow that carries an envelope at its middle."""
SLACK = 2.0
"""Room added to a measured label, so drawing it wraps exactly as measuring did."""


def has_outside_label(shape: Shape) -> bool:
    """Events, gateways, data objects and data stores carry their name beside the shape."""
    if isinstance(shape, DataObject | DataStore):
        return True
    return isinstance(shape, Step) and not shape.kind.is_activity


def is_obstacle(shape: Shape) -> bool:
    """Shapes a label keeps off: flow nodes, data and annotations, not the containers labels
    sit in (pools, lanes, phases, groups, expanded sub-processes)."""
    if isinstance(shape, Step):
        return not (shape.expanded and shape.kind.is_activity)
    return isinstance(shape, DataObject | DataStore | Annotation)


def _size(text: str, wrap: float) -> tuple[float, float]:
    width, height = text_box(text, wrap, EXTERNAL_PX)
    return width + SLACK, height + SLACK


def stored_place(stored: Rect, text: str, element: Rect | None = None) -> Rect:
    """A stored label box re-measured in our font: the text wraps at the stored width (at
    least 90) and stays centred on the box; it keeps the box's top, or, when the box lies
    above its *element* and the text needs more room, its bottom (it grows away from it)."""
    width, height = _size(text, max(stored.w, LABEL_WIDTH))
    y = stored.y
    if element is not None and stored.bottom <= element.y + 1 and height > stored.h:
        y = stored.bottom - height
    return Rect(stored.x + stored.w / 2 - width / 2, y, width, height)


def shape_places(shape: Shape) -> tuple[tuple[Rect, ...], int]:
    """Where *shape*'s label may go (scene coordinates) and its placement order."""
    if not has_outside_label(shape) or not shape.name:
        return (), SHAPE
    if shape.label is not None:
        return (stored_place(shape.label, shape.name, shape.bounds),), STORED
    width, height = _size(shape.name, LABEL_WIDTH)
    return shape_candidates(shape.bounds, width, height), SHAPE


def flow_places(flow: Flow, points: Sequence[QPointF]) -> tuple[tuple[Rect, ...], int]:
    """Where *flow*'s label may go and its placement order."""
    if not flow.name or len(points) < 2:
        return (), FLOW
    if flow.label is not None:
        return (stored_place(flow.label, flow.name),), STORED
    width, height = _size(flow.name, LABEL_WIDTH)
    route = [Point(p.x(), p.y()) for p in points]
    gap = ENVELOPE_GAP if carries_message(flow) else FLOW_GAP
    return flow_candidates(route, width, height, gap), FLOW


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class DiagramLabels:
    """The placed external labels of one diagram, fed element by element."""

    def __init__(self) -> None:
        self.layout = LabelLayout()

    def shape(self, shape: Shape) -> None:
        """*shape* was added or changed."""
        self.layout.set_obstacle(shape.id, shape.bounds if is_obstacle(shape) else None)
        places, sort = shape_places(shape)
        self.layout.set_label(shape.id, places, sort)

    def flow(self, flow: Flow, points: Sequence[QPointF]) -> None:
        """*flow* was added or changed, or one of its ends moved (*points*: its route)."""
        places, sort = flow_places(flow, points)
        self.layout.set_label(flow.id, places, sort)

    def remove(self, element_id: str) -> None:
        self.layout.set_obstacle(element_id, None)
        self.layout.set_label(element_id, None)

    def settle(self) -> set[str]:
        """Place what the changes concern; the ids whose label moved, appeared or went."""
        return self.layout.settle()

    def scene_rect(self, element_id: str) -> QRectF | None:
        """Where the element's label is, in scene coordinates (None: it has none)."""
        rect = self.layout.place(element_id)
        return qrect(rect) if rect is not None else None


def diagram_labels(
    workspace: Workspace, diagram_id: str, routes: dict[str, list[QPointF]]
) -> DiagramLabels:
    """Every label of a diagram placed at once (*routes*: each flow's points)."""
    labels = DiagramLabels()
    for element in workspace.elements_of(diagram_id):
        if isinstance(element, Shape):
            labels.shape(element)
        elif isinstance(element, Flow):
            labels.flow(element, routes.get(element.id, []))
    labels.settle()
    return labels
