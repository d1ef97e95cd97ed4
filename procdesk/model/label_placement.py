"""Where the external labels of a diagram go, so that they cover neither shapes nor each other.

Events, gateways, data objects, data stores and flows carry their name beside them. A label
whose element stores its place (BPMN DI ``BPMNLabel`` bounds, or a label the user dragged)
stays there. Every other label tries a few places in order: below its shape, then above, right
and left (for a flow: beside the middle of its route, then the other side); it takes the first
place that covers no shape and no label placed before it, else the place that covers least.

Placement is computed, never stored, and it is deterministic: labels are placed in a fixed
order (stored ones, then shapes', then flows', each by element id), so the canvas, the image
export and the SOP picture put every label in the same place. ``LabelLayout`` keeps the result
and, after an edit, places again only the labels the edit can have affected, with the same
result as placing everything afresh.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from procdesk.model.geometry import Point, Rect

GAP = 5.0
"""Distance between a shape and its label."""
FLOW_GAP = 4.0
"""Distance between a flow's line and its label."""
STORED, SHAPE, FLOW = 0, 1, 2
_NEVER = 1 << 62
"""More cover than any place can have."""
"""Placement order of the three sorts of label (stored places first: they never move)."""


def shape_candidates(bounds: Rect, width: float, height: float) -> tuple[Rect, ...]:
    """Places for a *width* x *height* label of a shape: below, above, right, left; then
    below and above shifted right and left (off a neighbour's label), and a row lower."""
    cx, cy = bounds.x + bounds.w / 2, bounds.y + bounds.h / 2
    below, above = bounds.bottom + GAP, bounds.y - GAP - height
    return (
        Rect(cx - width / 2, below, width, height),
        Rect(cx - width / 2, above, width, height),
        Rect(bounds.right + GAP, cy - height / 2, width, height),
        Rect(bounds.x - GAP - width, cy - height / 2, width, height),
        Rect(bounds.x, below, width, height),
        Rect(bounds.right - width, below, width, height),
        Rect(bounds.x, above, width, height),
        Rect(bounds.right - width, above, width, height),
        Rect(cx - width / 2, below + height + GAP, width, height),
    )


def group_candidates(bounds: Rect, width: float, height: float) -> tuple[Rect, ...]:
    """Places for a group's name: inside along its top edge (centred, then at either end),
    then above it."""
    top = bounds.y + FLOW_GAP
    return (
        Rect(bounds.x + bounds.w / 2 - width / 2, top, width, height),
        Rect(bounds.x + 2 * GAP, top, width, height),
        Rect(bounds.right - 2 * GAP - width, top, width, height),
        Rect(bounds.x + bounds.w / 2 - width / 2, bounds.y - GAP - height, width, height),
    )


def flow_anchor(points: Sequence[Point]) -> tuple[Point, bool]:
    """The middle of a route's middle segment (where bpmn-js puts a new flow label) and
    whether that segment runs more across than down."""
    middle = len(points) / 2 - 1
    first = points[math.floor(middle)]
    second = points[math.ceil(middle + 0.01)]
    across = abs(second.x - first.x) >= abs(second.y - first.y)
    return Point((first.x + second.x) / 2, (first.y + second.y) / 2), across


def flow_candidates(
    points: Sequence[Point], width: float, height: float, gap: float = FLOW_GAP
) -> tuple[Rect, ...]:
    """Places for a flow's label *gap* away from the middle of its route: above or below a
    level segment, right or left of an upright one, then shifted along it."""
    if len(points) < 2:
        return ()
    anchor, across = flow_anchor(points)
    x, y = anchor.x, anchor.y
    if across:
        above, below = y - gap - height, y + gap
        return (
            Rect(x - width / 2, above, width, height),
            Rect(x - width / 2, below, width, height),
            Rect(x + gap, above, width, height),
            Rect(x - gap - width, below, width, height),
        )
    right, left = x + gap, x - gap - width
    return (
        Rect(right, y - height / 2, width, height),
        Rect(left, y - height / 2, width, height),
        Rect(right, y - height - gap, width, height),
        Rect(left, y + gap, width, height),
    )


def overlap(a: Rect, b: Rect) -> float:
    """Area two rectangles share (0 when they only touch)."""
    # plain comparisons, not min/max or the properties: this runs for every pair looked at
    ax, bx = a.x, b.x
    ar, br = ax + a.w, bx + b.w
    w = (ar if ar < br else br) - (ax if ax > bx else bx)
    if w <= 0:
        return 0.0
    ay, by = a.y, b.y
    ab, bb = ay + a.h, by + b.h
    h = (ab if ab < bb else bb) - (ay if ay > by else by)
    return w * h if h > 0 else 0.0


def _covers(area: float) -> int:
    """An overlap's area in 1/64ths of a unit, as an integer: sums of these do not depend on
    the order they are added in, so a tie between two places is broken the same way each
    time."""
    return round(area * 64)


class _Grid:
    """Rectangles by key, found again by the cells of a coarse grid they touch."""

    CELL = 128.0

    def __init__(self) -> None:
        self.rects: dict[str, Rect] = {}
        self._cells: dict[tuple[int, int], set[str]] = {}

    def _span(self, rect: Rect) -> Sequence[tuple[int, int]]:
        cell = self.CELL
        left, top = int(rect.x // cell), int(rect.y // cell)
        right, bottom = int((rect.x + rect.w) // cell), int((rect.y + rect.h) // cell)
        if left == right and top == bottom:  # mostly: a label fits in one cell
            return ((left, top),)
        return [(i, j) for i in range(left, right + 1) for j in range(top, bottom + 1)]

    def put(self, key: str, rect: Rect | None) -> Rect | None:
        """Store *rect* under *key* (None: drop it); return what was stored before."""
        old = self.rects.pop(key, None)
        if old is not None:
            for cell in self._span(old):
                keys = self._cells[cell]
                keys.discard(key)
                if not keys:
                    del self._cells[cell]
        if rect is not None:
            self.rects[key] = rect
            for cell in self._span(rect):
                self._cells.setdefault(cell, set()).add(key)
        return old

    def near(self, rect: Rect) -> set[str]:
        """Keys whose rectangles may overlap *rect* (those in the cells it touches)."""
        found: set[str] = set()
        for cell in self._span(rect):
            keys = self._cells.get(cell)
            if keys:
                found |= keys
        return found


@dataclass(slots=True)
class LabelLayout:
    """The placed labels of one diagram, kept up to date edit by edit.

    Feed it the shapes that labels must not cover (``set_obstacle``) and the labels with their
    candidate places (``set_label``), then ``settle()``: it places what the changes touched and
    returns the keys whose place changed; ``place(key)`` answers where a label is.
    """

    _obstacles: dict[str, Rect] = field(default_factory=dict)
    _obstacle_grid: _Grid | None = None
    """Built when a label is first placed: a diagram without external labels needs none."""
    _zones: _Grid = field(default_factory=_Grid)
    """Per label: the area its candidates span (the changes there concern it)."""
    _placed: _Grid = field(default_factory=_Grid)
    _labels: dict[str, tuple[tuple[int, str], tuple[Rect, ...]]] = field(default_factory=dict)
    _dirty: list[Rect] = field(default_factory=list)
    _pending: set[str] = field(default_factory=set)

    def set_obstacle(self, key: str, rect: Rect | None) -> None:
        """A shape labels keep off (None: it is gone)."""
        old = self._obstacles.pop(key, None)
        if rect is not None:
            self._obstacles[key] = rect
        if old == rect:
            return
        if self._obstacle_grid is not None:
            self._obstacle_grid.put(key, rect)
        if self._labels:  # only placed labels can be concerned
            self._dirty += [r for r in (old, rect) if r is not None]

    def set_label(self, key: str, candidates: Sequence[Rect] | None, sort: int = SHAPE) -> None:
        """The label of element *key*: its places in order of preference, one for a stored
        place (*sort* ``STORED``); None or no places: it has no label."""
        before = self._labels.get(key)
        if not candidates:
            if before is not None:
                del self._labels[key]
                self._zones.put(key, None)
                self._pending.add(key)
            return
        entry = ((sort, key), tuple(candidates))
        if before == entry:
            return
        self._labels[key] = entry
        left = min(c.x for c in candidates)
        top = min(c.y for c in candidates)
        right = max(c.x + c.w for c in candidates)
        bottom = max(c.y + c.h for c in candidates)
        self._zones.put(key, Rect(left, top, right - left, bottom - top))
        self._pending.add(key)

    def place(self, key: str) -> Rect | None:
        """Where the label of *key* is (None: it has none)."""
        return self._placed.rects.get(key)

    def settle(self) -> set[str]:
        """Place the labels the changes since the last call can have moved; return the keys
        whose place changed (appeared, moved or went)."""
        queue: list[tuple[tuple[int, str], str]] = []
        for key in self._pending:
            entry = self._labels.get(key)
            if entry is None:
                continue
            queue.append((entry[0], key))
        changed = {key for key in self._pending if key not in self._labels}
        for key in changed:
            old = self._placed.put(key, None)
            if old is not None:
                self._dirty.append(old)
        everything = len(queue) == len(self._labels)  # every label is queued already
        if not everything:
            for rect in self._dirty:
                queue += self._concerned(rect)
        self._pending, self._dirty = set(), []
        heapq.heapify(queue)
        done: set[str] = set()
        while queue:
            rank, key = heapq.heappop(queue)
            if key in done:
                continue
            done.add(key)
            rect = self._choose(rank, self._labels[key][1])
            old = self._placed.put(key, rect)
            if old == rect:
                continue
            changed.add(key)
            if everything:
                continue
            for moved in (old, rect):
                if moved is not None:
                    for later in self._concerned(moved):
                        if later[0] > rank:
                            heapq.heappush(queue, later)
        return changed

    def _concerned(self, rect: Rect) -> Iterable[tuple[tuple[int, str], str]]:
        for key in self._zones.near(rect):
            zone = self._zones.rects[key]
            if overlap(zone, rect) > 0 or zone == rect:
                yield self._labels[key][0], key

    def _choose(self, rank: tuple[int, str], candidates: tuple[Rect, ...]) -> Rect:
        if len(candidates) == 1:
            return candidates[0]
        best, least = candidates[0], _NEVER
        for candidate in candidates:
            covered = self._covered(rank, candidate, least)
            if covered == 0:
                return candidate
            if covered < least:
                best, least = candidate, covered
        return best

    def _covered(self, rank: tuple[int, str], rect: Rect, enough: int) -> int:
        """How much of *rect* shapes and earlier labels cover (stops counting at *enough*)."""
        total = 0
        grid = self._obstacle_grid
        if grid is None:
            grid = self._obstacle_grid = _Grid()
            for key, obstacle in self._obstacles.items():
                grid.put(key, obstacle)
        obstacles = self._obstacles
        for key in grid.near(rect):
            area = overlap(obstacles[key], rect)
            if area:
                total += _covers(area)
                if total >= enough:
                    return total
        placed, labels = self._placed.rects, self._labels
        for key in self._placed.near(rect):
            area = overlap(placed[key], rect)
            if area and key in labels and labels[key][0] < rank:
                total += _covers(area)
                if total >= enough:
                    return total
        return total
