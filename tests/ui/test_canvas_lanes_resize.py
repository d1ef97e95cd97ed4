"""Lanes reordered and resized by dragging, shapes resized by their corner handles."""

from __future__ import annotations

from procdesk.model.elements import Lane, Pool, Step
from procdesk.model.geometry import Rect
from tests.ui.gestures import click, drag


def test_dragging_a_lane_header_reorders_it_with_its_steps(window, canvas):
    # given lane "Requester" (top, holding the tasks) above lane "Buyer"
    requester, buyer = canvas.lanes
    workspace = canvas.workspace
    task = canvas.steps["Check budget"]
    # when the Requester header is dragged below the Buyer lane
    drag(window.view, (45, 75), (45, 295), steps=8)
    # then Requester is second, below Buyer, and its tasks went with it
    assert [lane.id for lane in workspace.lanes_of(workspace.get(requester, Lane).parent_id)] == [
        buyer,
        requester,
    ]
    assert workspace.get(buyer, Lane).bounds.y == 0
    assert workspace.get(requester, Lane).bounds.y == 150
    assert workspace.get(task, Step).bounds.center.y == 225
    assert window.scene.item(task).pos().y() == workspace.get(task, Step).bounds.y
    # and one undo puts everything back
    window.document.history.undo()
    assert workspace.get(requester, Lane).bounds.y == 0
    assert workspace.get(task, Step).bounds.center.y == 75


def test_dragging_a_lane_border_resizes_it_and_the_next_lane_follows(window, canvas):
    # given the border between the two lanes at y = 150
    requester, buyer = canvas.lanes
    workspace = canvas.workspace
    pool = workspace.get(workspace.get(requester, Lane).parent_id, Pool)
    # when it is dragged down to y = 200 in an empty part of the lane
    drag(window.view, (800, 150), (800, 200))
    # then the first lane is 200 high, the second starts at 200, and the pool grew by 50
    assert workspace.get(requester, Lane).bounds.h == 200
    assert workspace.get(buyer, Lane).bounds.y == 200
    assert workspace.get(pool.id, Pool).bounds.h == pool.bounds.h + 50


def test_corner_handle_resizes_a_selected_task(window, canvas):
    # given a selected task (170..270 x 35..115)
    task = canvas.steps["Receive request"]
    click(window.view, 220, 75)
    # when its bottom-right handle is dragged to (300, 140)
    drag(window.view, (270, 115), (300, 140))
    # then it is 130 x 105 with its top-left corner in place, in one undo step
    assert canvas.workspace.get(task, Step).bounds == Rect(170, 35, 130, 105)
    window.document.history.undo()
    assert canvas.workspace.get(task, Step).bounds == Rect(170, 35, 100, 80)


def test_a_step_on_a_lane_border_is_moved_not_the_border(window, canvas):
    # given a task straddling the lane border
    task = canvas.steps["Approve"]
    canvas.editor.move([task], 0, 75)
    window.document.history.clear()
    before = canvas.workspace.get(task, Step).bounds
    # when it is dragged by a point on the border
    drag(window.view, (540, 150), (600, 150))
    # then the task moved and the lane did not change size
    assert canvas.workspace.get(task, Step).bounds.x == before.x + 60
    assert canvas.workspace.get(canvas.lanes[0], Lane).bounds.h == 150


def test_deleting_a_lane_closes_the_gap(window, canvas):
    # given the lower lane selected by its name band
    requester, buyer = canvas.lanes
    workspace = canvas.workspace
    pool_id = workspace.get(requester, Lane).parent_id
    height = workspace.get(pool_id, Pool).bounds.h
    from PySide6.QtCore import Qt

    from tests.ui.gestures import key

    click(window.view, 45, 225)
    assert window.scene.selected_ids() == [buyer]
    # when Delete is pressed
    key(window.view, Qt.Key.Key_Delete)
    # then the lane is gone and the pool is one lane shorter, in one undo step
    assert buyer not in workspace
    assert workspace.get(pool_id, Pool).bounds.h == height - 150
    window.document.history.undo()
    assert workspace.get(pool_id, Pool).bounds.h == height


def _phases(canvas):
    pool = canvas.workspace.get(canvas.lanes[0], Lane).parent_id
    canvas.editor.add_phase(pool, "Request", size=300)
    canvas.editor.add_phase(pool, "Approve", size=300)
    canvas.editor.history.clear()
    return pool


def test_dragging_a_phase_band_reorders_phases_with_their_steps(window, canvas):
    # given phases "Request" (x 60..360, holding the first two tasks) and "Approve"
    pool = _phases(canvas)
    task = canvas.steps["Receive request"]
    # when Request's name band is dragged past Approve
    drag(window.view, (200, 12), (640, 12), steps=8)
    # then Request is second, and its task moved along with it
    names = [p.name for p in canvas.workspace.phases_of(pool)]
    assert names == ["Approve", "Request"]
    assert canvas.workspace.get(task, Step).bounds.center.x == 220 + 300
    window.document.history.undo()
    assert [p.name for p in canvas.workspace.phases_of(pool)] == ["Request", "Approve"]


def test_dragging_a_phase_border_resizes_it_and_the_next_phase_follows(window, canvas):
    # given the two phases, the border between them at x = 360
    pool = _phases(canvas)
    # when the border is dragged to x = 400 (in the empty second lane)
    drag(window.view, (360, 250), (400, 250))
    # then Request is 340 wide and Approve starts at 400
    request, approve = canvas.workspace.phases_of(pool)
    assert request.bounds.w == 340
    assert approve.bounds.x == 400
