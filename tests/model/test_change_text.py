"""The change history's sentences: one for every kind of edit the model can make, worked out
by hand on the order-handling builder (a pool 'Shop' with lanes 'Sales' and 'Warehouse')."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from procdesk.model.arrange import Alignment
from procdesk.model.assignments import Letter
from procdesk.model.change_text import describe_changeset, describe_redo, describe_undo
from procdesk.model.changes import ChangeSet
from procdesk.model.clipboard import copy_selection
from procdesk.model.commands import AddEntities, Reorder, ReplaceEntities
from procdesk.model.elements import Duration, Process, StepKind
from procdesk.model.geometry import Point, Rect
from tests.builders import Drawn, draw_simple


@pytest.fixture
def drawn() -> Drawn:
    return draw_simple()


def sentence(drawn: Drawn, edit: Callable[[], object]) -> str:
    """The sentence of the one ChangeSet *edit* made."""
    made: list[ChangeSet] = []
    drawn.history.changed.connect(made.append)
    edit()
    assert len(made) == 1
    return describe_changeset(made[0], drawn.workspace)


def test_rename(drawn: Drawn) -> None:
    check = drawn.steps["check"]
    text = sentence(drawn, lambda: drawn.editor.rename(check, "Check order in ERP"))
    assert text == "Renamed task 'Check order' → 'Check order in ERP'"


def test_moving_steps_in_one_lane(drawn: Drawn) -> None:
    # given three steps of lane Sales, moved together
    ids = [drawn.steps[k] for k in ("start", "check", "ok")]
    assert sentence(drawn, lambda: drawn.editor.move(ids, 10, 0)) == (
        "Moved 3 steps in lane 'Sales'"
    )


def test_aligning_steps_that_move_by_different_offsets(drawn: Drawn) -> None:
    # the end event sits lower than the task's top line, the task higher than the start's
    ids = [drawn.steps["check"], drawn.steps["ship"], drawn.steps["end"]]
    text = sentence(drawn, lambda: drawn.editor.align(ids, Alignment.LEFT))
    assert text == "Rearranged 2 steps"


def test_resize(drawn: Drawn) -> None:
    check = drawn.steps["check"]
    text = sentence(drawn, lambda: drawn.editor.resize(check, Rect(200, 10, 140, 90)))
    assert text == "Resized task 'Check order'"


def test_set_lane(drawn: Drawn) -> None:
    check, warehouse = drawn.steps["check"], drawn.lanes[1]
    text = sentence(drawn, lambda: drawn.editor.set_lane([check], warehouse))
    assert text == "Moved task 'Check order' to lane 'Warehouse'"


def test_duration(drawn: Drawn) -> None:
    ship = drawn.steps["ship"]
    first = sentence(drawn, lambda: drawn.editor.update([ship], duration=Duration(10, 30, 60)))
    assert first == "Set the typical duration of 'Ship goods' to 30 min"
    later = sentence(drawn, lambda: drawn.editor.update([ship], duration=Duration(10, 45, 60)))
    assert later == "Changed the typical duration of 'Ship goods' from 30 min to 45 min"


def test_one_field_with_short_values_and_with_long_ones(drawn: Drawn) -> None:
    ship = drawn.steps["ship"]
    text = sentence(drawn, lambda: drawn.editor.update([ship], kind=StepKind.USER_TASK))
    assert text == "Changed the kind of task 'Ship goods' from Manual task to User task"
    long = "Pack the goods, print the label, stick it on the box and hand the box to the carrier"
    text = sentence(drawn, lambda: drawn.editor.update([ship], instruction=long))
    assert text == "Changed the work instruction of task 'Ship goods'"


def test_fields_of_several_entities(drawn: Drawn) -> None:
    ids = [drawn.steps["check"], drawn.steps["ship"]]
    text = sentence(drawn, lambda: drawn.editor.update(ids, cost=12.0))
    assert text == "Changed the cost of 2 tasks"


def test_replace(drawn: Drawn) -> None:
    # given a step replaced wholesale with another name and documentation
    ship = drawn.workspace.get(drawn.steps["ship"])
    after = dataclasses.replace(ship, name="Ship", documentation="By truck")
    text = sentence(drawn, lambda: drawn.editor.run(ReplaceEntities((after,))))
    assert text == "Changed the documentation and name of task 'Ship'"


def test_add_step_and_connect(drawn: Drawn) -> None:
    y = drawn.workspace.get(drawn.lanes[1]).bounds.center.y  # type: ignore[attr-defined]
    made: list[str] = []
    text = sentence(
        drawn,
        lambda: made.append(
            drawn.editor.add_step(drawn.diagram, StepKind.TASK, "Invoice", Point(850, y))
        ),
    )
    assert text == "Added task 'Invoice' to lane 'Warehouse'"
    text = sentence(drawn, lambda: drawn.editor.connect(drawn.steps["ship"], made[0]))
    assert text == "Connected 'Ship goods' → 'Invoice'"


def test_remove(drawn: Drawn) -> None:
    # deleting a task takes its two flows with it, which goes without saying
    ship = drawn.steps["ship"]
    assert sentence(drawn, lambda: drawn.editor.delete([ship])) == "Deleted task 'Ship goods'"
    # several steps are counted
    ids = [drawn.steps["end"], drawn.steps["stop"]]
    assert sentence(drawn, lambda: drawn.editor.delete(ids)) == (
        "Deleted 2 events and 1 sequence flow"
    )


def test_delete_lane_with_its_steps(drawn: Drawn) -> None:
    # the Warehouse lane holds "Ship goods" and "Shipped"
    warehouse = drawn.lanes[1]
    assert sentence(drawn, lambda: drawn.editor.remove_lane(warehouse)) == (
        "Deleted lane 'Warehouse' with 2 steps"
    )


def test_pool_and_lane_intents(drawn: Drawn) -> None:
    editor = drawn.editor
    assert sentence(drawn, lambda: editor.add_lane(drawn.pool, "Finance")) == (
        "Added lane 'Finance' to pool 'Shop'"
    )
    assert sentence(drawn, lambda: editor.resize_lane(drawn.lanes[0], 260)) == (
        "Resized lane 'Sales'"
    )
    assert sentence(drawn, lambda: editor.move_lane(drawn.lanes[0], 2)) == (
        "Moved lane 'Sales' to position 3"
    )
    assert sentence(drawn, lambda: editor.add_phase(drawn.pool, "Intake")) == (
        "Added phase 'Intake'"
    )
    assert sentence(drawn, lambda: editor.add_pool(drawn.diagram, "Carrier", lanes=["A", "B"])) == (
        "Added pool 'Carrier', with 2 lanes"
    )
    assert sentence(drawn, lambda: editor.move([drawn.pool], 0, 30)) == "Moved pool 'Shop'"


def test_reorder(drawn: Drawn) -> None:
    lanes = tuple(reversed(drawn.lanes))
    text = sentence(drawn, lambda: drawn.editor.run(Reorder(lanes)))
    assert text == "Reordered 2 lanes: 'Warehouse' and 'Sales'"


def test_paste(drawn: Drawn) -> None:
    # copying "Ship goods" and "Shipped" takes the flow between them too
    clip = copy_selection(drawn.workspace, [drawn.steps["ship"], drawn.steps["end"]])
    text = sentence(drawn, lambda: drawn.editor.paste(clip, drawn.diagram))
    assert text == "Added 1 event, 1 task and 1 sequence flow to lane 'Warehouse'"


def test_variant_creation(drawn: Drawn) -> None:
    # the as-is holds a pool, two lanes, two ends and a start, a task each of two kinds, a
    # gateway and five flows
    text = sentence(drawn, lambda: drawn.editor.create_variant(drawn.diagram))
    assert text == (
        "Created 'To-be' from 'As-is' with 1 pool, 2 lanes, 3 events, 1 gateway, 2 tasks "
        "and 5 sequence flows"
    )


def test_import_of_a_whole_process(drawn: Drawn) -> None:
    # an import adds a process with everything in it in one edit
    other = draw_simple()
    entities = [e for e in other.workspace if not isinstance(e, Process)]
    process = other.workspace.get(other.process)
    text = sentence(drawn, lambda: drawn.editor.run(AddEntities((process, *entities))))
    assert text == (
        "Created process 'Order handling', with 1 diagram, 1 pool, 2 lanes, 3 events, "
        "1 gateway, 2 tasks and 5 sequence flows"
    )


def test_weak_points_and_kpis(drawn: Drawn) -> None:
    editor = drawn.editor
    ship = drawn.steps["ship"]
    text = sentence(
        drawn, lambda: editor.add_weak_point(drawn.diagram, ship, description="Truck is late")
    )
    assert text == "Recorded a weak point on 'Ship goods': Truck is late"
    kpis: list[str] = []
    assert sentence(drawn, lambda: kpis.append(editor.add_kpi(drawn.process, "Lead time"))) == (
        "Added KPI 'Lead time'"
    )
    assert sentence(drawn, lambda: editor.add_measurement(kpis[0], "2025-03-01", 4.5)) == (
        "Recorded 4.5 for KPI 'Lead time' on 2025-03-01"
    )


def test_raci_and_role_list(drawn: Drawn) -> None:
    editor = drawn.editor
    check = drawn.steps["check"]
    assert sentence(
        drawn, lambda: editor.set_responsibility(check, "Warehouse", Letter.ACCOUNTABLE)
    ) == ("Made Warehouse accountable for 'Check order'")
    # Sales is Responsible by its lane: cycling it moves it on to A
    assert sentence(drawn, lambda: editor.cycle_responsibility(check, "Sales")) == (
        "Made Sales accountable for 'Check order'"
    )
    roles: list[str] = []
    assert sentence(drawn, lambda: roles.append(editor.add_role("Controller"))) == (
        "Added role 'Controller'"
    )
    assert sentence(
        drawn, lambda: editor.set_responsibility(check, "Controller", Letter.CONSULTED)
    ) == ("Controller to be consulted on 'Check order'")
    assert sentence(drawn, lambda: editor.update_role(roles[0], name="Controlling")) == (
        "Renamed role 'Controller' → 'Controlling', and in the RACI of 1 step"
    )
    assert sentence(drawn, lambda: editor.delete_role(roles[0])) == (
        "Deleted role 'Controlling' and took it off 1 step"
    )


def test_process_creation(drawn: Drawn) -> None:
    text = sentence(drawn, lambda: drawn.editor.add_process("Invoicing"))
    assert text == "Created process 'Invoicing', with 1 diagram, 1 pool and 1 lane"


def test_undo_and_redo_say_what_they_undid(drawn: Drawn) -> None:
    drawn.editor.rename(drawn.steps["ship"], "Ship")
    undone = drawn.history.undo()
    assert undone is not None
    assert describe_undo(undone, drawn.workspace) == "Undo: Renamed task 'Ship goods' → 'Ship'"
    redone = drawn.history.redo()
    assert redone is not None
    assert describe_redo(redone, drawn.workspace) == "Redo: Renamed task 'Ship goods' → 'Ship'"
