"""Lay out an Ishikawa (fishbone) diagram: pure geometry, the same for the window and the PDF.

The problem sits in the head at the right; the spine runs to it from the left. The category
bones alternate above and below the spine (the first above, the second below, and so on),
each slanting towards the head with the category's name at its far end. Every cause is
written on a horizontal rib that runs to its bone, its sub-causes hanging below it
(``fishbone_blocks``). Confirmed causes are set in bold with a filled dot; the others get an
open dot.

Nothing overlaps by construction: the causes of a bone are stacked between its name and the
spine, each block kept left of the bone over its whole height; the bones of each half are
set side by side as wide as their contents need (the two halves packed apart, then both
ended against the head); the halves are kept off the spine by a clear strip along it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from procdesk.analysis.fishbone_blocks import (
    DOT_RADIUS,
    TEXT_TOP,
    CauseBlock,
    Style,
    cause_block,
)
from procdesk.analysis.fishbone_shapes import (
    LINE_HEIGHT,
    Align,
    Box,
    Dot,
    Frame,
    Measure,
    Polygon,
    Region,
    Role,
    Segment,
    Text,
    measured,
)
from procdesk.model.root_cause_queries import Bone, Fishbone
from procdesk.text import tr

__all__ = ["FishboneLayout", "Legend", "Style", "layout_fishbone", "reader_legend"]

BLOCK_GAP = 8.0
"""Least room between the blocks of two causes on a bone."""
SPINE_CLEAR = 10.0
"""No text comes nearer the spine than this."""
MIN_BONE = 60.0
"""The shortest a half of the fishbone is."""
LABEL_GAP, LABEL_PAD = 4.0, 4.0
BONE_SPACING = 18.0
HEAD_GAP, HEAD_PAD, HEAD_MIN_H = 16.0, 8.0, 44.0
ARROW = 10.0


@dataclass(frozen=True, slots=True)
class Legend:
    """What the two marks mean, in the reader's language ('' leaves the legend out)."""

    confirmed: str = ""
    unconfirmed: str = ""


def reader_legend() -> Legend:
    """The legend in the reader's language."""
    return Legend(tr("confirmed cause"), tr("cause not yet confirmed"))


@dataclass(frozen=True, slots=True)
class FishboneLayout:
    """A laid-out fishbone: its size and the pieces to draw, back to front."""

    width: float
    height: float
    spine_y: float
    segments: tuple[Segment, ...]
    frames: tuple[Frame, ...]
    polygons: tuple[Polygon, ...]
    dots: tuple[Dot, ...]
    texts: tuple[Text, ...]
    regions: tuple[Region, ...]

    def text_of(self, ref: str) -> Text | None:
        """The text showing the cause or category *ref*."""
        return next((t for t in self.texts if t.ref == ref), None)

    def text_at(self, x: float, y: float) -> Text | None:
        """The cause's or category's text under the point, if any."""
        return next((t for t in self.texts if t.ref and t.box.contains(x, y)), None)

    def region_at(self, x: float, y: float) -> Region | None:
        """The category whose part of the picture holds the point."""
        return next((r for r in self.regions if r.box.contains(x, y)), None)


@dataclass(slots=True)
class _Side:
    """One bone with its blocks and its name, and (once planned) where they go."""

    bone: Bone
    above: bool
    blocks: list[CauseBlock]
    label: tuple[tuple[str, ...], float, float]
    reach_left: float = 0.0
    reach_right: float = 0.0
    tops: tuple[float, ...] = ()
    length: float = 0.0
    foot: float = 0.0
    start: float = 0.0
    end: float = 0.0

    @property
    def needed(self) -> float:
        content = sum(b.height for b in self.blocks) + BLOCK_GAP * (len(self.blocks) + 1)
        return max(MIN_BONE, content)

    @property
    def label_height(self) -> float:
        return self.label[2] + 2 * LABEL_PAD

    @property
    def label_width(self) -> float:
        return self.label[1] + 2 * LABEL_PAD


def layout_fishbone(
    fishbone: Fishbone,
    measure: Measure,
    style: Style | None = None,
    legend: Legend | None = None,
) -> FishboneLayout:
    """Lay *fishbone* out with text measured by *measure*; the same input always gives the
    same picture."""
    return _Builder(fishbone, measure, style or Style(), legend or Legend()).build()


class _Builder:
    def __init__(self, fishbone: Fishbone, measure: Measure, style: Style, legend: Legend):
        self.fishbone, self.measure, self.style, self.legend = fishbone, measure, style, legend
        self.segments: list[Segment] = []
        self.frames: list[Frame] = []
        self.polygons: list[Polygon] = []
        self.dots: list[Dot] = []
        self.texts: list[Text] = []
        self.regions: list[Region] = []

    def build(self) -> FishboneLayout:
        s, m = self.style, self.style.margin
        sides = [self._side(bone, index % 2 == 0) for index, bone in enumerate(self.fishbone.bones)]
        tops = [side for side in sides if side.above]
        bottoms = [side for side in sides if not side.above]
        half_top = max((side.needed for side in tops), default=MIN_BONE)
        half_bottom = max((side.needed for side in bottoms), default=0.0)
        label_top = max((side.label_height for side in tops), default=0.0)
        label_bottom = max((side.label_height for side in bottoms), default=0.0)
        problem = self.fishbone.problem
        head_lines, head_width, head_text = measured(
            problem, s.head_width, s.head_size, True, self.measure
        )
        head_h = max(HEAD_MIN_H, head_text + 2 * HEAD_PAD)
        above = label_top + LABEL_GAP + half_top + SPINE_CLEAR
        spine = m + max(above, head_h / 2)
        below = (SPINE_CLEAR + half_bottom + LABEL_GAP + label_bottom) if bottoms else 0.0
        bottom = spine + max(below, head_h / 2)
        end = max(self._pack(tops, spine, half_top), self._pack(bottoms, spine, half_bottom))
        for half, top_edge, bottom_edge in ((tops, m, spine), (bottoms, spine, bottom)):
            self._place_half(half, end, spine, top_edge, bottom_edge)
        head_x = max(end, m + 2 * ARROW) + HEAD_GAP - BONE_SPACING / 2
        head = Box(head_x, spine - head_h / 2, head_width + 2 * HEAD_PAD, head_h)
        self.segments.insert(0, Segment(m, spine, head_x - ARROW / 2, spine, Role.SPINE))
        tip = (
            (head_x - ARROW, spine - ARROW / 2),
            (head_x, spine),
            (head_x - ARROW, spine + ARROW / 2),
        )
        self.polygons.append(Polygon(tip, Role.ARROW))
        self.frames.append(Frame(head, Role.HEAD))
        text_box = Box(head.x + HEAD_PAD, spine - head_text / 2, head_width, head_text)
        self.texts.append(Text(text_box, head_lines, s.head_size, True, Align.CENTER, Role.HEAD))
        height = self._legend(m, bottom + LABEL_GAP * 2) + m
        return FishboneLayout(
            width=head.right + m,
            height=height,
            spine_y=spine,
            segments=tuple(self.segments),
            frames=tuple(self.frames),
            polygons=tuple(self.polygons),
            dots=tuple(self.dots),
            texts=tuple(self.texts),
            regions=tuple(self.regions),
        )

    def _side(self, bone: Bone, above: bool) -> _Side:
        s = self.style
        blocks = [cause_block(cause, s, self.measure) for cause in bone.causes]
        label = measured(bone.name, s.category_width, s.category_size, True, self.measure)
        return _Side(bone, above, blocks, label)

    # planning --------------------------------------------------------------------------------
    def _pack(self, sides: list[_Side], spine: float, half: float) -> float:
        """Plan each bone of a half and set them side by side from the left margin; returns
        where the half ends."""
        cursor = self.style.margin
        for side in sides:
            self._plan(side, spine, half)
            side.start = cursor
            side.foot = cursor + side.reach_left
            cursor = side.foot + side.reach_right + BONE_SPACING
            side.end = cursor
        return cursor

    def _plan(self, side: _Side, spine: float, half: float) -> None:
        """How far the side reaches left and right of its bone's foot on the spine, and
        where each block of it starts (evenly spread along the bone)."""
        slant = self.style.slant
        side.length = half + SPINE_CLEAR
        gap = (half - sum(b.height for b in side.blocks)) / (len(side.blocks) + 1)
        y = (spine - side.length if side.above else spine + SPINE_CLEAR) + gap
        tops: list[float] = []
        reach = 0.0
        for block in side.blocks:
            tops.append(y)
            far = (spine - y) if side.above else (y + block.height - spine)
            reach = max(reach, slant * far + block.width)
            y += block.height + gap
        far_x = slant * side.length
        side.tops = tuple(tops)
        side.reach_left = max(reach, far_x + side.label_width / 2)
        side.reach_right = max(0.0, side.label_width / 2 - far_x)

    # drawing ---------------------------------------------------------------------------------
    def _place_half(
        self, sides: list[_Side], end: float, spine: float, top: float, bottom: float
    ) -> None:
        """Draw a half's bones, moved right so that the half ends at *end*, with the part of
        the picture each owns (the first reaching to the left edge)."""
        if not sides:
            return
        shift = end - sides[-1].end
        for number, side in enumerate(sides):
            left = 0.0 if number == 0 else side.start + shift - BONE_SPACING / 2
            right = side.end + shift - BONE_SPACING / 2
            self.regions.append(Region(Box(left, top, right - left, bottom - top), side.bone.id))
            self._place(side, side.foot + shift, spine)

    def _place(self, side: _Side, foot: float, spine: float) -> None:
        s = self.style
        sign = -1.0 if side.above else 1.0
        end_x, end_y = foot - s.slant * side.length, spine + sign * side.length
        self.segments.append(Segment(end_x, end_y, foot, spine, Role.BONE))
        lines, width, height = side.label
        frame_h, frame_w = side.label_height, side.label_width
        frame_y = end_y - LABEL_GAP - frame_h if side.above else end_y + LABEL_GAP
        frame = Box(end_x - frame_w / 2, frame_y, frame_w, frame_h)
        self.frames.append(Frame(frame, Role.CATEGORY, side.bone.id))
        box = Box(frame.x + LABEL_PAD, frame.y + LABEL_PAD, width, height)
        self.texts.append(
            Text(box, lines, s.category_size, True, Align.CENTER, Role.CATEGORY, side.bone.id)
        )

        def bone_x(y: float) -> float:
            return foot - s.slant * abs(spine - y)

        for block, top in zip(side.blocks, side.tops, strict=True):
            anchor = min(bone_x(top), bone_x(top + block.height))
            self._draw_block(block, anchor, top, bone_x)

    def _draw_block(
        self, block: CauseBlock, anchor: float, top: float, bone_x: Callable[[float], float]
    ) -> None:
        for row in block.rows:
            rib_y = top + row.rib_y
            left = anchor + row.rib_left
            right = bone_x(rib_y) if row.depth == 0 else anchor + row.rib_right
            self.segments.append(Segment(left, rib_y, right, rib_y, Role.RIB))
            if row.last_child_rib is not None:
                twig = anchor + row.twig_x
                last = top + row.last_child_rib
                self.segments.append(Segment(twig, rib_y, twig, last, Role.TWIG))
            node = row.node
            self.dots.append(Dot(left, rib_y, DOT_RADIUS, node.confirmed, node.id))
            box = Box(
                anchor + row.text_left, top + row.top + TEXT_TOP, row.text_width, row.text_height
            )
            role = Role.CAUSE if row.depth == 0 else Role.SUB_CAUSE
            self.texts.append(
                Text(box, row.lines, row.size, node.confirmed, Align.RIGHT, role, node.id)
            )

    def _legend(self, left: float, y: float) -> float:
        """The legend under the picture; returns the bottom of what is drawn."""
        if not (self.legend.confirmed or self.legend.unconfirmed):
            return y - LABEL_GAP * 2
        size = self.style.sub_cause_size
        line = size * LINE_HEIGHT
        x = left
        for filled, text in ((True, self.legend.confirmed), (False, self.legend.unconfirmed)):
            if not text:
                continue
            self.dots.append(Dot(x + DOT_RADIUS, y + line / 2, DOT_RADIUS, filled))
            x += DOT_RADIUS * 2 + 4
            width = self.measure(text, size, filled)
            self.texts.append(
                Text(Box(x, y, width, line), (text,), size, filled, Align.LEFT, Role.LEGEND)
            )
            x += width + 16
        return y + line
