"""Connecting: a handle appears beside the hovered element; drag it onto another element.

While dragging, the rules (``procdesk.model.rules.can_connect``) judge the element under the
mouse: a green outline means the connection is allowed, a red one that it is refused, and
the status bar says why. Releasing on an allowed target makes one ``editor.connect`` call.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsLineItem, QGraphicsRectItem

from procdesk.analysis.narration import FLOW_KINDS
from procdesk.model.elements import NODE_TYPES, Pool, Shape
from procdesk.model.rules import can_connect
from procdesk.text import tr
from procdesk.ui.canvas.controller import CanvasController, Tool
from procdesk.ui.canvas.items import ShapeItem

HANDLE_RADIUS = 7.0
HANDLE_OFFSET = 14.0
OK, REFUSED = QColor("#16a34a"), QColor("#dc2626")


def connectable(shape: Shape) -> bool:
    return isinstance(shape, (*NODE_TYPES, Pool))


class ConnectHandle:
    """The round handle shown to the right of the hovered element."""

    def __init__(self, controller: CanvasController) -> None:
        self.controller = controller
        self.item: QGraphicsEllipseItem | None = None
        self.source_id: str | None = None

    def _ensure(self) -> QGraphicsEllipseItem:
        scene = self.controller.scene
        if self.item is None or not shiboken6.isValid(self.item) or self.item.scene() is not scene:
            item = QGraphicsEllipseItem(
                -HANDLE_RADIUS, -HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS
            )
            item.setBrush(QBrush(QColor("#3b82f6")))
            item.setPen(QPen(QColor("#ffffff"), 1.5))
            item.setZValue(900)
            item.setToolTip(tr("Drag to connect (or select and press C)"))
            scene.addItem(item)
            self.item = item
        return self.item

    def position_for(self, shape: Shape) -> QPointF:
        b = shape.bounds
        if isinstance(shape, Pool):
            return QPointF(b.right + HANDLE_OFFSET, b.y + 20)
        return QPointF(b.right + HANDLE_OFFSET, b.center.y)

    def hover(self, pos: QPointF) -> None:
        """Show the handle for the element under *pos* (or keep it while over the handle)."""
        if not self.controller.can_edit:
            self.hide()
            return
        if self.hit(pos):
            return
        view_pos = self.controller.view.mapFromScene(pos)
        item = self.controller.element_at(QPointF(view_pos))
        if isinstance(item, ShapeItem) and connectable(item.entity):
            handle = self._ensure()
            handle.setPos(self.position_for(item.entity))
            handle.show()
            self.source_id = item.element_id
        elif not self._near_source(pos):
            self.hide()

    def _near_source(self, pos: QPointF) -> bool:
        source = self.controller.scene.workspace.find(self.source_id)
        if not isinstance(source, Shape) or self.item is None or not self.item.isVisible():
            return False
        b = source.bounds
        return QRectF(b.x, b.y, b.w + HANDLE_OFFSET + HANDLE_RADIUS * 2, b.h).contains(pos)

    def hit(self, pos: QPointF) -> bool:
        item = self.item
        if item is None or not shiboken6.isValid(item) or not item.isVisible():
            return False
        return QLineF(item.pos(), pos).length() <= HANDLE_RADIUS + 3

    def hide(self) -> None:
        if self.item is not None and shiboken6.isValid(self.item):
            self.item.hide()
        self.source_id = None


class ConnectTool(Tool):
    """Dragging a new connection from *source_id*, with live rule feedback."""

    def __init__(self, controller: CanvasController, source_id: str, start: QPointF) -> None:
        super().__init__(controller)
        self.source_id = source_id
        scene = controller.scene
        self.line = QGraphicsLineItem(QLineF(start, start))
        pen = QPen(QColor("#3b82f6"), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.line.setPen(pen)
        self.line.setZValue(950)
        scene.addItem(self.line)
        self.outline = QGraphicsRectItem()
        self.outline.setZValue(940)
        self.outline.hide()
        scene.addItem(self.outline)
        self.target_id: str | None = None
        self.allowed = False
        self.reason = ""
        self.kind = ""
        """What the flow to the target would be ('sequence flow'), when it is allowed."""

    def press(self, event: QMouseEvent, pos: QPointF) -> bool:
        return True

    def move(self, event: QMouseEvent, pos: QPointF) -> bool:
        self.line.setLine(QLineF(self.line.line().p1(), pos))
        self._judge(event.position())
        return True

    def _judge(self, view_pos: QPointF) -> None:
        controller = self.controller
        item = controller.element_at(view_pos)
        if not isinstance(item, ShapeItem) or item.element_id == self.source_id:
            for candidate in controller.view.items(view_pos.toPoint()):
                if isinstance(candidate, ShapeItem) and candidate.element_id != self.source_id:
                    item = candidate
                    break
            else:
                item = None
        self.aim(item if item is not None and connectable(item.entity) else None)
        if self.target_id is not None and not self.allowed:
            controller.report(self.reason)

    def aim(self, item: ShapeItem | None) -> None:
        """Judge *item* as the target: outline it green (allowed) or red (refused), or none."""
        if item is None:
            self.target_id, self.allowed, self.reason, self.kind = None, False, "", ""
            self.outline.hide()
            return
        verdict = can_connect(self.controller.scene.workspace, self.source_id, item.element_id)
        self.target_id, self.allowed, self.reason = item.element_id, verdict.allowed, verdict.reason
        self.kind = tr(FLOW_KINDS[verdict.kind]) if verdict.kind is not None else ""
        b = item.entity.bounds
        pen = QPen(OK if verdict.allowed else REFUSED, 2.5)
        pen.setCosmetic(True)
        self.outline.setPen(pen)
        self.outline.setRect(QRectF(b.x - 4, b.y - 4, b.w + 8, b.h + 8))
        self.outline.show()

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        self._judge(event.position())
        controller = self.controller
        source, target = self.source_id, self.target_id
        allowed, reason = self.allowed, self.reason
        controller.set_tool(None)
        if target is None:
            return True
        if not allowed:
            controller.report(reason)
            return True
        flow_id = controller.edit(lambda editor: editor.connect(source, target))
        if isinstance(flow_id, str):
            controller.scene.select_ids([flow_id])
        return True

    def cancel(self) -> None:
        for item in (self.line, self.outline):
            if shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
