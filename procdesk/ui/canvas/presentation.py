"""Presentation mode (F5): the diagram alone, full screen, walked through step by step.

Panels, palette and menus are hidden; Right/Down moves to the next step along the sequence
flow, Left/Up back, Home to the start; the current step is selected and brought to the middle
at a readable size. Escape or F5 returns to the editing window as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from procdesk.model.elements import Flow, FlowKind, Step, StepKind
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.view import DiagramView

PRESENTATION_ZOOM = 1.4
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp)


def first_step(workspace: Workspace, diagram_id: str) -> Step | None:
    """Where a walk-through starts: the leftmost start event, else the leftmost step."""
    steps = workspace.elements_of(diagram_id, Step)
    starts = [s for s in steps if s.kind == StepKind.START_EVENT] or steps
    return min(starts, key=lambda s: (s.bounds.x, s.bounds.y), default=None)


def neighbour(workspace: Workspace, step_id: str, forward: bool) -> str | None:
    """The next (or previous) step along sequence flows; the topmost when the flow splits."""
    candidates: list[Step] = []
    for flow in workspace.flows_at(step_id):
        if not isinstance(flow, Flow) or flow.kind != FlowKind.SEQUENCE:
            continue
        if forward and flow.source_id == step_id:
            other = workspace.find(flow.target_id)
        elif not forward and flow.target_id == step_id:
            other = workspace.find(flow.source_id)
        else:
            continue
        if isinstance(other, Step):
            candidates.append(other)
    if not candidates:
        return None
    return min(candidates, key=lambda s: (s.bounds.y, s.bounds.x)).id


class Presentation:
    """Switches a main window into presentation mode and walks the diagram."""

    def __init__(self, window: QMainWindow, view: DiagramView, hide: list[QWidget]) -> None:
        self.window = window
        self.view = view
        self.hide = hide
        self.active = False
        self.current: str | None = None
        self._shown: list[QWidget] = []
        self._was_maximized = False
        self._zoom = 1.0

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        scene = self.view.diagram_scene()
        if scene.diagram_id is None or self.active:
            return
        self.active = True
        self._zoom = self.view.zoom
        self._shown = [w for w in self.hide if w.isVisible()]
        for widget in self._shown:
            widget.hide()
        self._was_maximized = self.window.isMaximized()
        self.window.showFullScreen()
        start = first_step(scene.workspace, scene.diagram_id)
        self.go(start.id if start else None)

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        for widget in self._shown:
            widget.show()
        if self._was_maximized:
            self.window.showMaximized()
        else:
            self.window.showNormal()
        self.view.set_zoom(self._zoom)
        self.view.setFocus()

    def go(self, step_id: str | None) -> None:
        """Make *step_id* the current step: selected, centred, readable."""
        scene = self.view.diagram_scene()
        if step_id is None:
            return
        item = scene.item(step_id)
        if item is None:
            return
        self.current = step_id
        scene.select_ids([step_id])
        self.view.set_zoom(max(self.view.zoom, PRESENTATION_ZOOM))
        self.view.centerOn(item)

    def key_press(self, event: QKeyEvent) -> bool:
        """Walk with the arrow keys; Escape or F5 leaves. True when the key was used."""
        if not self.active:
            return False
        key = event.key()
        scene = self.view.diagram_scene()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.leave()
        elif key in NEXT_KEYS + BACK_KEYS and self.current is not None:
            forward = key in NEXT_KEYS
            self.go(neighbour(scene.workspace, self.current, forward) or self.current)
        elif key == Qt.Key.Key_Home and scene.diagram_id is not None:
            start = first_step(scene.workspace, scene.diagram_id)
            self.go(start.id if start else None)
        return True
