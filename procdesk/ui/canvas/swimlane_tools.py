"""Gestures on pools, lanes, phases and shape sizes.

* Drag a lane by its name band to reorder it (its steps travel with it); phases likewise.
* Drag the border after a lane (or phase) to resize it; the lanes after it follow.
* Drag a corner handle of a selected task, sub-process, pool, group or annotation to resize.

While dragging, a blue guide shows where the lane will go or the border will be; on release
one editor call makes the change (one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem

from procdesk.model import swimlanes
from procdesk.model.elements import Lane, Phase, Shape
from procdesk.model.geometry import Rect
from procdesk.ui.canvas.controller import CanvasController, Tool
from procdesk.ui.canvas.items import resizable

GUIDE = QColor("#3b82f6")
GRAB = 5.0
"""How close (in screen pixels) the mouse must be to a border or handle to grab it."""
MIN_SIZE = 20.0


def _guide_pen() -> QPen:
    pen = QPen(GUIDE, 3)
    pen.setCosmetic(True)
    return pen


def along_y(controller: CanvasController, item: Lane | Phase) -> bool:
    """Whether *item* stacks along y (lanes of a horizontal pool, phases of a vertical one)."""
    vertical = swimlanes.lanes_stack_vertically(controller.scene.workspace, item)
    return vertical if isinstance(item, Lane) else not vertical


def _siblings(controller: CanvasController, item: Lane | Phase) -> list[Lane | Phase]:
    workspace = controller.scene.workspace
    if isinstance(item, Lane):
        return list(workspace.lanes_of(item.parent_id or ""))
    return list(workspace.phases_of(item.parent_id or ""))


class StackDragTool(Tool):
    """Reorders a lane or phase: a guide marks the gap it will drop into."""

    def __init__(self, controller: CanvasController, item: Lane | Phase, start: QPointF) -> None:
        super().__init__(controller)
        self.item = item
        self.start = start
        self.along_y = along_y(controller, item)
        self.index: int | None = None
        self.guide = QGraphicsLineItem()
        self.guide.setPen(_guide_pen())
        self.guide.setZValue(950)
        self.guide.hide()
        controller.scene.addItem(self.guide)

    def move(self, event: QMouseEvent, pos: QPointF) -> bool:
        siblings = _siblings(self.controller, self.item)
        coord = pos.y() if self.along_y else pos.x()
        edges = [swimlanes.span(s.bounds, self.along_y)[0] for s in siblings]
        edges.append(sum(swimlanes.span(siblings[-1].bounds, self.along_y)))
        gap = min(range(len(edges)), key=lambda i: abs(edges[i] - coord))
        current = [s.id for s in siblings].index(self.item.id)
        self.index = gap if gap <= current else gap - 1
        b = self.item.bounds
        at = edges[gap]
        line = QLineF(b.x, at, b.right, at) if self.along_y else QLineF(at, b.y, at, b.bottom)
        self.guide.setLine(line)
        self.guide.show()
        return True

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        item, index = self.item, self.index
        self.controller.set_tool(None)
        if index is None:
            return True
        current = [s.id for s in _siblings(self.controller, item)].index(item.id)
        if index != current:
            if isinstance(item, Lane):
                self.controller.edit(lambda editor: editor.move_lane(item.id, index))
            else:
                self.controller.edit(lambda editor: editor.move_phase(item.id, index))
        return True

    def cancel(self) -> None:
        if self.guide.scene() is not None:
            self.guide.scene().removeItem(self.guide)


class StackResizeTool(Tool):
    """Drags the far border of a lane or phase; a guide shows the new border."""

    def __init__(self, controller: CanvasController, item: Lane | Phase) -> None:
        super().__init__(controller)
        self.item = item
        self.along_y = along_y(controller, item)
        self.size: float | None = None
        self.guide = QGraphicsLineItem()
        self.guide.setPen(_guide_pen())
        self.guide.setZValue(950)
        controller.scene.addItem(self.guide)

    def move(self, event: QMouseEvent, pos: QPointF) -> bool:
        start, _ = swimlanes.span(self.item.bounds, self.along_y)
        coord = pos.y() if self.along_y else pos.x()
        self.size = max(40.0, round((coord - start) / 10) * 10)
        at = start + self.size
        b = self.item.bounds
        line = QLineF(b.x, at, b.right, at) if self.along_y else QLineF(at, b.y, at, b.bottom)
        self.guide.setLine(line)
        return True

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        item, size = self.item, self.size
        self.controller.set_tool(None)
        if size is not None and size != swimlanes.span(item.bounds, self.along_y)[1]:
            if isinstance(item, Lane):
                self.controller.edit(lambda editor: editor.resize_lane(item.id, size))
            else:
                self.controller.edit(lambda editor: editor.resize_phase(item.id, size))
        return True

    def cancel(self) -> None:
        if self.guide.scene() is not None:
            self.guide.scene().removeItem(self.guide)


class ShapeResizeTool(Tool):
    """Drags one corner of a shape while the opposite corner stays put."""

    def __init__(self, controller: CanvasController, shape: Shape, corner: QPointF) -> None:
        super().__init__(controller)
        self.shape = shape
        b = shape.bounds
        self.anchor = QPointF(
            b.right if corner.x() <= b.x else b.x, b.bottom if corner.y() <= b.y else b.y
        )
        self.bounds: Rect | None = None
        self.outline = QGraphicsRectItem()
        self.outline.setPen(_guide_pen())
        self.outline.setZValue(950)
        controller.scene.addItem(self.outline)

    def move(self, event: QMouseEvent, pos: QPointF) -> bool:
        x = round(pos.x() / 10) * 10
        y = round(pos.y() / 10) * 10
        left, right = sorted((self.anchor.x(), x))
        top, bottom = sorted((self.anchor.y(), y))
        self.bounds = Rect(left, top, max(MIN_SIZE, right - left), max(MIN_SIZE, bottom - top))
        self.outline.setRect(QRectF(left, top, self.bounds.w, self.bounds.h))
        return True

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        shape, bounds = self.shape, self.bounds
        self.controller.set_tool(None)
        if bounds is not None and bounds != shape.bounds:
            self.controller.edit(lambda editor: editor.resize(shape.id, bounds))
        return True

    def cancel(self) -> None:
        if self.outline.scene() is not None:
            self.outline.scene().removeItem(self.outline)


def corners(rect: Rect) -> list[QPointF]:
    return [
        QPointF(rect.x, rect.y),
        QPointF(rect.right, rect.y),
        QPointF(rect.x, rect.bottom),
        QPointF(rect.right, rect.bottom),
    ]


def grab_tool(controller: CanvasController, pos: QPointF) -> Tool | None:
    """The resize gesture under *pos*, if the mouse is on a handle or a stack border."""
    if not controller.can_edit:
        return None
    slack = GRAB / max(controller.view.zoom, 0.01)
    selected = controller.scene.selected_ids()
    workspace = controller.scene.workspace
    if len(selected) == 1:
        shape = workspace.find(selected[0])
        if isinstance(shape, Shape) and resizable(shape):
            for corner in corners(shape.bounds):
                if QLineF(corner, pos).length() <= slack + 2:
                    return ShapeResizeTool(controller, shape, corner)
    diagram_id = controller.scene.diagram_id or ""
    stacked: list[Lane | Phase] = [
        *workspace.elements_of(diagram_id, Lane),
        *workspace.elements_of(diagram_id, Phase),
    ]
    for item in stacked:
        y_axis = along_y(controller, item)
        end = sum(swimlanes.span(item.bounds, y_axis))
        across = pos.x() if y_axis else pos.y()
        lo, hi = (
            (item.bounds.x, item.bounds.right) if y_axis else (item.bounds.y, item.bounds.bottom)
        )
        coord = pos.y() if y_axis else pos.x()
        if abs(coord - end) <= slack and lo <= across <= hi:
            return StackResizeTool(controller, item)
    return None


def border_cursor(controller: CanvasController, pos: QPointF) -> Qt.CursorShape | None:
    """The cursor that tells the user a border or handle can be dragged here."""
    tool = grab_tool(controller, pos)
    if isinstance(tool, StackResizeTool):
        cursor = Qt.CursorShape.SizeVerCursor if tool.along_y else Qt.CursorShape.SizeHorCursor
    elif isinstance(tool, ShapeResizeTool):
        cursor = Qt.CursorShape.SizeFDiagCursor
    else:
        cursor = None
    if tool is not None:
        tool.cancel()
    return cursor
