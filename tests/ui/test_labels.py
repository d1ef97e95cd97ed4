"""External labels on the canvas and in exports: clear of shapes and of each other, in the
same place on both, kept up to date edit by edit, and where the file or the user put them."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF

from procdesk.model.editor import Editor
from procdesk.model.elements import Diagram, Group, Process, Shape, Step, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.model.history import History
from procdesk.model.label_placement import overlap
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.drawing import picture_of
from procdesk.ui.canvas.labels import embedded_name, is_obstacle, shape_places
from procdesk.ui.canvas.scene import DiagramScene
from tests.ui.gestures import drag


def _rect(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def scene_labels(scene: DiagramScene) -> dict[str, Rect]:
    """Every label the canvas shows, by element id, in scene coordinates."""
    found = {}
    for element_id, item in scene.items_by_id.items():
        area = item.label_area()
        if area is not None:
            found[element_id] = _rect(area)
    return found


def export_labels(workspace: Workspace, diagram_id: str) -> dict[str, Rect]:
    """Every label an exported picture draws."""
    labels = picture_of(workspace, diagram_id).labels
    found = {}
    for element in workspace.elements_of(diagram_id):
        area = labels.scene_rect(element.id)
        if area is not None:
            found[element.id] = _rect(area)
    return found


def clashes(
    workspace: Workspace, diagram_id: str, labels: dict[str, Rect]
) -> list[tuple[str, str, str]]:
    """Overlaps: (element whose label it is, "shape" or "label", the other element)."""
    shapes = {s.id: s.bounds for s in workspace.elements_of(diagram_id, Shape) if is_obstacle(s)}
    found = [
        (a, "shape", b) for a, r in labels.items() for b, s in shapes.items() if overlap(r, s) > 0
    ]
    found += [
        (a, "label", b)
        for (a, r), (b, s) in itertools.combinations(sorted(labels.items()), 2)
        if overlap(r, s) > 0
    ]
    return found


def boundary_case(start_first: bool = True) -> tuple[Editor, str, dict[str, str]]:
    """A task with a boundary event on its bottom edge and a start event just left of it, at
    the same height: both names would go below their events, into each other.

    Labels are placed in the order of their element ids: *start_first* picks the ids so that
    the start event's label is placed first (else the boundary event's)."""
    first, second = ("Event_a", "Event_b") if start_first else ("Event_b", "Event_a")
    ids = {"task": "Task_1", "start": first, "boundary": second}
    entities = [
        Process(id="Process_1", name="Orders"),
        Diagram(id="Diagram_1", process_id="Process_1", name="As-is"),
        Step(
            id="Task_1", diagram_id="Diagram_1", name="Handle order", bounds=Rect(250, 160, 100, 80)
        ),
        Step(
            id=ids["boundary"],
            diagram_id="Diagram_1",
            kind=StepKind.BOUNDARY_EVENT,
            name="Reminder after two days",
            bounds=Rect(252, 222, 36, 36),
            attached_to="Task_1",
        ),
        Step(
            id=ids["start"],
            diagram_id="Diagram_1",
            kind=StepKind.START_EVENT,
            name="Request arrived from customer",
            bounds=Rect(172, 222, 36, 36),
        ),
    ]
    editor = Editor(History(Workspace(entities)))
    editor.connect(ids["start"], ids["task"])
    return editor, "Diagram_1", ids


ORDERS = pytest.mark.parametrize(
    "start_first", [True, False], ids=["start-first", "boundary-first"]
)


@ORDERS
def test_a_boundary_event_and_a_start_event_do_not_share_a_label_place(
    qapp, start_first: bool
) -> None:
    # given the two events side by side, whose first-choice places overlap
    editor, diagram, ids = boundary_case(start_first)
    workspace = editor.workspace
    first = {
        key: shape_places(workspace.get(ids[key], Step))[0][0] for key in ("start", "boundary")
    }
    assert overlap(first["start"], first["boundary"]) > 0
    # when the canvas shows the diagram
    scene = DiagramScene(workspace, diagram)
    labels = scene_labels(scene)
    # then both names show, clear of each other and of every shape
    assert set(labels) == {ids["start"], ids["boundary"]}
    assert clashes(workspace, diagram, labels) == []
    # and an exported picture puts them in the very same places
    assert export_labels(workspace, diagram) == labels


@ORDERS
def test_the_canvas_places_labels_again_as_shapes_move_and_undo(qapp, start_first: bool) -> None:
    # given the canvas following the edits of the boundary-event diagram
    editor, diagram, ids = boundary_case(start_first)
    workspace = editor.workspace
    scene = DiagramScene(workspace, diagram)
    editor.history.changed.connect(scene.apply)
    before = scene_labels(scene)
    # when the start event moves step by step down past the boundary event, then back by undo
    for _ in range(6):
        editor.move([ids["start"]], 10, 20)
        # then after every edit the canvas shows what placing everything afresh gives
        assert scene_labels(scene) == export_labels(workspace, diagram)
        assert clashes(workspace, diagram, scene_labels(scene)) == []
    for _ in range(6):
        editor.history.undo()
    assert scene_labels(scene) == before


def test_renaming_and_clearing_a_name_moves_its_neighbour_back(qapp) -> None:
    # given the boundary-event diagram on the canvas
    editor, diagram, ids = boundary_case()
    workspace = editor.workspace
    scene = DiagramScene(workspace, diagram)
    editor.history.changed.connect(scene.apply)
    preferred = shape_places(workspace.get(ids["boundary"], Step))[0][0]
    # when the start event loses its name
    editor.rename(ids["start"], "")
    # then it has no label, and the boundary event's label takes its first choice
    labels = scene_labels(scene)
    assert ids["start"] not in labels
    assert labels[ids["boundary"]] == preferred


def test_a_stored_label_stays_where_it_was_put_and_grows_away_from_its_event(qapp) -> None:
    # given the start event (172..208 x 222..258) with its label stored below it, roomy
    editor, diagram, ids = boundary_case()
    below = Rect(120, 262, 110, 28)
    editor.update([ids["start"]], "Move label", label=below)
    # when shown, then it is centred on the stored box, at its top
    placed = scene_labels(DiagramScene(editor.workspace, diagram))[ids["start"]]
    assert placed.y == below.y
    assert placed.center.x == pytest.approx(below.center.x)
    # given instead a box above the event, one line high, too low for the two lines it needs
    above = Rect(150, 180, 80, 14)
    editor.update([ids["start"]], "Move label", label=above)
    placed = scene_labels(DiagramScene(editor.workspace, diagram))[ids["start"]]
    # then it keeps the box's bottom and grows upwards, away from the event
    assert placed.h > above.h
    assert placed.bottom == pytest.approx(above.bottom)


def test_dragging_a_label_stores_its_place_in_one_undo_step(canvas, window) -> None:
    # given the swimlane canvas, whose start event "Need" has its name below it
    scene, view = window.scene, window.view
    start = canvas.steps["start"]
    area = scene.item(start).label_area()
    assert area is not None
    # when the name is dragged 40 units to the right
    centre = area.center()
    drag(view, (centre.x(), centre.y()), (centre.x() + 40, centre.y()))
    # then the event keeps its place, its label is stored 40 units right, in one undo step
    document = window.document
    event = document.workspace.get(start, Step)
    assert event.bounds.center == Point(90, 75)
    assert event.label is not None
    assert event.label.x == pytest.approx(area.x() + 40)
    assert scene.item(start).label_area().x() == pytest.approx(area.x() + 40)
    assert document.history.undo_label == "Move label"
    document.history.undo()
    assert document.workspace.get(start, Step).label is None
    assert scene.item(start).label_area() == area


def test_a_group_s_name_is_a_label_that_keeps_off_other_labels(qapp) -> None:
    # given a group whose name would sit inside its top edge, centred, where an event's stored
    # label already is
    editor, diagram, ids = boundary_case()
    group = Group(id="Group_1", diagram_id=diagram, name="Review", bounds=Rect(100, 100, 300, 200))
    editor.add(group)
    centred = shape_places(group)[0][0]
    editor.update([ids["start"]], "Move label", label=centred)
    # when shown
    labels = scene_labels(DiagramScene(editor.workspace, diagram))
    # then the group's name moved along the edge, clear of the event's label
    assert labels["Group_1"] != centred
    assert labels["Group_1"].y == centred.y
    assert overlap(labels["Group_1"], labels[ids["start"]]) == 0


def test_a_label_travels_with_its_event_during_a_drag_and_is_placed_on_release(
    canvas, window
) -> None:
    from PySide6.QtTest import QTest

    from tests.ui.gestures import LEFT, NO_MODIFIER, at, move_held

    # given the swimlane canvas and the start event "Need" (centred at 90, 75) with its name
    scene, view = window.scene, window.view
    start = canvas.steps["start"]
    item = scene.item(start)
    before, origin = item.label_area(), item.pos()
    # when the event is dragged, not yet released
    QTest.mousePress(view.viewport(), LEFT, NO_MODIFIER, at(view, 90, 75))
    for step in range(1, 6):
        move_held(view, 90 + 12 * step, 75 + 8 * step)
    shift = item.pos() - origin
    # then its name moved with it, by the same offset
    assert shift.x() > 0 and shift.y() > 0
    assert item.label_area() == before.translated(shift)
    # and once released, the name is where placing the diagram afresh puts it
    QTest.mouseRelease(view.viewport(), LEFT, NO_MODIFIER, at(view, 150, 115))
    workspace = window.document.workspace
    assert scene_labels(scene) == export_labels(workspace, canvas.diagram_id)


def test_a_label_keeps_off_the_name_of_the_sub_process_it_sits_in(qapp) -> None:
    # given an expanded sub-process whose name is centred inside its top edge, and a gateway
    # whose label would go above it, where that name is, and below it, onto a task
    editor, diagram, _ids = boundary_case()
    sub = Step(
        id="Sub_1",
        diagram_id=diagram,
        kind=StepKind.SUB_PROCESS,
        expanded=True,
        name="Checkout",
        bounds=Rect(500, 100, 300, 200),
    )
    gateway = Step(
        id="Gateway_1",
        diagram_id=diagram,
        kind=StepKind.EXCLUSIVE_GATEWAY,
        name="Paid?",
        bounds=Rect(625, 124, 50, 50),
    )
    task = Step(id="Task_2", diagram_id=diagram, name="Ship", bounds=Rect(600, 180, 100, 80))
    for entity in (sub, gateway, task):
        editor.add(entity)
    # when shown
    labels = scene_labels(DiagramScene(editor.workspace, diagram))
    # then the gateway's name went beside it, off the sub-process's name and the task
    band = embedded_name(sub)
    assert band is not None
    assert overlap(labels["Gateway_1"], band) == 0
    assert overlap(labels["Gateway_1"], task.bounds) == 0
    assert labels["Gateway_1"].x >= gateway.bounds.right or labels["Gateway_1"].right <= 625
