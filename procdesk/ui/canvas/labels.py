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
    Group,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.kept_attributes import carries_message
from procdesk.model.label_placement import (
    FLOW,
    FLOW_GAP,
    SHAPE,
    STORED,
    LabelLayout,
    flow_anchor,
    flow_candidates,
    group_candidates,
    shape_candidates,
)
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.style import EXTERNAL_PX, line_height, text_box

LABEL_WIDTH = 100.0
"""Width external labels wrap at: bpmn-js wraps at 90 in 11 px Arial, and DejaVu Sans runs about
a ninth wider, so the same words go on a line."""
ENVELOPE_GAP = 10.0
"""Distance from the line to the label of a flow that carries an envelope at its middle."""
WIDER = 1.15
"""How much wider than its stored box a label may wrap to keep to the lines the box holds."""
SLACK = 2.0
"""Room added to a measured label's width, so drawing it wraps exactly as measuring did."""


_NAMED_BESIDE = frozenset(kind for kind in StepKind if not kind.is_activity)


def has_outside_label(shape: Shape) -> bool:
    """Events, gateways, data objects and data stores carry their name beside the shape, a
    group along its edge (a label of its own, as in bpmn-js)."""
    if isinstance(shape, Step):
        return shape.kind in _NAMED_BESIDE
    return isinstance(shape, DataObject | DataStore | Group)


def is_obstacle(shape: Shape) -> bool:
    """Shapes a label keeps off: flow nodes, data and annotations, not the containers labels
    sit in (pools, lanes, phases, groups, expanded sub-processes)."""
    if isinstance(shape, Step):
        return not shape.expanded or shape.kind in _NAMED_BESIDE
    return isinstance(shape, DataObject | DataStore | Annotation)


def _size(text: str, wrap: float) -> tuple[float, float]:
    width, height = text_box(text, wrap, EXTERNAL_PX)
    return width + SLACK, height


def stored_places(stored: Rect, text: str, element: Rect | None = None) -> tuple[Rect, ...]:
    """A stored label box re-measured in our font, centred where the box is: the text wrapped
    at the stored width (at least ``LABEL_WIDTH``), then, where our font needs more lines
    than the box holds, wrapped a little wider (the layout takes the one that covers least).

    Each keeps the box's centre and top, except that it grows away from its *element*: a
    box above it keeps its bottom, one left of it its right edge, one right of it its left
    edge."""
    wrap = max(stored.w, LABEL_WIDTH)
    room = max(stored.h, line_height(EXTERNAL_PX)) + 1
    widest = wrap * WIDER
    places: list[Rect] = []
    while True:
        width, height = _size(text, wrap)
        x, y = stored.x + stored.w / 2 - width / 2, stored.y
        if element is not None:
            if stored.bottom <= element.y + 1 and height > stored.h:
                y = stored.bottom - height
            if stored.right <= element.x + 1 and width > stored.w:
                x = stored.right - width
            elif stored.x >= element.right - 1 and width > stored.w:
                x = stored.x
        place = Rect(x, y, width, height)
        if not places or place.h < places[-1].h:
            places.append(place)
        if height <= room or wrap >= widest:
            return tuple(places)
        wrap = min(wrap + 4, widest)


def shape_places(shape: Shape) -> tuple[tuple[Rect, ...], int]:
    """Where *shape*'s label may go (scene coordinates) and its placement order."""
    if not has_outside_label(shape) or not shape.name:
        return (), SHAPE
    if shape.label is not None:
        return stored_places(shape.label, shape.name, shape.bounds), STORED
    width, height = _size(shape.name, LABEL_WIDTH)
    if isinstance(shape, Group):
        return group_candidates(shape.bounds, width, height), SHAPE
    return shape_candidates(shape.bounds, width, height), SHAPE


def flow_places(flow: Flow, points: Sequence[QPointF]) -> tuple[tuple[Rect, ...], int]:
    """Where *flow*'s label may go and its placement order."""
    if not flow.name or len(points) < 2:
        return (), FLOW
    if flow.label is not None:
        return stored_places(flow.label, flow.name), STORED
    width, height = _size(flow.name, LABEL_WIDTH)
    route = [Point(p.x(), p.y()) for p in points]
    gap = ENVELOPE_GAP if carries_message(flow) else FLOW_GAP
    return flow_candidates(route, width, height, gap), FLOW


NAME_INSET = 8.0
NAME_TOP = 7.0
"""Where an expanded sub-process's name starts: inset from its sides, below its top edge."""


def embedded_name(shape: Shape) -> Rect | None:
    """The box an expanded activity's name takes, centred inside its top edge (scene
    coordinates; None: not expanded, or no name)."""
    expanded = isinstance(shape, Step) and shape.expanded and shape.kind.is_activity
    if not expanded or not shape.name:
        return None
    b = shape.bounds
    width, height = text_box(shape.name, max(b.w - 2 * NAME_INSET, 1.0))
    return Rect(b.x + b.w / 2 - width / 2, b.y + NAME_TOP, width, height)


def _name_key(element_id: str) -> str:
    return f"{element_id}#name"


def anchor_shift(before: Sequence[QPointF], after: Sequence[QPointF]) -> QPointF:
    """How far the middle of a flow's route (where its label hangs) moved."""
    if len(before) < 2 or len(after) < 2:
        return QPointF()
    old = flow_anchor([Point(p.x(), p.y()) for p in before])[0]
    new = flow_anchor([Point(p.x(), p.y()) for p in after])[0]
    return QPointF(new.x - old.x, new.y - old.y)


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class DiagramLabels:
    """The placed external labels of one diagram, fed element by element."""

    def __init__(self) -> None:
        self.layout = LabelLayout()
        self._named: set[str] = set()
        """Obstacle keys of the name bands of expanded sub-processes."""

    def shape(self, shape: Shape) -> None:
        """*shape* was added or changed."""
        self.layout.set_obstacle(shape.id, shape.bounds if is_obstacle(shape) else None)
        if isinstance(shape, Step) or _name_key(shape.id) in self._named:
            self._name_band(shape)
        places, sort = shape_places(shape)
        self.layout.set_label(shape.id, places, sort)

    def _name_band(self, shape: Shape) -> None:
        """An expanded sub-process's name, written inside its top edge, is kept clear too."""
        band = embedded_name(shape)
        key = _name_key(shape.id)
        self.layout.set_obstacle(key, band)
        if band is None:
            self._named.discard(key)
        else:
            self._named.add(key)

    def flow(self, flow: Flow, points: Sequence[QPointF]) -> None:
        """*flow* was added or changed, or one of its ends moved (*points*: its route)."""
        places, sort = flow_places(flow, points)
        self.layout.set_label(flow.id, places, sort)

    def remove(self, element_id: str) -> None:
        self.layout.set_obstacle(element_id, None)
        self.layout.set_label(element_id, None)
        key = _name_key(element_id)
        if key in self._named:
            self.layout.set_obstacle(key, None)
            self._named.discard(key)

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
