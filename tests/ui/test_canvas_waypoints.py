"""A selected flow's bend points can be dragged; its route stays orthogonal; reset restores it."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from procdesk.model.elements import Flow
from procdesk.model.geometry import Point
from procdesk.ui.canvas.context_menu import build_menu
from tests.ui.gestures import drag


def _zigzag(canvas) -> Flow:
    """The flow into "Check budget", given a Z-shaped route with two bend points."""
    task = canvas.steps["Check budget"]
    flow = next(f for f in canvas.workspace.flows_at(task) if f.target_id == task)
    route = (Point(270, 75), Point(290, 75), Point(290, 100), Point(330, 100))
    canvas.editor.update([flow.id], waypoints=route)
    return canvas.workspace.get(flow.id, Flow)


def test_dragging_a_bend_point_keeps_the_route_orthogonal(window, canvas):
    # given a selected Z-shaped flow
    flow = _zigzag(canvas)
    window.document.history.clear()
    window.scene.select_ids([flow.id])
    # when its first bend point is dragged 20 to the right
    drag(window.view, (290, 75), (310, 75))
    # then that point and the one plumb below it moved; the ends stayed; one undo step
    after = canvas.workspace.get(flow.id, Flow).waypoints
    assert after == (Point(270, 75), Point(310, 75), Point(310, 100), Point(330, 100))
    window.document.history.undo()
    assert canvas.workspace.get(flow.id, Flow).waypoints == flow.waypoints


def test_reset_route_gives_back_the_default_route(window, canvas):
    # given a selected flow with a hand-made route
    flow = _zigzag(canvas)
    window.scene.select_ids([flow.id])
    # when "Reset route" is chosen
    menu = build_menu(window.controller, QPointF(300, 90))
    next(a for a in menu.actions() if a.text() == "Reset route").trigger()
    # then the route is the straight default again
    assert canvas.workspace.get(flow.id, Flow).waypoints == (Point(270, 75), Point(330, 75))
