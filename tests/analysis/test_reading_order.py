"""The keyboard's order through a diagram: lanes read top to bottom, each left to right, and
Tab following the sequence flow before it falls back to that reading order."""

from __future__ import annotations

from procdesk.analysis.reading_order import reading_order, step_through, tab_order
from procdesk.model.editor import Editor
from procdesk.model.elements import Flow, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.model.history import History
from procdesk.model.workspace import Workspace


def two_lanes() -> tuple[Editor, str, list[str]]:
    """A pool at 0..900 x 0..300 with lanes "Top" (y 0..150) and "Bottom" (y 150..300)."""
    editor = Editor(History(Workspace()))
    process_id = editor.add_process("P", with_pool=False)
    diagram_id = editor.workspace.diagrams_of(process_id)[0].id
    pool = editor.add_pool(diagram_id, "Pool", Rect(0, 0, 900, 300), ("Top", "Bottom"))
    lanes = [lane.id for lane in editor.workspace.lanes_of(pool)]
    return editor, diagram_id, lanes


def test_lanes_come_before_positions_and_loose_shapes_come_last() -> None:
    # given a task far right in the top lane, one far left in the bottom lane, one outside
    editor, diagram_id, _lanes = two_lanes()
    bottom_left = editor.add_step(diagram_id, StepKind.TASK, "b", Point(100, 225))
    outside = editor.add_step(diagram_id, StepKind.TASK, "o", Point(50, 500))
    top_right = editor.add_step(diagram_id, StepKind.TASK, "t", Point(700, 75))
    top_left = editor.add_step(diagram_id, StepKind.TASK, "a", Point(300, 75))
    # then the top lane is read first, left to right, then the bottom lane, then the rest
    assert reading_order(editor.workspace, diagram_id) == [
        top_left,
        top_right,
        bottom_left,
        outside,
    ]


def test_a_vertical_pool_is_read_column_by_column_top_to_bottom() -> None:
    editor = Editor(History(Workspace()))
    process_id = editor.add_process("P", with_pool=False)
    diagram_id = editor.workspace.diagrams_of(process_id)[0].id
    editor.add_pool(diagram_id, "V", Rect(0, 0, 300, 900), ("Left", "Right"), horizontal=False)
    right_top = editor.add_step(diagram_id, StepKind.TASK, "rt", Point(225, 100))
    left_low = editor.add_step(diagram_id, StepKind.TASK, "ll", Point(75, 700))
    left_high = editor.add_step(diagram_id, StepKind.TASK, "lh", Point(75, 200))
    assert reading_order(editor.workspace, diagram_id) == [left_high, left_low, right_top]


def test_tab_follows_the_flow_across_lanes_and_visits_a_loop_once() -> None:
    # given a → b (bottom lane) → c (top lane, right) and a rework flow c → a, plus a loose x
    editor, diagram_id, _lanes = two_lanes()
    a = editor.add_step(diagram_id, StepKind.TASK, "a", Point(100, 75))
    x = editor.add_step(diagram_id, StepKind.TASK, "x", Point(400, 75))
    c = editor.add_step(diagram_id, StepKind.TASK, "c", Point(700, 75))
    b = editor.add_step(diagram_id, StepKind.TASK, "b", Point(300, 225))
    for source, target in ((a, b), (b, c), (c, a)):
        editor.connect(source, target)
    order = tab_order(editor.workspace, diagram_id)
    # then the flow comes first (a, b, c), the loop does not send Tab back to a, x follows,
    # and after the steps come the flows and then the pool and its lanes
    assert order[:4] == [a, b, c, x]
    flows = {f.id for f in editor.workspace.elements_of(diagram_id, Flow)}
    assert set(order[4:7]) == flows
    assert len(order) == 4 + 3 + 3 and len(set(order)) == len(order)


def test_stepping_wraps_around_and_starts_at_either_end() -> None:
    order = ["a", "b", "c"]
    assert step_through(order, [], forward=True) == "a"
    assert step_through(order, [], forward=False) == "c"
    assert step_through(order, ["c"], forward=True) == "a"
    assert step_through(order, ["a"], forward=False) == "c"
    assert step_through(order, ["c", "b"], forward=True) == "c"  # from the earliest selected
    assert step_through([], ["a"], forward=True) is None
