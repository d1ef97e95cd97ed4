"""One painter per BPMN shape kind, drawn as the BPMN 2.0 spec and bpmn-js draw them.

Painters work in the shape's local coordinates (``rect`` starts at 0,0 with the shape's size)
and know nothing of items or scenes, so the canvas items and the offscreen exporter
(``procdesk.ui.render``) draw with exactly the same code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from procdesk.model.elements import (
    Annotation,
    DataIo,
    DataObject,
    DataStore,
    EventDefinition,
    Group,
    Lane,
    Phase,
    Pool,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.geometry import Rect
from procdesk.ui.canvas.glyphs import EVENT_GLYPHS, TASK_MARKERS, draw_activity_markers
from procdesk.ui.canvas.style import (
    FILL,
    LINE_WIDTH,
    LOD_TEXT,
    STROKE,
    WRAP_CENTER,
    WRAP_LEFT,
    WRAP_TOP,
    color,
    draw_rotated_text,
    draw_text,
    pen,
    text_height,
)

HEADER = 30.0
"""Width of the name band of a pool or lane (height, for vertical ones)."""
OUTSIDE_LABEL_WIDTH = 90.0

Z_POOL, Z_LANE, Z_PHASE, Z_CONTAINER, Z_FLOW, Z_NODE, Z_BOUNDARY, Z_GROUP = (
    0.0,
    1.0,
    2.0,
    3.0,
    5.0,
    6.0,
    7.0,
    8.0,
)


def z_value(shape: Shape) -> float:
    """Stacking order: pools under lanes under containers under flows under nodes."""
    if isinstance(shape, Pool):
        return Z_POOL
    if isinstance(shape, Lane):
        return Z_LANE
    if isinstance(shape, Phase):
        return Z_PHASE
    if isinstance(shape, Group):
        return Z_GROUP
    if isinstance(shape, Step):
        if shape.kind == StepKind.BOUNDARY_EVENT:
            return Z_BOUNDARY
        if shape.expanded and shape.kind.is_activity:
            return Z_CONTAINER
    return Z_NODE


def has_outside_label(shape: Shape) -> bool:
    """Events, gateways, data objects and data stores carry their name below the shape."""
    if isinstance(shape, DataObject | DataStore):
        return True
    return isinstance(shape, Step) and not shape.kind.is_activity


def label_rect(shape: Shape) -> QRectF | None:
    """Where the outside label goes, in the shape's local coordinates (None: no such label)."""
    if not has_outside_label(shape) or not shape.name:
        return None
    if shape.label is not None:
        return _local(shape.label, shape.bounds)
    b = shape.bounds
    height = text_height(shape.name, OUTSIDE_LABEL_WIDTH) + 2
    return QRectF(b.w / 2 - OUTSIDE_LABEL_WIDTH / 2, b.h + 5, OUTSIDE_LABEL_WIDTH, height)


def _local(rect: Rect, origin: Rect) -> QRectF:
    return QRectF(rect.x - origin.x, rect.y - origin.y, rect.w, rect.h)


LOD_SIMPLE = 0.2
"""Below this zoom flow nodes are drawn as plain outlines: details would be sub-pixel."""


def paint_shape(painter: QPainter, shape: Shape, rect: QRectF, lod: float = 1.0) -> None:
    """Draw *shape* (and its label, unless zoomed too far out) into *rect*."""
    stroke = color(shape.stroke, STROKE)
    fill = color(shape.fill, FILL)
    if lod < LOD_SIMPLE and isinstance(shape, Step):
        painter.setPen(pen(stroke, 1.0 / max(lod, 0.01)))
        painter.setBrush(fill)
        if shape.kind.is_event:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        return
    text = lod >= LOD_TEXT
    for kind, painter_fn in _PAINTERS:
        if isinstance(shape, kind):
            painter_fn(painter, shape, rect, stroke, fill, text)
            break
    outside = label_rect(shape) if text else None
    if outside is not None:
        draw_text(painter, outside, shape.name, WRAP_TOP, stroke, halo=True)


# containers ---------------------------------------------------------------------------------
def _pool(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Pool)
    p.setPen(pen(stroke, 1.5))
    p.setBrush(fill)
    p.drawRect(r)
    if s.horizontal:
        p.drawLine(QPointF(r.left() + HEADER, r.top()), QPointF(r.left() + HEADER, r.bottom()))
        if text:
            draw_rotated_text(p, QRectF(r.left(), r.top(), HEADER, r.height()), s.name, stroke)
    else:
        p.drawLine(QPointF(r.left(), r.top() + HEADER), QPointF(r.right(), r.top() + HEADER))
        if text:
            draw_text(p, QRectF(r.left(), r.top(), r.width(), HEADER), s.name, WRAP_CENTER, stroke)


def _lane(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Lane)
    p.setPen(pen(stroke, 1.5))
    p.setBrush(fill if s.fill else Qt.BrushStyle.NoBrush)
    p.drawRect(r)
    if not text:
        return
    if s.horizontal:
        draw_rotated_text(p, QRectF(r.left(), r.top(), HEADER, r.height()), s.name, stroke)
    else:
        draw_text(p, QRectF(r.left(), r.top(), r.width(), HEADER), s.name, WRAP_CENTER, stroke)


PHASE_BAND = 24.0


def phase_band(rect: QRectF) -> QRectF:
    """The name band of a phase: across the top of a column, down the left of a row."""
    if rect.width() <= rect.height():
        return QRectF(rect.left(), rect.top(), rect.width(), PHASE_BAND)
    return QRectF(rect.left(), rect.top(), PHASE_BAND, rect.height())


def _phase(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    band = phase_band(r)
    column = r.width() <= r.height()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color(s.fill, "#eef1f6"))
    p.drawRect(band)
    p.setPen(pen(color(s.stroke, "#8a8f99"), 1.0, Qt.PenStyle.DashLine))
    if column:
        p.drawLine(r.topRight(), r.bottomRight())
        p.drawLine(band.bottomLeft(), band.bottomRight())
    else:
        p.drawLine(r.bottomLeft(), r.bottomRight())
        p.drawLine(band.topRight(), band.bottomRight())
    if text:
        if column:
            draw_text(p, band, s.name, WRAP_CENTER, stroke)
        else:
            draw_rotated_text(p, band, s.name, stroke)


def _group(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    p.setPen(pen(stroke, 1.5, Qt.PenStyle.DashDotLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(r, 10, 10)
    if text:
        draw_text(p, QRectF(r.left(), r.top() + 4, r.width(), 20), s.name, WRAP_TOP, stroke)


# flow nodes ---------------------------------------------------------------------------------
def _activity(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Step)
    kind = s.kind
    width = 5.0 if kind == StepKind.CALL_ACTIVITY else LINE_WIDTH
    inset = width / 2 - 1 if width > LINE_WIDTH else 0
    body = r.adjusted(inset, inset, -inset, -inset)
    p.setPen(pen(stroke, width))
    p.setBrush(fill)
    p.drawRoundedRect(body, 10, 10)
    if kind == StepKind.TRANSACTION:
        p.setPen(pen(stroke, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(r.adjusted(4, 4, -4, -4), 7, 7)
    marker = TASK_MARKERS.get(kind)
    if marker is not None:
        marker(p, QPointF(r.left() + 15, r.top() + 15), 1.0, stroke, fill, False)
    expanded = kind.is_sub_process and s.expanded
    draw_activity_markers(
        p,
        r,
        loop=s.loop,
        compensation=s.compensation,
        collapsed=(kind.is_sub_process or kind == StepKind.CALL_ACTIVITY) and not s.expanded,
        ad_hoc=kind == StepKind.AD_HOC_SUB_PROCESS,
        stroke=stroke,
        fill=fill,
    )
    if not text:
        return
    if expanded:
        draw_text(
            p, QRectF(r.left() + 10, r.top() + 6, r.width() - 20, 40), s.name, WRAP_TOP, stroke
        )
        return
    top = 22 if marker is not None else 5
    has_bottom = s.loop or s.compensation or kind.is_sub_process or kind == StepKind.CALL_ACTIVITY
    bottom = 20 if has_bottom else 5
    area = QRectF(r.left() + 5, r.top() + top, r.width() - 10, r.height() - top - bottom)
    if area.height() < 16:
        area = r.adjusted(5, 5, -5, -5)
    draw_text(p, area, s.name, WRAP_CENTER, stroke)


def _event(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Step)
    kind = s.kind
    style = Qt.PenStyle.SolidLine if s.interrupting else Qt.PenStyle.DashLine
    center, radius = r.center(), min(r.width(), r.height()) / 2
    p.setBrush(fill)
    if kind == StepKind.START_EVENT:
        p.setPen(pen(stroke, LINE_WIDTH, style))
        p.drawEllipse(center, radius - 1, radius - 1)
    elif kind == StepKind.END_EVENT:
        p.setPen(pen(stroke, 4.0))
        p.drawEllipse(center, radius - 2, radius - 2)
    else:
        p.setPen(pen(stroke, 1.5, style))
        p.drawEllipse(center, radius - 0.75, radius - 0.75)
        p.drawEllipse(center, radius - 3.75, radius - 3.75)
    glyph = EVENT_GLYPHS.get(s.event_definition)
    if glyph is not None:
        throwing = kind in (StepKind.END_EVENT, StepKind.INTERMEDIATE_THROW_EVENT)
        glyph(p, center, radius / 18, stroke, fill, throwing)


def _gateway(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Step)
    c = r.center()
    half_w, half_h = r.width() / 2 - 1, r.height() / 2 - 1
    diamond = QPolygonF(
        [
            QPointF(c.x(), c.y() - half_h),
            QPointF(c.x() + half_w, c.y()),
            QPointF(c.x(), c.y() + half_h),
            QPointF(c.x() - half_w, c.y()),
        ]
    )
    p.setPen(pen(stroke, LINE_WIDTH))
    p.setBrush(fill)
    p.drawPolygon(diamond)
    unit = min(r.width(), r.height()) / 50
    thick = pen(stroke, 4.0 * unit)
    thick.setCapStyle(Qt.PenCapStyle.FlatCap)
    kind = s.kind
    if kind == StepKind.EXCLUSIVE_GATEWAY:
        p.setPen(thick)
        d = 8.5 * unit
        p.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        p.drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d))
    elif kind in (StepKind.PARALLEL_GATEWAY, StepKind.COMPLEX_GATEWAY):
        p.setPen(thick if kind == StepKind.PARALLEL_GATEWAY else pen(stroke, 3.2 * unit))
        d = 12 * unit
        p.drawLine(QPointF(c.x() - d, c.y()), QPointF(c.x() + d, c.y()))
        p.drawLine(QPointF(c.x(), c.y() - d), QPointF(c.x(), c.y() + d))
        if kind == StepKind.COMPLEX_GATEWAY:
            e = d * 0.7
            p.drawLine(QPointF(c.x() - e, c.y() - e), QPointF(c.x() + e, c.y() + e))
            p.drawLine(QPointF(c.x() + e, c.y() - e), QPointF(c.x() - e, c.y() + e))
    elif kind == StepKind.INCLUSIVE_GATEWAY:
        p.setPen(pen(stroke, 2.5 * unit))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(c, 11 * unit, 11 * unit)
    elif kind == StepKind.EVENT_BASED_GATEWAY:
        p.setPen(pen(stroke, 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(c, 12 * unit, 12 * unit)
        p.drawEllipse(c, 9.5 * unit, 9.5 * unit)
        EVENT_GLYPHS[EventDefinition.MULTIPLE](p, c, 0.6 * unit, stroke, fill, False)


def _step(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Step)
    if s.kind.is_event:
        _event(p, s, r, stroke, fill, text)
    elif s.kind.is_gateway:
        _gateway(p, s, r, stroke, fill, text)
    else:
        _activity(p, s, r, stroke, fill, text)


def _data_object(
    p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool
) -> None:
    assert isinstance(s, DataObject)
    fold = min(12.0, r.width() / 3)
    page = QPolygonF(
        [
            r.topLeft(),
            QPointF(r.right() - fold, r.top()),
            QPointF(r.right(), r.top() + fold),
            r.bottomRight(),
            r.bottomLeft(),
        ]
    )
    p.setPen(pen(stroke, LINE_WIDTH))
    p.setBrush(fill)
    p.drawPolygon(page)
    p.setPen(pen(stroke, 1.0))
    p.drawPolyline(
        QPolygonF(
            [
                QPointF(r.right() - fold, r.top()),
                QPointF(r.right() - fold, r.top() + fold),
                QPointF(r.right(), r.top() + fold),
            ]
        )
    )
    if s.io != DataIo.NONE:
        arrow = [(0, -2.5), (7, -2.5), (7, -6), (13, 0), (7, 6), (7, 2.5), (0, 2.5)]
        origin = QPointF(r.left() + 5, r.top() + 10)
        p.setBrush(stroke if s.io == DataIo.OUTPUT else fill)
        p.drawPolygon(QPolygonF([QPointF(origin.x() + x, origin.y() + y) for x, y in arrow]))
    if s.collection:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(stroke)
        for dx in (-5, 0, 5):
            p.drawRect(QRectF(r.center().x() + dx - 1.2, r.bottom() - 14, 2.4, 10))


def _data_store(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    lip = min(10.0, r.height() / 5)
    body = QPainterPath()
    body.moveTo(r.left(), r.top() + lip)
    body.lineTo(r.left(), r.bottom() - lip)
    body.arcTo(QRectF(r.left(), r.bottom() - 2 * lip, r.width(), 2 * lip), 180, 180)
    body.lineTo(r.right(), r.top() + lip)
    body.arcTo(QRectF(r.left(), r.top(), r.width(), 2 * lip), 0, 180)
    p.setPen(pen(stroke, LINE_WIDTH))
    p.setBrush(fill)
    p.drawPath(body)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for offset in (0.0, 0.45 * lip, 0.9 * lip):
        p.drawArc(QRectF(r.left(), r.top() + offset, r.width(), 2 * lip), 180 * 16, 180 * 16)


def _annotation(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    p.setPen(pen(stroke, 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    arm = min(15.0, r.width() / 3)
    p.drawPolyline(
        QPolygonF(
            [
                QPointF(r.left() + arm, r.top()),
                r.topLeft(),
                r.bottomLeft(),
                QPointF(r.left() + arm, r.bottom()),
            ]
        )
    )
    if text:
        draw_text(p, r.adjusted(6, 2, -4, -2), s.name, WRAP_LEFT, stroke)


Painter = Callable[[QPainter, Shape, QRectF, QColor, QColor, bool], None]

_PAINTERS: tuple[tuple[type[Shape], Painter], ...] = (
    (Pool, _pool),
    (Lane, _lane),
    (Phase, _phase),
    (Step, _step),
    (DataObject, _data_object),
    (DataStore, _data_store),
    (Annotation, _annotation),
    (Group, _group),
)
