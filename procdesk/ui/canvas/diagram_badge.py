"""The diagram's own weak points: a chip in the canvas's top-left corner.

Weak points recorded on the whole diagram (no element) have no shape to sit on, so the canvas
shows them as a small floating chip with their count, in the worst open severity's colour.
It is a widget over the view, so it stays put while the diagram scrolls and zooms.
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from procdesk.analysis.marks import DIAGRAM
from procdesk.text import tr
from procdesk.ui.canvas.marks import describe, tier_colour
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.style import scheme_colour

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

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between light and dark (the theme changes the palette last)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        weak = self.scene.weak.get(DIAGRAM) if self.scene is not None else None
        if weak is None:
            self.hide()
            return
        colour = tier_colour(weak.worst).name()
        # The English source has no singular form of its own: spell out the single case.
        if weak.count == 1:
            text = tr("1 open weak point on this diagram")
        else:
            text = tr("%n open weak points on this diagram", None, weak.count)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f'<span style="color:{colour}; font-size:large">●</span> {html.escape(text)}')
        self.setToolTip(describe(weak, ()))
        chip = scheme_colour("header_band")
        sheet = (
            f"QLabel#diagramWeakPoints {{ background: rgba({chip.red()}, {chip.green()},"
            f" {chip.blue()}, 235); color: {scheme_colour('stroke').name()};"
            f" border: 1px solid {colour}; border-radius: 10px; padding: 1px 9px; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
        self.adjustSize()
        self.move(MARGIN, MARGIN)
        self.show()
        self.raise_()
