"""Compliance markers and the risk heat overlay on the canvas.

A step with controls carries a small blue shield with their count at its bottom left; a step
or flow with risks a triangle with their count beside it, coloured by the worst residual
score (green low, amber medium, orange significant, red high). With the risk heat overlay on,
elements with risks glow in that colour and the others fade, as the weak-point heat map does.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from procdesk.analysis.compliance_marks import ComplianceMark
from procdesk.text import tr
from procdesk.ui.canvas.style import font

RISK_TIERS = (QColor("#2e9e4f"), QColor("#e8b004"), QColor("#f2780c"), QColor("#d7263d"))
"""Low, medium, significant and high residual risk."""
SHIELD = QColor("#2563eb")
SIZE = 15.0


def risk_colour(mark: ComplianceMark) -> QColor:
    return RISK_TIERS[mark.tier]


def describe(mark: ComplianceMark | None) -> list[str]:
    """Tooltip lines for an element's risks and controls."""
    if mark is None:
        return []
    lines: list[str] = []
    if mark.risks:
        text = tr("%n risks, worst residual score {score}", None, mark.risks)
        lines.append(text.format(score=mark.worst))
    if mark.controls:
        lines.append(tr("%n controls run here", None, mark.controls))
    return lines


def paint_markers(painter: QPainter, anchor: QPointF, mark: ComplianceMark) -> None:
    """The shield (controls) and the triangle (risks), left to right from *anchor*, the
    marker row's bottom-left corner."""
    x = anchor.x()
    if mark.controls:
        _shield(painter, QRectF(x, anchor.y() - SIZE, SIZE, SIZE), mark.controls)
        x += SIZE + 3
    if mark.risks:
        _triangle(painter, QRectF(x, anchor.y() - SIZE, SIZE, SIZE), mark)


def _count(painter: QPainter, rect: QRectF, count: int, colour: QColor) -> None:
    painter.setPen(colour)
    painter.setFont(font(7, bold=True))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(min(count, 9)))


def _shield(painter: QPainter, rect: QRectF, count: int) -> None:
    path = QPainterPath()
    path.moveTo(rect.center().x(), rect.top())
    path.lineTo(rect.right(), rect.top() + rect.height() * 0.2)
    path.cubicTo(
        rect.right(),
        rect.top() + rect.height() * 0.7,
        rect.center().x() + 2,
        rect.bottom() - 1,
        rect.center().x(),
        rect.bottom(),
    )
    path.cubicTo(
        rect.center().x() - 2,
        rect.bottom() - 1,
        rect.left(),
        rect.top() + rect.height() * 0.7,
        rect.left(),
        rect.top() + rect.height() * 0.2,
    )
    path.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(SHIELD)
    painter.drawPath(path)
    _count(painter, rect.adjusted(0, -1, 0, -1), count, QColor("#ffffff"))
    painter.restore()


def _triangle(painter: QPainter, rect: QRectF, mark: ComplianceMark) -> None:
    shape = QPolygonF(
        [
            QPointF(rect.center().x(), rect.top()),
            QPointF(rect.right() + 1, rect.bottom()),
            QPointF(rect.left() - 1, rect.bottom()),
        ]
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(risk_colour(mark))
    painter.drawPolygon(shape)
    ink = QColor("#3a2a00") if mark.tier in (1,) else QColor("#ffffff")
    _count(painter, rect.adjusted(0, 3, 0, 1), mark.risks, ink)
    painter.restore()


def heat_colour(mark: ComplianceMark) -> QColor:
    """The overlay's glow: the worst residual risk's colour, stronger the higher it is."""
    colour = QColor(risk_colour(mark))
    colour.setAlpha(round(0.45 * (90 + 40 * mark.tier)))
    return colour
