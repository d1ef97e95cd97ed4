"""Badges and the heat overlay: how the canvas marks elements that hurt.

An element with open weak points carries a round badge with their count, coloured by the worst
severity (1-2 amber, 3 orange, 4-5 red). A step whose KPI misses its target carries a small
red "KPI" tag. With the heat overlay on, each element with open weak points glows in its colour,
the stronger the more it hurts, and the elements without any step back (drawn faded), so a
workshop sees at a glance where the process hurts. Items paint all of this from the marks the
scene hands them; nothing here touches the model.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from procdesk.analysis.marks import KpiMark, WeakMark
from procdesk.text import tr
from procdesk.ui.canvas.style import font

TIERS = (QColor("#e8b004"), QColor("#f2780c"), QColor("#d7263d"))
"""Minor (severity 1-2), serious (3) and critical (4-5)."""
KPI_OFF = QColor("#c81e3a")
DIMMED = 0.4
"""Opacity of the elements without weak points while the heat overlay is on."""
BADGE_RADIUS = 8.0
HALO_ROOM = 12.0
"""Extra room around a glowing shape for its halo, in scene units."""


def tier_colour(severity: int) -> QColor:
    """The badge and heat colour of a worst open severity."""
    if severity >= 4:
        return TIERS[2]
    return TIERS[1] if severity == 3 else TIERS[0]


def describe(weak: WeakMark | None, kpis: tuple[KpiMark, ...]) -> str:
    """The tooltip of a marked element (empty when it carries no mark)."""
    lines: list[str] = []
    if weak is not None:
        if weak.count == 1:
            text = tr("1 open weak point, worst severity {worst}")
        else:
            text = tr("%n open weak points, worst severity {worst}", None, weak.count)
        lines.append(text.format(worst=weak.worst))
    lines.extend(tr("KPI off target — {kpi}").format(kpi=kpi.describe()) for kpi in kpis)
    return "\n".join(lines)


def paint_weak_badge(painter: QPainter, centre: QPointF, weak: WeakMark) -> None:
    """A round badge with the count of open weak points, in the worst severity's colour."""
    colour = tier_colour(weak.worst)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(colour)
    painter.drawEllipse(centre, BADGE_RADIUS, BADGE_RADIUS)
    text = QColor("#3a2a00") if weak.worst <= 2 else QColor("#ffffff")
    painter.setPen(text)
    painter.setFont(font(7 if weak.count > 9 else 8, bold=True))
    box = QRectF(centre.x() - BADGE_RADIUS, centre.y() - BADGE_RADIUS, 16, 16)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(min(weak.count, 99)))
    painter.restore()


def paint_kpi_badge(painter: QPainter, right: float, centre_y: float) -> None:
    """A small red "KPI" tag whose right end sits at *right*: a step KPI misses its target."""
    box = QRectF(right - 30, centre_y - 7, 30, 14)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(KPI_OFF)
    painter.drawRoundedRect(box, 7, 7)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(font(7, bold=True))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), "KPI ✗")
    painter.restore()


def heat_colour(weak: WeakMark, strength: float = 1.0) -> QColor:
    """The worst severity's colour, more opaque the more the element hurts."""
    colour = QColor(tier_colour(weak.worst))
    colour.setAlpha(round((60 + 120 * weak.heat) * strength))
    return colour


def paint_halo(painter: QPainter, outline: QPainterPath, weak: WeakMark, room: float) -> None:
    """A soft glow around *outline* in the weak points' heat colour (see ``paint_glow``)."""
    paint_glow(painter, outline, heat_colour(weak, 0.45), room)


def paint_glow(painter: QPainter, outline: QPainterPath, colour: QColor, room: float) -> None:
    """A soft glow around *outline* (painted before the element, so it shows around it).

    The glow keeps a few screen pixels when zoomed out, so a fitted diagram still shows where
    it hurts, and never leaves the *room* the item keeps for it.
    """
    scale = max(painter.worldTransform().m11(), 0.01)
    reach = min(room - 1, max(7.0, 6.0 / scale))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    steps = 3
    for index in range(steps):
        # widest and faintest first: the overlapping strokes fade outwards
        width = 2 * reach * (steps - index) / steps
        pen = QPen(colour, width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline)
    painter.restore()


def paint_tint(painter: QPainter, rect: QRectF, weak: WeakMark) -> None:
    """A translucent wash over a lane or pool (its steps paint above it)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(heat_colour(weak, 0.3))
    painter.drawRect(rect)
    painter.restore()
