"""What a laid-out fishbone is made of: boxes, line segments, dots, wrapped text.

Plain geometry in drawing units (1 unit = 1 pixel on screen = 1 point in a PDF), with the
origin at the top left and y growing downwards, as Qt draws; the PDF drawing flips y. Each
painter (the window's, the PDF's) turns these into its own calls, so both show the same
picture. Text is measured by a function the caller gives, so the line breaks are those of
the font the picture is drawn in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Measure = Callable[[str, float, bool], float]
"""``(text, size, bold) -> width`` of *text* set at *size* in the picture's font."""

LINE_HEIGHT = 1.25
"""A line of text is this many times its size high."""


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-parallel rectangle: top left corner, width and height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Box) -> bool:
        """Whether the two share more than an edge."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


class Role(StrEnum):
    """What a piece of the picture is, so each painter can give it its pen and font."""

    SPINE = "spine"
    ARROW = "arrow"
    BONE = "bone"
    RIB = "rib"
    TWIG = "twig"
    HEAD = "head"
    CATEGORY = "category"
    CAUSE = "cause"
    SUB_CAUSE = "sub-cause"
    LEGEND = "legend"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Segment:
    """A straight line from (x1, y1) to (x2, y2)."""

    x1: float
    y1: float
    x2: float
    y2: float
    role: Role


@dataclass(frozen=True, slots=True)
class Text:
    """Lines of text set at *size* inside *box*, one under the other. ``ref`` is the id of
    the cause or category it shows ('' for the head and the legend)."""

    box: Box
    lines: tuple[str, ...]
    size: float
    bold: bool
    align: Align
    role: Role
    ref: str = ""

    @property
    def line_height(self) -> float:
        return self.size * LINE_HEIGHT


@dataclass(frozen=True, slots=True)
class Dot:
    """A cause's mark: filled when the cause is confirmed, open when not."""

    x: float
    y: float
    radius: float
    filled: bool
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Frame:
    """A rounded box drawn behind a text: the head, a category's name."""

    box: Box
    role: Role
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Polygon:
    """A filled polygon (the arrow head where the spine meets the head)."""

    points: tuple[tuple[float, float], ...]
    role: Role


@dataclass(frozen=True, slots=True)
class Region:
    """The part of the picture that belongs to one category: where a cause dropped lands."""

    box: Box
    ref: str


def wrap(text: str, width: float, size: float, bold: bool, measure: Measure) -> list[str]:
    """*text* broken into lines no wider than *width*: at spaces, and inside a word that is
    wider than a line on its own (Chinese and Japanese have no spaces)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(word) > 1 and measure(word, size, bold) > width:
            cut = _longest_fitting(word, width, size, bold, measure)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


def _longest_fitting(word: str, width: float, size: float, bold: bool, measure: Measure) -> int:
    """How many of *word*'s first characters fit in *width* (at least one)."""
    low, high = 1, len(word) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle], size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def measured(
    text: str, width: float, size: float, bold: bool, measure: Measure
) -> tuple[tuple[str, ...], float, float]:
    """*text* wrapped to *width*: its lines, the widest line's width and the lines' height."""
    lines = tuple(wrap(text, width, size, bold, measure))
    widest = max(measure(line, size, bold) for line in lines)
    return lines, widest, len(lines) * size * LINE_HEIGHT


@dataclass(frozen=True, slots=True)
class Ink:
    """How a role is drawn: line colour and width, fill ('' for none), text colour."""

    stroke: str
    width: float
    fill: str = ""
    text: str = "#22242a"


INK: dict[Role, Ink] = {
    Role.SPINE: Ink("#22242a", 2.6),
    Role.ARROW: Ink("#22242a", 1.0, fill="#22242a"),
    Role.BONE: Ink("#22242a", 1.7),
    Role.RIB: Ink("#5b6170", 0.9),
    Role.TWIG: Ink("#5b6170", 0.8),
    Role.HEAD: Ink("#1d3f73", 1.6, fill="#e8eef8", text="#12284a"),
    Role.CATEGORY: Ink("#5b6170", 1.0, fill="#f1f2f5"),
    Role.CAUSE: Ink("#22242a", 1.0),
    Role.SUB_CAUSE: Ink("#3a3f4b", 1.0),
    Role.LEGEND: Ink("#5b6170", 1.0, text="#5b6170"),
}
"""One look for both painters (the window's and the PDF's), on white paper."""
DOT_INK = Ink("#22242a", 1.0, fill="#22242a")
"""A confirmed cause's dot; an open dot is drawn in the same stroke on white."""
PAPER = "#ffffff"
