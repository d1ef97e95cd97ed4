"""Creating from the palette, connecting from the hover handle, appending by key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from procdesk.model.elements import Flow, FlowKind, Step, StepKind
from tests.ui.gestures import click, drag, hover, key


def _flows(built) -> set[str]:
    return {f.id for f in built.workspace.elements_of(built.diagram_id, Flow)}


def test_palette_creates_a_task_in_the_clicked_lane_and_names_it(window, qtbot, canvas):
    # given the palette and an empty spot in the second lane
    palette = window.findChild(QToolBar, "palette")
    assert palette is not None
    buyer = canvas.lanes[1]
    before = {s.id for s in canvas.workspace.elements_of(canvas.diagram_id, Step)}
    # when "task" is chosen and the canvas clicked, and a name typed
    palette.entries["task"].trigger()
    click(window.view, 700, 230)
    qtbot.keyClicks(window.view, "Pay invoice")
    key(window.view, Qt.Key.Key_Return)
    # then a named task sits there, in that lane, in model and scene
    created = [
        s for s in canvas.workspace.elements_of(canvas.diagram_id, Step) if s.id not in before
    ]
    assert len(created) == 1
    task = created[0]
    assert (task.kind, task.name, task.lane_id) == (StepKind.TASK, "Pay invoice", buyer)
    assert task.bounds.center.x == 700 and task.bounds.center.y == 230
    assert window.scene.item(task.id).entity.name == "Pay invoice"
    # and the palette is back to selecting
    assert not palette.entries["task"].isChecked()


def test_dragging_from_the_handle_connects_two_steps(window, canvas):
    # given two unconnected tasks (first and third)
    first, third = canvas.steps["Receive request"], canvas.steps["Approve"]
    before = _flows(canvas)
    # when the mouse hovers the first and drags its handle onto the third
    hover(window.view, 220, 75)
    drag(window.view, (284, 75), (540, 60), steps=10)
    # then one sequence flow joins them, in model and scene, undoable in one step
    new = _flows(canvas) - before
    assert len(new) == 1
    flow = canvas.workspace.get(new.pop(), Flow)
    assert (flow.source_id, flow.target_id, flow.kind) == (first, third, FlowKind.SEQUENCE)
    assert window.scene.item(flow.id) is not None
    window.document.history.undo()
    assert _flows(canvas) == before


def test_refused_connection_says_why_and_changes_nothing(window, canvas):
    # given the end event and the first task
    before = _flows(canvas)
    # when the end event's handle is dragged onto the task
    hover(window.view, 700, 75)
    drag(window.view, (732, 75), (220, 60), steps=10)
    # then no flow is made and the status bar gives the rule's reason
    assert _flows(canvas) == before
    assert "end event" in window.statusBar().currentMessage()
    assert not window.document.history.can_undo


def test_key_t_appends_a_connected_task_in_the_same_lane(window, qtbot, canvas):
    # given the diagram with the end event removed and the last task selected
    canvas.editor.delete([canvas.steps["end"]])
    last = canvas.steps["Approve"]
    click(window.view, 540, 75)
    # when T is pressed and a name typed
    key(window.view, Qt.Key.Key_T)
    qtbot.keyClicks(window.view, "Order goods")
    key(window.view, Qt.Key.Key_Return)
    # then a task to the right in the same lane follows the last one
    appended = [f for f in canvas.workspace.flows_at(last) if f.source_id == last]
    assert len(appended) == 1
    task = canvas.workspace.get(appended[0].target_id, Step)
    source = canvas.workspace.get(last, Step)
    assert task.name == "Order goods"
    assert task.lane_id == source.lane_id
    assert task.bounds.x > source.bounds.right
    assert task.bounds.center.y == source.bounds.center.y
    assert window.scene.selected_ids() == [task.id]
    # and G then appends a gateway to it
    key(window.view, Qt.Key.Key_G)
    key(window.view, Qt.Key.Key_Escape)
    gateway = [f.target_id for f in canvas.workspace.flows_at(task.id) if f.source_id == task.id]
    assert canvas.workspace.get(gateway[0], Step).kind == StepKind.EXCLUSIVE_GATEWAY


def test_dropping_a_palette_entry_creates_it_there(window, qtbot, canvas):
    # given a data store entry dragged from the palette to an empty spot of the second lane
    from PySide6.QtCore import QByteArray, QMimeData, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from procdesk.model.elements import DataStore
    from procdesk.ui.canvas.palette import MIME
    from tests.ui.gestures import at

    data = QMimeData()
    data.setData(MIME, QByteArray(b"data store"))
    spot = QPointF(at(window.view, 600, 230))
    # when it enters the canvas and is dropped
    enter = QDragEnterEvent(
        spot.toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        spot,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.view.viewport(), drop)
    key(window.view, Qt.Key.Key_Escape)
    # then a data store stands there, in the lane under it
    stores = canvas.workspace.elements_of(canvas.diagram_id, DataStore)
    assert len(stores) == 1
    assert stores[0].bounds.center.x == 600 and stores[0].bounds.center.y == 230
    assert stores[0].lane_id == canvas.lanes[1]
    assert window.scene.item(stores[0].id) is not None


def test_an_intermediate_event_placed_on_a_task_border_becomes_a_boundary_event(
    window, qtbot, canvas
):
    # given the palette's intermediate event chosen
    palette = window.findChild(QToolBar, "palette")
    host = canvas.steps["Check budget"]
    before = {s.id for s in canvas.workspace.elements_of(canvas.diagram_id, Step)}
    palette.entries["timer event"].trigger()
    # when the bottom border of a task is clicked
    click(window.view, 400, 115)
    key(window.view, Qt.Key.Key_Escape)
    # then a boundary timer event sits on that border, attached to the task
    event = next(
        s for s in canvas.workspace.elements_of(canvas.diagram_id, Step) if s.id not in before
    )
    assert event.kind == StepKind.BOUNDARY_EVENT and event.attached_to == host
    assert event.bounds.center.y == 115
    # and it travels with the task
    canvas.editor.move([host], 0, 20)
    assert canvas.workspace.get(event.id, Step).bounds.center.y == 135


def test_dragging_between_pools_makes_a_message_flow(window, canvas):
    # given a second pool below with a task in it
    from procdesk.model.geometry import Point, Rect

    supplier = canvas.editor.add_pool(
        canvas.diagram_id, "Supplier", Rect(0, 340, 900, 150), ("Sales",)
    )
    lane = canvas.workspace.lanes_of(supplier)[0].id
    quote = canvas.editor.add_step(
        canvas.diagram_id, StepKind.TASK, "Send quote", Point(540, 415), lane
    )
    before = _flows(canvas)
    # when the handle of "Check budget" is dragged onto the supplier's task
    hover(window.view, 380, 75)
    drag(window.view, (444, 75), (540, 415), steps=12)
    # then a message flow joins them
    new = _flows(canvas) - before
    assert len(new) == 1
    flow = canvas.workspace.get(new.pop(), Flow)
    assert (flow.kind, flow.target_id) == (FlowKind.MESSAGE, quote)


def test_context_pad_appends_a_gateway_with_one_click(window, qtbot, canvas):
    # given a selected task (490..590 x 35..115) showing its context pad
    source = canvas.steps["Check budget"]
    click(window.view, 380, 75)
    pad = window.controller.pad
    assert pad.step_id == source and len(pad.buttons) == 5
    # when its second button ("Append gateway") is clicked
    gateway_button = pad.buttons[1]
    centre = gateway_button.pos()
    from PySide6.QtCore import QPointF

    from tests.ui.gestures import at

    spot = at(window.view, centre.x(), centre.y()) + QPointF(11, 11).toPoint()
    from PySide6.QtTest import QTest

    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.keyClicks(window.view, "Budget ok?")
    key(window.view, Qt.Key.Key_Return)
    # then a named gateway follows the task
    outgoing = [f for f in canvas.workspace.flows_at(source) if f.source_id == source]
    targets = [canvas.workspace.get(f.target_id, Step) for f in outgoing]
    assert any(t.kind == StepKind.EXCLUSIVE_GATEWAY and t.name == "Budget ok?" for t in targets)


def test_palette_pool_comes_with_a_lane_and_takes_a_name(window, qtbot, canvas):
    # given the palette's pool entry chosen
    from procdesk.model.elements import Pool

    palette = window.findChild(QToolBar, "palette")
    palette.entries["pool"].trigger()
    # when the canvas is clicked below the diagram and a name typed
    window.view.centerOn(450, 450)
    click(window.view, 100, 400)
    qtbot.keyClicks(window.view, "Supplier")
    key(window.view, Qt.Key.Key_Return)
    # then a named pool with one lane stands there
    pools = canvas.workspace.elements_of(canvas.diagram_id, Pool)
    new = next(p for p in pools if p.bounds.y == 400)
    assert new.name == "Supplier"
    assert len(canvas.workspace.lanes_of(new.id)) == 1


def test_a_step_placed_inside_an_expanded_sub_process_belongs_to_it(window, canvas):
    # given an expanded sub-process in the second lane (centred at 500, 225: 325..675)
    from procdesk.model.geometry import Point

    sub = canvas.editor.add_step(
        canvas.diagram_id,
        StepKind.SUB_PROCESS,
        "Order",
        Point(500, 225),
        canvas.lanes[1],
        expanded=True,
    )
    window.document.history.clear()
    palette = window.findChild(QToolBar, "palette")
    # when a task is placed inside it
    palette.entries["task"].trigger()
    click(window.view, 560, 240)
    key(window.view, Qt.Key.Key_Escape)
    # then the task's container is the sub-process, and it moves with it
    task = next(
        s for s in canvas.workspace.elements_of(canvas.diagram_id, Step) if s.parent_id == sub
    )
    canvas.editor.move([sub], 10, 0)
    assert canvas.workspace.get(task.id, Step).bounds.x == task.bounds.x + 10
