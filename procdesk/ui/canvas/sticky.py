"""Sticky lane names: when a wide pool is scrolled so its name bands leave the view, the pool
and lane names stay pinned to the canvas's left edge, so nobody loses track of who does what.

Drawn in the view's foreground (scene coordinates), only for horizontal pools and lanes whose
band is off-screen, and never into exports.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from procdesk.model.elements import Lane, Pool
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.containers import HEADER
from procdesk.ui.canvas.style import LOD_TEXT, PAPER, draw_rotated_text, scheme_colour

BAND = QColor(PAPER.header_band)
"""The pinned band's colour in the light scheme (the dark one has its own)."""


def paint_sticky_headers(
    painter: QPainter, workspace: Workspace, diagram_id: str, visible: QRectF, zoom: float
) -> None:
    """Pin the names of pools and lanes whose name band is scrolled out on the left."""
    if zoom < LOD_TEXT:
        return
    width = HEADER / max(zoom, 0.01) * min(zoom, 1.0)
    shapes = [
        *workspace.elements_of(diagram_id, Pool),
        *workspace.elements_of(diagram_id, Lane),
    ]
    pools = [s for s in shapes if isinstance(s, Pool)]
    column = 0
    for shapes_of_kind in (pools, [s for s in shapes if isinstance(s, Lane)]):
        drawn = False
        for shape in shapes_of_kind:
            if not shape.horizontal:
                continue
            b = shape.bounds
            if b.x + HEADER >= visible.left() or b.right <= visible.left() + width * 2:
                continue
            top, bottom = max(b.y, visible.top()), min(b.bottom, visible.bottom())
            if bottom - top < 20:
                continue
            band = QRectF(visible.left() + column * width, top, width, bottom - top)
            painter.fillRect(band, scheme_colour("header_band"))
            pen = QPen(scheme_colour("header_line"))
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRect(band)
            draw_rotated_text(painter, band, shape.name, scheme_colour("stroke"))
            drawn = True
        if drawn:
            column += 1
