"""Connecting without a mouse: C on the selected element, then choose the target by key.

Tab and Shift+Tab step through the elements the rules allow as targets, in reading order;
the arrow keys go to the nearest element in that direction, allowed or not, so a refused
target can be found and its reason read in the status bar. The candidate has the same green
or red outline and dashed line as a dragged connection. Enter makes one ``editor.connect``
call (one undo step, the rules choose sequence or message flow); Escape leaves the mode.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from procdesk.analysis.narration import describe_aim, name_of
from procdesk.analysis.reading_order import reading_order
from procdesk.model.elements import Pool, Shape
from procdesk.model.geometry import Point
from procdesk.model.rules import can_connect
from procdesk.model.sizes import POOL_HEADER
from procdesk.text import tr
from procdesk.ui.canvas.connect import ConnectTool, connectable
from procdesk.ui.canvas.controller import CanvasController
from procdesk.ui.canvas.items import ShapeItem

NEXT_KEYS = (Qt.Key.Key_Tab,)
PREVIOUS_KEYS = (Qt.Key.Key_Backtab,)
DIRECTIONS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
CONFIRM_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)
SIDEWAYS_WEIGHT = 2.0
"""How much a candidate off to the side counts against it when an arrow key looks for one."""


def candidates(controller: CanvasController, source_id: str) -> list[str]:
    """Every element of the diagram a flow could end at, except the source, in reading order."""
    workspace = controller.scene.workspace
    diagram_id = controller.scene.diagram_id or ""
    pools = sorted(workspace.elements_of(diagram_id, Pool), key=lambda p: (p.bounds.y, p.bounds.x))
    ordered = reading_order(workspace, diagram_id) + [p.id for p in pools]
    return [
        i
        for i in ordered
        if i != source_id
        and isinstance(shape := workspace.find(i), Shape)
        and connectable(shape)
        and controller.scene.item(i) is not None
    ]


def _anchor(shape: Shape) -> Point:
    """Where an arrow key sees *shape*: its centre; a pool at the middle of its name band (its
    centre lies among its own steps, which would make it the nearest to everything)."""
    b = shape.bounds
    if isinstance(shape, Pool):
        if shape.horizontal:
            return Point(b.x + POOL_HEADER / 2, b.center.y)
        return Point(b.center.x, b.y + POOL_HEADER / 2)
    return b.center


def start_keyboard_connect(controller: CanvasController, source_id: str) -> bool:
    """Enter the mode from *source_id*; False (and a message) when there is nothing to do."""
    workspace = controller.scene.workspace
    source = workspace.find(source_id)
    if not controller.can_edit or not isinstance(source, Shape) or not connectable(source):
        return False
    tool = KeyboardConnectTool(controller, source_id)
    if not tool.allowed_ids:
        tool.cancel()
        controller.report(
            tr("Nothing in this diagram can be connected from {name}").format(
                name=name_of(workspace, source_id)
            )
        )
        return False
    controller.set_tool(tool, "connect")
    controller.pad.clear()
    controller.handle.hide()
    tool.step(forward=True)
    return True


class KeyboardConnectTool(ConnectTool):
    """The keyboard's connection gesture: a source, a highlighted candidate, Enter or Escape."""

    def __init__(self, controller: CanvasController, source_id: str) -> None:
        source = controller.scene.workspace.get(source_id, Shape)
        centre = QPointF(source.bounds.center.x, source.bounds.center.y)
        super().__init__(controller, source_id, centre)
        self.centre = centre
        workspace = controller.scene.workspace
        self.candidate_ids = candidates(controller, source_id)
        self.allowed_ids = [
            i for i in self.candidate_ids if can_connect(workspace, source_id, i).allowed
        ]

    # choosing the target -----------------------------------------------------------------------
    def step(self, forward: bool) -> None:
        """Tab / Shift+Tab: the next (previous) allowed target in reading order."""
        order = self.candidate_ids
        allowed = set(self.allowed_ids)
        if not allowed:
            return
        if self.target_id in order:
            here = order.index(self.target_id)
        else:  # start beside the source: what comes after it is usually what it leads to
            source_place = self._reading_place(self.source_id)
            here = source_place if forward else source_place + 1
        count = len(order)
        for offset in range(1, count + 1):
            candidate = order[(here + (offset if forward else -offset)) % count]
            if candidate in allowed:
                self.go(candidate)
                return

    def _reading_place(self, element_id: str) -> int:
        """Where *element_id* would sit among the candidates (it is not one of them)."""
        scene = self.controller.scene
        order = reading_order(scene.workspace, scene.diagram_id or "")
        if element_id not in order:
            return -1
        before = set(order[: order.index(element_id)])
        return sum(1 for i in self.candidate_ids if i in before) - 1

    def look(self, dx: int, dy: int) -> None:
        """An arrow key: the nearest candidate in that direction, allowed or refused."""
        workspace = self.controller.scene.workspace
        here = workspace.find(self.target_id) or workspace.find(self.source_id)
        if not isinstance(here, Shape):
            return
        origin = _anchor(here)
        best: tuple[float, str] | None = None
        for candidate_id in self.candidate_ids:
            if candidate_id == self.target_id:
                continue
            centre = _anchor(workspace.get(candidate_id, Shape))
            ahead = (centre.x - origin.x) * dx + (centre.y - origin.y) * dy
            sideways = abs((centre.x - origin.x) * dy) + abs((centre.y - origin.y) * dx)
            if ahead <= 0:
                continue
            score = ahead + SIDEWAYS_WEIGHT * sideways
            if best is None or score < best[0]:
                best = (score, candidate_id)
        if best is not None:
            self.go(best[1])

    def go(self, target_id: str) -> None:
        """Highlight *target_id*, draw the dashed line to it and say what Enter would do."""
        controller = self.controller
        item = controller.scene.item(target_id)
        if not isinstance(item, ShapeItem):
            return
        self.aim(item)
        centre = item.entity.bounds.center
        self.line.setLine(QLineF(self.centre, QPointF(centre.x, centre.y)))
        source = controller.scene.item(self.source_id)
        both = item.sceneBoundingRect()
        if source is not None:
            both = both.united(source.sceneBoundingRect())
        controller.view.reveal(both if controller.view.can_show(both) else item.sceneBoundingRect())
        sentence = describe_aim(
            controller.scene.workspace,
            self.source_id,
            target_id,
            self.allowed,
            self.reason,
            self.kind,
        )
        controller.report(sentence)
        controller.view.narrator.announce(sentence)

    # keys --------------------------------------------------------------------------------------
    def claims_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        return (
            key in (*NEXT_KEYS, *PREVIOUS_KEYS, *CONFIRM_KEYS, Qt.Key.Key_Escape)
            or key in DIRECTIONS
        )

    def key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in MODIFIER_KEYS:
            return True  # Shift on its way to Shift+Tab
        if key in NEXT_KEYS or key in PREVIOUS_KEYS:
            self.step(forward=key in NEXT_KEYS)
        elif key in DIRECTIONS:
            self.look(*DIRECTIONS[Qt.Key(key)])
        elif key in CONFIRM_KEYS:
            self.confirm()
        elif key == Qt.Key.Key_Escape:
            self.controller.set_tool(None)
            self.controller.report(tr("Connecting cancelled"))
        elif key == Qt.Key.Key_C and not event.modifiers():
            self.controller.set_tool(None)  # C again leaves the mode, as it entered it
        else:
            self.controller.set_tool(None)  # any other key leaves the mode and does its job
            return False
        return True

    def confirm(self) -> None:
        """Enter: connect to the highlighted target if the rules allow it, else say why not."""
        controller = self.controller
        source, target = self.source_id, self.target_id
        if target is None:
            return
        if not self.allowed:
            controller.report(self.reason)
            return
        controller.set_tool(None)
        flow_id = controller.edit(lambda editor: editor.connect(source, target))
        if isinstance(flow_id, str):
            controller.scene.select_ids([flow_id])
            workspace = controller.scene.workspace
            controller.report(
                tr("Connected {source} to {target}").format(
                    source=name_of(workspace, source), target=name_of(workspace, target)
                )
            )

    # the mouse ends the mode -------------------------------------------------------------------
    def press(self, event: QMouseEvent, pos: QPointF) -> bool:
        controller = self.controller
        controller.set_tool(None)
        return controller.select_tool.press(event, pos)

    def move(self, event: QMouseEvent, pos: QPointF) -> bool:
        return False

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        return False

    def cancel(self) -> None:
        super().cancel()
        self.controller.view.narrator.announce(None)
        self.controller.pad.refresh()
