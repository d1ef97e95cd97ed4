"""Lane and phase gestures: neighbours follow, contents travel, flows stay orthogonal, undo."""

from __future__ import annotations

import pytest

from procdesk.model.commands import CommandError
from procdesk.model.elements import Flow, Lane, Phase, Pool, Step, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.model.shape_commands import is_orthogonal
from tests.builders import draw_simple, snapshot

# draw_simple: pool at (0, 0, 1000, 300), lanes Sales (y 0..150) and Warehouse (y 150..300),
# lane bodies start at x = 30; "ship" and "end" stand in Warehouse, the rest in Sales.


def test_insert_lane_between_pushes_later_lanes_with_contents_and_grows_pool() -> None:
    d = draw_simple()
    ship_before = d.workspace.get(d.steps["ship"], Step).bounds
    start = snapshot(d.workspace)
    # when a lane is inserted between Sales and Warehouse
    new = d.editor.add_lane(d.pool, "Finance", index=1)
    # then it takes the old place of Warehouse, which moved down with its steps
    lanes = d.workspace.lanes_of(d.pool)
    assert [lane.name for lane in lanes] == ["Sales", "Finance", "Warehouse"]
    assert d.workspace.get(new, Lane).bounds == Rect(30, 150, 970, 150)
    assert lanes[2].bounds == Rect(30, 300, 970, 150)
    assert d.workspace.get(d.pool, Pool).bounds == Rect(0, 0, 1000, 450)
    assert d.workspace.get(d.steps["ship"], Step).bounds == ship_before.moved(0, 150)
    for flow in d.workspace.elements_of(d.diagram, Flow):
        assert is_orthogonal(flow.waypoints)
    assert d.history.undo_label == "Add lane Finance"
    d.history.undo()
    assert snapshot(d.workspace) == start


def test_remove_lane_closes_the_gap() -> None:
    d = draw_simple()
    d.editor.add_lane(d.pool, "Finance", index=0)
    finance = d.workspace.lanes_of(d.pool)[0]
    d.editor.remove_lane(finance.id)
    lanes = d.workspace.lanes_of(d.pool)
    assert [lane.name for lane in lanes] == ["Sales", "Warehouse"]
    assert [lane.bounds.y for lane in lanes] == [0, 150]
    assert [lane.order for lane in lanes] == [0, 1]
    assert d.workspace.get(d.pool, Pool).bounds.h == 300


def test_remove_lane_with_steps_removes_them_and_their_flows() -> None:
    d = draw_simple()
    d.editor.remove_lane(d.lanes[1])
    assert d.steps["ship"] not in d.workspace
    assert all(
        d.steps["ship"] not in (f.source_id, f.target_id)
        for f in d.workspace.elements_of(d.diagram, Flow)
    )
    assert d.workspace.get(d.pool, Pool).bounds.h == 150


def test_resize_lane_moves_the_lanes_below_and_the_pool_follows() -> None:
    d = draw_simple()
    end_before = d.workspace.get(d.steps["end"], Step).bounds
    d.editor.resize_lane(d.lanes[0], 200)
    sales, warehouse = d.workspace.lanes_of(d.pool)
    assert sales.bounds == Rect(30, 0, 970, 200)
    assert warehouse.bounds == Rect(30, 200, 970, 150)
    assert d.workspace.get(d.pool, Pool).bounds.h == 350
    assert d.workspace.get(d.steps["end"], Step).bounds == end_before.moved(0, 50)
    with pytest.raises(CommandError, match="at least"):
        d.editor.resize_lane(d.lanes[0], 10)


def test_move_lane_swaps_places_with_contents_and_reroutes_hand_offs() -> None:
    d = draw_simple()
    start = snapshot(d.workspace)
    check_before = d.workspace.get(d.steps["check"], Step).bounds
    ship_before = d.workspace.get(d.steps["ship"], Step).bounds
    # when Warehouse is dragged above Sales
    d.editor.move_lane(d.lanes[1], 0)
    warehouse, sales = d.workspace.lanes_of(d.pool)
    assert (warehouse.name, sales.name) == ("Warehouse", "Sales")
    assert (warehouse.bounds.y, sales.bounds.y) == (0, 150)
    assert d.workspace.get(d.steps["ship"], Step).bounds == ship_before.moved(0, -150)
    assert d.workspace.get(d.steps["check"], Step).bounds == check_before.moved(0, 150)
    # the hand-off from the gateway (Sales) to "ship" (Warehouse) was re-drawn cleanly
    for flow in d.workspace.elements_of(d.diagram, Flow):
        assert is_orthogonal(flow.waypoints), flow.id
        source = d.workspace.get(flow.source_id, Step).bounds
        assert source.x - 1 <= flow.waypoints[0].x <= source.right + 1
    assert d.history.undo_label == "Move lane Warehouse"
    d.history.undo()
    assert snapshot(d.workspace) == start


def test_vertical_pool_stacks_lanes_left_to_right() -> None:
    d = draw_simple()
    pool_id = d.editor.add_pool(
        d.diagram, "Supplier", lanes=["Sales", "Delivery"], horizontal=False
    )
    pool = d.workspace.get(pool_id, Pool)
    assert pool.bounds == Rect(1040, 0, 300, 1000)
    lanes = d.workspace.lanes_of(pool_id)
    assert [lane.bounds for lane in lanes] == [Rect(1040, 30, 150, 970), Rect(1190, 30, 150, 970)]
    assert all(not lane.horizontal for lane in lanes)
    d.editor.add_lane(pool_id, "Returns")
    assert d.workspace.lanes_of(pool_id)[2].bounds == Rect(1340, 30, 150, 970)
    assert d.workspace.get(pool_id, Pool).bounds.w == 450


def test_phases_stack_across_the_pool_and_carry_their_steps() -> None:
    d = draw_simple()
    # phases start after the pool and lane headers (x = 60) and span the pool's height
    request = d.editor.add_phase(d.pool, "Request", size=200)
    deliver = d.editor.add_phase(d.pool, "Deliver", size=300)
    assert d.workspace.get(request, Phase).bounds == Rect(60, 0, 200, 300)
    assert d.workspace.get(deliver, Phase).bounds == Rect(260, 0, 300, 300)
    # inserting "Decide" before "Deliver" pushes Deliver and the steps standing in it
    ok_before = d.workspace.get(d.steps["ok"], Step).bounds  # centre x 400: in Deliver
    start_before = d.workspace.get(d.steps["start"], Step).bounds  # centre x 100: in Request
    d.editor.add_phase(d.pool, "Decide", index=1, size=100)
    names = [p.name for p in d.workspace.phases_of(d.pool)]
    assert names == ["Request", "Decide", "Deliver"]
    assert d.workspace.get(deliver, Phase).bounds.x == 360
    assert d.workspace.get(d.steps["ok"], Step).bounds == ok_before.moved(100, 0)
    assert d.workspace.get(d.steps["start"], Step).bounds == start_before


def test_phase_overflow_lengthens_pool_and_lanes() -> None:
    d = draw_simple()
    d.editor.add_phase(d.pool, "Long", size=1200)
    assert d.workspace.get(d.pool, Pool).bounds.w == 1260
    assert all(lane.bounds.right == 1260 for lane in d.workspace.lanes_of(d.pool))


def test_move_and_resize_phase() -> None:
    d = draw_simple()
    first = d.editor.add_phase(d.pool, "Request", size=200)
    second = d.editor.add_phase(d.pool, "Deliver", size=300)
    start = snapshot(d.workspace)
    d.editor.move_phase(second, 0)
    assert [p.name for p in d.workspace.phases_of(d.pool)] == ["Deliver", "Request"]
    assert d.workspace.get(second, Phase).bounds.x == 60
    assert d.workspace.get(first, Phase).bounds.x == 360
    d.history.undo()
    assert snapshot(d.workspace) == start
    d.editor.resize_phase(first, 250)
    assert d.workspace.get(second, Phase).bounds.x == 310


def test_step_added_in_a_moved_lane_stays_in_it() -> None:
    d = draw_simple()
    d.editor.move_lane(d.lanes[1], 0)
    warehouse = d.workspace.lanes_of(d.pool)[0]
    step = d.editor.add_step(d.diagram, StepKind.TASK, "Pack", Point(800, 75))
    assert d.workspace.get(step, Step).lane_id == warehouse.id
