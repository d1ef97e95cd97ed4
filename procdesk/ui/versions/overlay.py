"""The revision overlay: one diagram in its later version, with what changed marked on it.

Added elements are outlined green, changed ones amber; removed ones come back from the
earlier version as red-outlined ghosts; a moved shape leaves a dashed grey outline at its old
place and a trace line from there to where it is now. The scene is the canvas's own
(DiagramScene, the same painters), read-only: the window shows it in a view, and the SOP's
changes page gets it as SVG, drawn in the paper colours.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
)

from procdesk.analysis.overlay import overlay_workspace
from procdesk.analysis.revision_compare import DiagramRevision, RevisionComparison
from procdesk.model.geometry import Rect
from procdesk.text import tr, tr_noop
from procdesk.ui.canvas.connections import flow_path
from procdesk.ui.canvas.fonts import load_fonts
from procdesk.ui.canvas.items import FlowItem
from procdesk.ui.canvas.render import ensure_app
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.style import canvas_colors, paper_colors
from procdesk.ui.compare.pictures import status_colour

GHOST_OPACITY = 0.35
"""How faint a removed element is drawn."""
MOVED = {"light": "#6b7280", "dark": "#9ca3af"}
"""The trace of a moved shape: a neutral grey, apart from the three change colours."""
MARGIN = 6.0
Z_MARKS = 10_000
OVERLAY_LABELS = {
    "added": tr_noop("added", "revision overlay"),
    "removed": tr_noop("removed", "revision overlay"),
    "changed": tr_noop("changed", "revision overlay"),
    "moved": tr_noop("moved", "revision overlay"),
}


def moved_colour() -> QColor:
    return QColor(MOVED["dark" if canvas_colors().dark else "light"])


class OverlayScene(DiagramScene):
    """objectName ``revisionOverlay``: *revision*'s diagram of *comparison*'s later side,
    marked. ``marks`` holds the marking items by status."""

    def __init__(self, comparison: RevisionComparison, revision: DiagramRevision) -> None:
        super().__init__(overlay_workspace(comparison, revision))
        self.setObjectName("revisionOverlay")
        self.revision = revision
        self.marks: dict[str, list[QGraphicsItem]] = {}
        self.show_diagram(revision.diagram.id)
        self.mark()

    def mark(self) -> None:
        """(Re)draw the marks in the colours of the scheme painted now."""
        for items in self.marks.values():
            for old in items:
                self.removeItem(old)
        self.marks = {}
        for element_id, status in self.revision.statuses().items():
            item = self.item(element_id)
            if item is None or status == "moved":
                continue
            if status == "removed":
                item.setOpacity(GHOST_OPACITY)
            self._mark(status, self._outline(item, status_colour(status)))
        for moved in self.revision.moved:
            self._trace(moved.before, moved.after)

    def _outline(self, item: QGraphicsItem, colour: QColor) -> QGraphicsItem:
        pen = QPen(colour, 3)
        pen.setCosmetic(True)
        if isinstance(item, FlowItem):
            path = QGraphicsPathItem(flow_path(item.points))
            path.setPen(pen)
            return path
        box = item.sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        outline = QGraphicsRectItem(box)
        outline.setPen(pen)
        return outline

    def _trace(self, before: Rect, after: Rect) -> None:
        old = QRectF(before.x, before.y, before.w, before.h)
        new = QRectF(after.x, after.y, after.w, after.h)
        pen = QPen(moved_colour(), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        ghost = QGraphicsRectItem(old)
        ghost.setPen(pen)
        self._mark("moved", ghost)
        line = QGraphicsLineItem(QLineF(old.center(), new.center()))
        line.setPen(pen)
        self._mark("moved", line)

    def _mark(self, status: str, item: QGraphicsItem) -> None:
        item.setZValue(Z_MARKS)
        item.setToolTip(tr(OVERLAY_LABELS[status], "revision overlay"))
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)
        self.marks.setdefault(status, []).append(item)


def overlay_svg(comparison: RevisionComparison, diagram_id: str | None = None) -> bytes | None:
    """The overlay of *diagram_id* (default: the first shared diagram) as SVG on paper
    colours, for the SOP's changes page; None when the versions share no diagram."""
    revision = comparison.diagram(diagram_id)
    if revision is None:
        return None
    ensure_app()
    load_fonts()
    with paper_colors():
        scene = OverlayScene(comparison, revision)
        source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(96)
        size = QSize(max(1, round(source.width())), max(1, round(source.height())))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(revision.diagram.name)
        painter = QPainter(generator)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        buffer.close()
    return bytes(data.data())
