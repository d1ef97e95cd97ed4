"""Moving a label on its own: drag the name below an event, gateway or data object, or a
flow's name, to tidy a crowded diagram (its element stays where it is).

The label's new place is stored with the element (BPMN DI keeps it too) in one undo step.
A click on a label without dragging just selects its element.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QMouseEvent

from procdesk.model.geometry import Rect
from procdesk.text import tr
from procdesk.ui.canvas.controller import CanvasController, Tool
from procdesk.ui.canvas.items import FlowItem, ShapeItem

DRAG_THRESHOLD = 4


def label_area(item: ShapeItem | FlowItem) -> QRectF | None:
    """Where *item*'s separate label is drawn, in scene coordinates (None: it has none)."""
    return item.label_area()


def label_hit(item: ShapeItem | FlowItem, pos: QPointF) -> bool:
    """Whether *pos* is on *item*'s label rather than on the element itself."""
    area = label_area(item)
    if area is None or not area.contains(pos):
        return False
    if isinstance(item, ShapeItem):
        b = item.entity.bounds
        return not QRectF(b.x, b.y, b.w, b.h).contains(pos)
    return True


class LabelDragTool(Tool):
    """Drags one label; its element is selected and stays put."""

    def __init__(self, controller: CanvasController, item: ShapeItem | FlowItem, start: QPointF):
        super().__init__(controller)
        self.element_id = item.element_id
        area = label_area(item)
        assert area is not None
        self.area = area
        self.start = start
        self.start_view: QPointF | None = None
        self.rect: Rect | None = None
        controller.scene.clearSelection()
        item.setSelected(True)

    def press(self, event: QMouseEvent, pos: QPointF) -> bool:
        self.start_view = event.position()
        return True

    def move(self, event: QMouseEvent, pos: QPointF) -> bool:
        start = self.start_view
        near = start is not None and (event.position() - start).manhattanLength() < DRAG_THRESHOLD
        if self.rect is None and near:
            return True
        if not self.controller.can_edit:
            return True
        dx, dy = round(pos.x() - self.start.x()), round(pos.y() - self.start.y())
        a = self.area
        self.rect = Rect(a.x() + dx, a.y() + dy, a.width(), a.height())
        self._preview(self.rect)
        return True

    def _preview(self, rect: Rect) -> None:
        item = self.controller.scene.item(self.element_id)
        if item is not None:
            item.set_label(QRectF(rect.x, rect.y, rect.w, rect.h))

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        element_id, rect = self.element_id, self.rect
        self.controller.set_tool(None)
        self.controller.scene.restore([element_id])
        if rect is not None:
            self.controller.edit(
                lambda editor: editor.update([element_id], tr("Move label"), label=rect)
            )
        return True

    def cancel(self) -> None:
        self.controller.scene.restore([self.element_id])
