"""One cause of a fishbone with its sub-causes, laid out as a block of rows.

Each row is a cause's text standing on its rib. The first row's rib runs to the bone; every
sub-cause hangs below its cause, its text right-aligned against a twig that drops from the
cause's rib, so the tree reads top to bottom and grows to the left. Rows never share a
height, so no two texts of a block can overlap. Positions are relative: x to the block's
anchor (the nearest the bone comes to the block), y to the block's top.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from procdesk.analysis.fishbone_shapes import Measure, measured
from procdesk.model.root_cause_queries import CauseNode

BONE_GAP = 8.0
"""Room between a cause's text and its bone."""
TWIG_GAP = 6.0
"""Room between a sub-cause's text and the twig its rib runs to."""
RIB_LEAD = 7.0
"""How far a rib reaches out beyond the left end of its text (its dot sits there)."""
TWIG_INSET = 12.0
"""Where a twig drops from its cause's rib, measured from the rib's left end."""
TEXT_TOP, RIB_GAP, ROW_BOTTOM = 2.0, 2.0, 6.0
"""A row: room above its text, between the text and the rib, and below the rib."""
DOT_RADIUS = 2.5


@dataclass(frozen=True, slots=True)
class Style:
    """Sizes of a fishbone's text (in drawing units) and how wide each may run."""

    head_size: float = 12.0
    category_size: float = 11.0
    cause_size: float = 10.0
    sub_cause_size: float = 9.0
    head_width: float = 150.0
    category_width: float = 130.0
    cause_width: float = 125.0
    sub_cause_width: float = 110.0
    slant: float = 0.4
    """A bone's horizontal run per unit of its height."""
    margin: float = 16.0


@dataclass(slots=True)
class Row:
    """One cause of a block."""

    node: CauseNode
    depth: int
    lines: tuple[str, ...]
    size: float
    top: float
    text_left: float
    text_width: float
    text_height: float
    rib_right: float
    """Where the rib ends: 0 (the bone) for the block's cause, else its cause's twig."""
    last_child_rib: float | None = None
    """Where this cause's twig ends (None: no sub-causes)."""

    @property
    def height(self) -> float:
        return TEXT_TOP + self.text_height + RIB_GAP + ROW_BOTTOM

    @property
    def rib_y(self) -> float:
        return self.top + TEXT_TOP + self.text_height + RIB_GAP

    @property
    def rib_left(self) -> float:
        return self.text_left - RIB_LEAD

    @property
    def twig_x(self) -> float:
        return self.rib_left + TWIG_INSET


@dataclass(slots=True)
class CauseBlock:
    """A cause and its sub-causes as rows, depth first."""

    rows: list[Row] = field(default_factory=list)

    @property
    def height(self) -> float:
        return sum(row.height for row in self.rows)

    @property
    def width(self) -> float:
        """How far the block reaches left of its anchor."""
        return -min(row.rib_left - DOT_RADIUS for row in self.rows)


def cause_block(cause: CauseNode, style: Style, measure: Measure) -> CauseBlock:
    """Lay out *cause* and everything under it (without recursion: a tree may be deep)."""
    block = CauseBlock()
    stack: list[tuple[CauseNode, int, float, Row | None]] = [(cause, 0, 0.0, None)]
    top = 0.0
    while stack:
        node, depth, right, parent = stack.pop()
        size = style.cause_size if depth == 0 else style.sub_cause_size
        width = style.cause_width if depth == 0 else style.sub_cause_width
        lines, text_width, text_height = measured(node.text, width, size, node.confirmed, measure)
        text_right = right - (BONE_GAP if depth == 0 else TWIG_GAP)
        row = Row(
            node=node,
            depth=depth,
            lines=lines,
            size=size,
            top=top,
            text_left=text_right - text_width,
            text_width=text_width,
            text_height=text_height,
            rib_right=right,
        )
        block.rows.append(row)
        top += row.height
        if parent is not None:
            parent.last_child_rib = row.rib_y
        for child in reversed(node.children):
            stack.append((child, depth + 1, row.twig_x, row))
    return block
