"""The minimap: the whole diagram in a corner of the canvas, with the visible area framed.

Clicking or dragging in it centres the canvas there. It draws the same scene (text is
skipped at its small scale by the painters' level of detail), so it costs no extra model.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView

from procdesk.text import tr
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.style import scheme_colour
from procdesk.ui.canvas.view import DiagramView

SIZE = (220, 140)
MARGIN = 12


class Minimap(QGraphicsView):
    """objectName ``minimap``; an overview floating in the canvas's lower right corner."""

    def __init__(self, canvas: DiagramView) -> None:
        super().__init__(canvas)
        self.setObjectName("minimap")
        self.setAccessibleName(tr("Minimap"))
        self.setAccessibleDescription(
            tr("Overview of the whole diagram; the frame shows the visible part")
        )
        self.canvas = canvas
        self.setInteractive(False)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("QGraphicsView#minimap { border: 1px solid palette(mid); }")
        self.setFixedSize(*SIZE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(50)
        self._refit.timeout.connect(self.fit)
        self.wanted = True
        """The user's choice (View ▸ Show Minimap); it also hides while everything is in view."""
        self._content = QRectF()
        canvas.horizontalScrollBar().valueChanged.connect(self.follow)
        canvas.verticalScrollBar().valueChanged.connect(self.follow)
        canvas.zoom_changed.connect(lambda _zoom: self.follow())
        canvas.resized.connect(self.follow)
        self.place()

    def set_scene(self, scene: DiagramScene) -> None:
        self.setScene(scene)
        scene.diagram_changed.connect(self._refit.start)
        self._refit.start()

    def place(self) -> None:
        """Keep the minimap in the canvas's lower right corner."""
        area = self.canvas.viewport().geometry()
        self.move(area.right() - SIZE[0] - MARGIN, area.bottom() - SIZE[1] - MARGIN)

    def fit(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        rect = scene.itemsBoundingRect()
        if rect.isNull():
            rect = QRectF(0, 0, 100, 60)
        self._content = rect
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        self.follow()

    def set_wanted(self, wanted: bool) -> None:
        self.wanted = wanted
        self.follow()

    def follow(self) -> None:
        """Show the overview only when wanted and part of the diagram is out of view."""
        visible = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        needed = self.wanted and not self._content.isNull() and not visible.contains(self._content)
        if needed != self.isVisible():
            self.setVisible(needed)
        if needed:
            self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The canvas's own background colour (the scene itself has none)."""
        painter.fillRect(QRectF(rect), scheme_colour("background"))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        visible = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        frame = scheme_colour("selection")
        pen = QPen(frame, 2)
        pen.setCosmetic(True)
        painter.setPen(pen)
        wash = QColor(frame)
        wash.setAlpha(30)
        painter.setBrush(wash)
        painter.drawRect(visible)

    def _centre(self, event: QMouseEvent) -> None:
        self.canvas.centerOn(self.mapToScene(event.position().toPoint()))
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._centre(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._centre(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The overview never scrolls: it always shows the whole diagram."""
