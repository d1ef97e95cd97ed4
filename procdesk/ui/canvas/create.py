"""Creating elements: the palette's create tool (click to place) and drops from the palette.

An intermediate event placed on an activity's border becomes a boundary event of it, as in
other BPMN tools; everything else lands in the lane under it. Each creation is one undo step
and opens the new element's label editor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent

from procdesk.model.commands import CommandError
from procdesk.model.editor import Editor
from procdesk.model.elements import Entity, FlowNodeShape, Step, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.model.sizes import DEFAULT_LANE_HEIGHT, DEFAULT_POOL_WIDTH
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.controller import CanvasController, Tool
from procdesk.ui.canvas.planes import plane_owner

GRID = 10.0

Factory = Callable[[str, Point, str | None], Entity | None]
"""(diagram id, centre, lane id) → a prepared entity, or None to use ``add_step``."""


@dataclasses.dataclass(frozen=True)
class CreateSpec:
    """What a palette entry creates: a step kind with attributes, or another entity.

    *name* identifies the entry (drag-and-drop payload, object names) and is never shown;
    *title* is the palette's text for it, marked with ``tr_noop`` and translated on showing.
    """

    name: str
    kind: StepKind = StepKind.TASK
    attributes: tuple[tuple[str, object], ...] = ()
    factory: Factory | None = None
    title: str = ""


class CreateTool(Tool):
    """Places one new element where the user clicks, then opens its label editor."""

    def __init__(self, controller: CanvasController, spec: CreateSpec) -> None:
        super().__init__(controller)
        self.spec = spec
        controller.view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def press(self, event: QMouseEvent, pos: QPointF) -> bool:
        return True

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        self.controller.set_tool(None)
        create_at(self.controller, self.spec, pos)
        return True


ATTACH = 12.0
"""How close to an activity's border an intermediate event must be dropped to attach to it."""


def boundary_host(workspace: Workspace, diagram_id: str, center: Point) -> Step | None:
    """The activity whose border *center* lies on (an intermediate event dropped there
    becomes a boundary event of it)."""
    for step in workspace.elements_of(diagram_id, Step):
        if not step.kind.is_activity:
            continue
        b = step.bounds
        inside = b.x - ATTACH <= center.x <= b.right + ATTACH and (
            b.y - ATTACH <= center.y <= b.bottom + ATTACH
        )
        near_edge = min(
            abs(center.x - b.x),
            abs(center.x - b.right),
            abs(center.y - b.y),
            abs(center.y - b.bottom),
        )
        if inside and near_edge <= ATTACH:
            return step
    return None


def on_border(rect: Rect, point: Point) -> Point:
    """*point* moved onto the nearest edge of *rect* (where a boundary event sits)."""
    x = min(max(point.x, rect.x), rect.right)
    y = min(max(point.y, rect.y), rect.bottom)
    edges = {
        abs(point.x - rect.x): Point(rect.x, y),
        abs(point.x - rect.right): Point(rect.right, y),
        abs(point.y - rect.y): Point(x, rect.y),
        abs(point.y - rect.bottom): Point(x, rect.bottom),
    }
    return edges[min(edges)]


def enclosing_sub_process(workspace: Workspace, diagram_id: str, point: Point) -> Step | None:
    """The innermost expanded sub-process drawn around *point* (new steps belong inside it)."""
    around = [
        s
        for s in workspace.elements_of(diagram_id, Step)
        if s.expanded and s.kind.is_sub_process and s.bounds.contains(point)
    ]
    return min(around, key=lambda s: s.bounds.w * s.bounds.h, default=None)


def create_at(controller: CanvasController, spec: CreateSpec, pos: QPointF) -> str | None:
    """Create what *spec* describes centred at *pos* (snapped), select it, open its label."""
    diagram_id = controller.scene.diagram_id
    if diagram_id is None:
        return None
    center = Point(round(pos.x() / GRID) * GRID, round(pos.y() / GRID) * GRID)

    def create(editor: Editor) -> str:
        if spec.name == "pool":
            bounds = Rect(center.x, center.y, DEFAULT_POOL_WIDTH, DEFAULT_LANE_HEIGHT)
            return editor.add_pool(diagram_id, tr("Pool", "name of a new pool"), bounds, ("",))
        lane_id = editor.lane_at(diagram_id, center)
        if spec.factory is not None:
            entity = spec.factory(diagram_id, center, lane_id)
            if entity is None:
                raise CommandError(tr("this element cannot be placed here"))
            if isinstance(entity, FlowNodeShape) and lane_id is not None:
                pool = editor.workspace.pool_of(lane_id)
                entity = dataclasses.replace(
                    entity, lane_id=lane_id, parent_id=pool.id if pool else None
                )
            return editor.add(entity)
        attributes = dict(spec.attributes)
        kind = spec.kind
        intermediate = kind in (
            StepKind.INTERMEDIATE_CATCH_EVENT,
            StepKind.INTERMEDIATE_THROW_EVENT,
        )
        host = boundary_host(editor.workspace, diagram_id, center) if intermediate else None
        place = center
        container = enclosing_sub_process(editor.workspace, diagram_id, center)
        if host is not None:
            place = on_border(host.bounds, center)
            kind = StepKind.BOUNDARY_EVENT
            attributes.update(attached_to=host.id, parent_id=host.parent_id)
            lane_id = host.lane_id
        elif container is not None:
            attributes.update(parent_id=container.id)
            lane_id = container.lane_id
        elif lane_id is None and (owner := plane_owner(editor.workspace, diagram_id)):
            attributes.update(parent_id=owner.id)
        return editor.add_step(diagram_id, kind, "", place, lane_id, **attributes)

    new_id = controller.edit(create)
    if isinstance(new_id, str):
        controller.scene.select_ids([new_id])
        controller.keys.edit_label(new_id)
        return new_id
    return None


def centred(center: Point, w: float, h: float) -> Rect:
    return Rect(center.x - w / 2, center.y - h / 2, w, h)
