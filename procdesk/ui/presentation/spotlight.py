"""The presentation's spotlight: everything but the current step (its name and its outgoing
flows) dimmed a little, and a warm halo around the step. An overlay item of the presentation's
own scene; it never touches the model."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from procdesk.model.elements import Step
from procdesk.ui.canvas.scene import DiagramScene

HALO = QColor("#f59e0b")
DIM = QColor(255, 255, 255, 120)
Z_OVERLAY = 100.0


def outline(step: Step, grow: float) -> QPainterPath:
    """The step's outline (circle, diamond or rounded box) grown by *grow* scene units."""
    b = step.bounds
    rect = QRectF(b.x - grow, b.y - grow, b.w + 2 * grow, b.h + 2 * grow)
    path = QPainterPath()
    if step.kind.is_event:
        path.addEllipse(rect)
    elif step.kind.is_gateway:
        c = rect.center()
        path.moveTo(c.x(), rect.top())
        for point in (
            QPointF(rect.right(), c.y()),
            QPointF(c.x(), rect.bottom()),
            QPointF(rect.left(), c.y()),
        ):
            path.lineTo(point)
        path.closeSubpath()
    else:
        path.addRoundedRect(rect, 10 + grow, 10 + grow)
    return path


class Spotlight(QGraphicsItem):
    """Dims everything but the current step and rings it with a warm halo."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_OVERLAY)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.step: Step | None = None
        self._area = QRectF()
        self._paths: list[QPainterPath] = []

    def show_step(
        self, step: Step | None, area: QRectF, paths: list[QPainterPath] | None = None
    ) -> None:
        """Light *step* (None: nothing) and *paths* (its outgoing flows) inside *area*."""
        self.prepareGeometryChange()
        self.step, self._area, self._paths = step, QRectF(area), list(paths or [])
        self.setVisible(step is not None)
        self.update()

    def halo_rect(self) -> QRectF:
        return outline(self.step, 10).boundingRect() if self.step else QRectF()

    def boundingRect(self) -> QRectF:
        return self._area if self.step is not None else QRectF()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.step is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lit = outline(self.step, 14)
        scene = self.scene()
        label = scene.labels.scene_rect(self.step.id) if isinstance(scene, DiagramScene) else None
        if label is not None:  # the name beside an event or gateway stays bright too
            lit.addRoundedRect(label.adjusted(-6, -2, 6, 4), 6, 6)
        for path in self._paths:
            lit = lit.united(path)
        dimmed = QPainterPath()
        dimmed.addRect(self._area)
        painter.fillPath(dimmed.subtracted(lit), DIM)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for grow, width, alpha in ((13, 10.0, 60), (9, 5.0, 230)):
            glow = QColor(HALO)
            glow.setAlpha(alpha)
            painter.setPen(QPen(glow, width))
            painter.drawPath(outline(self.step, grow))
