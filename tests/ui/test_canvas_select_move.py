"""Selecting and moving with the mouse and keys; each gesture is one undo step."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt

from procdesk.model.elements import Step
from tests.ui.gestures import click, drag, key

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_click_selects_and_shift_ctrl_click_extend(window, canvas):
    # given the swimlane diagram
    first, second = canvas.steps["Receive request"], canvas.steps["Check budget"]
    view, scene = window.view, window.scene
    # when one task is clicked, then another with Shift, then a third with Ctrl
    click(view, 220, 75)
    assert scene.selected_ids() == [first]
    click(view, 380, 75, SHIFT)
    click(view, 540, 75, CTRL)
    # then all three are selected; Ctrl-clicking one again drops it
    assert set(scene.selected_ids()) == {first, second, canvas.steps["Approve"]}
    click(view, 380, 75, CTRL)
    assert second not in scene.selected_ids()
    # and a click on an empty lane clears the selection
    click(view, 800, 250)
    assert scene.selected_ids() == []


def test_rubber_band_and_select_all(window, canvas):
    # given the swimlane diagram
    view, scene = window.view, window.scene
    # when a rubber band is dragged around the first two tasks (from empty lane space)
    drag(view, (160, 20), (445, 130))
    # then exactly they and the flow between them are selected
    between = [f.id for f in canvas.workspace.flows_at(canvas.steps["Check budget"])]
    selected = set(scene.selected_ids())
    assert {canvas.steps["Receive request"], canvas.steps["Check budget"]} < selected
    assert len(selected) == 3 and selected & set(between)
    # when Ctrl+A is pressed, every element but the lanes is selected
    key(view, Qt.Key.Key_A, CTRL)
    assert set(scene.selected_ids()) == set(scene.items_by_id) - set(canvas.lanes)


def test_drag_moves_with_one_editor_call_and_one_undo(window, canvas):
    # given a task
    task = canvas.steps["Check budget"]
    workspace, history = canvas.workspace, window.document.history
    before = workspace.get(task, Step).bounds
    # when it is dragged 60 to the right
    drag(window.view, (380, 75), (440, 75), steps=8)
    # then the model moved it once (snapped to the grid), the item shows it, one undo step
    after = workspace.get(task, Step).bounds
    assert (after.x - before.x, after.y) == (60, before.y)
    assert window.scene.item(task).pos().x() == after.x
    assert history.undo_label == "Move 2 elements" or history.undo_label.startswith("Move")
    window.window_actions.undo.trigger()
    assert workspace.get(task, Step).bounds == before
    assert not history.can_undo


def test_moving_a_step_into_another_lane_changes_its_lane_in_one_step(window, canvas):
    # given a task in the first lane
    task = canvas.steps["Approve"]
    requester, buyer = canvas.lanes
    workspace, history = canvas.workspace, window.document.history
    assert workspace.get(task, Step).lane_id == requester
    # when it is dragged down into the second lane
    drag(window.view, (540, 75), (540, 230))
    # then it sits in the second lane, in the model, in one undo step
    moved = workspace.get(task, Step)
    assert moved.lane_id == buyer
    assert moved.bounds.center.y == 230
    assert window.scene.item(task).entity.lane_id == buyer
    history.undo()
    assert workspace.get(task, Step).lane_id == requester
    assert workspace.get(task, Step).bounds.center.y == 75
    assert not history.can_undo


def test_delete_key_and_undo_redo_shortcuts(window, canvas):
    # given a selected task with flows on both sides
    task = canvas.steps["Check budget"]
    workspace = canvas.workspace
    click(window.view, 380, 75)
    # when Delete is pressed
    key(window.view, Qt.Key.Key_Delete)
    # then the task and its flows are gone from model and scene
    assert task not in workspace
    assert window.scene.item(task) is None
    # when Ctrl+Z, it is back; Ctrl+Shift+Z removes it again
    key(window.view, Qt.Key.Key_Z, CTRL)
    assert task in workspace and window.scene.item(task) is not None
    key(window.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert task not in workspace


def test_arrow_keys_nudge_as_one_undo_step(window, canvas):
    # given a selected task
    task = canvas.steps["Receive request"]
    workspace, history = canvas.workspace, window.document.history
    before = workspace.get(task, Step).bounds
    click(window.view, 220, 75)
    # when Right is pressed three times and Down once with Shift
    for _ in range(3):
        key(window.view, Qt.Key.Key_Right)
    key(window.view, Qt.Key.Key_Down, SHIFT)
    # then it moved 30 right and 1 down, and one undo puts it back
    after = workspace.get(task, Step).bounds
    assert (after.x - before.x, after.y - before.y) == (30, 1)
    history.undo()
    assert workspace.get(task, Step).bounds == before
    assert not history.can_undo


def test_flows_of_a_dragged_step_stay_orthogonal(window, canvas):
    # given a task joined to its neighbours by straight flows
    task = canvas.steps["Check budget"]
    # when it is dragged down into the other lane
    drag(window.view, (380, 75), (380, 230))
    # then every segment of its flows is horizontal or vertical and ends on the task
    moved = canvas.workspace.get(task, Step).bounds
    for flow in canvas.workspace.flows_at(task):
        points = flow.waypoints
        assert all(a.x == b.x or a.y == b.y for a, b in itertools.pairwise(points))
        end = points[-1] if flow.target_id == task else points[0]
        assert moved.x - 1 <= end.x <= moved.right + 1 and moved.y - 1 <= end.y <= moved.bottom + 1


def test_dragging_an_event_label_moves_only_the_label(window, canvas):
    # given the start event "Need" with its name below it (event centred at 90, 75)
    event = canvas.steps["start"]
    before = canvas.workspace.get(event, Step)
    # when its name is dragged 40 to the right and 20 down
    drag(window.view, (90, 100), (130, 120))
    # then the event stayed, its label moved, and one undo puts the label back
    after = canvas.workspace.get(event, Step)
    assert after.bounds == before.bounds
    assert after.label is not None and after.label.y > before.bounds.bottom + 20
    assert window.scene.selected_ids() == [event]
    window.document.history.undo()
    assert canvas.workspace.get(event, Step).label is None
