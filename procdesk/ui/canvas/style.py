"""Pens, fonts, colours and text placement shared by every painter.

The look follows bpmn-js, which process officers know from Camunda Modeler: white shapes,
near-black 2 px outlines, 12 px sans-serif labels. Keeping these in one place lets the canvas,
the image export and the SOP pictures stay identical.

The colours of the canvas come from the active :class:`CanvasColors` (light "paper" or dark),
which the theme switches. Painters name their default colours by the paper value (``STROKE``,
``FILL``); :func:`color` translates such a default into the active scheme, so one painter serves
the dark canvas and the always-light exports (``with paper_colors(): ...``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

STROKE = "#22242a"
FILL = "#ffffff"
PHASE_FILL = "#eef1f6"
PHASE_STROKE = "#8a8f99"
LABEL_PX = 12
EXTERNAL_PX = 11
"""Labels beside their element (events, gateways, data, flows) are a pixel smaller, as in
bpmn-js."""
LABEL_FAMILY = "DejaVu Sans"
LOD_TEXT = 0.35
"""Below this zoom (level of detail) text is not drawn: it would be unreadable noise."""
LINE_WIDTH = 2.0
FLOW_WIDTH = 1.5
READABLE = 4.5
"""WCAG's minimum contrast ratio for normal text."""


@dataclass(frozen=True)
class CanvasColors:
    """Every colour the canvas draws that is not set on an element."""

    dark: bool
    background: str
    grid: str
    stroke: str
    fill: str
    halo: str
    """Translucent patch under labels lying on lines (``#aarrggbb``), in the shape fill: most
    labels sit in pools."""
    phase_fill: str
    phase_stroke: str
    header_band: str
    """Pinned pool and lane names (sticky headers) and badges floating over the canvas."""
    header_line: str
    selection: str


PAPER = CanvasColors(
    dark=False,
    background="#ffffff",
    grid="#eef0f3",
    stroke=STROKE,
    fill=FILL,
    halo="#d7ffffff",
    phase_fill=PHASE_FILL,
    phase_stroke=PHASE_STROKE,
    header_band="#f6f7fa",
    header_line="#c7cbd3",
    selection="#3b82f6",
)
NIGHT = CanvasColors(
    dark=True,
    background="#1c1e22",
    grid="#262930",
    stroke="#d9dce3",
    fill="#272a30",
    halo="#d7272a30",
    phase_fill="#23262c",
    phase_stroke="#737985",
    header_band="#2b2f36",
    header_line="#4a505b",
    selection="#60a5fa",
)
"""Dark canvas, light strokes, as bpmn-js's dark themes and draw.io's dark mode draw."""

_active = PAPER
_DEFAULTS = {
    STROKE: "stroke",
    FILL: "fill",
    PHASE_FILL: "phase_fill",
    PHASE_STROKE: "phase_stroke",
}
"""Paper colours painters use as defaults, by the scheme field that replaces them."""


def canvas_colors() -> CanvasColors:
    """The scheme the canvas paints in now."""
    return _active


def set_canvas_colors(colors: CanvasColors) -> None:
    """Paint the canvas in *colors* from now on (views must repaint themselves)."""
    global _active
    _active = colors


@contextmanager
def paper_colors() -> Iterator[None]:
    """Paint in the light paper scheme inside the block: exports never follow the dark UI."""
    global _active
    before = _active
    _active = PAPER
    try:
        yield
    finally:
        _active = before


@lru_cache(maxsize=256)
def _parse(value: str) -> QColor | None:
    if not value:
        return None
    candidate = QColor(value)
    return candidate if candidate.isValid() else None


@lru_cache(maxsize=64)
def _scheme_colour(colors: CanvasColors, fallback: str) -> QColor:
    field = _DEFAULTS.get(fallback.lower())
    return QColor(getattr(colors, field) if field else fallback)


def color(value: str, fallback: str) -> QColor:
    """The colour *value* names (``#rrggbb`` or a CSS name), or *fallback* when it is unset/bad.

    A paper default (``STROKE``, ``FILL``, ``PHASE_FILL``, ``PHASE_STROKE``) comes back in the
    active scheme, so an element without colours of its own follows light and dark.
    """
    return _parse(value) or _scheme_colour(_active, fallback)


def scheme_colour(name: str) -> QColor:
    """A colour of the active scheme by its field name (``"background"``, ``"grid"``…)."""
    value = getattr(_active, name)
    assert isinstance(value, str)
    return _scheme_colour(_active, value)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 = none, 21 = black on white)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@lru_cache(maxsize=1024)
def _legible(ink: int, backdrop: int, minimum: float) -> QColor:
    colour, under = QColor.fromRgba(ink), QColor.fromRgba(backdrop)
    if contrast(colour, under) >= minimum:
        return colour
    # keep the hue, move the lightness away from the backdrop until the text reads
    hue, saturation = colour.hslHueF(), colour.hslSaturationF()
    lightness, alpha = colour.lightnessF(), colour.alphaF()
    lighter = _luminance(under) < 0.18
    for step in range(1, 21):
        shift = step / 20
        level = min(1.0, lightness + shift) if lighter else max(0.0, lightness - shift)
        candidate = QColor.fromHslF(hue, saturation, level, alpha)
        if contrast(candidate, under) >= minimum:
            return candidate
    return QColor(NIGHT.stroke if lighter else PAPER.stroke)


def legible(ink: QColor, backdrop: QColor, minimum: float = READABLE) -> QColor:
    """*ink*, or the nearest colour of its hue that reads on *backdrop* (WCAG *minimum*)."""
    return _legible(ink.rgba(), backdrop.rgba(), minimum)


def ink(value: str, backdrop: QColor, minimum: float = READABLE) -> QColor:
    """The stroke and text colour of an element drawn on *backdrop*.

    An element's own colour is kept when it reads there (else lightened or darkened); without
    one, the scheme's stroke, unless the element's own fill is light in dark mode (or dark in
    light mode): then whichever of the two schemes' strokes reads better on it. *minimum* is
    the contrast asked for: WCAG's 4.5 for text, 3 for symbols (its non-text contrast).
    """
    return _ink(value, backdrop.rgba(), _active, minimum)


@lru_cache(maxsize=1024)
def _ink(value: str, backdrop_rgba: int, colors: CanvasColors, minimum: float) -> QColor:
    backdrop = QColor.fromRgba(backdrop_rgba)
    own = _parse(value)
    if own is None:
        own = QColor(colors.stroke)
        if contrast(own, backdrop) < minimum:
            both = (QColor(PAPER.stroke), QColor(NIGHT.stroke))
            own = max(both, key=lambda candidate: contrast(candidate, backdrop))
    return legible(own, backdrop, minimum)


SYMBOL_CONTRAST = 3.0
"""WCAG's minimum contrast for graphical objects: a symbol on an element's fill."""


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
    return text_box(text, width, pixels)[1]


@lru_cache(maxsize=16)
def line_height(pixels: int = LABEL_PX) -> float:
    """Height of one line of text in the label font."""
    return QFontMetricsF(font(pixels)).lineSpacing()


@lru_cache(maxsize=8192)
def text_box(text: str, width: float, pixels: int = LABEL_PX) -> tuple[float, float]:
    """Width and height of *text* wrapped to *width* (the width of its widest line)."""
    metrics = QFontMetricsF(font(pixels))
    flags = WRAP_TOP
    if _longest_word(text, pixels) > width:
        flags |= int(Qt.TextFlag.TextWrapAnywhere)
    rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
    return rect.width(), rect.height()


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

    With *halo*, a translucent patch of the scheme's halo colour goes under the text first,
    so a label that lies on a line (flow names, names below gateways) stays readable.
    """
    if not text:
        return
    painter.setFont(font(pixels))
    if flags & Qt.TextFlag.TextWordWrap and _longest_word(text, pixels) > rect.width():
        flags |= int(Qt.TextFlag.TextWrapAnywhere)
    if halo:
        used = painter.boundingRect(rect, flags, text).adjusted(-1, 0, 1, 0)
        painter.fillRect(used, scheme_colour("halo"))
    painter.setPen(QPen(stroke or scheme_colour("stroke")))
    painter.drawText(rect, flags, text)


_BREAKS = re.compile(r"\s+|(?<=-)")
"""Where a line may break: between words, and after a hyphen (``Non-|Interrupting``)."""


@lru_cache(maxsize=4096)
def _longest_word(text: str, pixels: int) -> float:
    """Width of the widest unbreakable piece: one wider than its box must break inside (long
    ids); the rest of the text still breaks between words."""
    metrics = QFontMetricsF(font(pixels))
    return max((metrics.horizontalAdvance(word) for word in _BREAKS.split(text)), default=0.0)


def draw_rotated_text(painter: QPainter, rect: QRectF, text: str, stroke: QColor) -> None:
    """Draw *text* centred in a tall *rect*, reading bottom to top (pool and lane headers)."""
    if not text:
        return
    painter.save()
    painter.translate(rect.left(), rect.bottom())
    painter.rotate(-90)
    draw_text(painter, QRectF(0, 0, rect.height(), rect.width()), text, WRAP_CENTER, stroke)
    painter.restore()
