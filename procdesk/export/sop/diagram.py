"""The process diagram in the SOP: the app's SVG drawing as vector graphics, always readable.

The SVG (drawn by the UI's renderer with the canvas's own painters) becomes a reportlab
Drawing through svglib, so lines stay sharp and labels stay selectable text. A diagram is
never shrunk below a readable text size: it goes on a portrait page if it fits there, else on
a landscape page, else an overview page is followed by readable tiles, part by part.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.platypus import Flowable
from svglib import svglib
from svglib.svglib import svg2rlg

from procdesk.export.sop.fonts import BOLD, face_for
from procdesk.export.sop.sketch import sketching
from procdesk.export.sop.spatial import ShapeIndex
from procdesk.export.sop.styles import ACCENT, GRID
from procdesk.text import tr

MIN_TEXT_SIZE = 6.5
"""Smallest printed size (pt) of a typical diagram label; below it, the diagram is split."""
TILE_OVERLAP = 0.06
"""Share of a tile repeated on the next one, so no shape is cut without context."""


class DiagramError(ValueError):
    """The diagram's SVG could not be read."""


def _quiet_svglib() -> None:
    """Spare svglib its report of unused SVG attributes when nobody reads it.

    svglib lists, for every node, the attributes it did not use, and hands the list to its
    logger at debug level; it skips the work only when its own logger's level is above debug
    (a tenth of a large diagram's conversion). Set so only while debug output is off anyway.
    """
    logger = logging.getLogger(svglib.__name__)
    if logger.level == logging.NOTSET and not logger.isEnabledFor(logging.DEBUG):
        logger.setLevel(logging.INFO)


def load_drawing(svg: bytes) -> Drawing:
    """Turn SVG bytes into a Drawing whose text is all set in the document's font."""
    _quiet_svglib()
    try:
        drawing = svg2rlg(io.BytesIO(svg))
    except Exception as error:  # svglib raises lxml and ValueError variants alike
        message = tr("the diagram drawing is not valid SVG: {error}").format(error=error)
        raise DiagramError(message) from error
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        raise DiagramError(tr("the diagram drawing is empty or not valid SVG"))
    for string, _ in _strings(drawing, 1.0):
        string.fontName = face_for(string.fontName)
    return drawing


_VIEW_BOX = re.compile(rb'viewBox="([^"]*)"')


def scene_scale(svg: bytes, drawing: Drawing) -> float:
    """Drawing units per SVG user unit (the renderer's scene unit), from the viewBox.

    Qt writes the viewBox's numbers with six significant digits, so a diagram wider than a
    million units comes as ``1.6879e+06``."""
    match = _VIEW_BOX.search(svg[:4096])
    try:
        width = float(match.group(1).replace(b",", b" ").split()[2]) if match else 0.0
    except (IndexError, ValueError):
        width = 0.0
    return float(drawing.width) / width if 0 < width < math.inf else 1.0


def _strings(group: Group | Drawing, scale: float) -> list[tuple[String, float]]:
    """Every String in *group* with the scale its enclosing transforms apply to it."""
    found: list[tuple[String, float]] = []
    stack: list[tuple[Group | Drawing, float]] = [(group, scale)]
    while stack:
        current, current_scale = stack.pop()
        for node in current.contents:
            if isinstance(node, String):
                found.append((node, current_scale))
            elif isinstance(node, Group):
                a, b, c, d = node.transform[:4]
                stack.append((node, current_scale * math.sqrt(abs(a * d - b * c)) or scale))
    return found


def typical_text_size(drawing: Drawing) -> float:
    """The median label size of *drawing* in its own units (12 if it has no text)."""
    sizes = [s.fontSize * k for s, k in _strings(drawing, 1.0) if s.text.strip()]
    return statistics.median(sizes) if sizes else 12.0


@dataclass(frozen=True, slots=True)
class LoadedDiagram:
    """A diagram's SVG, the Drawing svglib makes of it, and the index of its shapes.

    Made once for an SOP, however often its document is laid out (a second time when a
    table row turns out taller than a page).
    """

    svg: bytes
    drawing: Drawing
    index: ShapeIndex

    @classmethod
    def of(cls, svg: bytes) -> LoadedDiagram:
        """Read *svg*; raises :class:`DiagramError` when it is not a drawing."""
        drawing = load_drawing(svg)
        return cls(svg, drawing, ShapeIndex(drawing))


Region = tuple[float, float, float, float]
"""x, y, width, height in drawing units (y upwards, as reportlab counts)."""


class DrawingView(Flowable):  # type: ignore[misc]
    """Part (*region*) or all of a Drawing, scaled, framed by a hairline.

    With a *strip* (a second drawing and region, usually the pool and lane headers) the strip
    is drawn at the left and the part after it, so every part of a split swimlane diagram
    still names its lanes.
    """

    def __init__(
        self,
        drawing: Drawing,
        scale: float,
        region: Region | None = None,
        strip: tuple[Drawing, Region] | None = None,
        parts: tuple[Region, ...] = (),
    ) -> None:
        super().__init__()
        self.parts = parts
        self.drawing = drawing
        self.scale = scale
        self.region = region or (0.0, 0.0, float(drawing.width), float(drawing.height))
        self.strip = strip
        strip_width = strip[1][2] if strip else 0.0
        self.width = (strip_width + self.region[2]) * scale
        self.height = self.region[3] * scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _piece(self, drawing: Drawing, region: Region, x: float) -> None:
        canvas = self.canv
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(x, 0, region[2] * self.scale, region[3] * self.scale)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.translate(x, 0)
        canvas.scale(self.scale, self.scale)
        canvas.translate(-region[0], -region[1])
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.restoreState()

    def draw(self) -> None:
        canvas = self.canv
        if sketching(canvas):
            return  # a layout pass whose pages are thrown away: the size is all that counts
        x = 0.0
        if self.strip:
            self._piece(*self.strip, 0.0)
            x = self.strip[1][2] * self.scale
        self._piece(self.drawing, self.region, x)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        if self.strip:
            canvas.setDash(2, 2)
            canvas.line(x, 0, x, self.height)
        self._outline_parts()

    def _outline_parts(self) -> None:
        """On an overview, frame each part that follows and number it, as on a map."""
        canvas = self.canv
        canvas.saveState()
        canvas.setDash(3, 2)
        canvas.setStrokeColor(ACCENT)
        canvas.setFillColor(ACCENT)
        canvas.setLineWidth(0.6)
        canvas.setFont(BOLD, 7)
        for number, (left, bottom, width, height) in enumerate(self.parts, start=1):
            x, y = (left - self.region[0]) * self.scale, (bottom - self.region[1]) * self.scale
            w, h = width * self.scale, height * self.scale
            canvas.rect(x + 1, y + 1, w - 2, h - 2, stroke=1, fill=0)
            canvas.drawString(x + 3, y + h - 9, str(number))
        canvas.restoreState()


@dataclass(frozen=True, slots=True)
class Tile:
    """One part of a split diagram: its region, and whether the header strip precedes it."""

    region: Region
    with_strip: bool


@dataclass(frozen=True, slots=True)
class Layout:
    """How the diagram goes into the document."""

    landscape: bool
    scale: float
    tiles: tuple[Tile, ...] = ()
    """Parts of the drawing when the diagram is split (each fills about a page); else empty."""
    tile_scale: float = 1.0
    strip: Region | None = None
    """The headers repeated at the left of every part but the first (None: no strip)."""


def _spans(length: float, tile: float, first: float) -> list[tuple[float, float]]:
    """(start, length) pieces covering 0..*length*: the first *first* long, then *tile* long,
    each overlapping the one before by TILE_OVERLAP of a tile."""
    spans = [(0.0, min(first, length))]
    while spans[-1][0] + spans[-1][1] < length:
        start = spans[-1][0] + spans[-1][1] - tile * TILE_OVERLAP
        spans.append((start, min(tile, length - start)))
    return spans


def _part_scale(
    width: float, height: float, frame: tuple[float, float], readable: float, strip: float
) -> float:
    """The largest scale (at least *readable*) that needs no more parts than *readable* does.

    So the parts fill their pages instead of leaving a sliver for the last one, and the text
    comes out as large as the part count allows.
    """
    tile_w, tile_h = frame[0] / readable, frame[1] / readable
    strip = strip if 0 < strip < tile_w / 3 else 0.0
    n = len(_spans(width, tile_w - strip, tile_w))
    m = len(_spans(height, tile_h, tile_h))
    keep = 1 - TILE_OVERLAP
    by_width = frame[0] * (1 + (n - 1) * keep) / (width + (n - 1) * strip)
    by_height = frame[1] * (1 + (m - 1) * keep) / height
    return max(readable, min(by_width, by_height, 1.0) * 0.999)


def plan_layout(
    drawing: Drawing,
    portrait: tuple[float, float],
    landscape: tuple[float, float],
    strip_width: float = 0.0,
) -> Layout:
    """Choose portrait, landscape or overview + parts for *drawing* in the given frame sizes.

    *strip_width* (drawing units from the left edge) is the pool and lane header band that
    parts after the first repeat at their left; 0 repeats nothing.
    """
    width, height = float(drawing.width), float(drawing.height)
    readable = MIN_TEXT_SIZE / typical_text_size(drawing)

    def fit(frame: tuple[float, float]) -> float:
        return min(frame[0] / width, frame[1] / height, 1.0)

    if fit(portrait) >= readable:
        return Layout(landscape=False, scale=fit(portrait))
    if fit(landscape) >= readable:
        return Layout(landscape=True, scale=fit(landscape))
    scale = _part_scale(width, height, landscape, readable, strip_width)
    tile_w, tile_h = landscape[0] / scale, landscape[1] / scale
    strip = strip_width if 0 < strip_width < tile_w / 3 else 0.0
    columns = _spans(width, tile_w - strip, tile_w)
    rows = _spans(height, tile_h, tile_h)
    tiles = [
        Tile((left, height - top - h, w, h), with_strip=bool(strip) and left > 0)
        for top, h in rows
        for left, w in columns
    ]
    return Layout(
        landscape=True,
        scale=fit(landscape),
        tiles=tuple(tiles),
        tile_scale=scale,
        strip=None if not strip else (0.0, 0.0, strip, height),
    )
