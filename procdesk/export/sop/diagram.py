"""The process diagram in the SOP: the app's SVG drawing as vector graphics, always readable.

The SVG (drawn by the UI's renderer with the canvas's own painters) becomes a reportlab
Drawing through svglib, so lines stay sharp and labels stay selectable text. A diagram is
never shrunk below a readable text size: it goes on a portrait page if it fits there, else on
a landscape page, else an overview page is followed by readable tiles, part by part.
"""

from __future__ import annotations

import io
import math
import statistics
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Shape, String, mmult, transformPoint
from reportlab.platypus import Flowable
from svglib.svglib import svg2rlg

from procdesk.export.sop.fonts import face_for
from procdesk.export.sop.styles import GRID

MIN_TEXT_SIZE = 6.5
"""Smallest printed size (pt) of a typical diagram label; below it, the diagram is split."""
TILE_OVERLAP = 0.06
"""Share of a tile repeated on the next one, so no shape is cut without context."""


class DiagramError(ValueError):
    """The diagram's SVG could not be read."""


def load_drawing(svg: bytes) -> Drawing:
    """Turn SVG bytes into a Drawing whose text is all set in the document's font."""
    try:
        drawing = svg2rlg(io.BytesIO(svg))
    except Exception as error:  # svglib raises lxml and ValueError variants alike
        raise DiagramError(f"the diagram drawing is not valid SVG: {error}") from error
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        raise DiagramError("the diagram drawing is empty or not valid SVG")
    for string, _ in _strings(drawing, 1.0):
        string.fontName = face_for(string.fontName)
    return drawing


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


class DrawingView(Flowable):  # type: ignore[misc]
    """Part (*region*, in drawing units) or all of a Drawing, scaled, framed by a hairline."""

    def __init__(
        self,
        drawing: Drawing,
        scale: float,
        region: tuple[float, float, float, float] | None = None,
    ) -> None:
        super().__init__()
        self.drawing = drawing
        self.scale = scale
        self.region = region or (0.0, 0.0, float(drawing.width), float(drawing.height))
        self.width = self.region[2] * scale
        self.height = self.region[3] * scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if getattr(getattr(canvas, "_doctemplate", None), "sketching", False):
            return  # a layout pass whose pages are thrown away: the size is all that counts
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(0, 0, self.width, self.height)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.scale(self.scale, self.scale)
        canvas.translate(-self.region[0], -self.region[1])
        renderPDF.draw(self.drawing, canvas, 0, 0)
        canvas.restoreState()
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


Box = tuple[float, float, float, float]
"""x0, y0, x1, y1 in drawing units."""
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class ShapeIndex:
    """Every leaf shape of a drawing with its full transform and bounds, in painting order.

    A part of a split diagram draws only the shapes that reach into it: drawing the whole
    diagram under a clip for every part would make the PDF's cost grow with the square of
    the diagram's length.
    """

    def __init__(self, drawing: Drawing) -> None:
        self.drawing = drawing
        self.shapes: list[tuple[Shape, tuple[float, ...], Box]] = []
        self._collect(drawing, _IDENTITY)

    def _collect(self, group: Group | Drawing, matrix: tuple[float, ...]) -> None:
        for node in group.contents:
            if isinstance(node, Group):
                self._collect(node, tuple(mmult(matrix, node.transform)))
                continue
            try:
                x0, y0, x1, y1 = node.getBounds()
            except (AttributeError, ValueError, TypeError, IndexError):
                continue  # shapes without extent draw nothing
            corners = [transformPoint(matrix, p) for p in ((x0, y0), (x0, y1), (x1, y0), (x1, y1))]
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            self.shapes.append((node, matrix, (min(xs), min(ys), max(xs), max(ys))))

    def crop(self, region: tuple[float, float, float, float]) -> Drawing:
        """A drawing of the same size holding only the shapes that reach into *region*."""
        left, bottom, width, height = region
        right, top = left + width, bottom + height
        part = Drawing(self.drawing.width, self.drawing.height)
        for shape, matrix, (x0, y0, x1, y1) in self.shapes:
            if x1 >= left and x0 <= right and y1 >= bottom and y0 <= top:
                part.add(Group(shape, transform=matrix))
        return part


@dataclass(frozen=True, slots=True)
class Layout:
    """How the diagram goes into the document."""

    landscape: bool
    scale: float
    tiles: tuple[tuple[float, float, float, float], ...] = ()
    """Regions of the drawing, one per page, when the diagram is split; empty otherwise."""
    tile_scale: float = 1.0


def plan_layout(
    drawing: Drawing,
    portrait: tuple[float, float],
    landscape: tuple[float, float],
) -> Layout:
    """Choose portrait, landscape or overview + tiles for *drawing* in the given frame sizes."""
    width, height = float(drawing.width), float(drawing.height)
    text = typical_text_size(drawing)
    readable = MIN_TEXT_SIZE / text

    def fit(frame: tuple[float, float]) -> float:
        return min(frame[0] / width, frame[1] / height, 1.0)

    if fit(portrait) >= readable:
        return Layout(landscape=False, scale=fit(portrait))
    if fit(landscape) >= readable:
        return Layout(landscape=True, scale=fit(landscape))
    tile_w = landscape[0] / readable
    tile_h = landscape[1] / readable
    step_w, step_h = tile_w * (1 - TILE_OVERLAP), tile_h * (1 - TILE_OVERLAP)
    columns = max(1, math.ceil((width - tile_w) / step_w) + 1) if width > tile_w else 1
    rows = max(1, math.ceil((height - tile_h) / step_h) + 1) if height > tile_h else 1
    tiles = []
    for row in range(rows):
        top = height - row * step_h
        h = min(tile_h, top)
        for column in range(columns):
            left = column * step_w
            w = min(tile_w, width - left)
            tiles.append((left, top - h, w, h))
    return Layout(landscape=True, scale=fit(landscape), tiles=tuple(tiles), tile_scale=readable)
