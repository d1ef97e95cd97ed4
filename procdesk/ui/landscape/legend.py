"""The legend under the landscape: what the arrow styles, the lamps and the marks mean, and,
when the landscape is coloured, what each colour stands for.

Entries flow left to right and wrap at the landscape's width, so a narrow landscape (three
processes in a band) keeps its whole legend in the picture.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from procdesk.analysis.interfaces import InterfaceKind
from procdesk.analysis.kpis import KpiStatus
from procdesk.text import tr
from procdesk.ui.canvas.style import WRAP_LEFT, font, pen, scheme_colour
from procdesk.ui.landscape.heat import LIGHTS, Colouring
from procdesk.ui.landscape.painters import arrow_colour, arrow_pen

ROW = 20.0
GAP = 22.0
TEXT_PX = 11

Mark = Callable[[QPainter, float, float], None]
"""Draws an entry's symbol with its left end at x, centred on y."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One legend entry: a symbol of *mark_width* and its words."""

    mark: Mark
    mark_width: float
    words: str

    def width(self) -> float:
        return self.mark_width + QFontMetricsF(font(TEXT_PX)).horizontalAdvance(self.words) + 4


def _arrow(kinds: tuple[InterfaceKind, ...]) -> Mark:
    def mark(painter: QPainter, x: float, y: float) -> None:
        painter.setPen(arrow_pen(arrow_colour(""), 1.6, kinds))
        painter.drawLine(QPointF(x, y), QPointF(x + 34, y))

    return mark


def _lamps(painter: QPainter, x: float, y: float) -> None:
    for offset, light in enumerate(KpiStatus):
        painter.setPen(QPen(QColor("#ffffff"), 1.0))
        painter.setBrush(QColor(LIGHTS[light]))
        painter.drawEllipse(QPointF(x + 6 + 15 * offset, y), 6, 6)


def _nothing(painter: QPainter, x: float, y: float) -> None:
    """An entry whose words carry their own symbol (⊞, !)."""


def _swatch(fill: str) -> Mark:
    def mark(painter: QPainter, x: float, y: float) -> None:
        painter.setPen(pen(scheme_colour("stroke"), 1.0))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(QRectF(x, y - 7, 22, 14), 3, 3)

    return mark


def entries(colouring: Colouring) -> list[list[Entry]]:
    """The legend's groups (each starts a row): the arrows, lamps and marks, then colours."""
    first = [
        Entry(_arrow((InterfaceKind.MESSAGE,)), 40, tr("message")),
        Entry(_arrow((InterfaceKind.CALL,)), 40, tr("call or continuation")),
        Entry(_arrow((InterfaceKind.DATA,)), 40, tr("shared data")),
        Entry(_lamps, 64, tr("KPI light")),
        Entry(_nothing, 0, tr("⊞ sub-processes")),
        Entry(_nothing, 0, tr("! unresolved references")),
    ]
    colours = [Entry(_swatch(fill), 28, words) for fill, words in colouring.legend]
    return [first, colours] if colours else [first]


def placed(colouring: Colouring, width: float) -> list[tuple[Entry, float, int]]:
    """Every entry with its x offset and row, wrapping at *width*."""
    result: list[tuple[Entry, float, int]] = []
    row = -1
    for group in entries(colouring):
        row, x = row + 1, 0.0
        for entry in group:
            if x > 0 and x + entry.width() > width:
                row, x = row + 1, 0.0
            result.append((entry, x, row))
            x += entry.width() + GAP
    return result


def legend_height(colouring: Colouring, width: float) -> float:
    """How tall the legend is at *width*."""
    rows = max((row for _, _, row in placed(colouring, width)), default=0) + 1
    return ROW * rows + 8


def paint_legend(painter: QPainter, rect: QRectF, colouring: Colouring) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font(TEXT_PX))
    stroke = scheme_colour("stroke")
    for entry, x, row in placed(colouring, rect.width()):
        left, y = rect.left() + x, rect.top() + ROW / 2 + row * ROW
        entry.mark(painter, left, y)
        painter.setPen(stroke)
        words = QRectF(left + entry.mark_width, y - 9, entry.width() - entry.mark_width, 18)
        painter.drawText(words, WRAP_LEFT, entry.words)
    painter.restore()
