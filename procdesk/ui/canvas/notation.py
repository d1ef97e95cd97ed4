"""One painter per BPMN shape kind, drawn as the BPMN 2.0 spec and bpmn-js draw them.

Painters work in the shape's local coordinates (``rect`` starts at 0,0 with the shape's size)
and know nothing of items or scenes, so the canvas items and the offscreen exporter
(``procdesk.ui.canvas.render``) draw with exactly the same code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from procdesk.model.elements import (
    Annotation,
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
from procdesk.model.kept_attributes import is_event_sub_process
from procdesk.ui.canvas.containers import (
    paint_group,
    paint_lane,
    paint_phase,
    paint_pool,
)
from procdesk.ui.canvas.data_shapes import paint_annotation, paint_data_object, paint_data_store
from procdesk.ui.canvas.glyphs import EVENT_GLYPHS
from procdesk.ui.canvas.labels import NAME_INSET, NAME_TOP, has_outside_label
from procdesk.ui.canvas.markers import TASK_MARKERS, draw_activity_markers
from procdesk.ui.canvas.style import (
    EXTERNAL_PX,
    FILL,
    LINE_WIDTH,
    LOD_TEXT,
    PHASE_FILL,
    SYMBOL_CONTRAST,
    WRAP_CENTER,
    WRAP_TOP,
    color,
    draw_text,
    ink,
    legible,
    pen,
    scheme_colour,
    text_height,
)

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


LOD_SIMPLE = 0.2
"""Below this zoom flow nodes are drawn as plain outlines: details would be sub-pixel."""


def _backdrop(shape: Shape, fill: QColor) -> QColor:
    """What a shape's strokes and text are drawn on: its fill, or the canvas (an event's or
    gateway's name is beside it, on the canvas, as its outline is: it keeps the file's
    colour, as bpmn-js does, even on a dark fill)."""
    if isinstance(shape, Annotation | Group) or has_outside_label(shape):
        return scheme_colour("background")
    if isinstance(shape, Phase):
        return color(shape.fill, PHASE_FILL)
    if isinstance(shape, Lane) and not shape.fill:
        return scheme_colour("fill")
    return fill


def symbol_colour(shape: Shape, fill: QColor) -> QColor:
    """The colour of a symbol drawn on *shape*'s fill (an event's glyph, a gateway's marker):
    its own stroke where that shows on the fill, else whichever stroke shows best."""
    return ink(shape.stroke, fill, SYMBOL_CONTRAST)


def shape_colours(shape: Shape) -> tuple[QColor, QColor]:
    """(stroke, fill) of *shape*: its own colours where set, else the active scheme's; the
    stroke is adjusted where needed so the text on the fill stays readable."""
    fill = color(shape.fill, FILL)
    return ink(shape.stroke, _backdrop(shape, fill)), fill


def paint_shape(
    painter: QPainter,
    shape: Shape,
    rect: QRectF,
    lod: float = 1.0,
    label: QRectF | None = None,
) -> None:
    """Draw *shape* into *rect*, and its outside name into *label* (both in the shape's local
    coordinates; the name not when zoomed too far out)."""
    stroke, fill = shape_colours(shape)
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
    if text and label is not None and has_outside_label(shape):
        on_canvas = legible(stroke, scheme_colour("background"))
        draw_text(painter, label, shape.name, WRAP_TOP, on_canvas, EXTERNAL_PX, halo=True)


# flow nodes ---------------------------------------------------------------------------------
def _activity(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Step)
    kind = s.kind
    width = 5.0 if kind == StepKind.CALL_ACTIVITY else LINE_WIDTH
    inset = width / 2 - 1 if width > LINE_WIDTH else 0
    body = r.adjusted(inset, inset, -inset, -inset)
    outline = pen(stroke, width)
    if is_event_sub_process(s):  # dotted, as the spec and bpmn-js draw it: round dots 3 apart
        outline.setDashPattern([0.01, 1.5])
    p.setPen(outline)
    p.setBrush(fill)
    p.drawRoundedRect(body, 10, 10)
    if kind == StepKind.TRANSACTION:
        p.setPen(pen(stroke, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(r.adjusted(4, 4, -4, -4), 7, 7)
    marker = TASK_MARKERS.get(kind)
    if marker is not None:
        marker(p, QPointF(r.left() + 15, r.top() + 15), 1.0, stroke, fill, False)
    expanded = (kind.is_sub_process or kind == StepKind.CALL_ACTIVITY) and s.expanded
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
    if expanded:  # centred at the top, as bpmn-js writes an expanded sub-process's name
        band = QRectF(r.left() + NAME_INSET, r.top() + NAME_TOP, r.width() - 2 * NAME_INSET, 40)
        draw_text(p, band, s.name, WRAP_TOP, stroke)
        return
    has_bottom = s.loop or s.compensation or kind.is_sub_process or kind == StepKind.CALL_ACTIVITY
    area = r.adjusted(5, 5, -5, -5)
    needed = text_height(s.name, area.width())
    for top, bottom in (
        (18 if marker else 0, 14 if has_bottom else 0),
        (0, 14 if has_bottom else 0),
    ):
        candidate = r.adjusted(5, 5 + top, -5, -5 - bottom)
        if needed <= candidate.height():
            area = candidate
            break
    draw_text(p, area, s.name, WRAP_CENTER, stroke)


def _event(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Step)
    kind = s.kind
    center, radius = r.center(), min(r.width(), r.height()) / 2
    p.setBrush(fill)
    # the rings lie on the bounds, as bpmn-js strokes them: a small event keeps its fill
    if kind == StepKind.START_EVENT:
        p.setPen(_ring(stroke, LINE_WIDTH, s.interrupting))
        p.drawEllipse(center, radius, radius)
    elif kind == StepKind.END_EVENT:
        p.setPen(pen(stroke, 4.0))
        p.drawEllipse(center, radius, radius)
    else:
        p.setPen(_ring(stroke, 1.5, s.interrupting))
        p.drawEllipse(center, radius, radius)
        p.drawEllipse(center, radius - 3, radius - 3)
    glyph = EVENT_GLYPHS.get(s.event_definition)
    if glyph is not None:  # on the fill, where the ring's colour may not show
        throwing = kind in (StepKind.END_EVENT, StepKind.INTERMEDIATE_THROW_EVENT)
        glyph(p, center, radius / 18, symbol_colour(s, fill), fill, throwing)


def _ring(stroke: QColor, width: float, interrupting: bool) -> QPen:
    """An event's ring: solid, or for a non-interrupting event dashed 6 on, 6 off (bpmn-js)."""
    ring = pen(stroke, width)
    if not interrupting:
        ring.setCapStyle(Qt.PenCapStyle.FlatCap)
        ring.setDashPattern([6 / width, 6 / width])
    return ring


def _gateway(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Step)
    c = r.center()
    half_w, half_h = r.width() / 2, r.height() / 2
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
    stroke = symbol_colour(s, fill)  # the marker lies on the fill
    unit = min(r.width(), r.height()) / 50
    thick = pen(stroke, 4.0 * unit)
    thick.setCapStyle(Qt.PenCapStyle.FlatCap)
    kind = s.kind
    if kind == StepKind.EXCLUSIVE_GATEWAY:
        if not s.marker_visible:  # bpmn-js draws the X only where the DI asks for it
            return
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
        p.drawEllipse(c, 15 * unit, 15 * unit)
        p.drawEllipse(c, 12.5 * unit, 12.5 * unit)
        EVENT_GLYPHS[EventDefinition.MULTIPLE](p, c, 0.75 * unit, stroke, fill, False)


def _step(p: QPainter, s: Shape, r: QRectF, stroke: QColor, fill: QColor, text: bool) -> None:
    assert isinstance(s, Step)
    if s.kind.is_event:
        _event(p, s, r, stroke, fill, text)
    elif s.kind.is_gateway:
        _gateway(p, s, r, stroke, fill, text)
    else:
        _activity(p, s, r, stroke, fill, text)


Painter = Callable[[QPainter, Shape, QRectF, QColor, QColor, bool], None]

_PAINTERS: tuple[tuple[type[Shape], Painter], ...] = (
    (Pool, paint_pool),
    (Lane, paint_lane),
    (Phase, paint_phase),
    (Step, _step),
    (DataObject, paint_data_object),
    (DataStore, paint_data_store),
    (Annotation, paint_annotation),
    (Group, paint_group),
)
