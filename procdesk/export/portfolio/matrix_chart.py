"""The priority matrix for the PDF, drawn with ``reportlab.graphics`` (vector, Qt-free).

Effort runs to the right, payoff (benefit or weighted score) upwards; the quadrant lines sit
at the medians or the thresholds the user set, and each quadrant carries its PICK name. Each
initiative is a bubble whose area grows with its cost, coloured by its status, numbered
with its rank (or a dash when it is not ranked).
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from procdesk.analysis.portfolio.benefit import amount
from procdesk.analysis.portfolio.matrix import (
    STATUS_COLOURS,
    Matrix,
    Payoff,
    Quadrant,
    bubble_radius,
    label_colour,
    quadrant_label,
)
from procdesk.analysis.portfolio.signs import DASH
from procdesk.export.sop.fonts import BOLD, REGULAR
from procdesk.export.sop.styles import ACCENT, GRID, MUTED
from procdesk.model.portfolio import InitiativeStatus
from procdesk.model.portfolio_queries import status_label
from procdesk.text import tr

_LEFT, _BOTTOM, _RIGHT, _TOP = 52.0, 58.0, 14.0, 14.0


def _span(values: list[float], line: float) -> tuple[float, float]:
    """From 0 (or the lowest value) to a round number above the highest, in four steps."""
    low = min([*values, line, 0.0])
    high = max([*values, line])
    if high <= low:
        high = low + 1.0
    step = (high - low) * 1.05 / 4
    magnitude = 10 ** math.floor(math.log10(step))
    nice = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= step)
    return math.floor(low / nice) * nice, math.floor(low / nice) * nice + 4 * nice


def matrix_drawing(matrix: Matrix, width: float, height: float, currency: str) -> Drawing:
    """The matrix as a Drawing of *width* x *height* points."""
    drawing = Drawing(width, height)
    plot_w, plot_h = width - _LEFT - _RIGHT, height - _BOTTOM - _TOP
    xs = [p.effort for p in matrix.points]
    ys = [p.payoff for p in matrix.points]
    x0, x1 = _span(xs, matrix.effort_line)
    y0, y1 = _span(ys, matrix.payoff_line)

    def sx(value: float) -> float:
        return _LEFT + (value - x0) / (x1 - x0) * plot_w

    def sy(value: float) -> float:
        return _BOTTOM + (value - y0) / (y1 - y0) * plot_h

    drawing.add(Rect(_LEFT, _BOTTOM, plot_w, plot_h, strokeColor=GRID, fillColor=None))
    lx, ly = sx(matrix.effort_line), sy(matrix.payoff_line)
    for line in (
        Line(lx, _BOTTOM, lx, _BOTTOM + plot_h),
        Line(_LEFT, ly, _LEFT + plot_w, ly),
    ):
        line.strokeColor = MUTED
        line.strokeDashArray = (3, 2)
        drawing.add(line)
    corners = {
        Quadrant.IMPLEMENT: (_LEFT + 5, _BOTTOM + plot_h - 12, "start"),
        Quadrant.CHALLENGE: (_LEFT + plot_w - 5, _BOTTOM + plot_h - 12, "end"),
        Quadrant.POSSIBLE: (_LEFT + 5, _BOTTOM + 5, "start"),
        Quadrant.KILL: (_LEFT + plot_w - 5, _BOTTOM + 5, "end"),
    }
    for quadrant, (x, y, anchor) in corners.items():
        drawing.add(
            String(
                x,
                y,
                quadrant_label(quadrant),
                fontName=BOLD,
                fontSize=10,
                fillColor=colors.HexColor("#9AA5B4"),
                textAnchor=anchor,
            )
        )
    _axes(drawing, matrix, (x0, x1, y0, y1), (plot_w, plot_h), currency)
    largest = max((p.cost for p in matrix.points), default=0.0)
    for point in sorted(matrix.points, key=lambda p: -p.cost):
        colour = colors.HexColor(STATUS_COLOURS[point.row.initiative.status.value])
        radius = bubble_radius(point.cost, largest)
        x, y = sx(point.effort), sy(point.payoff)
        drawing.add(
            Circle(x, y, radius, fillColor=colour, strokeColor=colors.white, fillOpacity=0.8)
        )
        label = str(point.row.rank) if point.row.rank is not None else DASH
        drawing.add(
            String(
                x,
                y - 3,
                label,
                fontName=BOLD,
                fontSize=8,
                fillColor=colors.HexColor(label_colour(point.row.initiative.status.value)),
                textAnchor="middle",
            )
        )
    _legend(drawing, width)
    return drawing


def _axes(
    drawing: Drawing,
    matrix: Matrix,
    bounds: tuple[float, float, float, float],
    size: tuple[float, float],
    currency: str,
) -> None:
    x0, x1, y0, y1 = bounds
    plot_w, plot_h = size
    for i in range(5):
        fx = x0 + (x1 - x0) * i / 4
        fy = y0 + (y1 - y0) * i / 4
        x = _LEFT + plot_w * i / 4
        y = _BOTTOM + plot_h * i / 4
        drawing.add(
            String(
                x,
                _BOTTOM - 11,
                f"{fx:,g}",
                fontName=REGULAR,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        text = amount(fy) if matrix.payoff == Payoff.BENEFIT else f"{fy:g}"
        drawing.add(
            String(
                _LEFT - 4,
                y - 2.5,
                text,
                fontName=REGULAR,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    drawing.add(
        String(
            _LEFT + plot_w / 2,
            _BOTTOM - 23,
            tr("Effort (person-days)"),
            fontName=REGULAR,
            fontSize=8,
            fillColor=ACCENT,
            textAnchor="middle",
        )
    )
    title = (
        tr("Annual benefit ({currency})").format(currency=currency)
        if matrix.payoff == Payoff.BENEFIT
        else tr("Weighted score")
    )
    axis = String(0, 0, title, fontName=REGULAR, fontSize=8, fillColor=ACCENT, textAnchor="middle")
    group = Group(axis)
    group.transform = (0, 1, -1, 0, 10, _BOTTOM + plot_h / 2)
    drawing.add(group)


def _legend(drawing: Drawing, width: float) -> None:
    x, y = _LEFT, 14.0
    for status in InitiativeStatus:
        colour = colors.HexColor(STATUS_COLOURS[status.value])
        drawing.add(Circle(x + 4, y + 3, 4, fillColor=colour, strokeColor=None))
        text = status_label(status)
        drawing.add(String(x + 11, y, text, fontName=REGULAR, fontSize=7, fillColor=MUTED))
        x += 18 + stringWidth(text, REGULAR, 7)
    drawing.add(
        String(
            width - _RIGHT,
            y - 11,
            tr("bubble area: one-off cost"),
            fontName=REGULAR,
            fontSize=7,
            fillColor=MUTED,
            textAnchor="end",
        )
    )
