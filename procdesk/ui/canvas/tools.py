"""The select/move tool, the canvas's default gesture.

A click selects (Shift or Ctrl toggles); a press on empty canvas starts the view's rubber
band; a drag previews the move on the items and, on release, makes ONE editor call: the move,
the re-routing of flows it bent and any lane change of the dragged steps are one undo step.
Presses on handles, borders, bend points, labels and name bands hand over to the tools for
those (``swimlane_tools``, ``waypoints``, ``label_drag``, ``connect``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent

from procdesk.model.commands import Batch, CommandError
from procdesk.model.editor import Editor
from procdesk.model.elements import FlowNodeShape, Lane, Phase, Pool
from procdesk.model.naming import describe
from procdesk.model.shape_commands import MoveShapes, moving_set
from procdesk.model.swimlanes import Reroute
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.controller import CanvasController, Tool
from procdesk.ui.canvas.items import ShapeItem

GRID = 10.0
DRAG_THRESHOLD = 4


def movable_ids(controller: CanvasController) -> list[str]:
    """Selected shapes that a drag moves (lanes and phases move with their pool)."""
    return [
        item.element_id
        for item in controller.scene.selectedItems()
        if isinstance(item, ShapeItem) and not isinstance(item.entity, Lane | Phase)
    ]


def move_command(workspace: Workspace, ids: list[str], dx: float, dy: float) -> Batch:
    """Move shapes, then give their flows a fresh orthogonal route where the move bent one."""
    moving = moving_set(workspace, ids)
    flows = sorted({f.id for shape_id in moving for f in workspace.flows_at(shape_id)})
    label = tr("Move {what}").format(what=describe([workspace.get(i) for i in ids]))
    return Batch((MoveShapes(tuple(ids), dx, dy), Reroute(tuple(flows), only_broken=True)), label)


def move_with_lanes(editor: Editor, ids: list[str], dx: float, dy: float) -> None:
    """Move shapes; dragged steps that land in another lane join it — one undo step."""
    workspace = editor.workspace
    label = tr("Move {what}").format(what=describe([workspace.get(i) for i in ids]))
    with editor.history.group(label):
        editor.run(move_command(workspace, ids, dx, dy))
        joins: dict[str | None, list[str]] = {}
        for node_id in ids:
            node = workspace.get(node_id)
            if not isinstance(node, FlowNodeShape):
                continue
            container = workspace.find(node.parent_id)
            if container is not None and not isinstance(container, Pool):
                continue
            lane = editor.lane_at(node.diagram_id, node.bounds.center)
            if lane != node.lane_id and (lane is not None or node.lane_id is not None):
                joins.setdefault(lane, []).append(node_id)
        for lane_id, node_ids in joins.items():
            editor.set_lane(node_ids, lane_id)


class SelectTool(Tool):
    """Click/Shift/Ctrl selection and dragging of the selection."""

    def __init__(self, controller: CanvasController) -> None:
        super().__init__(controller)
        self._reset()

    def _reset(self) -> None:
        self._press: QPointF | None = None
        self._press_view: QPointF | None = None
        self._item: ShapeItem | None = None
        self._toggled = False
        self._dragging = False
        self._ids: list[str] = []
        self._previewed: set[str] = set()
        self._offset = (0.0, 0.0)

    def press(self, event: QMouseEvent, pos: QPointF) -> bool:
        button = self.controller.pad.button_at(event.position())
        if button is not None:
            button.run()
            return True
        handle = self.controller.handle
        if handle.source_id is not None and handle.hit(pos):
            from procdesk.ui.canvas.connect import ConnectTool

            source = handle.source_id
            handle.hide()
            self.controller.set_tool(ConnectTool(self.controller, source, pos), "connect")
            return True
        from procdesk.ui.canvas.swimlane_tools import ShapeResizeTool, StackDragTool, grab_tool
        from procdesk.ui.canvas.waypoints import BendPointTool, bend_point_at

        bend = bend_point_at(self.controller, pos)
        if bend is not None and self.controller.can_edit:
            self.controller.set_tool(BendPointTool(self.controller, *bend), "bend")
            return True
        item = self.controller.element_at(event.position())
        grabbed = grab_tool(self.controller, pos)
        container = item is None or (
            isinstance(item, ShapeItem) and isinstance(item.entity, Pool | Lane | Phase)
        )
        if grabbed is not None and (isinstance(grabbed, ShapeResizeTool) or container):
            self.controller.set_tool(grabbed, "resize")
            return True
        if grabbed is not None:
            grabbed.cancel()
        if item is None:
            return False
        from procdesk.ui.canvas.label_drag import LabelDragTool, label_hit

        if not event.modifiers() and label_hit(item, pos):
            tool = LabelDragTool(self.controller, item, pos)
            self.controller.set_tool(tool, "label")
            return tool.press(event, pos)
        if (
            isinstance(item, ShapeItem)
            and isinstance(item.entity, Lane | Phase)
            and self.controller.can_edit
        ):
            self.controller.scene.clearSelection()
            item.setSelected(True)
            self.controller.set_tool(StackDragTool(self.controller, item.entity, pos), "reorder")
            return True
        scene = self.controller.scene
        toggle = bool(
            event.modifiers()
            & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
        )
        if toggle:
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        self._press, self._press_view = pos, event.position()
        self._item = item if isinstance(item, ShapeItem) else None
        self._toggled = toggle
        self._ids = movable_ids(self.controller) if item.isSelected() else []
        return True

    def move(self, event: QMouseEvent, pos: QPointF) -> bool:
        if self._press is None or self._press_view is None:
            return False
        if not self._dragging:
            distance = (event.position() - self._press_view).manhattanLength()
            if distance < DRAG_THRESHOLD or not self._ids or not self.controller.can_edit:
                return True
            self._dragging = True
            self.controller.handle.hide()
        snap = not event.modifiers() & Qt.KeyboardModifier.AltModifier
        dx, dy = self._offset_to(pos, snap)
        if (dx, dy) == self._offset:
            return True
        self._offset = (dx, dy)
        scene = self.controller.scene
        scene.restore(self._previewed)
        try:
            preview = move_command(scene.workspace, self._ids, dx, dy).plan(scene.workspace)
        except CommandError:
            return True
        scene.preview(preview)
        self._previewed = preview.ids()
        return True

    def _offset_to(self, pos: QPointF, snap: bool) -> tuple[float, float]:
        assert self._press is not None
        dx, dy = pos.x() - self._press.x(), pos.y() - self._press.y()
        anchor = self._item.entity.bounds.center if self._item is not None else None
        if not snap or anchor is None:
            return float(round(dx)), float(round(dy))
        return (
            round((anchor.x + dx) / GRID) * GRID - anchor.x,
            round((anchor.y + dy) / GRID) * GRID - anchor.y,
        )

    def hover(self, pos: QPointF) -> None:
        from procdesk.ui.canvas.swimlane_tools import border_cursor

        self.controller.handle.hover(pos)
        cursor = border_cursor(self.controller, pos)
        viewport = self.controller.view.viewport()
        if cursor is not None:
            viewport.setCursor(cursor)
        else:
            viewport.unsetCursor()

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        if self._press is None:
            return False
        if self._dragging:
            self.controller.scene.restore(self._previewed)
            dx, dy = self._offset
            ids = self._ids
            if dx or dy:
                self.controller.edit(lambda editor: move_with_lanes(editor, ids, dx, dy))
        elif not self._toggled and self._item is not None:
            self.controller.scene.clearSelection()
            self._item.setSelected(True)
        self._reset()
        return True

    def cancel(self) -> None:
        self.controller.scene.restore(self._previewed)
        self._reset()
