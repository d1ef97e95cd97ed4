"""Graphics items: one per diagram element, painting the element's current model value.

Items hold the last value the scene gave them and never write the model; the scene replaces
that value whenever a ChangeSet says the element changed.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from procdesk.analysis.marks import KpiMark, WeakMark
from procdesk.model.elements import Annotation, Flow, Group, Lane, Phase, Pool, Shape, Step
from procdesk.ui.canvas import compliance_marks, marks
from procdesk.ui.canvas.connections import flow_path, paint_flow
from procdesk.ui.canvas.containers import HEADER, phase_band
from procdesk.ui.canvas.data_shapes import annotation_text_area
from procdesk.ui.canvas.notation import Z_FLOW, paint_shape, z_value
from procdesk.ui.canvas.overlays import Overlaid

SELECTION = QColor("#3b82f6")
HOVER = QColor(59, 130, 246, 110)
MARGIN = 8.0


def resizable(shape: Shape) -> bool:
    """Shapes whose size the user may change by dragging a corner."""
    if isinstance(shape, Step):
        return shape.kind.is_activity
    return isinstance(shape, Pool | Group | Annotation)


def _lod(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class ShapeItem(Overlaid, QGraphicsItem):
    """A pool, lane, phase, step, data object, data store, annotation or group.

    The item sits at the shape's top-left corner and paints in local coordinates. Pools and
    lanes are picked by their name band only, so a click or a rubber band in a lane's body
    reaches the canvas and the steps inside it.
    """

    def __init__(self, shape: Shape, label: QRectF | None = None) -> None:
        super().__init__()
        self.entity: Shape = shape
        self.label = label
        """Where the outside name is, in local coordinates (None: none); the scene places it."""
        self.init_overlays()
        self.kpis: tuple[KpiMark, ...] = ()
        """The step's KPIs that miss their target."""
        self.hovered = False
        self._bounds: QRectF
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        if not isinstance(shape, Pool | Lane | Phase):  # items start deaf to hovering
            self.setAcceptHoverEvents(True)
        # Not in a scene yet: nothing to invalidate or repaint (an import makes thousands).
        self._take(shape)

    @property
    def element_id(self) -> str:
        return self.entity.id

    def set_entity(self, shape: Shape) -> None:
        """Show *shape*, the element's new value."""
        self.prepareGeometryChange()
        self._take(shape)
        self.update()

    def set_label(self, scene_rect: QRectF | None) -> None:
        """Show the outside name at *scene_rect* (None: no name beside the shape)."""
        b = self.entity.bounds
        local = scene_rect.translated(-b.x, -b.y) if scene_rect is not None else None
        if local != self.label:
            self.prepareGeometryChange()
            self.label = local
            self._take(self.entity)
            self.update()

    def label_area(self) -> QRectF | None:
        """Where the outside name is, in scene coordinates (None: none)."""
        b = self.entity.bounds
        return self.label.translated(b.x, b.y) if self.label is not None else None

    def _take(self, shape: Shape) -> None:
        self.entity = shape
        b = shape.bounds
        self.setPos(b.x, b.y)
        self.setZValue(z_value(shape))
        label = self.label
        if isinstance(shape, Annotation):  # a long note runs on beyond its box
            label = annotation_text_area(shape)
        # a glowing element needs room for its halo
        margin = MARGIN + (marks.HALO_ROOM if self.glows else 0)
        if label is None:  # the body alone, grown by the margin: one rectangle, same numbers
            self._bounds = QRectF(-margin, -margin, b.w + margin + margin, b.h + margin + margin)
        else:
            rect = QRectF(0, 0, b.w, b.h).united(label)
            self._bounds = rect.adjusted(-margin, -margin, margin, margin)

    def scene_extent(self) -> QRectF:
        """``sceneBoundingRect()`` without the round trip through Qt (the item is never
        transformed): the scene unites thousands of these after building."""
        b = self.entity.bounds
        return self._bounds.translated(b.x, b.y)

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
        if self.label is not None:
            path.addRect(self.label)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        container = isinstance(self.entity, Pool | Lane)
        if self.heat and self.weak is not None and not container:
            marks.paint_halo(painter, self._outline(), self.weak, MARGIN + marks.HALO_ROOM)
        if self.risk_heat and self.audit is not None and self.audit.risks:
            colour = compliance_marks.heat_colour(self.audit)
            marks.paint_glow(painter, self._outline(), colour, MARGIN + marks.HALO_ROOM)
        paint_shape(painter, self.entity, self.local_rect(), _lod(option, painter), self.label)
        if self.heat and self.weak is not None and container:
            marks.paint_tint(painter, self.local_rect(), self.weak)
        self._paint_marks(painter)
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

    def set_marks(self, weak: WeakMark | None, kpis: tuple[KpiMark, ...]) -> None:
        """Show the element's open weak points and off-target KPIs."""
        if (weak, kpis) != (self.weak, self.kpis):
            self.weak, self.kpis = weak, kpis
            self._sync_look()

    @property
    def glows(self) -> bool:
        """Whether an overlay lets the element glow (it then needs room for the halo)."""
        risky = self.audit is not None and self.audit.risks > 0
        return (self.heat and self.weak is not None) or (self.risk_heat and risky)

    def _sync_look(self) -> None:
        self.set_entity(self.entity)  # the halo's room comes and goes with the heat
        background = isinstance(self.entity, Pool | Lane | Phase | Group)
        risky = self.audit is not None and self.audit.risks > 0
        faded = (self.heat and self.weak is None) or (self.risk_heat and not risky)
        self.setOpacity(marks.DIMMED if faded and not background else 1.0)
        lines = [marks.describe(self.weak, self.kpis), *compliance_marks.describe(self.audit)]
        self.setToolTip("\n".join(line for line in lines if line))
        self.update()

    def _outline(self) -> QPainterPath:
        """The element's outline, which the heat halo follows."""
        rect = self.local_rect()
        path = QPainterPath()
        kind = self.entity.kind if isinstance(self.entity, Step) else None
        if kind is not None and kind.is_event:
            path.addEllipse(rect)
        elif kind is not None and kind.is_gateway:
            c = rect.center()
            path.moveTo(c.x(), rect.top())
            path.lineTo(rect.right(), c.y())
            path.lineTo(c.x(), rect.bottom())
            path.lineTo(rect.left(), c.y())
            path.closeSubpath()
        else:
            path.addRoundedRect(rect, 10, 10)
        return path

    def _paint_marks(self, painter: QPainter) -> None:
        """The weak-point badge (top right; in the body's corner for lanes and pools) and the
        off-target KPI tag (bottom right)."""
        rect = self.local_rect()
        if self.weak is not None:
            if isinstance(self.entity, Pool | Lane):
                offset = HEADER + marks.BADGE_RADIUS + 4
                horizontal = self.entity.horizontal
                centre = QPointF(offset if horizontal else 14, 14 if horizontal else offset)
            else:
                centre = QPointF(rect.right() - 1, rect.top() + 1)
            marks.paint_weak_badge(painter, centre, self.weak)
        if self.kpis:
            marks.paint_kpi_badge(painter, rect.right() + 4, rect.bottom())
        if self.audit is not None:
            corner = QPointF(rect.left() - 4, rect.bottom() + 4)
            compliance_marks.paint_markers(painter, corner, self.audit)

    def _paint_handles(self, painter: QPainter) -> None:
        """Corner squares a few screen pixels wide, whatever the zoom."""
        scale = max(painter.worldTransform().m11(), 0.01)
        half = 3.5 / scale
        painter.setPen(QPen(SELECTION, 1.2 / scale))
        painter.setBrush(QColor("#ffffff"))
        rect = self.local_rect()
        for corner in (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()):
            painter.drawRect(QRectF(corner.x() - half, corner.y() - half, 2 * half, 2 * half))


class FlowItem(Overlaid, QGraphicsItem):
    """A connection, painted in scene coordinates along its points (the item sits at 0,0)."""

    def __init__(
        self,
        flow: Flow,
        points: list[QPointF],
        from_activity: bool,
        label: QRectF | None = None,
    ) -> None:
        super().__init__()
        self.entity: Flow = flow
        self.points: list[QPointF]
        self.label = label
        """Where the name is, in scene coordinates (None: none); the scene places it."""
        self.from_activity = from_activity
        self._path: QPainterPath
        self._hit: QPainterPath | None = None
        self._bounds: QRectF
        self.init_overlays()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_FLOW)
        self._take(flow, points, from_activity)  # not in a scene yet: nothing to invalidate

    @property
    def element_id(self) -> str:
        return self.entity.id

    def set_entity(self, flow: Flow, points: list[QPointF], from_activity: bool) -> None:
        self.prepareGeometryChange()
        self._take(flow, points, from_activity)
        self.update()

    def set_label(self, scene_rect: QRectF | None) -> None:
        """Show the name at *scene_rect* (None: none)."""
        if scene_rect != self.label:
            self.prepareGeometryChange()
            self.label = scene_rect
            self._take(self.entity, self.points, self.from_activity)
            self.update()

    def label_area(self) -> QRectF | None:
        return self.label

    def _take(self, flow: Flow, points: list[QPointF], from_activity: bool) -> None:
        self.entity, self.points, self.from_activity = flow, points, from_activity
        self._path = flow_path(points)
        self._hit = None
        rect = self._path.boundingRect()
        if self.label is not None:
            rect = rect.united(self.label)
        self._bounds = rect.adjusted(-14.0, -14.0, 14.0, 14.0)

    def scene_extent(self) -> QRectF:
        """``sceneBoundingRect()`` without the round trip through Qt (the item sits at 0,0)."""
        return self._bounds

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The line widened for easy picking, plus the label (built on first use)."""
        if self._hit is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._hit = stroker.createStroke(self._path)
            if self.label is not None:
                self._hit.addRect(self.label)
        return self._hit

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.heat and self.weak is not None:
            marks.paint_halo(painter, self._path, self.weak, 13)
        if self.risk_heat and self.audit is not None and self.audit.risks:
            marks.paint_glow(painter, self._path, compliance_marks.heat_colour(self.audit), 13)
        if self.isSelected():
            glow = QPen(QColor(59, 130, 246, 90), 7)
            painter.setPen(glow)
            painter.drawPath(self._path)
        paint_flow(
            painter, self.entity, self.points, self.from_activity, _lod(option, painter), self.label
        )
        if self.weak is not None and not self._path.isEmpty():
            marks.paint_weak_badge(painter, self._path.pointAtPercent(0.5), self.weak)
        if self.audit is not None and not self._path.isEmpty():
            middle = self._path.pointAtPercent(0.5)
            compliance_marks.paint_markers(painter, middle + QPointF(4, -4), self.audit)
        if self.isSelected():
            scale = max(painter.worldTransform().m11(), 0.01)
            radius = 4 / scale
            painter.setPen(QPen(SELECTION, 1.2 / scale))
            painter.setBrush(QColor("#ffffff"))
            for point in self.points[1:-1]:
                painter.drawEllipse(point, radius, radius)

    def set_marks(self, weak: WeakMark | None, kpis: tuple[KpiMark, ...] = ()) -> None:
        """Show the flow's open weak points (flows carry no KPIs)."""
        if weak != self.weak:
            self.weak = weak
            self._sync_look()

    def _sync_look(self) -> None:
        risky = self.audit is not None and self.audit.risks > 0
        faded = (self.heat and self.weak is None) or (self.risk_heat and not risky)
        self.setOpacity(marks.DIMMED if faded else 1.0)
        lines = [marks.describe(self.weak, ()), *compliance_marks.describe(self.audit)]
        self.setToolTip("\n".join(line for line in lines if line))
        self.update()
