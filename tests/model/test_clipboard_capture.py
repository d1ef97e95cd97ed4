"""Copy/paste between diagrams and processes, duplicate, auto-layout and quick capture."""

from __future__ import annotations

import itertools

import pytest

from procdesk.model.capture import CaptureRow, capture, parse_kind, rows_of
from procdesk.model.clipboard import copy_selection
from procdesk.model.commands import CommandError
from procdesk.model.elements import Flow, Lane, Step, StepKind, WeakPoint
from procdesk.model.geometry import Point
from procdesk.model.shape_commands import is_orthogonal
from tests.builders import draw_simple, snapshot


def test_copy_takes_flows_between_copied_steps_and_their_weak_points() -> None:
    d = draw_simple()
    d.editor.add_weak_point(d.diagram, d.steps["check"], description="slow")
    clip = copy_selection(d.workspace, [d.steps["check"], d.steps["ok"]])
    kinds = sorted(type(e).__name__ for e in clip.entities)
    assert kinds == ["Flow", "Step", "Step", "WeakPoint"]


def test_duplicate_in_same_diagram_offsets_and_keeps_lanes() -> None:
    d = draw_simple()
    new_ids = d.editor.duplicate([d.steps["check"], d.steps["ok"]])
    new_steps = [d.workspace.get(i) for i in new_ids if isinstance(d.workspace.get(i), Step)]
    original = d.workspace.get(d.steps["check"], Step)
    copy = next(s for s in new_steps if isinstance(s, Step) and s.name == "Check order")
    assert isinstance(copy, Step)
    assert copy.id != original.id
    assert copy.bounds == original.bounds.moved(20, 20)
    assert copy.lane_id == original.lane_id and copy.parent_id == d.pool
    assert d.history.undo_label == "Paste 2 steps"
    d.history.undo()
    assert all(i not in d.workspace for i in new_ids)


def test_paste_into_another_process_finds_lane_under_the_drop_point() -> None:
    d = draw_simple()
    other = draw_simple(d.editor)
    clip = copy_selection(d.workspace, [d.steps["ship"], d.steps["end"]])
    warehouse = d.workspace.get(other.lanes[1], Lane)
    drop = Point(300, warehouse.bounds.y + 20)
    new_ids = d.editor.paste(clip, other.diagram, drop)
    pasted = [d.workspace.get(i) for i in new_ids]
    steps = [e for e in pasted if isinstance(e, Step)]
    flows = [e for e in pasted if isinstance(e, Flow)]
    assert len(steps) == 2 and len(flows) == 1
    assert all(s.diagram_id == other.diagram and s.lane_id == warehouse.id for s in steps)
    assert min(s.bounds.x for s in steps) == 300
    assert {flows[0].source_id, flows[0].target_id} == {s.id for s in steps}


def test_auto_layout_is_one_undoable_step_and_keeps_flows_orthogonal() -> None:
    d = draw_simple()
    start = snapshot(d.workspace)
    d.editor.auto_layout(d.diagram)
    assert d.history.undo_label == "Auto-layout"
    steps = {k: d.workspace.get(v, Step) for k, v in d.steps.items()}
    assert steps["start"].bounds.x < steps["check"].bounds.x < steps["ok"].bounds.x
    assert steps["ok"].bounds.x < steps["ship"].bounds.x < steps["end"].bounds.x
    assert all(is_orthogonal(f.waypoints) for f in d.workspace.elements_of(d.diagram, Flow))
    d.history.undo()
    assert snapshot(d.workspace) == start


def test_capture_rows_build_a_connected_lane_diagram() -> None:
    # given a new process with one empty pool and lane
    d = draw_simple()
    process = d.editor.add_process("Onboarding")
    diagram = d.workspace.diagrams_of(process)[0].id
    # when a workshop types four rows
    ids = [
        capture(d.editor, diagram, CaptureRow("Contract signed", "HR", parse_kind("start"))),
        capture(d.editor, diagram, CaptureRow("Create account", "IT", parse_kind("system"))),
        capture(d.editor, diagram, CaptureRow("Hand over laptop", "IT", parse_kind("manual"))),
        capture(d.editor, diagram, CaptureRow("Welcome", "HR", parse_kind("end"))),
    ]
    # then the steps are in their lanes, connected in order, left to right
    steps = [d.workspace.get(i, Step) for i in ids]
    lanes = {lane.name for lane in d.workspace.elements_of(diagram, Lane)}
    assert lanes == {"HR", "IT"}
    assert [s.kind for s in steps] == [
        StepKind.START_EVENT,
        StepKind.SERVICE_TASK,
        StepKind.MANUAL_TASK,
        StepKind.END_EVENT,
    ]
    assert [s.bounds.x for s in steps] == sorted(s.bounds.x for s in steps)
    flows = d.workspace.elements_of(diagram, Flow)
    assert {(f.source_id, f.target_id) for f in flows} == set(itertools.pairwise(ids))
    rows = rows_of(d.workspace, diagram)
    assert [r.name for r in rows] == [s.name for s in steps]
    assert [r.lane for r in rows] == ["HR", "IT", "IT", "HR"]
    # each row is one undo step
    assert d.history.undo_label == "Capture Welcome"
    d.history.undo()
    assert ids[-1] not in d.workspace


def test_capture_after_a_gateway_makes_branches() -> None:
    d = draw_simple()
    process = d.editor.add_process("Claims")
    diagram = d.workspace.diagrams_of(process)[0].id
    gate = capture(d.editor, diagram, CaptureRow("Valid?", "Clerk", parse_kind("decision")))
    yes = capture(d.editor, diagram, CaptureRow("Pay", "Clerk", after=gate))
    no = capture(d.editor, diagram, CaptureRow("Reject", "Clerk", after=gate))
    targets = {f.target_id for f in d.workspace.flows_at(gate) if f.source_id == gate}
    assert targets == {yes, no}


def test_bad_capture_input_is_refused_clearly() -> None:
    d = draw_simple()
    with pytest.raises(CommandError, match="unknown kind 'widget'"):
        parse_kind("widget")
    with pytest.raises(CommandError, match="needs a name"):
        capture(d.editor, d.diagram, CaptureRow("  "))
    assert parse_kind("userTask") == StepKind.USER_TASK
    assert not any(isinstance(e, WeakPoint) for e in d.workspace)
