"""The context pad: small buttons beside the one selected step, as bpmn-js offers them.

Append a task, a gateway or an end event (connected, in the same lane, with the label editor
open), record a weak point, or delete — one click each, so a mouse user keeps pace with a
workshop as well as a keyboard user does. The buttons keep their size on screen at any zoom.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from procdesk.model.elements import Step, StepKind
from procdesk.model.geometry import Rect
from procdesk.model.sizes import step_size
from procdesk.text import tr
from procdesk.ui.canvas.append import append_step
from procdesk.ui.canvas.controller import CanvasController
from procdesk.ui.canvas.notation import paint_shape
from procdesk.ui.canvas.scene import DiagramScene

SIZE = 22.0
GAP = 3.0
PAD_OFFSET = 26.0
"""Screen pixels between the step and the pad: room for the connect handle first."""


def _paint_kind(kind: StepKind) -> Callable[[QPainter, QRectF], None]:
    def paint(painter: QPainter, box: QRectF) -> None:
        w, h = step_size(kind)
        if kind.is_activity:
            w, h = 44.0, 34.0
        scale = min(box.width() / w, box.height() / h)
        painter.save()
        painter.translate(box.center().x() - w * scale / 2, box.center().y() - h * scale / 2)
        painter.scale(scale, scale)
        shape = Step(id="Pad_1", diagram_id="Pad", kind=kind, bounds=Rect(0, 0, w, h))
        paint_shape(painter, shape, QRectF(0, 0, w, h))
        painter.restore()

    return paint


def _paint_delete(painter: QPainter, box: QRectF) -> None:
    pen = QPen(QColor("#b91c1c"), 2)
    painter.setPen(pen)
    c, d = box.center(), box.width() / 4
    painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
    painter.drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d))


def _paint_weak_point(painter: QPainter, box: QRectF) -> None:
    c, r = box.center(), box.width() / 3
    painter.setPen(QPen(QColor("#ffffff"), 1))
    painter.setBrush(QColor("#f27405"))
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(c.x(), c.y() - r),
                QPointF(c.x() + r, c.y() + r),
                QPointF(c.x() - r, c.y() + r),
            ]
        )
    )


class PadButton(QGraphicsItem):
    """One button of the pad; ``run`` does what it offers."""

    def __init__(
        self, tip: str, icon: Callable[[QPainter, QRectF], None], run: Callable[[], None]
    ) -> None:
        super().__init__()
        self.icon = icon
        self.run = run
        self.setToolTip(tip)
        self.setZValue(980)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.hovered = False

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, SIZE, SIZE)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#c9cdd4"), 1))
        painter.setBrush(QColor("#e8f0fe") if self.hovered else QColor("#ffffff"))
        painter.drawRoundedRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        self.icon(painter, self.boundingRect().adjusted(3, 3, -3, -3))


class ContextPad:
    """Shows the pad beside the single selected step, and runs what its buttons offer."""

    def __init__(self, controller: CanvasController) -> None:
        self.controller = controller
        self.buttons: list[PadButton] = []
        self.step_id: str | None = None

    def clear(self) -> None:
        """Take the pad away until the next :meth:`refresh` (it would hide a target)."""
        self._clear()

    def _clear(self) -> None:
        for button in self.buttons:
            if shiboken6.isValid(button) and button.scene() is not None:
                button.scene().removeItem(button)
        self.buttons = []
        self.step_id = None

    def refresh(self) -> None:
        """Follow the selection: a pad for one selected step that can be edited, else none."""
        controller = self.controller
        self._clear()
        if not shiboken6.isValid(controller.view):
            return  # the window is closing: its scene still reports the selection going
        scene = controller.view.scene()
        # a scene being replaced or destroyed still reports its selection: ignore it
        if not isinstance(scene, DiagramScene) or not shiboken6.isValid(scene):
            return
        ids = scene.selected_ids()
        step = scene.workspace.find(ids[0]) if len(ids) == 1 else None
        if not isinstance(step, Step) or not controller.can_edit:
            return
        self.step_id = step.id
        entries: list[tuple[str, Callable[[QPainter, QRectF], None], Callable[[], None]]] = []
        if step.kind != StepKind.END_EVENT:
            for tip, kind in (
                (tr("Append task (T)"), StepKind.TASK),
                (tr("Append gateway (G)"), StepKind.EXCLUSIVE_GATEWAY),
                (tr("Append end event (E)"), StepKind.END_EVENT),
            ):
                entries.append((tip, _paint_kind(kind), self._appender(step.id, kind)))
        weak_tip = tr("Record weak point (Ctrl+Shift+W)")
        entries.append((weak_tip, _paint_weak_point, lambda: self._weak_point(step.id)))
        entries.append((tr("Delete (Del)"), _paint_delete, lambda: self._delete(step.id)))
        zoom = max(controller.view.zoom, 0.01)
        b = step.bounds
        for index, (tip, icon, run) in enumerate(entries):
            button = PadButton(tip, icon, run)
            column, row = divmod(index, 3)
            button.setPos(
                b.right + (PAD_OFFSET + column * (SIZE + GAP)) / zoom,
                b.y + row * (SIZE + GAP) / zoom,
            )
            scene.addItem(button)
            self.buttons.append(button)

    def button_at(self, view_pos: QPointF) -> PadButton | None:
        for item in self.controller.view.items(view_pos.toPoint()):
            if isinstance(item, PadButton):
                return item
        return None

    def _appender(self, step_id: str, kind: StepKind) -> Callable[[], None]:
        def append() -> None:
            controller = self.controller
            new_id = controller.edit(lambda editor: append_step(editor, step_id, kind))
            if isinstance(new_id, str):
                controller.scene.select_ids([new_id])
                controller.keys.edit_label(new_id)

        return append

    def _weak_point(self, step_id: str) -> None:
        self.controller.weak_point_requested.emit(step_id)

    def _delete(self, step_id: str) -> None:
        self.controller.edit(lambda editor: editor.delete([step_id]))
