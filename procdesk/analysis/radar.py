"""Where a radar (spider) chart puts things: one spoke per dimension, clockwise from the top,
a level's distance from the centre in proportion to the level. The window's chart and the
PDF's drawing both place their points here, so the two pictures agree."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RadarFrame:
    """A radar of *spokes* dimensions and levels 1 to *top*, centred at (cx, cy) with the top
    level at *radius*. ``y_down`` is True for screens (y grows downwards), False for PDFs."""

    spokes: int
    top: int
    cx: float
    cy: float
    radius: float
    y_down: bool = True

    def angle(self, spoke: int) -> float:
        """The spoke's angle in radians, 0 pointing up, growing clockwise."""
        return 2 * math.pi * spoke / max(1, self.spokes)

    def point(self, spoke: int, level: float) -> tuple[float, float]:
        """Where *level* (0 is the centre) sits on *spoke*."""
        distance = self.radius * max(0.0, level) / max(1, self.top)
        dx = distance * math.sin(self.angle(spoke))
        dy = distance * math.cos(self.angle(spoke))
        return (self.cx + dx, self.cy - dy if self.y_down else self.cy + dy)

    def ring(self, level: float) -> list[tuple[float, float]]:
        """The polygon through *level* on every spoke (a grid line)."""
        return [self.point(spoke, level) for spoke in range(self.spokes)]

    def outline(self, levels: Sequence[int | None]) -> list[tuple[float, float]]:
        """The profile's polygon; a dimension not rated sits at the centre."""
        return [self.point(spoke, level or 0) for spoke, level in enumerate(levels)]

    def label_anchor(self, spoke: int, gap: float) -> tuple[float, float, str]:
        """Where a spoke's name goes (just beyond the top ring) and how it is aligned
        ('left', 'right' or 'centre')."""
        x, y = self.point(spoke, self.top * (1 + gap / max(1.0, self.radius)))
        sine = math.sin(self.angle(spoke))
        align = "centre" if abs(sine) < 0.2 else ("left" if sine > 0 else "right")
        return x, y, align


LATEST = "#1565c0"
TARGET = "#e65100"
EARLIER = ("#7b8794", "#9aa5b1", "#b0b8c1")
"""The hues of the latest profile, of the target, and of up to three earlier assessments
(most recent first): the same in the window and on paper."""


@dataclass(frozen=True, slots=True)
class RadarProfile:
    """One polygon on a radar: a name for the legend, a level per spoke (None: not rated),
    its colour, and whether it is filled (the assessment shown) or dashed (the target)."""

    name: str
    levels: tuple[int | None, ...]
    colour: str
    filled: bool = False
    dashed: bool = False
