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
    _trigger(window, 1200, 0, "Add vertical pool here")
    # then they exist, in model and scene, the last one standing upright
    phases = workspace.elements_of(canvas.diagram_id, Phase)
    pools = workspace.elements_of(canvas.diagram_id, Pool)
    assert len(phases) == 1 and window.scene.item(phases[0].id) is not None
    assert len(pools) == 3 and pools[1].bounds.y == 400
    assert not pools[2].horizontal and pools[2].bounds.h > pools[2].bounds.w
    assert all(window.scene.item(p.id) is not None for p in pools)


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


def test_arrange_aligns_and_distributes_the_selection(window, canvas):
    # given three tasks, one pushed down and one pushed right
    ids = [canvas.steps[n] for n in ("Receive request", "Check budget", "Approve")]
    canvas.editor.move([ids[1]], 0, 40)
    canvas.editor.move([ids[2]], 100, 0)
    window.scene.select_ids(ids)
    menu = build_menu(window.controller, QPointF(820, 250))
    arrange = next(a.menu() for a in menu.actions() if a.text() == "Arrange")
    entries = {a.text(): a for a in arrange.actions()}
    # when "Align top" and "Distribute horizontally" are chosen
    entries["Align top"].trigger()
    entries["Distribute horizontally"].trigger()
    # then the tops are equal and the gaps too
    boxes = sorted((canvas.workspace.get(i, Step).bounds for i in ids), key=lambda b: b.x)
    assert len({b.y for b in boxes}) == 1
    assert boxes[1].x - boxes[0].right == boxes[2].x - boxes[1].right


def test_edit_menu_duplicates_the_selection(window, canvas):
    # given a selected task
    window.scene.select_ids([canvas.steps["Approve"]])
    before = len(canvas.workspace.elements_of(canvas.diagram_id, Step))
    # when Edit ▸ Duplicate is chosen
    action = next(a for a in window.editing_actions if a.objectName() == "actionDuplicate")
    action.trigger()
    # then a copy exists and is selected
    assert len(canvas.workspace.elements_of(canvas.diagram_id, Step)) == before + 1
    assert (
        window.scene.selected_ids() and canvas.steps["Approve"] not in window.scene.selected_ids()
    )
