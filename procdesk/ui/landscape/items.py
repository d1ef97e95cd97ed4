"""The landscape's graphics items: bands, process shapes, arrows and the legend.

Each item paints with the landscape's painters from the Picture it was made from; none of them
writes the model. The process shapes are what the user drags, double-clicks and right-clicks;
the view turns those gestures into editor calls (``procdesk.ui.landscape.view``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from procdesk.model.landscape_layout import BandFrame, ShapeFrame
from procdesk.text import tr
from procdesk.ui.landscape.drawing import qrect
from procdesk.ui.landscape.heat import kpi_word, status_word
from procdesk.ui.landscape.legend import paint_legend
from procdesk.ui.landscape.painters import (
    ShapeFace,
    connection_path,
    paint_band,
    paint_connection,
    paint_process,
    process_path,
)
from procdesk.ui.landscape.picture import Arrow, Picture

Z_BAND, Z_ARROW, Z_SHAPE, Z_DRAGGED = -10.0, 0.0, 10.0, 100.0
OUTLINE_ROOM = 3.0


def _lod(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class BandItem(QGraphicsItem):
    """One band with its title."""

    def __init__(self, frame: BandFrame, title: str) -> None:
        super().__init__()
        self.frame, self.title = frame, title
        self.setZValue(Z_BAND)

    def boundingRect(self) -> QRectF:
        return qrect(self.frame.rect).adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_band(painter, qrect(self.frame.rect), qrect(self.frame.title), self.title)


class ProcessItem(QGraphicsItem):
    """One process's chevron or box, at its slot; the view moves it while it is dragged."""

    def __init__(self, shape: ShapeFrame, face: ShapeFace) -> None:
        super().__init__()
        self.slot = shape
        self.face = face
        self.outline: QColor | None = None
        self.setPos(shape.rect.x, shape.rect.y)
        self.setZValue(Z_SHAPE)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(describe(face))

    @property
    def process_id(self) -> str:
        return self.slot.process_id

    def local_rect(self) -> QRectF:
        return QRectF(0, 0, self.slot.rect.w, self.slot.rect.h)

    def boundingRect(self) -> QRectF:
        room = OUTLINE_ROOM
        return self.local_rect().adjusted(-room, -room, room, room)

    def shape(self) -> QPainterPath:
        return process_path(self.local_rect(), self.face.chevron)

    def set_emphasis(self, outline: QColor | None, opacity: float) -> None:
        self.outline = outline
        self.setOpacity(opacity)
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_process(painter, self.local_rect(), self.face, _lod(option, painter), self.outline)


def describe(face: ShapeFace) -> str:
    """The tooltip of a process shape: every figure it shows, in words."""
    card = face.card
    lines = [card.name, tr("Owner: {owner}").format(owner=card.owner or tr("nobody"))]
    status = status_word(card.status)
    if card.review_overdue:
        status = tr("{status}, review overdue").format(status=status)
    lines.append(status)
    lines.append(kpi_word(card.kpi_status))
    if card.weak_points_open == 1:
        lines.append(tr("1 open weak point"))
    else:
        lines.append(tr("%n open weak points", None, card.weak_points_open))
    if face.sub_processes:
        lines.append(tr("%n sub-processes: double-click to show them", None, face.sub_processes))
    else:
        lines.append(tr("Double-click to open its diagram"))
    if face.unresolved:
        lines.append(tr("%n unresolved references", None, face.unresolved))
    return "\n".join(lines)


class ArrowItem(QGraphicsItem):
    """The arrow for the interfaces from one shown process to another."""

    def __init__(self, arrow: Arrow, names: dict[str, str]) -> None:
        super().__init__()
        self.arrow = arrow
        self.emphasis = ""
        self._path = connection_path(arrow.route)
        self._bounds = self._path.controlPointRect().adjusted(-12, -12, 12, 12)
        self._hit: QPainterPath | None = None
        self.setZValue(Z_ARROW)
        self.setAcceptHoverEvents(True)
        self.setToolTip(_arrow_tip(arrow, names))

    @property
    def pair(self) -> tuple[str, str]:
        return self.arrow.connection.source, self.arrow.connection.target

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """A band 10 units wide along the curve (made when first asked: a hover, a click)."""
        if self._hit is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._hit = stroker.createStroke(self._path)
        return self._hit

    def set_emphasis(self, emphasis: str, opacity: float) -> None:
        self.emphasis = emphasis
        self.setOpacity(opacity)
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        kinds = self.arrow.connection.kinds
        paint_connection(painter, self.arrow.route, kinds, self.emphasis, self._path)


def _arrow_tip(arrow: Arrow, names: dict[str, str]) -> str:
    connection = arrow.connection
    source, target = names.get(connection.source, ""), names.get(connection.target, "")
    lines = [tr("{source} → {target}").format(source=source, target=target)]
    words = {
        "message": tr("message"),
        "call": tr("calls"),
        "continues": tr("continues in"),
        "data": tr("shared data"),
    }
    for interface in connection.interfaces:
        origin = names.get(interface.source, "")
        via = f" '{interface.via}'" if interface.via else ""
        lines.append(f"{words[interface.kind.value]}{via} ({origin})")
    return "\n".join(lines)


class LegendItem(QGraphicsItem):
    """What the arrow styles, the lamps and (when colouring) the colours mean."""

    def __init__(self, picture: Picture) -> None:
        super().__init__()
        self.picture = picture
        self.setZValue(Z_BAND)

    def boundingRect(self) -> QRectF:
        return qrect(self.picture.legend)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_legend(painter, qrect(self.picture.legend), self.picture.colouring)


def centre_of(item: ProcessItem) -> QPointF:
    """The scene position of a process shape's centre (where a drag is measured)."""
    return item.pos() + item.local_rect().center()
