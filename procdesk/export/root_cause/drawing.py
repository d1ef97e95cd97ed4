"""The fishbone as a reportlab Drawing: the pure layout, y flipped, in the SOP's font.

Text is measured with the same embedded DejaVu Sans faces it is set in, so the line breaks
the layout chose are the ones printed. The window measures with these faces too, so a
fishbone breaks its lines alike on screen and on paper.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

from procdesk.analysis.fishbone_layout import FishboneLayout, layout_fishbone, reader_legend
from procdesk.analysis.fishbone_shapes import DOT_INK, INK, PAPER, Align, Text
from procdesk.export.fonts.direction import visual
from procdesk.export.sop.fonts import BOLD, REGULAR, register_fonts
from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause_queries import fishbone_of
from procdesk.model.workspace import Workspace
from procdesk.text import tr

ANCHORS = {Align.LEFT: "start", Align.CENTER: "middle", Align.RIGHT: "end"}


@lru_cache(maxsize=16384)
def pdf_measure(text: str, size: float, bold: bool) -> float:
    """The width of *text* at *size* in the embedded DejaVu Sans (bold or regular); kept,
    since wrapping measures the same words again and again, and every edit lays out anew."""
    register_fonts()
    return float(stringWidth(text, BOLD if bold else REGULAR, size))


def fishbone_drawing(layout: FishboneLayout, fit: tuple[float, float] | None = None) -> Drawing:
    """*layout* as a Drawing on white, 1 unit = 1 point, or shrunk (never grown) to *fit*
    a width and a height."""
    register_fonts()
    drawing = _drawing(layout)
    if fit is not None:
        scale = min(fit[0] / layout.width, fit[1] / layout.height, 1.0)
        drawing.scale(scale, scale)
        drawing.width, drawing.height = layout.width * scale, layout.height * scale
    return drawing


def _drawing(layout: FishboneLayout) -> Drawing:
    height = layout.height
    drawing = Drawing(layout.width, height)
    drawing.add(Rect(0, 0, layout.width, height, fillColor=HexColor(PAPER), strokeColor=None))
    for segment in layout.segments:
        ink = INK[segment.role]
        drawing.add(
            Line(
                segment.x1,
                height - segment.y1,
                segment.x2,
                height - segment.y2,
                strokeColor=HexColor(ink.stroke),
                strokeWidth=ink.width,
                strokeLineCap=1,
            )
        )
    for frame in layout.frames:
        ink, box = INK[frame.role], frame.box
        drawing.add(
            Rect(
                box.x,
                height - box.bottom,
                box.w,
                box.h,
                rx=4,
                ry=4,
                fillColor=HexColor(ink.fill) if ink.fill else None,
                strokeColor=HexColor(ink.stroke),
                strokeWidth=ink.width,
            )
        )
    for polygon in layout.polygons:
        ink = INK[polygon.role]
        points = [value for x, y in polygon.points for value in (x, height - y)]
        colour = HexColor(ink.fill or ink.stroke)
        drawing.add(Polygon(points, fillColor=colour, strokeColor=colour, strokeWidth=0.5))
    for dot in layout.dots:
        fill = DOT_INK.fill if dot.filled else PAPER
        drawing.add(
            Circle(
                dot.x,
                height - dot.y,
                dot.radius,
                fillColor=HexColor(fill),
                strokeColor=HexColor(DOT_INK.stroke),
                strokeWidth=DOT_INK.width,
            )
        )
    for text in layout.texts:
        _text(drawing, text, height)
    return drawing


def _text(drawing: Drawing, text: Text, height: float) -> None:
    font = BOLD if text.bold else REGULAR
    ascent, descent = getAscentDescent(font, text.size)
    line = text.line_height
    baseline = (line - (ascent - descent)) / 2 + ascent
    box = text.box
    x = {Align.LEFT: box.x, Align.CENTER: box.x + box.w / 2, Align.RIGHT: box.right}[text.align]
    for number, content in enumerate(text.lines):
        y = box.y + number * line + baseline
        drawing.add(
            String(
                x,
                height - y,
                visual(content),
                fontName=font,
                fontSize=text.size,
                fillColor=HexColor(INK[text.role].text),
                textAnchor=ANCHORS[text.align],
            )
        )


def weak_point_layout(workspace: Workspace, weak_point_id: str) -> FishboneLayout | None:
    """The weak point's fishbone laid out for paper (None: it has none)."""
    fishbone = fishbone_of(workspace, weak_point_id)
    if fishbone is None:
        return None
    return layout_fishbone(fishbone, pdf_measure, legend=reader_legend())


def weak_point_drawing(workspace: Workspace, weak_point_id: str) -> Drawing | None:
    """The weak point's fishbone as a Drawing (None: it has none)."""
    layout = weak_point_layout(workspace, weak_point_id)
    return None if layout is None else fishbone_drawing(layout)


def fishbone_pdf(workspace: Workspace, weak_point_id: str) -> bytes:
    """A one-page PDF of the weak point's fishbone, the page as large as the picture.

    Raises:
        ValueError: the weak point has no fishbone.
    """
    drawing = weak_point_drawing(workspace, weak_point_id)
    if drawing is None:
        raise ValueError(tr("the weak point has no fishbone"))
    point = workspace.get(weak_point_id, WeakPoint)
    data: bytes = renderPDF.drawToString(drawing, title=point.description[:80], author="procdesk")
    return data


def fishbones_for(workspace: Workspace) -> Callable[[WeakPoint], Drawing | None]:
    """What the portfolio report asks of each weak point: its fishbone, or None."""

    def fishbone(point: WeakPoint) -> Drawing | None:
        return weak_point_drawing(workspace, point.id)

    return fishbone
