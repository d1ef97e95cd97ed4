"""The radar of a maturity profile for PDFs, drawn with ``reportlab.graphics`` (vector,
Qt-free): the same spokes, rings and profiles as the window's chart (``analysis.radar``)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from procdesk.analysis.radar import RadarFrame, RadarProfile
from procdesk.export.sop.fonts import REGULAR, register_fonts
from procdesk.export.sop.styles import GRID

FONT_SIZE = 8.0
LEGEND_LINE = 12.0


def radar_drawing(
    axes: Sequence[str],
    level_labels: Sequence[str],
    profiles: Sequence[RadarProfile],
    width: float,
    height: float,
) -> Drawing:
    """A *width* x *height* point drawing: spokes *axes*, rings *level_labels* (1 first),
    the *profiles* over them and a legend below."""
    register_fonts()
    drawing = Drawing(width, height)
    legend = LEGEND_LINE * len(profiles) + 6
    margin_x = max((stringWidth(a, REGULAR, FONT_SIZE) for a in axes), default=30) + 8
    radius = max(20.0, min(width / 2 - margin_x, (height - legend) / 2 - 2 * FONT_SIZE))
    frame = RadarFrame(
        spokes=max(3, len(axes)),
        top=max(1, len(level_labels)),
        cx=width / 2,
        cy=legend + (height - legend) / 2,
        radius=radius,
        y_down=False,
    )
    for level in range(1, frame.top + 1):
        drawing.add(
            Polygon(_flat(frame.ring(level)), strokeColor=GRID, fillColor=None, strokeWidth=0.5)
        )
    for spoke, name in enumerate(axes):
        x, y = frame.point(spoke, frame.top)
        drawing.add(Line(frame.cx, frame.cy, x, y, strokeColor=GRID, strokeWidth=0.5))
        lx, ly, align = frame.label_anchor(spoke, FONT_SIZE * 1.2)
        if align == "centre":
            ly += FONT_SIZE / 2 if ly > frame.cy else -FONT_SIZE
        anchor = {"centre": "middle", "left": "start", "right": "end"}[align]
        drawing.add(
            String(
                lx,
                ly - FONT_SIZE / 3,
                name,
                fontName=REGULAR,
                fontSize=FONT_SIZE,
                textAnchor=anchor,
            )
        )
    for level, label in enumerate(level_labels, start=1):
        x, y = frame.point(0, level)
        drawing.add(
            String(
                x + 3,
                y + 2,
                label,
                fontName=REGULAR,
                fontSize=FONT_SIZE - 1,
                fillColor=colors.HexColor("#5B6573"),
            )
        )
    for profile in profiles:
        _profile(drawing, frame, profile, len(axes))
    for index, profile in enumerate(profiles):
        y = legend - 6 - index * LEGEND_LINE
        x = frame.cx - frame.radius
        colour = colors.HexColor(profile.colour)
        line = Line(x, y + 3, x + 20, y + 3, strokeColor=colour, strokeWidth=2)
        if profile.dashed:
            line.strokeDashArray = (4, 2)
        drawing.add(line)
        drawing.add(String(x + 26, y, profile.name, fontName=REGULAR, fontSize=FONT_SIZE))
    return drawing


def _profile(drawing: Drawing, frame: RadarFrame, profile: RadarProfile, spokes: int) -> None:
    colour = colors.HexColor(profile.colour)
    levels = (list(profile.levels) + [None] * spokes)[:spokes]
    points = _flat(frame.outline(levels))
    fill = (
        colors.Color(colour.red, colour.green, colour.blue, alpha=0.25) if profile.filled else None
    )
    width = 1.8 if profile.filled or profile.dashed else 1.0
    shape = Polygon(points, strokeColor=colour, fillColor=fill, strokeWidth=width)
    if profile.dashed:
        shape.strokeDashArray = (4, 2)
    drawing.add(shape)
    for spoke, level in enumerate(levels):
        if level is not None:
            x, y = frame.point(spoke, level)
            drawing.add(Circle(x, y, 1.8, fillColor=colour, strokeColor=None))


def _flat(points: Sequence[tuple[float, float]]) -> list[float]:
    return [value for point in points for value in point]
