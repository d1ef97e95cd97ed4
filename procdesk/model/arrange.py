"""Align and distribute: tidy a selection of shapes in one edit, as drawing tools do.

Each function returns the offsets that put the shapes in place; the Editor turns them into one
Batch of moves (contents and flows follow as with any move).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from procdesk.model.elements import Shape
from procdesk.text import tr, tr_noop


class Alignment(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    TOP = "top"
    MIDDLE = "middle"
    BOTTOM = "bottom"


_ALIGNMENT_WORDS = {
    Alignment.LEFT: tr_noop("left", "alignment"),
    Alignment.CENTER: tr_noop("center", "alignment"),
    Alignment.RIGHT: tr_noop("right", "alignment"),
    Alignment.TOP: tr_noop("top", "alignment"),
    Alignment.MIDDLE: tr_noop("middle", "alignment"),
    Alignment.BOTTOM: tr_noop("bottom", "alignment"),
}


def alignment_word(how: Alignment) -> str:
    """How shapes are lined up, in the user's words, for the undo label ("Align 2 tasks left")."""
    return tr(_ALIGNMENT_WORDS[how], "alignment")


GRID = 10.0
"""Snap distance in scene units (the canvas grid)."""


def snap(value: float, grid: float = GRID) -> float:
    """*value* rounded to the nearest grid line."""
    return round(value / grid) * grid


def align_offsets(shapes: Sequence[Shape], how: Alignment) -> dict[str, tuple[float, float]]:
    """Offsets that line the shapes up on the selection's left edge, centre line, etc."""
    if len(shapes) < 2:
        return {}
    boxes = [s.bounds for s in shapes]
    target = {
        Alignment.LEFT: min(b.x for b in boxes),
        Alignment.RIGHT: max(b.right for b in boxes),
        Alignment.CENTER: (min(b.x for b in boxes) + max(b.right for b in boxes)) / 2,
        Alignment.TOP: min(b.y for b in boxes),
        Alignment.BOTTOM: max(b.bottom for b in boxes),
        Alignment.MIDDLE: (min(b.y for b in boxes) + max(b.bottom for b in boxes)) / 2,
    }[how]
    offsets: dict[str, tuple[float, float]] = {}
    for shape in shapes:
        b = shape.bounds
        delta = {
            Alignment.LEFT: (target - b.x, 0.0),
            Alignment.RIGHT: (target - b.right, 0.0),
            Alignment.CENTER: (target - b.center.x, 0.0),
            Alignment.TOP: (0.0, target - b.y),
            Alignment.BOTTOM: (0.0, target - b.bottom),
            Alignment.MIDDLE: (0.0, target - b.center.y),
        }[how]
        if delta != (0.0, 0.0):
            offsets[shape.id] = delta
    return offsets


def distribute_offsets(
    shapes: Sequence[Shape], horizontally: bool
) -> dict[str, tuple[float, float]]:
    """Offsets that leave equal gaps between the shapes, keeping the outermost two in place."""
    if len(shapes) < 3:
        return {}
    key = (lambda s: s.bounds.x) if horizontally else (lambda s: s.bounds.y)
    ordered = sorted(shapes, key=key)
    sizes = [s.bounds.w if horizontally else s.bounds.h for s in ordered]
    first, last = ordered[0].bounds, ordered[-1].bounds
    start = first.x if horizontally else first.y
    end = last.right if horizontally else last.bottom
    gap = (end - start - sum(sizes)) / (len(ordered) - 1)
    offsets: dict[str, tuple[float, float]] = {}
    cursor = start
    for shape, size in zip(ordered, sizes, strict=True):
        current = shape.bounds.x if horizontally else shape.bounds.y
        delta = cursor - current
        if abs(delta) > 1e-9:
            offsets[shape.id] = (delta, 0.0) if horizontally else (0.0, delta)
        cursor += size + gap
    return offsets
