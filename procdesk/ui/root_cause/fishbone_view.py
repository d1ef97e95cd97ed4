"""The fishbone in the window: painted from the pure layout, edited in place.

Click a cause or a category's name to select it; double-click (or F2) to rename it;
double-click an empty spot of a category's part to add a cause there. Enter adds a cause
below the selected one (on a category: a cause on its bone), Tab a sub-cause, Delete removes,
Space marks a cause confirmed or not, Alt+Up and Alt+Down move it among its neighbours, Up
and Down step through everything. Drag a cause onto another category, or onto a cause to make
it a sub-cause of that one. Every edit is one undo step through the Editor; the view follows
the Document and never writes the model itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from procdesk.analysis.fishbone_layout import FishboneLayout, layout_fishbone, reader_legend
from procdesk.analysis.fishbone_shapes import Box
from procdesk.document import Document
from procdesk.export.root_cause.drawing import pdf_measure
from procdesk.model.changes import ChangeSet
from procdesk.model.root_cause_queries import Fishbone, fishbone_of
from procdesk.text import tr
from procdesk.ui.common.observe import observe
from procdesk.ui.root_cause.fishbone_editing import FishboneEditing
from procdesk.ui.root_cause.fishbone_edits import FishboneEdits, reading_order
from procdesk.ui.root_cause.inline_editor import InlineEditor
from procdesk.ui.root_cause.painter import paint_fishbone


@dataclass(slots=True)
class _Drag:
    cause_id: str
    start: QPointF
    active: bool = False
    target: str | None = None


class FishboneView(FishboneEditing, QWidget):
    """objectName ``fishboneView``: one weak point's fishbone. Read-only when *editable* is
    False (a picture in the business case) or the workspace is."""

    refused = Signal(str)
    """An edit was refused; the reason."""
    selection_changed = Signal(str)
    activated = Signal()
    """A read-only picture was double-clicked (the business case opens the analysis)."""

    def __init__(
        self,
        document: Document,
        weak_point_id: str,
        *,
        editable: bool = True,
        min_scale: float = 0.6,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fishboneView")
        self.setAccessibleName(tr("Fishbone diagram"))
        self.document = document
        self.weak_point_id = weak_point_id
        self.editable = editable and not document.read_only
        self.min_scale = min_scale
        self.edits = FishboneEdits(document, weak_point_id, self.refused.emit)
        self.fishbone: Fishbone | None = None
        self.picture: FishboneLayout | None = None
        self.selected: str | None = None
        self.editor: InlineEditor | None = None
        self._drag: _Drag | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)
        self.refresh()
        self._stop = observe(self, document, self._changed)
        self.destroyed.connect(lambda _object=None: self._stop())

    # following the document ------------------------------------------------------------------
    def _changed(self, changeset: ChangeSet) -> None:
        del changeset
        self.refresh()

    def refresh(self) -> None:
        workspace = self.document.workspace
        alive = self.weak_point_id in workspace
        self.fishbone = fishbone_of(workspace, self.weak_point_id) if alive else None
        self.picture = (
            layout_fishbone(self.fishbone, pdf_measure, legend=reader_legend())
            if self.fishbone is not None
            else None
        )
        if self.selected is not None and self.selected not in workspace:
            self.select(None)
        if self.picture is not None:
            self.setMinimumSize(
                round(self.picture.width * self.min_scale),
                round(self.picture.height * self.min_scale),
            )
        self.updateGeometry()
        self.update()

    # geometry --------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        if self.picture is None:
            return QSize(400, 200)
        return QSize(round(self.picture.width), round(self.picture.height))

    def scale(self) -> float:
        picture = self.picture
        if picture is None:
            return 1.0
        fit = min(self.width() / picture.width, self.height() / picture.height)
        return max(self.min_scale, min(fit, 1.5))

    def _offset(self) -> QPointF:
        picture, scale = self.picture, self.scale()
        if picture is None:
            return QPointF()
        return QPointF(
            max(0.0, (self.width() - picture.width * scale) / 2),
            max(0.0, (self.height() - picture.height * scale) / 2),
        )

    def to_picture(self, point: QPointF) -> QPointF:
        """A point of the widget in the picture's units."""
        offset = self._offset()
        return (point - offset) / self.scale()

    def on_screen(self, box: Box) -> QRectF:
        """A box of the picture in the widget's coordinates."""
        offset, scale = self._offset(), self.scale()
        return QRectF(
            offset.x() + box.x * scale, offset.y() + box.y * scale, box.w * scale, box.h * scale
        )

    def _ref_at(self, point: QPointF) -> str | None:
        if self.picture is None:
            return None
        spot = self.to_picture(point)
        text = self.picture.text_at(spot.x(), spot.y())
        return text.ref if text is not None else None

    def _region_at(self, point: QPointF) -> str | None:
        if self.picture is None:
            return None
        spot = self.to_picture(point)
        region = self.picture.region_at(spot.x(), spot.y())
        return region.ref if region is not None else None

    # painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if self.picture is None:
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), tr("No fishbone yet."))
            return
        offset, scale = self._offset(), self.scale()
        painter.translate(offset)
        painter.scale(scale, scale)
        target = self._drag.target if self._drag is not None and self._drag.active else None
        paint_fishbone(painter, self.picture, self.selected, target)
        painter.end()

    # selection -------------------------------------------------------------------------------
    def select(self, ref: str | None) -> None:
        if ref == self.selected:
            return
        self.selected = ref
        self.setAccessibleDescription(self._describe(ref))
        self.selection_changed.emit(ref or "")
        self.update()

    def _describe(self, ref: str | None) -> str:
        """What a screen reader says of the selection: "cause 'Paper form', confirmed"."""
        cause, category = self.edits.cause(ref), self.edits.category(ref)
        if category is not None:
            return tr("category '{name}'").format(name=category.name)
        if cause is None:
            return ""
        if cause.confirmed:
            return tr("cause '{name}', confirmed").format(name=cause.text)
        return tr("cause '{name}'").format(name=cause.text)

    def _step(self, step: int) -> None:
        order = reading_order(self.fishbone)
        if not order:
            return
        if self.selected not in order:
            self.select(order[0])
            return
        index = max(0, min(len(order) - 1, order.index(str(self.selected)) + step))
        self.select(order[index])

    # keys ------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab adds a sub-cause here instead of moving the focus on.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and self.editable
            and self.selected is not None
        ):
            self.add_sub_cause()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if alt:
                self.move_selected(step)
            else:
                self._step(step)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_sibling()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key == Qt.Key.Key_Space:
            self.toggle_selected()
        elif key == Qt.Key.Key_F2:
            self.rename_selected()
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # mouse -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        ref = self._ref_at(event.position())
        self.select(ref)
        if self.editable and self.edits.cause(ref) is not None:
            self._drag = _Drag(str(ref), event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return
        moved = (event.position() - drag.start).manhattanLength()
        if not drag.active and moved < QApplication.startDragDistance():
            return
        drag.active = True
        over = self._ref_at(event.position())
        target = over if over is not None and over != drag.cause_id else None
        drag.target = target or self._region_at(event.position())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is not None and drag.active and drag.target is not None:
            self.edits.drop(drag.cause_id, drag.target)
        self.update()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        if not self.editable:
            self.activated.emit()
            return
        ref = self._ref_at(event.position())
        if ref is not None:
            self.select(ref)
            self.rename_selected()
            return
        region = self._region_at(event.position())
        if region is not None and self.editable:
            self.select(region)
            self.add_sibling()
