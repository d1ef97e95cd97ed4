"""Two diagrams side by side, with the steps that differ outlined: added, removed, changed.

Each side is a read-only view on its own DiagramScene (the canvas's painters), kept in step
with the model by the ChangeSets the compare view forwards. Outlines are plain rectangles
drawn over the items, green for added, red for removed and amber for changed.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsView, QSplitter, QWidget

from procdesk.model.changes import ChangeSet
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.style import canvas_colors, scheme_colour

STATUS_COLOURS = {"added": "#2e7d32", "removed": "#c62828", "changed": "#ef8f00"}
DARK_STATUS_COLOURS = {"added": "#4caf50", "removed": "#ef5350", "changed": "#ffa726"}
"""Lighter shades of the same hues, which stand out on the dark canvas."""
STATUS_LABELS = {
    "added": tr_noop("added", "compared step"),
    "removed": tr_noop("removed", "compared step"),
    "changed": tr_noop("changed", "compared step"),
}


def status_colour(status: str) -> QColor:
    """The outline colour of a compared step's *status* on the canvas as it is shown now."""
    colours = DARK_STATUS_COLOURS if canvas_colors().dark else STATUS_COLOURS
    return QColor(colours[status])


MARGIN = 6.0


class _Picture(QGraphicsView):
    """A read-only view that keeps its whole diagram in sight."""

    def __init__(self, scene: DiagramScene) -> None:
        super().__init__(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The canvas's background colour, so both pictures look like the canvas."""
        painter.fillRect(QRectF(rect), scheme_colour("background"))

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if not rect.isNull():
            self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class DiagramPair(QSplitter):
    """objectName ``comparePictures``; ``element_activated(diagram id, element id)`` on click."""

    element_activated = Signal(str, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("comparePictures")
        self.scenes = (DiagramScene(workspace), DiagramScene(workspace))
        self.views = tuple(_Picture(scene) for scene in self.scenes)
        for view, name in zip(self.views, (tr("Diagram before"), tr("Diagram after")), strict=True):
            view.setAccessibleName(name)
            self.addWidget(view)
        for scene in self.scenes:
            scene.selectionChanged.connect(lambda s=scene: self._on_selection(s))
        self.outlines: dict[str, list[QGraphicsRectItem]] = {}

    def show_pair(
        self,
        before_id: str | None,
        after_id: str | None,
        highlights: dict[str, dict[str, str]],
    ) -> None:
        """Show the two diagrams and outline the steps named in *highlights*."""
        for scene, diagram_id in zip(self.scenes, (before_id, after_id), strict=True):
            if scene.diagram_id != diagram_id:
                scene.show_diagram(diagram_id)
        self.outline(highlights)
        for view in self.views:
            view.fit()

    def apply(self, changeset: ChangeSet) -> None:
        for scene in self.scenes:
            scene.apply(changeset)

    def outline(self, highlights: dict[str, dict[str, str]]) -> None:
        """Replace the outlines with those of *highlights* (diagram → element → status)."""
        for outlines in self.outlines.values():
            for old in outlines:
                # A scene that showed another diagram has deleted its outlines already.
                if shiboken6.isValid(old) and old.scene() is not None:
                    old.scene().removeItem(old)
        self.outlines = {}
        for scene in self.scenes:
            statuses = highlights.get(scene.diagram_id or "", {})
            for element_id, status in statuses.items():
                shown = scene.item(element_id)
                if shown is None:
                    continue
                box = shown.sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
                outline = QGraphicsRectItem(QRectF(box))
                pen = QPen(status_colour(status), 3)
                pen.setCosmetic(True)
                outline.setPen(pen)
                outline.setZValue(10_000)
                outline.setToolTip(tr(STATUS_LABELS[status], "compared step"))
                outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                scene.addItem(outline)
                self.outlines.setdefault(status, []).append(outline)

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the outlines when the window switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for status, outlines in getattr(self, "outlines", {}).items():
                for outline in outlines:
                    if shiboken6.isValid(outline):
                        pen = outline.pen()
                        pen.setColor(status_colour(status))
                        outline.setPen(pen)

    def _on_selection(self, scene: DiagramScene) -> None:
        # A scene being destroyed clears its selection: nothing to announce then.
        if not (shiboken6.isValid(scene) and shiboken6.isValid(self)):
            return
        ids = scene.selected_ids()
        if ids and scene.diagram_id:
            self.element_activated.emit(scene.diagram_id, ids[0])
