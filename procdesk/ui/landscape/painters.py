"""Painting the landscape: bands, process shapes (chevrons and boxes), arrows and the legend.

One painter per thing, shared by the scene's items and the exported pictures, so a PNG, SVG or
PDF looks exactly like the landscape on screen. Shapes are drawn in the canvas's own style
(``procdesk.ui.canvas.style``): its pens, fonts and light or dark scheme.

A process shape shows, top to bottom: its name; its owner; its status (and "review overdue");
on the right of that row, the count of its open weak points (a badge in the worst severity's
colour, as on the diagram) and its KPI traffic light. A ⊞ with a number says how many
sub-processes it stands for; a ! with a number how many of its references are unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from procdesk.analysis.interfaces import InterfaceKind
from procdesk.analysis.landscape import ProcessCard
from procdesk.analysis.marks import WeakMark
from procdesk.model.landscape_layout import CHEVRON_DEPTH, Route
from procdesk.text import tr
from procdesk.ui.canvas.marks import paint_weak_badge
from procdesk.ui.canvas.style import (
    WRAP_CENTER,
    WRAP_LEFT,
    canvas_colors,
    color,
    font,
    ink,
    pen,
    scheme_colour,
)
from procdesk.ui.landscape.heat import LIGHTS, status_word

UPSTREAM = QColor("#0d9488")
DOWNSTREAM = QColor("#ea580c")
ARROW = "#475569"
ARROW_ON_DARK = "#94a3b8"
WARNING = QColor("#d97706")
OVERDUE = QColor("#dc2626")
LOD_TEXT = 0.3


@dataclass(frozen=True, slots=True)
class ShapeFace:
    """What one process shape shows (its card rolled up over its sub-processes)."""

    card: ProcessCard
    chevron: bool
    fill: str = ""
    sub_processes: int = 0
    unresolved: int = 0


def process_path(rect: QRectF, chevron: bool) -> QPainterPath:
    """The outline of a process shape: a chevron (point right, notch left) or a rounded box."""
    path = QPainterPath()
    if not chevron:
        path.addRoundedRect(rect, 10, 10)
        return path
    d = CHEVRON_DEPTH
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    points = [
        QPointF(x, y),
        QPointF(x + w - d, y),
        QPointF(x + w, y + h / 2),
        QPointF(x + w - d, y + h),
        QPointF(x, y + h),
        QPointF(x + d, y + h / 2),
    ]
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def paint_process(
    painter: QPainter,
    rect: QRectF,
    face: ShapeFace,
    lod: float = 1.0,
    outline: QColor | None = None,
) -> None:
    """Draw one process shape into *rect* (with its marks when zoomed in far enough)."""
    fill = color(face.fill, "#ffffff")
    stroke = outline or ink("", fill)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen(stroke, 3.0 if outline is not None else 1.6))
    painter.setBrush(fill)
    painter.drawPath(process_path(rect, face.chevron))
    if lod >= LOD_TEXT:
        _paint_face(painter, rect, face, fill)
    painter.restore()


def _paint_face(painter: QPainter, rect: QRectF, face: ShapeFace, fill: QColor) -> None:
    card = face.card
    text = ink("", fill)
    inset = CHEVRON_DEPTH + 4 if face.chevron else 10
    inner = rect.adjusted(inset, 6, -inset, -6)
    painter.setFont(font(13, bold=True))
    painter.setPen(text)
    name_box = QRectF(inner.x(), inner.y(), inner.width(), 36)
    _draw_fitting(painter, name_box, card.name)
    owner = card.owner or tr("No owner")
    painter.setFont(font(11))
    painter.setPen(_muted(text, fill))
    owner_box = QRectF(inner.x(), inner.y() + 38, inner.width(), 16)
    painter.drawText(owner_box, WRAP_CENTER, _elided(painter, owner, owner_box.width()))
    row = QRectF(inner.x(), inner.bottom() - 18, inner.width(), 18)
    status = status_word(card.status)
    if card.review_overdue:
        status = tr("{status} · overdue", "a process whose review date has passed").format(
            status=status
        )
    painter.setPen(OVERDUE if card.review_overdue else text)
    painter.setFont(font(10, bold=card.review_overdue))
    status_box = row.adjusted(0, 0, -44, 0)
    painter.drawText(status_box, WRAP_LEFT, _elided(painter, status, status_box.width()))
    lamp = QPointF(row.right() - 8, row.center().y())
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(QColor(LIGHTS[card.kpi_status]))
    painter.drawEllipse(lamp, 7, 7)
    if card.weak_points_open:
        weak = WeakMark(card.weak_points_open, card.weak_points_worst, card.weak_points_worst)
        paint_weak_badge(painter, QPointF(row.right() - 28, row.center().y()), weak)
    corner = QPointF(rect.right() - (CHEVRON_DEPTH + 2 if face.chevron else 6), rect.top() + 2)
    if face.sub_processes:
        _paint_corner_mark(painter, corner, f"⊞ {face.sub_processes}", text, right=True)
    if face.unresolved:
        start = QPointF(rect.left() + (CHEVRON_DEPTH + 2 if face.chevron else 6), rect.top() + 2)
        _paint_corner_mark(painter, start, f"! {face.unresolved}", WARNING, right=False)


def _paint_corner_mark(
    painter: QPainter, anchor: QPointF, text: str, colour: QColor, right: bool
) -> None:
    painter.setFont(font(10, bold=True))
    width = painter.fontMetrics().horizontalAdvance(text) + 4
    x = anchor.x() - width if right else anchor.x()
    painter.setPen(colour)
    painter.drawText(QRectF(x, anchor.y(), width, 14), int(Qt.AlignmentFlag.AlignCenter), text)


def _draw_fitting(painter: QPainter, box: QRectF, text: str) -> None:
    """The name on up to two lines, shrinking the font a little before cutting it off."""
    for pixels in (13, 12, 11):
        painter.setFont(font(pixels, bold=True))
        used = painter.boundingRect(box, WRAP_CENTER, text)
        if used.height() <= box.height() and used.width() <= box.width():
            break
    painter.drawText(box, WRAP_CENTER, text)


def _elided(painter: QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))


def _muted(text: QColor, fill: QColor) -> QColor:
    """The owner's line: the text colour, a little towards the fill."""
    return QColor(
        (text.red() * 2 + fill.red()) // 3,
        (text.green() * 2 + fill.green()) // 3,
        (text.blue() * 2 + fill.blue()) // 3,
    )


def paint_band(painter: QPainter, rect: QRectF, title: QRectF, text: str) -> None:
    """One band: a pale rounded area with its title at the top left."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen(scheme_colour("header_line"), 1.0))
    painter.setBrush(scheme_colour("phase_fill"))
    painter.drawRoundedRect(rect, 14, 14)
    painter.setFont(font(13, bold=True))
    painter.setPen(scheme_colour("stroke"))
    painter.drawText(title, WRAP_LEFT, text.upper())
    painter.restore()


def connection_path(route: Route) -> QPainterPath:
    start, first, second, end = (QPointF(p.x, p.y) for p in route)
    path = QPainterPath(start)
    path.cubicTo(first, second, end)
    return path


def arrow_colour(emphasis: str) -> QColor:
    """The colour of an arrow: upstream teal, downstream orange, else the scheme's grey."""
    if emphasis == "up":
        return UPSTREAM
    if emphasis == "down":
        return DOWNSTREAM
    return QColor(ARROW_ON_DARK if canvas_colors().dark else ARROW)


DASHES = {InterfaceKind.MESSAGE: [5.0, 3.0], InterfaceKind.DATA: [1.0, 3.0]}
"""Dash patterns (in pen widths) of arrows that stand for one kind only: dashed messages,
dotted data. Longer dashes than Qt's own styles: a landscape of hundreds of long arrows
draws markedly faster, and reads the same."""


def arrow_pen(colour: QColor, width: float, kinds: tuple[InterfaceKind, ...]) -> QPen:
    """The pen of an arrow. Its dashes end flat: round ends on every dash of hundreds of long
    arrows take most of the time a large landscape needs to paint (3.3 s against 1.2 s)."""
    drawn = pen(colour, width)
    drawn.setCapStyle(Qt.PenCapStyle.FlatCap)
    if len(kinds) == 1 and kinds[0] in DASHES:
        drawn.setDashPattern(DASHES[kinds[0]])
    return drawn


def paint_connection(
    painter: QPainter,
    route: Route,
    kinds: tuple[InterfaceKind, ...],
    emphasis: str = "",
    path: QPainterPath | None = None,
) -> None:
    """An arrow for the interfaces from one process to another: dashed for messages (as
    BPMN draws them), dotted for data, solid for calls and continuations (or several kinds).
    *path* is the route's curve when the caller keeps it (``connection_path``)."""
    colour = arrow_colour(emphasis)
    width = 2.6 if emphasis in ("up", "down") else 1.6
    drawn = arrow_pen(colour, width, kinds)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(drawn)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path if path is not None else connection_path(route))
    _arrowhead(painter, route, colour, filled=drawn.style() == Qt.PenStyle.SolidLine)
    painter.restore()


def _arrowhead(painter: QPainter, route: Route, colour: QColor, filled: bool) -> None:
    end, before = route[3], route[2]
    dx, dy = end.x - before.x, end.y - before.y
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    size = 10.0
    tip = QPointF(end.x, end.y)
    left = QPointF(end.x - ux * size - uy * size * 0.5, end.y - uy * size + ux * size * 0.5)
    right = QPointF(end.x - ux * size + uy * size * 0.5, end.y - uy * size - ux * size * 0.5)
    painter.setPen(pen(colour, 1.4))
    painter.setBrush(colour if filled else scheme_colour("background"))
    painter.drawPolygon(QPolygonF([tip, left, right]))
