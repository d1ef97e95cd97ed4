"""Where every shape of the landscape goes: a pure layout of bands, boxes and chevrons.

The bands are stacked top to bottom (management, core, support) and share one grid of
columns, so the value chain's chevrons and the boxes above and below them line up. Each band
fills its rows in order, left to right, and centres a row that is not full. A position is a
slot (band, index), never free coordinates: dragging a shape snaps it to the nearest slot,
nothing can overlap, and 300 processes lay out as tidily as eight.

The routes of the arrows between shapes are here too (plain Bézier control points), so the
canvas and the exported pictures draw the same curves.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from procdesk.model.geometry import Point, Rect
from procdesk.model.landscape import Band

SHAPE_W = 200.0
SHAPE_H = 100.0
GAP_X = 30.0
GAP_Y = 26.0
PITCH_X = SHAPE_W + GAP_X
PITCH_Y = SHAPE_H + GAP_Y
CHEVRON_DEPTH = 24.0
"""How far a chevron's point reaches out of (and its notch into) its box."""
BAND_PAD = 18.0
TITLE_H = 30.0
BAND_GAP = 16.0
MIN_COLUMNS = 3
LONGEST_CHAIN = 10
"""A value chain of up to this many processes stays on one row."""


@dataclass(frozen=True, slots=True)
class BandFrame:
    """One band: its box, its title's box, and the processes in its rows (in order)."""

    band: Band
    rect: Rect
    title: Rect
    ids: tuple[str, ...]

    @property
    def content_top(self) -> float:
        return self.rect.y + TITLE_H + BAND_PAD / 2


@dataclass(frozen=True, slots=True)
class ShapeFrame:
    """One process's shape: where it is, whether it is a chevron, its band and slot."""

    process_id: str
    rect: Rect
    chevron: bool
    band: Band
    index: int


@dataclass(frozen=True, slots=True)
class LandscapeLayout:
    """Bands and shapes of one view of the landscape (a level of the hierarchy)."""

    bands: tuple[BandFrame, ...]
    shapes: dict[str, ShapeFrame]
    columns: int
    bounds: Rect

    def frame(self, band: Band) -> BandFrame | None:
        return next((frame for frame in self.bands if frame.band == band), None)

    def slot_rect(self, band: Band, index: int, count: int) -> Rect:
        """Where slot *index* of *band* lies when the band holds *count* shapes."""
        frame = self.frame(band)
        if frame is None:
            raise KeyError(band)
        return _slot(frame.rect, frame.content_top, self.columns, count, index)

    def band_at(self, point: Point) -> Band:
        """The band under *point*, or the nearest one above or below it."""
        return min(self.bands, key=lambda f: _distance_y(f.rect, point.y)).band

    def slot_at(self, moving: str, center: Point) -> tuple[Band, int, Rect]:
        """Where a shape dragged to *center* would land: its band, its index among the band's
        other shapes, and the rectangle of that slot (the snapped position)."""
        band = self.band_at(center)
        frame = self.frame(band)
        assert frame is not None
        others = len([i for i in frame.ids if i != moving])
        best = min(
            range(others + 1),
            key=lambda index: _distance(self.slot_rect(band, index, others + 1).center, center),
        )
        return band, best, self.slot_rect(band, best, others + 1)


def columns_for(counts: Sequence[int], chain: int) -> int:
    """How many columns the bands share: enough for a value chain of up to LONGEST_CHAIN
    processes on one row, and for many processes about twice as wide as high (*c* columns of
    230 units against three bands of total / 3c rows of 126 units: c squared = 1.1 total)."""
    total = sum(counts)
    return max(MIN_COLUMNS, min(chain, LONGEST_CHAIN), math.ceil(math.sqrt(1.1 * total)))


def layout_landscape(
    rows: Sequence[tuple[Band, Sequence[str]]], chevrons: Band | None = Band.CORE
) -> LandscapeLayout:
    """Lay out bands of processes (each band's ids in order); the shapes of band *chevrons*
    are chevrons (the value chain), every other shape is a box."""
    chain = next((len(ids) for band, ids in rows if band == chevrons), 0)
    columns = columns_for([len(ids) for _, ids in rows], chain)
    width = 2 * BAND_PAD + columns * PITCH_X - GAP_X
    bands: list[BandFrame] = []
    shapes: dict[str, ShapeFrame] = {}
    top = 0.0
    for band, ids in rows:
        lines = max(1, math.ceil(len(ids) / columns))
        height = TITLE_H + BAND_PAD + lines * PITCH_Y - GAP_Y + BAND_PAD / 2
        rect = Rect(0.0, top, width, height)
        frame = BandFrame(band, rect, Rect(BAND_PAD, top + 6, width - 2 * BAND_PAD, 22), tuple(ids))
        bands.append(frame)
        for index, process_id in enumerate(ids):
            slot = _slot(rect, frame.content_top, columns, len(ids), index)
            shapes[process_id] = ShapeFrame(process_id, slot, band == chevrons, band, index)
        top += height + BAND_GAP
    bounds = Rect(0.0, 0.0, width, max(0.0, top - BAND_GAP))
    return LandscapeLayout(tuple(bands), shapes, columns, bounds)


def _slot(band: Rect, content_top: float, columns: int, count: int, index: int) -> Rect:
    row, column = divmod(index, columns)
    in_row = max(1, min(columns, count - row * columns))
    row_width = in_row * PITCH_X - GAP_X
    left = band.x + (band.w - row_width) / 2
    return Rect(left + column * PITCH_X, content_top + row * PITCH_Y, SHAPE_W, SHAPE_H)


def _distance(a: Point, b: Point) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def _distance_y(rect: Rect, y: float) -> float:
    if rect.y <= y <= rect.bottom:
        return 0.0
    return min(abs(rect.y - y), abs(rect.bottom - y))


# arrows ----------------------------------------------------------------------------------------
Route = tuple[Point, Point, Point, Point]
"""A cubic Bézier curve: start, two control points, end."""

PARALLEL_OFFSET = 10.0
"""How far apart two arrows between the same two shapes run."""


def route(source: Rect, target: Rect, lane: int = 0) -> Route:
    """The curve of an arrow from *source* to *target* (*lane* shifts parallel arrows apart).

    Neighbours in a row are joined straight across the gap; shapes further apart in a row are
    joined by an arc over the row (left to right) or under it (right to left), so an arrow
    does not run through the shapes between them; shapes in different rows are joined from
    the bottom of the upper one to the top of the lower one.
    """
    shift = lane * PARALLEL_OFFSET
    same_row = source.y < target.bottom and target.y < source.bottom
    if same_row:
        rightwards = target.center.x >= source.center.x
        gap = (target.x - source.right) if rightwards else (source.x - target.right)
        if gap <= GAP_X + CHEVRON_DEPTH:
            y = source.center.y + shift
            start = Point(source.right if rightwards else source.x, y)
            end = Point(target.x if rightwards else target.right, y)
            reach = (end.x - start.x) / 3
            return (start, Point(start.x + reach, y), Point(end.x - reach, y), end)
        rise = -1.0 if rightwards else 1.0
        edge_s = source.y if rightwards else source.bottom
        edge_t = target.y if rightwards else target.bottom
        start = Point(source.center.x + shift, edge_s)
        end = Point(target.center.x + shift, edge_t)
        height = min(140.0, 36.0 + 0.12 * abs(end.x - start.x))
        return (
            start,
            Point(start.x, edge_s + rise * height),
            Point(end.x, edge_t + rise * height),
            end,
        )
    downwards = target.center.y > source.center.y
    start = Point(source.center.x + shift, source.bottom if downwards else source.y)
    end = Point(target.center.x + shift, target.y if downwards else target.bottom)
    reach = (end.y - start.y) / 2
    return (start, Point(start.x, start.y + reach), Point(end.x, end.y - reach), end)
