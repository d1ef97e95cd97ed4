"""Auto-layout for imported elements without DI: left to right by flow, rows by lane."""

from __future__ import annotations

from procdesk.model.elements import (
    Diagram,
    Entity,
    Flow,
    Lane,
    Pool,
    Process,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.geometry import Rect
from procdesk.model.layout import layers, layout_diagram, layout_new_elements
from procdesk.model.workspace import Workspace

NOWHERE = Rect(0, 0, 100, 80)


def node(id_: str, kind: StepKind, lane: str) -> Step:
    return Step(id=id_, diagram_id="D", kind=kind, bounds=NOWHERE, lane_id=lane, parent_id="P1")


def seq(id_: str, source: str, target: str) -> Flow:
    return Flow(id=id_, diagram_id="D", source_id=source, target_id=target)


def split_and_join() -> list[Entity]:
    """start → check → gateway → (ship | refund, in another lane) → join → end, plus a loop."""
    return [
        Process(id="P", name="P"),
        Diagram(id="D", process_id="P", name="D"),
        Pool(id="P1", diagram_id="D", name="Company", bounds=NOWHERE),
        Lane(id="Sales", diagram_id="D", parent_id="P1", name="Sales", bounds=NOWHERE),
        Lane(id="Ops", diagram_id="D", parent_id="P1", name="Ops", order=1, bounds=NOWHERE),
        node("S", StepKind.START_EVENT, "Sales"),
        node("Check", StepKind.TASK, "Sales"),
        node("G", StepKind.EXCLUSIVE_GATEWAY, "Sales"),
        node("Ship", StepKind.TASK, "Ops"),
        node("Refund", StepKind.TASK, "Ops"),
        node("J", StepKind.EXCLUSIVE_GATEWAY, "Ops"),
        node("E", StepKind.END_EVENT, "Ops"),
        seq("f1", "S", "Check"),
        seq("f2", "Check", "G"),
        seq("f3", "G", "Ship"),
        seq("f4", "G", "Refund"),
        seq("f5", "Ship", "J"),
        seq("f6", "Refund", "J"),
        seq("f7", "J", "E"),
        seq("back", "J", "Check"),
    ]


def test_layers_follow_the_flow_and_ignore_loops() -> None:
    entities = split_and_join()
    flows = [e for e in entities if isinstance(e, Flow)]
    nodes = [e.id for e in entities if isinstance(e, Step)]
    layer = layers(nodes, flows)
    assert layer["S"] < layer["Check"] < layer["G"] < layer["Ship"] < layer["J"] < layer["E"]
    assert layer["Ship"] == layer["Refund"]


def test_layout_puts_columns_left_to_right_rows_in_lanes_and_branches_side_by_side() -> None:
    # given a diagram drawn nowhere
    workspace = Workspace(split_and_join())

    # when it is laid out
    placed = {e.id: e for e in layout_diagram(workspace, "D")}

    def box(id_: str) -> Rect:
        shape = placed[id_]
        assert isinstance(shape, Shape)
        return shape.bounds

    # then each step is right of its predecessor and inside its lane
    for source, target in (("S", "Check"), ("Check", "G"), ("G", "Ship"), ("J", "E")):
        assert box(source).right < box(target).x
    for step, lane in (("S", "Sales"), ("Check", "Sales"), ("Ship", "Ops"), ("Refund", "Ops")):
        assert box(lane).contains_rect(box(step))
    # the two branches share a column but not a row
    assert box("Ship").x == box("Refund").x
    assert box("Ship").bottom <= box("Refund").y
    # the pool holds its lanes, and every flow got a route
    assert box("P1").contains_rect(box("Sales")) and box("P1").contains_rect(box("Ops"))
    assert all(len(placed[f].waypoints) >= 2 for f in ("f1", "f3", "back"))  # type: ignore[attr-defined]


def test_new_elements_go_below_an_existing_drawing() -> None:
    # given a drawn task and an undrawn one
    drawn = Step(id="A", diagram_id="D", bounds=Rect(100, 100, 100, 80))
    entities: list[Entity] = [
        Process(id="P", name="P"),
        Diagram(id="D", process_id="P", name="D"),
        drawn,
        Step(id="B", diagram_id="D", bounds=NOWHERE),
        seq("f", "A", "B"),
    ]

    # when only the undrawn one is laid out
    result = {e.id: e for e in layout_new_elements(entities, {"B", "f"})}

    # then the drawn task stays and the new one sits below the drawing
    assert result["A"] == drawn
    b = result["B"]
    assert isinstance(b, Step) and b.bounds.y > drawn.bounds.bottom
    assert len(result["f"].waypoints) >= 2  # type: ignore[attr-defined]
