"""Pens, fonts, colours and text placement shared by every painter.

The look follows bpmn-js, which process officers know from Camunda Modeler: white shapes,
near-black 2 px outlines, 12 px sans-serif labels. Keeping these in one place lets the canvas,
the image export and the SOP pictures stay identical.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

STROKE = "#22242a"
FILL = "#ffffff"
LABEL_PX = 12
LABEL_FAMILY = "DejaVu Sans"
LOD_TEXT = 0.35
"""Below this zoom (level of detail) text is not drawn: it would be unreadable noise."""
HALO = QColor(255, 255, 255, 215)
LINE_WIDTH = 2.0
FLOW_WIDTH = 1.5


@lru_cache(maxsize=64)
def color(value: str, fallback: str) -> QColor:
    """The colour *value* names (``#rrggbb`` or a CSS name), or *fallback* when it is unset/bad."""
    if value:
        candidate = QColor(value)
        if candidate.isValid():
            return candidate
    return QColor(fallback)


@lru_cache(maxsize=16)
def font(pixels: int = LABEL_PX, bold: bool = False) -> QFont:
    """The label font at *pixels* size (pixel sizes keep SVG and screen text the same size)."""
    result = QFont(LABEL_FAMILY)
    result.setStyleHint(QFont.StyleHint.SansSerif)
    result.setPixelSize(pixels)
    result.setBold(bold)
    return result


def pen(
    stroke: QColor, width: float = LINE_WIDTH, style: Qt.PenStyle = Qt.PenStyle.SolidLine
) -> QPen:
    """A pen with round joins, as bpmn-js strokes its shapes."""
    result = QPen(stroke, width, style)
    result.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    result.setCapStyle(Qt.PenCapStyle.RoundCap)
    return result


def brush(fill: QColor) -> QBrush:
    return QBrush(fill)


WRAP_CENTER = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
WRAP_TOP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
WRAP_TOP_LEFT = int(
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
)
WRAP_LEFT = int(
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
)


@lru_cache(maxsize=4096)
def text_width(text: str, pixels: int = LABEL_PX) -> float:
    """Width of *text* on one line (its widest line)."""
    metrics = QFontMetricsF(font(pixels))
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0.0)


@lru_cache(maxsize=8192)
def text_height(text: str, width: float, pixels: int = LABEL_PX) -> float:
    """Height *text* needs when wrapped to *width*."""
    metrics = QFontMetricsF(font(pixels))
    flags = WRAP_TOP
    if _longest_word(text, pixels) > width:
        flags |= int(Qt.TextFlag.TextWrapAnywhere)
    rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
    return rect.height()


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    flags: int = WRAP_CENTER,
    stroke: QColor | None = None,
    pixels: int = LABEL_PX,
    halo: bool = False,
) -> None:
    """Draw *text* wrapped inside *rect* in the label font (as real text, also in SVG).

    With *halo*, a translucent white patch goes under the text first, so a label that lies on
    a line (flow names, names below gateways) stays readable.
    """
    if not text:
        return
    painter.setFont(font(pixels))
    if flags & Qt.TextFlag.TextWordWrap and _longest_word(text, pixels) > rect.width():
        flags |= int(Qt.TextFlag.TextWrapAnywhere)
    if halo:
        used = painter.boundingRect(rect, flags, text).adjusted(-1, 0, 1, 0)
        painter.fillRect(used, HALO)
    painter.setPen(QPen(stroke or QColor(STROKE)))
    painter.drawText(rect, flags, text)


@lru_cache(maxsize=4096)
def _longest_word(text: str, pixels: int) -> float:
    """Width of the widest word: a word wider than its box must break inside (long ids)."""
    metrics = QFontMetricsF(font(pixels))
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)


def draw_rotated_text(painter: QPainter, rect: QRectF, text: str, stroke: QColor) -> None:
    """Draw *text* centred in a tall *rect*, reading bottom to top (pool and lane headers)."""
    if not text:
        return
    painter.save()
    painter.translate(rect.left(), rect.bottom())
    painter.rotate(-90)
    draw_text(painter, QRectF(0, 0, rect.height(), rect.width()), text, WRAP_CENTER, stroke)
    painter.restore()
