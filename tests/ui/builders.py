"""Builders of small workspaces for UI tests: real model objects made through the Editor."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.editor import Editor
from procdesk.model.elements import (
    Annotation,
    DataIo,
    DataObject,
    DataStore,
    EventDefinition,
    Group,
    LoopKind,
    StepKind,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.history import History
from procdesk.model.ids import new_id
from procdesk.model.workspace import Workspace


@dataclass
class Built:
    """A workspace with its editor and the ids a test refers to."""

    workspace: Workspace
    editor: Editor
    diagram_id: str
    lanes: list[str]
    steps: dict[str, str]


def swimlane(
    names: tuple[str, ...] = ("Receive request", "Check budget", "Approve"),
    editor: Editor | None = None,
) -> Built:
    """One process, one pool with two lanes, a start event, tasks in a row and an end event.

    The pool spans 0..900 x 0..300; lane "Requester" is y 0..150, lane "Buyer" y 150..300;
    the start event is centred at (90, 75), task *i* at (220 + 160 i, 75).
    """
    editor = editor or Editor(History(Workspace()))
    workspace = editor.workspace
    process_id = editor.add_process("Purchase", with_pool=False)
    diagram_id = workspace.diagrams_of(process_id)[0].id
    pool = editor.add_pool(diagram_id, "Purchasing", Rect(0, 0, 900, 300), ("Requester", "Buyer"))
    lanes = [lane.id for lane in workspace.lanes_of(pool)]
    steps: dict[str, str] = {}
    steps["start"] = editor.add_step(diagram_id, StepKind.START_EVENT, "Need", Point(90, 75))
    previous = steps["start"]
    for index, name in enumerate(names):
        steps[name] = editor.add_step(
            diagram_id, StepKind.USER_TASK, name, Point(220 + 160 * index, 75)
        )
        editor.connect(previous, steps[name])
        previous = steps[name]
    steps["end"] = editor.add_step(
        diagram_id, StepKind.END_EVENT, "Done", Point(220 + 160 * len(names), 75)
    )
    editor.connect(previous, steps["end"])
    return Built(workspace, editor, diagram_id, lanes, steps)


def gallery() -> Built:
    """Every notation kind once, for looking at the painters and rendering them."""
    built = swimlane(("Enter request",))
    editor, d = built.editor, built.diagram_id
    pool = editor.add_pool(d, "Every kind", Rect(0, 340, 1500, 620), ("Tasks", "Events", "Other"))
    lanes = [lane.id for lane in built.workspace.lanes_of(pool)]
    x = 110.0
    task_kinds = [k for k in StepKind if k.is_activity]
    for index, kind in enumerate(task_kinds):
        row, col = divmod(index, 9)
        built.steps[kind.value] = editor.add_step(
            d,
            kind,
            kind.value,
            Point(x + col * 150, 400 + row * 100),
            lane_id=lanes[0],
            loop=[LoopKind.NONE, LoopKind.STANDARD, LoopKind.PARALLEL, LoopKind.SEQUENTIAL][
                index % 4
            ],
            compensation=index == 5,
        )
    events = [
        (StepKind.START_EVENT, EventDefinition.NONE),
        (StepKind.START_EVENT, EventDefinition.MESSAGE),
        (StepKind.START_EVENT, EventDefinition.TIMER),
        (StepKind.INTERMEDIATE_CATCH_EVENT, EventDefinition.CONDITIONAL),
        (StepKind.INTERMEDIATE_CATCH_EVENT, EventDefinition.LINK),
        (StepKind.INTERMEDIATE_THROW_EVENT, EventDefinition.SIGNAL),
        (StepKind.INTERMEDIATE_THROW_EVENT, EventDefinition.ESCALATION),
        (StepKind.INTERMEDIATE_THROW_EVENT, EventDefinition.COMPENSATE),
        (StepKind.END_EVENT, EventDefinition.ERROR),
        (StepKind.END_EVENT, EventDefinition.TERMINATE),
        (StepKind.END_EVENT, EventDefinition.CANCEL),
        (StepKind.END_EVENT, EventDefinition.MESSAGE),
        (StepKind.INTERMEDIATE_CATCH_EVENT, EventDefinition.MULTIPLE),
        (StepKind.INTERMEDIATE_CATCH_EVENT, EventDefinition.PARALLEL_MULTIPLE),
    ]
    for index, (kind, definition) in enumerate(events):
        editor.add_step(
            d,
            kind,
            f"{definition.value or 'none'}",
            Point(x + index * 95, 600),
            lane_id=lanes[1],
            event_definition=definition,
            interrupting=index != 2,
        )
    for index, kind in enumerate(k for k in StepKind if k.is_gateway):
        editor.add_step(d, kind, kind.value, Point(x + index * 120, 790), lane_id=lanes[2])
    host = built.steps["task"]
    host_bounds = built.workspace.get(host).bounds  # type: ignore[attr-defined]
    editor.add_step(
        d,
        StepKind.BOUNDARY_EVENT,
        "",
        Point(host_bounds.right - 20, host_bounds.bottom),
        attached_to=host,
        event_definition=EventDefinition.TIMER,
        interrupting=False,
    )
    editor.add(
        DataObject(
            id=new_id("DataObject"),
            diagram_id=d,
            name="Order",
            bounds=Rect(720, 760, 36, 50),
            io=DataIo.INPUT,
        )
    )
    editor.add(
        DataObject(
            id=new_id("DataObject"),
            diagram_id=d,
            name="Items",
            bounds=Rect(800, 760, 36, 50),
            collection=True,
            io=DataIo.OUTPUT,
        )
    )
    editor.add(
        DataStore(id=new_id("DataStore"), diagram_id=d, name="ERP", bounds=Rect(880, 760, 50, 50))
    )
    editor.add(
        Annotation(
            id=new_id("Annotation"),
            diagram_id=d,
            name="Checked weekly by the buyer",
            bounds=Rect(980, 760, 140, 50),
        )
    )
    editor.add(
        Group(id=new_id("Group"), diagram_id=d, name="Review", bounds=Rect(1160, 740, 200, 120))
    )
    return built
