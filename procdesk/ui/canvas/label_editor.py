"""In-place label editing: a text box over the element, Enter to keep, Escape to drop.

Shift+Enter starts a new line (names may span lines). Clicking elsewhere keeps the text. The
box edits a copy; the name changes once, through the Editor, when the edit is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from procdesk.model.elements import Flow, Lane, Phase, Pool, Shape, Step
from procdesk.ui.canvas.containers import phase_band
from procdesk.ui.canvas.items import FlowItem, ShapeItem
from procdesk.ui.canvas.labels import has_outside_label
from procdesk.ui.canvas.style import font, scheme_colour

Done = Callable[[bool], None]
"""Called once with True (keep the text) or False (drop it)."""


def editing_rect(item: ShapeItem | FlowItem) -> QRectF:
    """Where the editor goes for *item*, in scene coordinates."""
    entity = item.entity
    if isinstance(item, FlowItem) and isinstance(entity, Flow):
        rect = item.label_area()
        if rect is None and len(item.points) >= 2:
            middle = item.points[len(item.points) // 2]
            rect = QRectF(middle.x() - 50, middle.y() - 12, 100, 24)
        return rect or QRectF(0, 0, 100, 24)
    assert isinstance(entity, Shape)
    b = entity.bounds
    if isinstance(entity, Pool | Lane):
        return QRectF(b.x + 2, b.y + 4, 180, 24)
    if isinstance(entity, Phase):
        band = phase_band(QRectF(b.x, b.y, b.w, b.h))
        return QRectF(band.x(), band.y(), max(band.width(), 120), 24)
    if has_outside_label(entity):
        placed = item.label_area()
        if placed is not None:  # where the name is now, at least as wide as the box below
            width = max(placed.width(), 110)
            return QRectF(placed.center().x() - width / 2, placed.top() - 2, width, 24)
        return QRectF(b.x + b.w / 2 - 55, b.bottom + 4, 110, 24)
    if isinstance(entity, Step) and entity.expanded:
        return QRectF(b.x + 8, b.y + 6, b.w - 16, 24)
    return QRectF(b.x + 4, b.y + 4, b.w - 8, b.h - 8)


class LabelEditor(QGraphicsTextItem):
    """A plain-text box on top of everything, editing one element's name."""

    def __init__(self, element_id: str, text: str, rect: QRectF, done: Done) -> None:
        super().__init__()
        self.element_id = element_id
        self._done = done
        self._finished = False
        self.setZValue(1000)
        self.setFont(font())
        self.setDefaultTextColor(scheme_colour("stroke"))  # not the palette's: the box is canvas
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setTextWidth(max(rect.width(), 60))
        option = self.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDefaultTextOption(option)
        self.setPos(rect.left(), rect.top())
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    @property
    def text(self) -> str:
        return self.toPlainText().strip()

    def finish(self, keep: bool) -> None:
        if self._finished:
            return
        self._finished = True
        self._done(keep)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish(True)
            return
        if key == Qt.Key.Key_Return or key == Qt.Key.Key_Enter:
            self.textCursor().insertText("\n")
            return
        if key == Qt.Key.Key_Escape:
            self.finish(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(True)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setPen(QPen(scheme_colour("selection"), 1.5))
        painter.setBrush(scheme_colour("fill"))
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)  # type: ignore[arg-type]
