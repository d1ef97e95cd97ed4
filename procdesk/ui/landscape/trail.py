"""The way back: a breadcrumb chip over the diagram canvas for a process opened from the
landscape (Landscape > Core > Order to cash). Its links bring the landscape tab back, at the
level clicked; it goes away when the canvas turns to another process.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject

from procdesk.model.elements import Diagram
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.style import scheme_colour
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.landscape.breadcrumb import Breadcrumb, trail_to

MARGIN = 10


class CanvasTrail(Breadcrumb):
    """objectName ``landscapeTrail``; hidden unless the canvas shows the followed process."""

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view)
        self.setObjectName("landscapeTrail")
        self.view = view
        self.process_id: str | None = None
        self._scene: DiagramScene | None = None
        view.installEventFilter(self)
        self.hide()

    def follow(self, tree: LandscapeTree, process_id: str) -> None:
        """Show the way back to the landscape while the canvas shows *process_id* (call it
        once the canvas shows it)."""
        self.process_id = process_id
        self._watch(self.view.diagram_scene())
        self.set_crumbs(trail_to(tree, process_id))
        self._style()
        self.refresh()

    def rename(self, tree: LandscapeTree) -> None:
        """Read the names and places again (after an edit)."""
        if self.process_id is not None and self.process_id in tree.processes:
            self.set_crumbs(trail_to(tree, self.process_id))
            self.refresh()
        elif self.process_id is not None:
            self.stop()

    def stop(self) -> None:
        self.process_id = None
        self.hide()

    def _watch(self, scene: DiagramScene) -> None:
        if self._scene is scene:
            return
        if self._scene is not None and shiboken6.isValid(self._scene):
            self._scene.marks_changed.disconnect(self.refresh)
        self._scene = scene
        scene.marks_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Show the chip while the canvas shows a diagram of the followed process."""
        scene = self.view.scene()
        diagram = None
        if isinstance(scene, DiagramScene) and scene.diagram_id is not None:
            diagram = scene.workspace.find(scene.diagram_id)
        if not isinstance(diagram, Diagram) or diagram.process_id != self.process_id:
            if self.process_id is not None and isinstance(diagram, Diagram):
                self.process_id = None  # the canvas went on to another process: the trail ends
            self.hide()
            return
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _style(self) -> None:
        chip = scheme_colour("header_band")
        self.setStyleSheet(
            f"QLabel#landscapeTrail {{ background: rgba({chip.red()}, {chip.green()},"
            f" {chip.blue()}, 240); color: {scheme_colour('stroke').name()};"
            f" border: 1px solid {scheme_colour('header_line').name()}; border-radius: 10px;"
            " padding: 2px 10px; }"
        )

    def _place(self) -> None:
        area = self.view.viewport().geometry()
        self.move(area.left() + (area.width() - self.width()) // 2, area.top() + MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def detach(self) -> None:
        """Stop following the canvas (the workspace closes)."""
        if self._scene is not None and shiboken6.isValid(self._scene):
            self._scene.marks_changed.disconnect(self.refresh)
        self._scene = None
        if shiboken6.isValid(self.view):
            self.view.removeEventFilter(self)
        self.stop()
