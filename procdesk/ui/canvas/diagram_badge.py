"""The diagram's own weak points: a chip in the canvas's top-left corner.

Weak points recorded on the whole diagram (no element) have no shape to sit on, so the canvas
shows them as a small floating chip with their count, in the worst open severity's colour.
It is a widget over the view, so it stays put while the diagram scrolls and zooms.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from procdesk.analysis.marks import DIAGRAM
from procdesk.ui.canvas.marks import describe, tier_colour
from procdesk.ui.canvas.scene import DiagramScene

MARGIN = 10


class DiagramBadge(QLabel):
    """objectName ``diagramWeakPoints``; hidden while the diagram has no open weak points."""

    def __init__(self, canvas: QWidget) -> None:
        super().__init__(canvas)
        self.setObjectName("diagramWeakPoints")
        self.scene: DiagramScene | None = None
        self.hide()

    def set_scene(self, scene: DiagramScene) -> None:
        if self.scene is not None and shiboken6.isValid(self.scene):
            self.scene.marks_changed.disconnect(self.refresh)
        self.scene = scene
        scene.marks_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        weak = self.scene.weak.get(DIAGRAM) if self.scene is not None else None
        if weak is None:
            self.hide()
            return
        colour = tier_colour(weak.worst).name()
        noun = "weak point" if weak.count == 1 else "weak points"
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(
            f'<span style="color:{colour}; font-size:large">●</span>'
            f" {weak.count} open {noun} on this diagram"
        )
        self.setToolTip(describe(weak, ()))
        self.setStyleSheet(
            f"QLabel#diagramWeakPoints {{ background: rgba(255, 255, 255, 235); color: #2d3340;"
            f" border: 1px solid {colour}; border-radius: 10px; padding: 1px 9px; }}"
        )
        self.adjustSize()
        self.move(MARGIN, MARGIN)
        self.show()
        self.raise_()
