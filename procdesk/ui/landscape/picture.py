"""One view of the landscape, ready to draw: the layout of a level of the hierarchy, each shape's
face, each arrow's route, the band titles and the legend's place.

The scene builds its items from a Picture and the exporters paint one, so what is on screen
and what is written to a file are the same drawing.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.landscape import Landscape
from procdesk.analysis.landscape_graph import Connection
from procdesk.model.geometry import Rect
from procdesk.model.landscape import BAND_TITLES, Band
from procdesk.model.landscape_layout import LandscapeLayout, Route, layout_landscape, route
from procdesk.text import tr
from procdesk.ui.landscape.heat import ColourBy, Colouring, colouring
from procdesk.ui.landscape.legend import legend_height
from procdesk.ui.landscape.painters import ShapeFace

LEGEND_GAP = 14.0


@dataclass(frozen=True, slots=True)
class Arrow:
    """One arrow: the interfaces it stands for and its curve."""

    connection: Connection
    route: Route


@dataclass(frozen=True, slots=True)
class Picture:
    """Everything one view of the landscape draws."""

    landscape: Landscape
    group: str | None
    """The process whose sub-processes are shown (None: the top level)."""
    layout: LandscapeLayout
    faces: dict[str, ShapeFace]
    arrows: tuple[Arrow, ...]
    titles: dict[Band, str]
    colouring: Colouring
    legend: Rect
    bounds: Rect

    @property
    def shown(self) -> list[str]:
        return list(self.layout.shapes)


def make_picture(
    landscape: Landscape, group: str | None = None, by: ColourBy = ColourBy.NOTHING
) -> Picture:
    """The picture of the top level (*group* None) or of one process's sub-processes."""
    tree = landscape.tree
    if group is not None and group not in tree.processes:
        group = None
    rows = tree.rows(group)
    layout = layout_landscape(rows, chevrons=Band.CORE if group is None else _chain_of(rows))
    shown = list(layout.shapes)
    cards = [landscape.rolled_up(process_id) for process_id in shown]
    paint = colouring(by, cards)
    unresolved: dict[str, int] = {}
    visible = frozenset(shown)
    for entry in landscape.report.unresolved:
        holder = tree.representative(entry.process, visible)
        if holder is not None:
            unresolved[holder] = unresolved.get(holder, 0) + 1
    faces = {
        card.id: ShapeFace(
            card,
            layout.shapes[card.id].chevron,
            paint.fills.get(card.id, ""),
            len(tree.children_of.get(card.id, [])),
            unresolved.get(card.id, 0),
        )
        for card in cards
    }
    arrows = tuple(_arrows(layout, landscape.connections(shown)))
    titles = {band: tr(BAND_TITLES[band]) for band, _ in rows}
    if group is not None:
        name = tree.processes[group].name
        titles = {band: tr("{process}: sub-processes").format(process=name) for band, _ in rows}
    top = layout.bounds.bottom + LEGEND_GAP
    width = layout.bounds.w - 36
    legend = Rect(layout.bounds.x + 18, top, width, legend_height(paint, width))
    bounds = layout.bounds.united(legend)
    return Picture(landscape, group, layout, faces, arrows, titles, paint, legend, bounds)


def _chain_of(rows: list[tuple[Band, list[str]]]) -> Band | None:
    """Inside a core process, its sub-processes form a value chain of their own."""
    return Band.CORE if rows and rows[0][0] == Band.CORE else None


def _arrows(layout: LandscapeLayout, found: list[Connection]) -> list[Arrow]:
    pairs = {(c.source, c.target) for c in found}
    arrows: list[Arrow] = []
    for connection in found:
        source = layout.shapes[connection.source].rect
        target = layout.shapes[connection.target].rect
        lane = 0
        if (connection.target, connection.source) in pairs:
            lane = -1 if connection.source < connection.target else 1
        arrows.append(Arrow(connection, route(source, target, lane)))
    return arrows
