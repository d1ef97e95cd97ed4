"""The canvas as a screen reader perceives it: one widget that names the diagram and
describes the selection.

The shapes are QGraphicsItems, which assistive technology cannot see. So the view's
accessible name says which diagram is open and its accessible description reads out the
selected element (kind, name, lane, flows in and out, open weak points). Whenever either
changes, the screen reader is told, and a focused canvas announces the new selection the way
a list announces its current row.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QGraphicsView

from procdesk.analysis.narration import describe_selection, diagram_title
from procdesk.text import tr
from procdesk.ui.canvas.scene import DiagramScene


class CanvasNarrator:
    """Keeps the view's accessible name and description in step with its scene."""

    def __init__(self, view: QGraphicsView) -> None:
        self.view = view
        self.scene: DiagramScene | None = None
        self.aim: str | None = None
        """A sentence that stands in for the selection's (connecting from the keyboard)."""
        view.setAccessibleName(tr("Diagram canvas"))

    def follow(self, scene: DiagramScene) -> None:
        """Describe *scene* from now on (the window gives the view a new scene per workspace)."""
        if scene is self.scene:
            return
        self.scene = scene
        scene.selectionChanged.connect(self.narrate)
        scene.diagram_changed.connect(self.narrate)
        scene.marks_changed.connect(self.narrate)
        self.narrate()

    def announce(self, aim: str | None) -> None:
        """Read *aim* instead of the selection (None: back to the selection)."""
        self.aim = aim
        self.narrate()

    def narrate(self) -> None:
        scene = self.scene
        view = self.view
        # a scene being replaced or destroyed still reports its selection: ignore it
        if scene is None or not shiboken6.isValid(scene) or not shiboken6.isValid(view):
            return
        if view.scene() is not scene:
            return
        name = diagram_title(scene.workspace, scene.diagram_id)
        description = self.aim or describe_selection(scene.workspace, scene.selected_ids())
        if name != view.accessibleName():
            view.setAccessibleName(name)
            _tell(view, QAccessible.Event.NameChanged)
        if description != view.accessibleDescription():
            view.setAccessibleDescription(description)
            _tell(view, QAccessible.Event.DescriptionChanged)
            if view.hasFocus():
                # screen readers speak a focused widget again on a focus event, not on a
                # description change: the selection is to the canvas what a row is to a list
                _tell(view, QAccessible.Event.Focus)


def _tell(view: QGraphicsView, kind: QAccessible.Event) -> None:
    QAccessible.updateAccessibility(QAccessibleEvent(view, kind))
