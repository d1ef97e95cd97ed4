"""The canvas's right-click menu: lanes above and below, phases, pools, auto-layout."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from procdesk.model.elements import Lane, Phase, Pool, Step
from procdesk.ui.canvas.context_menu import build_menu


def _trigger(window, x: float, y: float, text: str) -> None:
    menu = build_menu(window.controller, QPointF(x, y))
    entries = {a.text(): a for a in menu.actions() if a.text()}
    assert text in entries, sorted(entries)
    entries[text].trigger()


def test_add_lane_above_and_below_a_lane(window, canvas):
    # given the two lanes
    requester, buyer = canvas.lanes
    workspace = canvas.workspace
    pool_id = workspace.get(requester, Lane).parent_id
    # when "Add lane below" is chosen in the first lane's body
    _trigger(window, 820, 120, "Add lane below")
    # then a third lane sits between the two and the scene shows it
    lanes = workspace.lanes_of(pool_id)
    assert (lanes[0].id, lanes[2].id) == (requester, buyer)
    assert window.scene.item(lanes[1].id) is not None
    assert workspace.get(buyer, Lane).bounds.y == lanes[1].bounds.bottom
    # when "Add lane above" is chosen in the first lane
    _trigger(window, 820, 120, "Add lane above")
    assert workspace.lanes_of(pool_id)[1].id == requester
    assert workspace.get(pool_id, Pool).bounds.h == 600


def test_add_phase_and_pool(window, canvas):
    # given the diagram
    workspace = canvas.workspace
    # when a phase is added from a lane, and a pool below everything
    _trigger(window, 820, 120, "Add phase")
    _trigger(window, 100, 400, "Add pool here")
    # then both exist, in model and scene
    phases = workspace.elements_of(canvas.diagram_id, Phase)
    pools = workspace.elements_of(canvas.diagram_id, Pool)
    assert len(phases) == 1 and window.scene.item(phases[0].id) is not None
    assert len(pools) == 2 and pools[1].bounds.y == 400


def test_auto_layout_from_the_menu_is_one_undo_step(window, canvas):
    # given a task dragged out of line
    task = canvas.steps["Check budget"]
    canvas.editor.move([task], 0, 150)
    window.document.history.clear()
    moved = canvas.workspace.get(task, Step).bounds
    # when the diagram is laid out from the menu
    _trigger(window, 700, 250, "Auto-layout diagram")
    # then the task is placed again, and one undo restores the drag's result
    assert canvas.workspace.get(task, Step).bounds != moved
    window.document.history.undo()
    assert canvas.workspace.get(task, Step).bounds == moved
