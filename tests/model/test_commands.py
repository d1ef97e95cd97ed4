"""Every command: apply → revert restores the workspace; re-apply gives the same result."""

from __future__ import annotations

import pytest

from procdesk.model.commands import (
    AddEntities,
    Batch,
    Command,
    CommandError,
    RemoveEntities,
    Reorder,
    UpdateEntities,
)
from procdesk.model.elements import Flow, Lane, Step, StepKind, WeakPoint
from procdesk.model.geometry import Rect
from procdesk.model.shape_commands import MoveShapes, ResizeShape, SetLane
from procdesk.model.workspace import Workspace
from tests.builders import draw_simple, snapshot


def assert_reversible(workspace: Workspace, command: Command) -> dict[str, object]:
    """Apply, revert and re-apply *command*; return the state after applying it."""
    before = snapshot(workspace)
    changeset = command.plan(workspace)
    assert snapshot(workspace) == before, "planning must not change the workspace"
    workspace.apply(changeset)
    after = snapshot(workspace)
    workspace.apply(changeset.inverted())
    assert snapshot(workspace) == before
    workspace.apply(changeset)
    assert snapshot(workspace) == after
    return after


def test_add_entities_is_reversible() -> None:
    # given a drawn diagram
    d = draw_simple()
    point = WeakPoint(id="WeakPoint_x", diagram_id=d.diagram, target_id=d.steps["check"])
    # when a weak point is added, then it can be reverted
    after = assert_reversible(d.workspace, AddEntities((point,)))
    assert after["WeakPoint_x"] == point


def test_add_refuses_existing_id_and_dangling_reference() -> None:
    d = draw_simple()
    twin = d.workspace.get(d.steps["check"])
    with pytest.raises(CommandError, match="already exists"):
        AddEntities((twin,)).plan(d.workspace)
    orphan = WeakPoint(id="WeakPoint_y", diagram_id=d.diagram, target_id="Task_missing")
    with pytest.raises(CommandError, match="does not exist"):
        AddEntities((orphan,)).plan(d.workspace)


def test_remove_cascades_to_flows_weak_points_and_kpis() -> None:
    # given a task with flows, a weak point and a step KPI
    d = draw_simple()
    check = d.steps["check"]
    d.editor.add_weak_point(d.diagram, check, description="slow")
    d.editor.add_kpi(d.process, "Check time", step_id=check)
    # when the task is removed
    command = RemoveEntities((check,))
    changeset = command.plan(d.workspace)
    gone = {c.id for c in changeset.changes}
    # then its flows, weak point and KPI go with it, and revert brings all back
    assert {f.id for f in d.workspace.flows_at(check)} <= gone
    assert any(isinstance(c.before, WeakPoint) for c in changeset.changes)
    assert changeset.label == "Delete task"
    assert_reversible(d.workspace, command)


def test_remove_lane_removes_its_contents() -> None:
    d = draw_simple()
    after = assert_reversible(d.workspace, RemoveEntities((d.lanes[1],)))
    assert d.steps["ship"] not in after and d.steps["check"] in after


def test_remove_process_removes_everything_of_it() -> None:
    d = draw_simple()
    after = assert_reversible(d.workspace, RemoveEntities((d.process,)))
    assert after == {}


def test_update_entities_is_reversible_and_validates() -> None:
    d = draw_simple()
    after = assert_reversible(
        d.workspace, UpdateEntities((d.steps["check"],), {"name": "Verify order", "cost": 12.5})
    )
    step = after[d.steps["check"]]
    assert isinstance(step, Step) and step.name == "Verify order" and step.cost == 12.5
    with pytest.raises(CommandError, match="no field"):
        UpdateEntities((d.steps["check"],), {"colour": "red"}).plan(d.workspace)
    with pytest.raises(CommandError, match="id"):
        UpdateEntities((d.steps["check"],), {"id": "Task_new"}).plan(d.workspace)
    with pytest.raises(CommandError, match="Lane_nowhere, which does not exist"):
        UpdateEntities((d.steps["check"],), {"lane_id": "Lane_nowhere"}).plan(d.workspace)


def test_move_shapes_moves_contents_and_flow_ends() -> None:
    # given the simple diagram
    d = draw_simple()
    ws = d.workspace
    check = ws.get(d.steps["check"], Step)
    incoming = next(f for f in ws.flows_at(check.id) if f.target_id == check.id)
    # when the task moves right by 20
    after = assert_reversible(ws, MoveShapes((check.id,), 20, 0))
    # then its bounds moved and only the incoming flow's last waypoint followed
    moved = after[check.id]
    assert isinstance(moved, Step) and moved.bounds.x == check.bounds.x + 20
    flow = after[incoming.id]
    assert isinstance(flow, Flow)
    assert flow.waypoints[-1].x == incoming.waypoints[-1].x + 20
    assert flow.waypoints[0] == incoming.waypoints[0]


def test_moving_a_pool_moves_lanes_steps_and_whole_flows() -> None:
    d = draw_simple()
    command = MoveShapes((d.pool,), 0, 100)
    changeset = command.plan(d.workspace)
    assert {d.pool, *d.lanes, *d.steps.values(), *d.flows} <= changeset.ids()
    assert changeset.label == "Move pool"
    assert_reversible(d.workspace, command)


def test_moving_several_steps_has_a_readable_label() -> None:
    d = draw_simple()
    changeset = MoveShapes((d.steps["check"], d.steps["ship"], d.steps["end"]), 5, 5).plan(
        d.workspace
    )
    assert changeset.label == "Move 3 steps"


def test_resize_shape_is_reversible_and_refuses_empty_size() -> None:
    d = draw_simple()
    assert_reversible(d.workspace, ResizeShape(d.steps["check"], Rect(0, 0, 140, 90)))
    with pytest.raises(CommandError, match="positive"):
        ResizeShape(d.steps["check"], Rect(0, 0, 0, 90)).plan(d.workspace)


def test_set_lane_reparents_step() -> None:
    d = draw_simple()
    after = assert_reversible(d.workspace, SetLane((d.steps["check"],), d.lanes[1]))
    step = after[d.steps["check"]]
    assert isinstance(step, Step) and step.lane_id == d.lanes[1] and step.parent_id == d.pool
    with pytest.raises(CommandError, match="not a lane"):
        SetLane((d.steps["check"],), d.steps["ship"]).plan(d.workspace)


def test_reorder_lanes_is_reversible() -> None:
    d = draw_simple()
    after = assert_reversible(d.workspace, Reorder((d.lanes[1], d.lanes[0])))
    lane = after[d.lanes[1]]
    assert isinstance(lane, Lane) and lane.order == 0


def test_batch_is_one_changeset_and_reversible() -> None:
    d = draw_simple()
    command = Batch(
        (
            MoveShapes((d.steps["check"],), 10, 0),
            UpdateEntities((d.steps["check"],), {"name": "Check"}),
            RemoveEntities((d.steps["stop"],)),
        ),
        label="Tidy up",
    )
    before = snapshot(d.workspace)
    changeset = command.plan(d.workspace)
    assert snapshot(d.workspace) == before
    assert changeset.label == "Tidy up"
    # the moved-then-renamed task appears once, with its first before and last after
    assert sum(1 for c in changeset.changes if c.id == d.steps["check"]) == 1
    assert_reversible(d.workspace, command)


def test_batch_that_fails_leaves_workspace_untouched() -> None:
    d = draw_simple()
    before = snapshot(d.workspace)
    command = Batch(
        (MoveShapes((d.steps["check"],), 10, 0), UpdateEntities(("Task_missing",), {"name": "x"}))
    )
    with pytest.raises(CommandError):
        command.plan(d.workspace)
    assert snapshot(d.workspace) == before


def test_stale_changeset_is_refused() -> None:
    from procdesk.model.workspace import ConflictError

    d = draw_simple()
    changeset = MoveShapes((d.steps["check"],), 10, 0).plan(d.workspace)
    d.editor.rename(d.steps["check"], "Changed meanwhile")
    with pytest.raises(ConflictError):
        d.workspace.apply(changeset)


def test_create_variant_copies_with_origin_ids() -> None:
    d = draw_simple()
    to_be = d.editor.create_variant(d.diagram)
    copies = d.workspace.elements_of(to_be)
    originals = d.workspace.elements_of(d.diagram)
    assert len(copies) == len(originals)
    assert {c.origin_id for c in copies} == {o.id for o in originals}
    # references point inside the copy, never back into the as-is
    copy_ids = {c.id for c in copies}
    for flow in d.workspace.elements_of(to_be, Flow):
        assert flow.source_id in copy_ids and flow.target_id in copy_ids
    steps = d.workspace.elements_of(to_be, Step)
    assert all(s.lane_id in copy_ids for s in steps if s.lane_id)
    assert d.workspace.get(to_be).variant == "to-be"  # type: ignore[attr-defined]
    assert StepKind.USER_TASK in {s.kind for s in steps}


def test_moving_a_collapsed_sub_process_leaves_its_own_diagram_alone() -> None:
    # given a collapsed sub-process whose inside is drawn on a diagram of its own
    d = draw_simple()
    sub = d.editor.add_step(
        d.diagram,
        StepKind.SUB_PROCESS,
        "Pick items",
        d.workspace.get(d.lanes[1]).bounds.center,  # type: ignore[attr-defined]
    )
    inside = d.editor.add_diagram(d.process, "Pick items", "sub-process")
    inner = d.editor.add_step(inside, StepKind.TASK, "Scan", parent_id=sub)
    before = d.workspace.get(inner, Step).bounds
    # when the sub-process moves, then its inside stays put
    d.editor.move([sub], 50, 0)
    assert d.workspace.get(inner, Step).bounds == before


def test_step_with_sequence_flows_cannot_move_into_another_pool() -> None:
    d = draw_simple()
    other = d.editor.add_pool(d.diagram, "Supplier", lanes=["Sales"])
    lane = d.workspace.lanes_of(other)[0]
    with pytest.raises(CommandError, match="cannot cross into another pool"):
        SetLane((d.steps["check"],), lane.id).plan(d.workspace)
    loose = d.editor.add_step(
        d.diagram, StepKind.TASK, "Loose", d.workspace.get(d.lanes[0]).bounds.center
    )  # type: ignore[attr-defined]
    after = assert_reversible(d.workspace, SetLane((loose,), lane.id))
    moved = after[loose]
    assert isinstance(moved, Step) and moved.parent_id == other
