"""DiagramView: the canvas widget — zoom, pan, fit, and a light grid behind the diagram.

Zoom is Ctrl+wheel (around the mouse), Ctrl+0 fits the diagram, Ctrl+1 shows 100 %; the
middle button or Space+drag pans. Editing gestures live in ``tools`` and are installed on
the view by the main window.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from procdesk.text import tr
from procdesk.ui.canvas.accessible import CanvasNarrator
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.sticky import paint_sticky_headers
from procdesk.ui.canvas.style import scheme_colour

MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
READABLE_ZOOM = 0.6
"""The smallest zoom at which 12 px labels can still be read on a laptop screen."""
GRID = 10.0
REVEAL_MARGIN = 150
"""Screen pixels an element kept in view by the keyboard stays away from the canvas's edges."""


class Gestures(Protocol):
    """What edits the canvas: sees mouse and key events first (see ``CanvasController``)."""

    def mouse(self, event: QMouseEvent) -> bool: ...

    def key_press(self, event: QKeyEvent) -> bool: ...

    def shortcut_override(self, event: QKeyEvent) -> bool: ...

    def context_menu(self, event: QContextMenuEvent) -> bool: ...

    def accepts_drop(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> bool: ...

    def drop(self, event: QDropEvent) -> bool: ...


class DiagramView(QGraphicsView):
    """Shows a DiagramScene; objectName ``canvas``."""

    zoom_changed = Signal(float)
    resized = Signal()

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("canvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self._panning: QPointF | None = None
        self._space_down = False
        self._auto_fit = True
        self._auto_frame = False
        self.gestures: Gestures | None = None
        self.narrator = CanvasNarrator(self)
        self.narrator.follow(scene)
        self.setWhatsThis(
            tr(
                "The diagram. Tab and Shift+Tab select element after element, arrow keys move "
                "the selection, F2 renames it, C connects it to another element, Delete "
                "removes it."
            )
        )

    def setScene(self, scene: QGraphicsScene | None) -> None:
        """Show *scene*, and let the screen reader describe it from now on."""
        super().setScene(scene)
        if isinstance(scene, DiagramScene):
            self.narrator.follow(scene)

    def diagram_scene(self) -> DiagramScene:
        scene = self.scene()
        assert isinstance(scene, DiagramScene)
        return scene

    # zoom --------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Show the diagram at *factor* (1.0 = 100 %), clamped to a sensible range."""
        self._auto_fit = self._auto_frame = False
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.setTransform(self.transform().fromScale(factor, factor))
        self.zoom_changed.emit(factor)

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom * step)

    def fit_diagram(self) -> None:
        """Zoom so the whole diagram is visible (never above 100 %)."""
        rect = self.diagram_scene().itemsBoundingRect()
        if rect.isNull():
            self.set_zoom(1.0)
            return
        rect = rect.adjusted(-20, -20, 20, 20)
        viewport = self.viewport().rect()
        factor = min(viewport.width() / rect.width(), viewport.height() / rect.height(), 1.0)
        self.set_zoom(factor)
        self.centerOn(rect.center())
        self._auto_fit = True

    def frame_diagram(self) -> None:
        """Show a diagram just opened: all of it when that is readable, else its start (top
        left) at the smallest readable zoom, so the first look shows names, not a thumbnail."""
        rect = self.diagram_scene().itemsBoundingRect()
        viewport = self.viewport().rect()
        if rect.isNull() or viewport.width() < 50:
            self.fit_diagram()
            return
        framed = rect.adjusted(-20, -20, 20, 20)
        factor = min(viewport.width() / framed.width(), viewport.height() / framed.height())
        if factor >= READABLE_ZOOM:
            self.fit_diagram()
            return
        self.set_zoom(READABLE_ZOOM)
        visible_w = viewport.width() / READABLE_ZOOM
        visible_h = viewport.height() / READABLE_ZOOM
        self.centerOn(framed.left() + visible_w / 2, framed.top() + visible_h / 2)
        self._auto_frame = True

    def reveal(self, rect: QRectF) -> None:
        """Bring scene *rect* into view for a keyboard user: left alone when it is well inside,
        else centred (an edge would leave it under the minimap or the scroll bars)."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        margin = REVEAL_MARGIN / max(self.zoom, 0.01)
        if not visible.adjusted(margin, margin, -margin, -margin).contains(rect):
            self._auto_fit = self._auto_frame = False
            self.centerOn(rect.center())

    def can_show(self, rect: QRectF) -> bool:
        """Whether scene *rect* fits in the view at this zoom, with :meth:`reveal`'s margins."""
        margin = 2 * REVEAL_MARGIN
        size = self.viewport().rect()
        zoom = self.zoom
        return rect.width() * zoom <= size.width() - margin and (
            rect.height() * zoom <= size.height() - margin
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep a framed diagram framed while the window is laid out or resized."""
        super().resizeEvent(event)
        self.resized.emit()
        if self._auto_frame:
            self.frame_diagram()
        elif self._auto_fit:
            self.fit_diagram()

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Tab walks the diagram, so Ctrl+Tab is the way out of the canvas
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(forward)
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.gestures is not None
            and self.gestures.key_press(event)
        ):
            return True  # Tab walks the flow instead of moving the keyboard focus
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.gestures is not None
            and self.gestures.shortcut_override(event)
        ):
            return True
        return super().event(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.gestures is not None and self.gestures.accepts_drop(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.gestures is not None and self.gestures.accepts_drop(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.gestures is not None and self.gestures.drop(event):
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.gestures is not None and self.gestures.context_menu(event):
            return
        super().contextMenuEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.gestures is not None and self.gestures.key_press(event):
            event.accept()
            return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() == Qt.Key.Key_0:
            self.fit_diagram()
        elif ctrl and event.key() == Qt.Key.Key_1:
            self.actual_size()
        elif ctrl and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif ctrl and event.key() == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif (
            event.key() == Qt.Key.Key_Space
            and not event.isAutoRepeat()
            and self.diagram_scene().focusItem() is None
        ):
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    # pan ---------------------------------------------------------------------------------------
    def is_panning(self, event: QMouseEvent) -> bool:
        """Whether *event* belongs to a pan gesture (middle button, or Space held)."""
        middle = Qt.MouseButton.MiddleButton
        return (
            self._panning is not None
            or self._space_down
            or event.button() == middle
            or bool(event.buttons() & middle)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle or (self._space_down and event.button() == Qt.MouseButton.LeftButton):
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if self.gestures is not None and self.gestures.mouse(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.is_panning(event) and self.gestures is not None and self.gestures.mouse(event):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(
                self.horizontalScrollBar().value() - round(delta.x())
            )
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        if not self._space_down and self.gestures is not None and self.gestures.mouse(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            self._panning = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        if self.gestures is not None and self.gestures.mouse(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def drawForeground(self, painter: QPainter, area: QRectF | QRect) -> None:
        super().drawForeground(painter, area)
        scene = self.diagram_scene()
        if scene.diagram_id is None:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        paint_sticky_headers(painter, scene.workspace, scene.diagram_id, visible, self.zoom)

    # background --------------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, area: QRectF | QRect) -> None:
        super().drawBackground(painter, area)
        rect = QRectF(area)
        painter.fillRect(rect, scheme_colour("background"))
        if self.zoom < 0.5:
            return
        step = GRID * 5
        pen = QPen(scheme_colour("grid"))
        pen.setCosmetic(True)
        painter.setPen(pen)
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        x = left
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += step
        y = top
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += step
