"""Align and distribute: hand-computed positions, one undo step each."""

from __future__ import annotations

from procdesk.model.arrange import Alignment, snap
from procdesk.model.elements import Step, StepKind
from procdesk.model.geometry import Point
from tests.builders import draw_simple, snapshot


def test_align_left_and_middle() -> None:
    d = draw_simple()
    ids = [d.steps["check"], d.steps["ship"]]  # tasks 100 wide at x 200 and 500
    start = snapshot(d.workspace)
    d.editor.align(ids, Alignment.LEFT)
    assert {d.workspace.get(i, Step).bounds.x for i in ids} == {200}
    assert d.history.undo_label == "Align 2 tasks left"
    d.history.undo()
    assert snapshot(d.workspace) == start
    d.editor.align([d.steps["check"], d.steps["ok"], d.steps["ship"]], Alignment.MIDDLE)
    centres = {
        d.workspace.get(i, Step).bounds.center.y
        for i in d.steps.values()
        if i in (d.steps["check"], d.steps["ok"], d.steps["ship"])
    }
    assert len(centres) == 1


def test_distribute_horizontally_keeps_ends_and_equalises_gaps() -> None:
    d = draw_simple()
    lane = d.workspace.lanes_of(d.pool)[0]
    y = lane.bounds.center.y
    a = d.editor.add_step(d.diagram, StepKind.TASK, "A", Point(100, y))  # x 50..150
    b = d.editor.add_step(d.diagram, StepKind.TASK, "B", Point(220, y))  # x 170..270
    c = d.editor.add_step(d.diagram, StepKind.TASK, "C", Point(650, y))  # x 600..700
    d.editor.distribute([c, a, b], horizontally=True)
    xs = [d.workspace.get(i, Step).bounds.x for i in (a, b, c)]
    assert xs == [50, 325, 600]


def test_snap_rounds_to_grid() -> None:
    assert snap(14.9) == 10 and snap(15.1) == 20 and snap(-4) == 0
