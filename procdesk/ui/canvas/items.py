"""Graphics items: one per diagram element, painting the element's current model value.

Items hold the last value the scene gave them and never write the model; the scene replaces
that value whenever a ChangeSet says the element changed.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from procdesk.model.elements import Annotation, Flow, Group, Lane, Phase, Pool, Shape, Step
from procdesk.ui.canvas.connections import flow_label_rect, flow_path, paint_flow
from procdesk.ui.canvas.containers import HEADER, phase_band
from procdesk.ui.canvas.notation import (
    Z_FLOW,
    label_rect,
    paint_shape,
    z_value,
)
from procdesk.ui.canvas.style import font

SELECTION = QColor("#3b82f6")
HOVER = QColor(59, 130, 246, 110)
WEAK_COLOURS = tuple(QColor(c) for c in ("#f2b705", "#f29f05", "#f27405", "#e4572e", "#c81d25"))
MARGIN = 8.0


def resizable(shape: Shape) -> bool:
    """Shapes whose size the user may change by dragging a corner."""
    if isinstance(shape, Step):
        return shape.kind.is_activity
    return isinstance(shape, Pool | Group | Annotation)


def _lod(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class ShapeItem(QGraphicsItem):
    """A pool, lane, phase, step, data object, data store, annotation or group.

    The item sits at the shape's top-left corner and paints in local coordinates. Pools and
    lanes are picked by their name band only, so a click or a rubber band in a lane's body
    reaches the canvas and the steps inside it.
    """

    def __init__(self, shape: Shape) -> None:
        super().__init__()
        self.entity: Shape = shape
        self.weak_severity = 0
        """Highest severity of the unresolved weak points recorded on the element (0: none)."""
        self.hovered = False
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(not isinstance(shape, Pool | Lane | Phase))
        self.set_entity(shape)

    @property
    def element_id(self) -> str:
        return self.entity.id

    def set_entity(self, shape: Shape) -> None:
        """Show *shape*, the element's new value."""
        self.prepareGeometryChange()
        self.entity = shape
        b = shape.bounds
        self.setPos(b.x, b.y)
        self.setZValue(z_value(shape))
        rect = QRectF(0, 0, b.w, b.h)
        label = label_rect(shape)
        if label is not None:
            rect = rect.united(label)
        self._bounds = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.update()

    def local_rect(self) -> QRectF:
        return QRectF(0, 0, self.entity.bounds.w, self.entity.bounds.h)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        rect = self.local_rect()
        if isinstance(self.entity, Pool | Lane):
            horizontal = self.entity.horizontal
            band = (
                QRectF(0, 0, HEADER, rect.height())
                if horizontal
                else QRectF(0, 0, rect.width(), HEADER)
            )
            path.addRect(band)
            return path
        if isinstance(self.entity, Phase):
            path.addRect(phase_band(rect))
            return path
        path.addRect(rect)
        label = label_rect(self.entity)
        if label is not None:
            path.addRect(label)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        paint_shape(painter, self.entity, self.local_rect(), _lod(option, painter))
        if self.weak_severity:
            self._paint_weak_point(painter)
        if self.hovered and not self.isSelected():
            hover = QPen(HOVER, 2)
            hover.setCosmetic(True)
            painter.setPen(hover)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.local_rect().adjusted(-3, -3, 3, 3), 6, 6)
        if self.isSelected():
            outline = QPen(SELECTION, 1.5, Qt.PenStyle.DashLine)
            outline.setCosmetic(True)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.local_rect().adjusted(-4, -4, 4, 4))
            if resizable(self.entity):
                self._paint_handles(painter)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()

    def set_weak_severity(self, severity: int) -> None:
        if severity != self.weak_severity:
            self.weak_severity = severity
            self.update()

    def _paint_weak_point(self, painter: QPainter) -> None:
        """A small warning badge on the top-right corner; redder for worse weak points."""
        rect = self.local_rect()
        colour = WEAK_COLOURS[min(self.weak_severity, 5) - 1]
        centre = QPointF(rect.right() - 2, rect.top() + 2)
        triangle = QPolygonF(
            [
                QPointF(centre.x(), centre.y() - 9),
                QPointF(centre.x() + 9, centre.y() + 7),
                QPointF(centre.x() - 9, centre.y() + 7),
            ]
        )
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(colour)
        painter.drawPolygon(triangle)
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setFont(font(9, bold=True))
        painter.drawText(
            QRectF(centre.x() - 6, centre.y() - 4, 12, 12), int(Qt.AlignmentFlag.AlignCenter), "!"
        )

    def _paint_handles(self, painter: QPainter) -> None:
        """Corner squares a few screen pixels wide, whatever the zoom."""
        scale = max(painter.worldTransform().m11(), 0.01)
        half = 3.5 / scale
        painter.setPen(QPen(SELECTION, 1.2 / scale))
        painter.setBrush(QColor("#ffffff"))
        rect = self.local_rect()
        for corner in (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()):
            painter.drawRect(QRectF(corner.x() - half, corner.y() - half, 2 * half, 2 * half))


class FlowItem(QGraphicsItem):
    """A connection, painted in scene coordinates along its points (the item sits at 0,0)."""

    def __init__(self, flow: Flow, points: list[QPointF], from_activity: bool) -> None:
        super().__init__()
        self.entity: Flow = flow
        self.points: list[QPointF] = []
        self.from_activity = from_activity
        self._path = QPainterPath()
        self._hit: QPainterPath | None = None
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_FLOW)
        self.set_entity(flow, points, from_activity)

    @property
    def element_id(self) -> str:
        return self.entity.id

    def set_entity(self, flow: Flow, points: list[QPointF], from_activity: bool) -> None:
        self.prepareGeometryChange()
        self.entity, self.points, self.from_activity = flow, points, from_activity
        self._path = flow_path(points)
        self._hit = None
        rect = self._path.boundingRect()
        label = flow_label_rect(flow, points)
        if label is not None:
            rect = rect.united(label)
        self._bounds = rect.adjusted(-14, -14, 14, 14)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The line widened for easy picking, plus the label (built on first use)."""
        if self._hit is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._hit = stroker.createStroke(self._path)
            label = flow_label_rect(self.entity, self.points)
            if label is not None:
                self._hit.addRect(label)
        return self._hit

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.isSelected():
            glow = QPen(QColor(59, 130, 246, 90), 7)
            painter.setPen(glow)
            painter.drawPath(self._path)
        paint_flow(painter, self.entity, self.points, self.from_activity, _lod(option, painter))
        if self.isSelected():
            scale = max(painter.worldTransform().m11(), 0.01)
            radius = 4 / scale
            painter.setPen(QPen(SELECTION, 1.2 / scale))
            painter.setBrush(QColor("#ffffff"))
            for point in self.points[1:-1]:
                painter.drawEllipse(point, radius, radius)
