"""Editing a flow's route: drag a bend point of the selected flow.

Neighbouring bend points that were level (or plumb) with the dragged one follow it, so an
orthogonal route stays orthogonal; the flow's two ends stay on their shapes. One editor call
on release (one undo step). "Reset route" in the canvas menu gives back the default route.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QMouseEvent

from procdesk.model.elements import Flow
from procdesk.model.geometry import Point
from procdesk.text import tr
from procdesk.ui.canvas.controller import CanvasController, Tool
from procdesk.ui.canvas.items import FlowItem

GRAB = 6.0
GRID = 10.0


def moved_route(points: list[Point], index: int, to: Point) -> list[Point]:
    """*points* with bend point *index* at *to*; level or plumb inner neighbours follow."""
    result = list(points)
    old = result[index]
    result[index] = to
    for other in (index - 1, index + 1):
        if other <= 0 or other >= len(result) - 1:
            continue
        neighbour = result[other]
        if neighbour.y == old.y:
            result[other] = Point(neighbour.x, to.y)
        elif neighbour.x == old.x:
            result[other] = Point(to.x, neighbour.y)
    return result


def bend_point_at(controller: CanvasController, pos: QPointF) -> tuple[Flow, int] | None:
    """The inner bend point of the one selected flow under *pos*, if any."""
    selected = controller.scene.selected_ids()
    if len(selected) != 1:
        return None
    item = controller.scene.item(selected[0])
    if not isinstance(item, FlowItem):
        return None
    points = item.entity.waypoints
    slack = GRAB / max(controller.view.zoom, 0.01)
    for index in range(1, len(points) - 1):
        if QLineF(QPointF(points[index].x, points[index].y), pos).length() <= slack:
            return item.entity, index
    return None


class BendPointTool(Tool):
    """Drags one bend point; the flow item shows the new route as it goes."""

    def __init__(self, controller: CanvasController, flow: Flow, index: int) -> None:
        super().__init__(controller)
        self.flow = flow
        self.index = index
        self.route: list[Point] | None = None
        self.start = flow.waypoints[index]

    def press(self, event: QMouseEvent, pos: QPointF) -> bool:
        return True

    def move(self, event: QMouseEvent, pos: QPointF) -> bool:
        # the offset snaps to the grid, so a level route stays level
        dx = round((pos.x() - self.start.x) / GRID) * GRID
        dy = round((pos.y() - self.start.y) / GRID) * GRID
        to = Point(self.start.x + dx, self.start.y + dy)
        self.route = moved_route(list(self.flow.waypoints), self.index, to)
        item = self.controller.scene.item(self.flow.id)
        if isinstance(item, FlowItem):
            points = [QPointF(p.x, p.y) for p in self.route]
            item.set_entity(item.entity, points, item.from_activity)
        return True

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        flow, route = self.flow, self.route
        self.controller.set_tool(None)
        if route is not None and tuple(route) != flow.waypoints:
            self.controller.edit(
                lambda editor: editor.update(
                    [flow.id], tr("Move bend point"), f"bend:{flow.id}", waypoints=tuple(route)
                )
            )
        self.controller.scene.restore([flow.id])
        return True

    def cancel(self) -> None:
        self.controller.scene.restore([self.flow.id])
