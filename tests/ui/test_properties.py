"""The properties dock edits the selection through the Editor; typing is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from procdesk.model.elements import Duration, Flow, Step, StepKind
from tests.ui.gestures import click

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _field(window, name: str):
    return window.properties.widgets[name]


def test_dock_shows_the_selected_step(window, canvas):
    # given the properties dock
    dock = window.findChild(QDockWidget, "properties")
    assert dock is not None and dock.isVisible()
    # when a task is clicked
    click(window.view, 380, 75)
    # then its name and lane are shown, and flow-only fields are hidden
    assert _field(window, "name").text() == "Check budget"
    assert _field(window, "lane_id").currentData() == canvas.lanes[0]
    assert not _field(window, "condition").isVisibleTo(window.properties)
    assert _field(window, "instruction").isVisibleTo(window.properties)
    # and the name reads from its start in a narrow dock (not scrolled to its end)
    assert _field(window, "name").cursorPosition() == 0


def test_typing_a_name_is_one_undo_step(window, qtbot, canvas):
    # given a selected task
    task = canvas.steps["Check budget"]
    click(window.view, 380, 75)
    name = _field(window, "name")
    # when its name is replaced by typing
    name.selectAll()
    qtbot.keyClicks(name, "Check the budget")
    # then the model and canvas follow each keystroke, and one undo restores the old name
    assert canvas.workspace.get(task, Step).name == "Check the budget"
    assert window.scene.item(task).entity.name == "Check the budget"
    window.document.history.undo()
    assert canvas.workspace.get(task, Step).name == "Check budget"
    assert not window.document.history.can_undo
    assert name.text() == "Check budget"


def test_sop_fields_duration_and_cost(window, qtbot, canvas):
    # given a selected task
    task = canvas.steps["Approve"]
    click(window.view, 540, 75)
    # when the work instruction, systems, duration and cost are filled in
    qtbot.keyClicks(_field(window, "instruction"), "Compare with the budget plan")
    qtbot.keyClicks(_field(window, "systems"), "SAP")
    _field(window, "systems").appendPlainText("Excel")
    for name, text in (
        ("duration.min", "5"),
        ("duration.typical", "15"),
        ("duration.max", "60"),
        ("cost", "12,5"),
    ):
        qtbot.keyClicks(_field(window, name), text)
    # then the model holds them
    step = canvas.workspace.get(task, Step)
    assert step.instruction == "Compare with the budget plan"
    assert step.systems == ("SAP", "Excel")
    assert step.duration == Duration(5, 15, 60)
    assert step.cost == 12.5
    # when a maximum below the minimum is typed, it is refused with a reason
    max_field = _field(window, "duration.max")
    max_field.clear()
    qtbot.keyClicks(max_field, "1")
    assert canvas.workspace.get(task, Step).duration == Duration(5, 15, 60)
    assert "duration" in window.properties.error.text()


def test_lane_and_kind_choices(window, canvas):
    # given a selected task in the first lane
    task = canvas.steps["Approve"]
    click(window.view, 540, 75)
    lane = _field(window, "lane_id")
    # when the second lane is chosen
    lane.setCurrentIndex(lane.findData(canvas.lanes[1]))
    lane.activated.emit(lane.currentIndex())
    # then the step belongs to it
    assert canvas.workspace.get(task, Step).lane_id == canvas.lanes[1]
    # when its kind becomes an exclusive gateway, it takes the gateway's size around its centre
    kind = _field(window, "kind")
    kind.setCurrentIndex(kind.findData(StepKind.EXCLUSIVE_GATEWAY.value))
    kind.activated.emit(kind.currentIndex())
    step = canvas.workspace.get(task, Step)
    assert step.kind == StepKind.EXCLUSIVE_GATEWAY
    assert (step.bounds.w, step.bounds.center.x) == (50, 540)


def test_flow_condition_default_and_probability(window, qtbot, canvas):
    # given the flow between the first two tasks, selected
    flow = next(
        f
        for f in canvas.workspace.flows_at(canvas.steps["Check budget"])
        if f.target_id == canvas.steps["Check budget"]
    )
    window.scene.select_ids([flow.id])
    # when a condition, a probability in percent and the default flag are set
    qtbot.keyClicks(_field(window, "condition"), "amount < 5000")
    qtbot.keyClicks(_field(window, "probability"), "80 %")
    _field(window, "is_default").setChecked(True)
    # then the flow holds them
    after = canvas.workspace.get(flow.id, Flow)
    assert (after.condition, after.probability, after.is_default) == ("amount < 5000", 0.8, True)


def test_multi_selection_edits_shared_fields(window, qtbot, canvas):
    # given two selected tasks
    click(window.view, 220, 75)
    click(window.view, 380, 75, SHIFT)
    # when a role is typed
    qtbot.keyClicks(_field(window, "role"), "Clerk")
    # then both carry it, in one undo step
    ids = [canvas.steps["Receive request"], canvas.steps["Check budget"]]
    assert all(canvas.workspace.get(i, Step).role == "Clerk" for i in ids)
    window.document.history.undo()
    assert all(canvas.workspace.get(i, Step).role == "" for i in ids)


def test_with_nothing_selected_the_dock_edits_the_process(window, qtbot, canvas):
    # given nothing selected on the canvas
    from procdesk.model.elements import Diagram, Process, ProcessStatus

    window.scene.clearSelection()
    process_id = canvas.workspace.get(canvas.diagram_id, Diagram).process_id
    assert window.properties.ids == [process_id]
    # when the purpose, owner and status are set, and a bad review date typed
    qtbot.keyClicks(_field(window, "purpose"), "Buy what teams need, on budget")
    qtbot.keyClicks(_field(window, "owner"), "Head of Purchasing")
    status = _field(window, "status")
    status.setCurrentIndex(status.findData(ProcessStatus.REVIEW.value))
    status.activated.emit(status.currentIndex())
    qtbot.keyClicks(_field(window, "review_date"), "next spring")
    # then the process holds them, and the date is refused with a reason
    process = canvas.workspace.get(process_id, Process)
    assert process.purpose == "Buy what teams need, on budget"
    assert process.owner == "Head of Purchasing"
    assert process.status == ProcessStatus.REVIEW
    assert process.review_date == ""
    assert "YYYY-MM-DD" in window.properties.error.text()


def test_the_review_interval_of_the_process(window, qtbot, canvas):
    # given nothing selected: the dock shows the process, reviewed every 12 months
    from procdesk.model.elements import Diagram, Process

    window.scene.clearSelection()
    process_id = canvas.workspace.get(canvas.diagram_id, Diagram).process_id
    field = _field(window, "review_interval_months")
    assert field.text() == "12"
    # when 6 is typed, then the process is reviewed every 6 months
    field.clear()
    qtbot.keyClicks(field, "6")
    assert canvas.workspace.get(process_id, Process).review_interval_months == 6
    # when 0 is typed, then it is refused with a reason and 6 stays
    field.clear()
    qtbot.keyClicks(field, "0")
    assert canvas.workspace.get(process_id, Process).review_interval_months == 6
    assert "1 to 120 months" in window.properties.error.text()


def test_event_trigger_loop_and_expanded_sub_process(window, canvas):
    # given the end event selected
    from procdesk.model.elements import EventDefinition, LoopKind
    from procdesk.model.geometry import Point

    window.scene.select_ids([canvas.steps["end"]])
    trigger = _field(window, "event_definition")
    # when its trigger becomes "Terminate"
    trigger.setCurrentIndex(trigger.findData(EventDefinition.TERMINATE.value))
    trigger.activated.emit(trigger.currentIndex())
    # then it is a terminate end event
    end = canvas.workspace.get(canvas.steps["end"], Step)
    assert end.event_definition == EventDefinition.TERMINATE
    # when a task is made to repeat in parallel
    window.scene.select_ids([canvas.steps["Approve"]])
    loop = _field(window, "loop")
    loop.setCurrentIndex(loop.findData(LoopKind.PARALLEL.value))
    loop.activated.emit(loop.currentIndex())
    assert canvas.workspace.get(canvas.steps["Approve"], Step).loop == LoopKind.PARALLEL
    # when a sub-process is expanded, it grows to show its contents; undo folds it again
    sub = canvas.editor.add_step(
        canvas.diagram_id, StepKind.SUB_PROCESS, "Order", Point(380, 225), canvas.lanes[1]
    )
    window.scene.select_ids([sub])
    _field(window, "expanded").setChecked(True)
    step = canvas.workspace.get(sub, Step)
    assert step.expanded and step.bounds.w == 350
    window.document.history.undo()
    assert canvas.workspace.get(sub, Step).bounds.w == 100
