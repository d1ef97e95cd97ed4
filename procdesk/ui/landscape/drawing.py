"""A whole landscape picture painted straight onto a QPainter (the exporters' path), and the
end-to-end emphasis both the scene and the exports apply: the chosen process, what lies
upstream of it (teal) and downstream (orange); everything else steps back."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from procdesk.analysis.landscape_graph import downstream, on_paths, upstream
from procdesk.model.geometry import Rect
from procdesk.ui.canvas.style import scheme_colour
from procdesk.ui.landscape.legend import paint_legend
from procdesk.ui.landscape.painters import (
    DOWNSTREAM,
    UPSTREAM,
    paint_band,
    paint_connection,
    paint_process,
)
from procdesk.ui.landscape.picture import Picture

FADED = 0.25
"""Opacity of what lies neither upstream nor downstream of the chosen process."""


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


@dataclass(frozen=True, slots=True)
class Emphasis:
    """The end-to-end view of one process: what feeds it and what it feeds."""

    chosen: str | None = None
    upstream: frozenset[str] = frozenset()
    downstream: frozenset[str] = frozenset()
    arrows: dict[tuple[str, str], str] = field(default_factory=dict)
    """(source, target) → "up" (leads into the chosen process) or "down" (leads out of it)."""

    def outline(self, process_id: str) -> QColor | None:
        """The outline that marks a shape: the selection colour for the chosen process."""
        if process_id == self.chosen:
            return scheme_colour("selection")
        if process_id in self.upstream:
            return UPSTREAM
        if process_id in self.downstream:
            return DOWNSTREAM
        return None

    def opacity(self, process_id: str) -> float:
        if self.chosen is None or self.outline(process_id) is not None:
            return 1.0
        return FADED

    def arrow(self, source: str, target: str) -> tuple[str, float]:
        """How an arrow is drawn: its emphasis ("up", "down" or "") and its opacity."""
        if self.chosen is None:
            return "", 1.0
        emphasis = self.arrows.get((source, target), "")
        return emphasis, 1.0 if emphasis else FADED


def emphasis_for(picture: Picture, chosen: str | None) -> Emphasis:
    """The end-to-end emphasis of *chosen* in *picture* (none when nothing is chosen)."""
    if chosen is None or chosen not in picture.layout.shapes:
        return Emphasis()
    graph = picture.landscape.flow(picture.shown)
    before, after = upstream(graph, chosen), downstream(graph, chosen)
    into = before | {chosen}
    arrows = {
        edge: ("up" if edge[1] in into and edge[0] in before else "down")
        for edge in on_paths(graph, chosen)
    }
    return Emphasis(chosen, frozenset(before), frozenset(after), arrows)


def paint_picture(painter: QPainter, picture: Picture, emphasis: Emphasis | None = None) -> None:
    """Bands, then arrows, then shapes, then the legend, in scene coordinates."""
    emphasis = emphasis or Emphasis()
    for frame in picture.layout.bands:
        paint_band(painter, qrect(frame.rect), qrect(frame.title), picture.titles[frame.band])
    for arrow in picture.arrows:
        kind, opacity = emphasis.arrow(arrow.connection.source, arrow.connection.target)
        painter.save()
        painter.setOpacity(opacity)
        paint_connection(painter, arrow.route, arrow.connection.kinds, kind)
        painter.restore()
    for process_id, shape in picture.layout.shapes.items():
        painter.save()
        painter.setOpacity(emphasis.opacity(process_id))
        face = picture.faces[process_id]
        paint_process(painter, qrect(shape.rect), face, outline=emphasis.outline(process_id))
        painter.restore()
    paint_legend(painter, qrect(picture.legend), picture.colouring)
