"""LandscapeView: zoom and pan over the landscape, and its gestures.

* A click chooses a process (its end-to-end view); a click on empty space clears the choice.
* A drag moves a process shape from slot to slot of the band's grid: the shape snaps to the
  nearest slot and its neighbours make room while the mouse moves; the release makes one
  editor call (``moved``), so one drag is one undo step. Esc cancels a drag.
* A double-click (or Enter on the chosen process) asks to open it (``activated``); the
  right mouse button asks for its menu (``menu_requested``).
* Tab and Shift+Tab choose process after process; Ctrl+Left and Ctrl+Right move the chosen
  one along its row, Ctrl+Up and Ctrl+Down to the band above or below (one undo step each);
  Ctrl+wheel zooms; Ctrl+0 fits.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from procdesk.model.geometry import Point
from procdesk.model.landscape import Band
from procdesk.text import tr
from procdesk.ui.canvas.style import scheme_colour
from procdesk.ui.landscape.items import Z_DRAGGED, Z_SHAPE, ProcessItem, centre_of
from procdesk.ui.landscape.scene import LandscapeScene

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class LandscapeView(QGraphicsView):
    """Shows a LandscapeScene; objectName ``landscapeView``."""

    chosen = Signal(str)
    """A process was clicked ('' for empty space)."""
    activated = Signal(str)
    moved = Signal(str, str, int)
    """(process id, band, index among the band's other shapes): a drag ended in a new slot."""
    menu_requested = Signal(str, QPoint)

    def __init__(self, scene: LandscapeScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("landscapeView")
        self.setAccessibleName(tr("Process landscape"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.editable = True
        self._press: tuple[ProcessItem, QPointF, QPointF] | None = None
        self._dragging = False
        self._target: tuple[Band, int] | None = None
        self._empty_press: QPoint | None = None
        self._fitted = False

    def landscape(self) -> LandscapeScene:
        scene = self.scene()
        assert isinstance(scene, LandscapeScene)
        return scene

    # zoom --------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.setTransform(self.transform().fromScale(factor, factor))

    def fit_all(self) -> None:
        """Show the whole landscape (never above 100 %)."""
        picture = self.landscape().picture
        if picture is None:
            return
        bounds = picture.bounds
        viewport = self.viewport().rect()
        factor = min(
            (viewport.width() - 20) / max(bounds.w, 1.0),
            (viewport.height() - 20) / max(bounds.h, 1.0),
            1.0,
        )
        self.set_zoom(factor)
        self.centerOn(bounds.x + bounds.w / 2, bounds.y + bounds.h / 2)
        self._fitted = True

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fitted:
            self.fit_all()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._fitted = False
                self.set_zoom(self.zoom * 1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def drawBackground(self, painter: QPainter, rect: object) -> None:
        painter.fillRect(rect, scheme_colour("background"))  # type: ignore[call-overload]

    # mouse -------------------------------------------------------------------------------------
    def _process_at(self, pos: QPoint) -> ProcessItem | None:
        for item in self.items(pos):
            if isinstance(item, ProcessItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self._process_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self._press = (item, self.mapToScene(event.position().toPoint()), item.pos())
            self._dragging = False
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._empty_press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        item, start, origin = self._press
        here = self.mapToScene(event.position().toPoint())
        if not self._dragging:
            distance = (self.mapFromScene(here) - self.mapFromScene(start)).manhattanLength()
            if not self.editable or distance < QApplication.startDragDistance():
                return
            self._dragging = True
            item.setZValue(Z_DRAGGED)
            for arrow in self.landscape().arrows:
                arrow.setVisible(False)
        centre = origin + (here - start) + item.local_rect().center()
        self._snap(item, Point(centre.x(), centre.y()))
        event.accept()

    def _snap(self, item: ProcessItem, centre: Point) -> None:
        """Put the dragged shape into the slot nearest *centre* and let the others make room."""
        picture = self.landscape().picture
        assert picture is not None
        layout = picture.layout
        band, index, _ = layout.slot_at(item.process_id, centre)
        if self._target == (band, index):
            return
        self._target = (band, index)
        shapes = self.landscape().processes
        for frame in layout.bands:
            row = [i for i in frame.ids if i != item.process_id]
            if frame.band == band:
                row.insert(index, item.process_id)
            for position, process_id in enumerate(row):
                rect = layout.slot_rect(frame.band, position, len(row))
                shapes[process_id].setPos(rect.x, rect.y)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseReleaseEvent(event)
            pressed, self._empty_press = self._empty_press, None
            moved = pressed is not None and (
                (event.position().toPoint() - pressed).manhattanLength()
                >= QApplication.startDragDistance()
            )
            if event.button() == Qt.MouseButton.LeftButton and pressed is not None and not moved:
                self.chosen.emit("")  # a click on empty space; a drag there pans
            return
        item, _, _ = self._press
        target, dragging = self._target, self._dragging
        self._end_drag()
        event.accept()
        if not dragging:
            self.chosen.emit(item.process_id)
        elif target is not None and target != (item.slot.band, item.slot.index):
            self.moved.emit(item.process_id, target[0].value, target[1])

    def _end_drag(self, restore: bool = True) -> None:
        """Forget the press; put every shape back in its slot (the edit, if any, rebuilds)."""
        if self._press is not None and self._dragging and restore:
            for shape in self.landscape().processes.values():
                shape.setPos(shape.slot.rect.x, shape.slot.rect.y)
                shape.setZValue(Z_SHAPE)
            for arrow in self.landscape().arrows:
                arrow.setVisible(True)
        self._press, self._dragging, self._target = None, False, None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._process_at(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self._end_drag()
            self.activated.emit(item.process_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self._process_at(event.pos())
        if item is not None:
            self.menu_requested.emit(item.process_id, event.globalPos())
            event.accept()

    # keys --------------------------------------------------------------------------------------
    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab walk the processes in reading order."""
        order = self.landscape().process_at_order()
        if not order:
            return super().focusNextPrevChild(forward)
        current = self.landscape().chosen
        index = order.index(current) if current in order else -1
        index = (index + (1 if forward else -1)) % len(order)
        self.chosen.emit(order[index])
        self.centerOn(centre_of(self.landscape().processes[order[index]]))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        chosen = self.landscape().chosen
        if key == Qt.Key.Key_Escape:
            if self._dragging:
                self._end_drag()
            else:
                self.chosen.emit("")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and chosen:
            self.activated.emit(chosen)
        elif key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.fit_all()
        elif not (chosen and self._move_by_key(chosen, event)):
            super().keyPressEvent(event)
            return
        event.accept()

    def _move_by_key(self, chosen: str, event: QKeyEvent) -> bool:
        """Ctrl+arrow: the chosen process one slot along its row, or to the next band."""
        picture = self.landscape().picture
        if not (event.modifiers() & Qt.KeyboardModifier.ControlModifier) or picture is None:
            return False
        if not self.editable:
            return event.key() in ARROWS
        slot = self.landscape().processes[chosen].slot
        frames = list(picture.layout.bands)
        row = next(i for i, frame in enumerate(frames) if frame.band == slot.band)
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is not None:
            index = slot.index + step
            if 0 <= index < len(frames[row].ids):
                self.moved.emit(chosen, slot.band.value, index)
            return True
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None:
            if 0 <= row + step < len(frames):
                band = frames[row + step]
                self.moved.emit(chosen, band.band.value, len(band.ids))
            return True
        return False
