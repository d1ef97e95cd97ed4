"""Which shapes of a drawing reach into a region: a grid over their bounds.

A split diagram asks, for each of its parts, which of the drawing's shapes reach into that
part. Scanning every shape for every part costs parts x shapes, which grows with the square
of the diagram's length (1,400 parts x 40,000 shapes at 5,000 tasks). The grid files each box
under the cells it overlaps, so a question looks only at the boxes near its region.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Shape, mmult, transformPoint

Box = tuple[float, float, float, float]
"""x0, y0, x1, y1 (x0 ≤ x1, y0 ≤ y1), finite."""

BOXES_PER_CELL = 8
"""About how many boxes share a cell when they are spread evenly over the extent."""


class BoxGrid:
    """The boxes of a drawing filed by grid cell; :meth:`touching` answers region questions.

    The cells are square and there are about one per :data:`BOXES_PER_CELL` boxes, so a long
    flat diagram gets one row of many columns and a tall one one column of many rows. A box
    wider than a cell (a pool, a lane, a long flow) is filed under every cell it covers.
    """

    def __init__(self, boxes: Sequence[Box]) -> None:
        self.boxes = list(boxes)
        self._cells: dict[tuple[int, int], list[int]] = {}
        self._origin, self._cell, self._last = (0.0, 0.0), 1.0, (0, 0)
        if not self.boxes:
            return
        left = min(box[0] for box in self.boxes)
        bottom = min(box[1] for box in self.boxes)
        width = max(box[2] for box in self.boxes) - left
        height = max(box[3] for box in self.boxes) - bottom
        cells = max(1, len(self.boxes) // BOXES_PER_CELL)
        # Square cells, about *cells* of them; never so small that a thin extent (all boxes
        # on one line) would need more than *cells* along its length.
        side = max(math.sqrt(width * height / cells), max(width, height) / cells)
        self._origin, self._cell = (left, bottom), side or 1.0
        self._last = (self._index(width), self._index(height))
        for number, box in enumerate(self.boxes):
            for column in self._range(box[0], box[2], 0):
                for row in self._range(box[1], box[3], 1):
                    self._cells.setdefault((column, row), []).append(number)

    def _index(self, offset: float) -> int:
        """The column or row *offset* from the grid's origin falls in."""
        return math.floor(offset / self._cell)

    def _range(self, low: float, high: float, axis: int) -> range:
        """The columns (*axis* 0) or rows (1) of the grid from *low* to *high*, edges included."""
        origin, last = self._origin[axis], self._last[axis]
        return range(max(0, self._index(low - origin)), min(last, self._index(high - origin)) + 1)

    def touching(self, region: Box) -> list[int]:
        """The numbers (in ascending order) of the boxes that reach into *region*.

        A box reaches into a region when they overlap or touch: the same test as a plain
        scan of every box, ``x1 >= left and x0 <= right and y1 >= bottom and y0 <= top``.
        """
        left, bottom, right, top = region
        near: set[int] = set()
        for column in self._range(left, right, 0):
            for row in self._range(bottom, top, 1):
                near.update(self._cells.get((column, row), ()))
        return [n for n in sorted(near) if _reaches(self.boxes[n], region)]


def _reaches(box: Box, region: Box) -> bool:
    """Whether *box* overlaps or touches *region*."""
    return (
        box[2] >= region[0]
        and box[0] <= region[2]
        and box[3] >= region[1]
        and (box[1] <= region[3])
    )


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class ShapeIndex:
    """Every leaf shape of a drawing with its full transform and bounds, in painting order.

    A part of a split diagram draws only the shapes that reach into it: drawing the whole
    diagram under a clip for every part would make the PDF's cost grow with the square of
    the diagram's length. Finding those shapes goes through a grid of their bounds
    (:class:`BoxGrid`) for the same reason.
    """

    def __init__(self, drawing: Drawing) -> None:
        self.drawing = drawing
        self.shapes: list[tuple[Shape, tuple[float, ...], Box]] = []
        self._collect(drawing, _IDENTITY)
        self._grid = BoxGrid([box for _, _, box in self.shapes])
        self._placed: dict[int, Group] = {}

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

    @property
    def left(self) -> float:
        """The leftmost drawn x (usually a pool's left edge)."""
        return min((box[0] for _, _, box in self.shapes), default=0.0)

    def _placed_shape(self, number: int) -> Group:
        """Shape *number* under its full transform; made once, shared by every part."""
        if number not in self._placed:
            shape, matrix, _ = self.shapes[number]
            self._placed[number] = Group(shape, transform=matrix)
        return self._placed[number]

    def crop(self, region: tuple[float, float, float, float]) -> Drawing:
        """A drawing of the same size holding only the shapes that reach into *region*
        (x, y, width, height), in the order the whole drawing paints them."""
        left, bottom, width, height = region
        part = Drawing(self.drawing.width, self.drawing.height)
        for number in self._grid.touching((left, bottom, left + width, bottom + height)):
            part.add(self._placed_shape(number))
        return part
