"""The canvas without a mouse: Tab through every element, rename in place, connect by key.

The swimlane diagram of ``builders.swimlane``: start → Receive request → Check budget →
Approve → end in lane "Requester"; tests add what else they need through the editor.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPointF, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QWidget

from procdesk.model.elements import Flow, FlowKind, Lane, Step, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.ui.canvas.context_menu import build_menu
from procdesk.ui.canvas.keyboard_connect import KeyboardConnectTool
from procdesk.ui.window.main_window import MainWindow
from tests.ui.gestures import click, key

SHIFT = Qt.KeyboardModifier.ShiftModifier


def selected(window: MainWindow) -> list[str]:
    return window.scene.selected_ids()


def flows_between(window: MainWindow, source: str, target: str) -> list[Flow]:
    workspace = window.scene.workspace
    return [
        f
        for f in workspace.elements_of(window.scene.diagram_id, Flow)
        if (f.source_id, f.target_id) == (source, target)
    ]


def add_task(window: MainWindow, name: str, at: Point) -> str:
    editor = window.document.editor
    new_id = editor.add_step(window.scene.diagram_id, StepKind.TASK, name, at)
    window.document.history.clear()
    return new_id


def connect_mode(window: MainWindow) -> KeyboardConnectTool:
    tool = window.controller.tool
    assert isinstance(tool, KeyboardConnectTool)
    return tool


# Tab and Shift+Tab ---------------------------------------------------------------------------
def test_tab_with_nothing_selected_selects_the_first_element(window, canvas):
    # given the diagram with nothing selected and the keyboard focus on the canvas
    window.scene.clearSelection()
    assert window.view.hasFocus()
    # when Tab is pressed
    key(window.view, Qt.Key.Key_Tab)
    # then the start event, first in reading order, is selected and focus stayed on the canvas
    assert selected(window) == [canvas.steps["start"]]
    assert window.view.hasFocus()


def test_tab_follows_the_flow_then_reaches_every_element_once(window, canvas):
    # given a task off the flow in lane "Buyer" and nothing selected
    loose = add_task(window, "Archive", Point(220, 225))
    workspace = window.scene.workspace
    everything = set(window.scene.items_by_id)
    window.scene.clearSelection()
    # when Tab is pressed once per element
    visited = []
    for _ in everything:
        key(window.view, Qt.Key.Key_Tab)
        visited += selected(window)
    # then the first steps are the flow in order, the loose task comes after the end event,
    # and every element (steps, flows, pool and lanes) was selected exactly once
    flow = [canvas.steps[n] for n in ("start", "Receive request", "Check budget", "Approve")]
    assert visited[:6] == [*flow, canvas.steps["end"], loose]
    assert sorted(visited) == sorted(everything)
    assert all(workspace.find(i) is not None for i in visited)
    # when Tab is pressed once more, the walk starts over
    key(window.view, Qt.Key.Key_Tab)
    assert selected(window) == [canvas.steps["start"]]


def test_shift_tab_retraces_the_walk(window, canvas):
    # given the second task selected
    click(window.view, 380, 75)
    assert selected(window) == [canvas.steps["Check budget"]]
    # when Shift+Tab is pressed twice
    key(window.view, Qt.Key.Key_Backtab, SHIFT)
    key(window.view, Qt.Key.Key_Backtab, SHIFT)
    # then the selection went back along the flow to the start event
    assert selected(window) == [canvas.steps["start"]]
    # and Shift+Tab from the first element wraps around to the last one instead of stopping
    key(window.view, Qt.Key.Key_Backtab, SHIFT)
    assert selected(window) and selected(window) != [canvas.steps["start"]]


def test_ctrl_tab_leaves_the_canvas(window, canvas):
    # given the keyboard focus on the canvas (where Tab walks the diagram)
    assert window.view.hasFocus()
    # when Ctrl+Tab is pressed
    key(window.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    # then another widget has the focus
    focused = window.focusWidget()
    assert isinstance(focused, QWidget) and focused is not window.view


# label editing -------------------------------------------------------------------------------
def test_f2_renames_with_enter_and_escape_drops_the_text(window, canvas):
    # given the first task selected
    task = canvas.steps["Receive request"]
    click(window.view, 220, 75)
    # when F2 is pressed, a name typed and Enter pressed
    key(window.view, Qt.Key.Key_F2)
    editor = window.controller.keys.label_editor
    assert editor is not None
    assert window.view.accessibleDescription().startswith(
        "Editing the name of “Receive request”. Enter keeps it"
    )
    QTest.keyClicks(window.view, "Log request")
    key(window.view, Qt.Key.Key_Return)
    # then the task is renamed, as one undo step, and the canvas reads the new name
    assert window.scene.workspace.find(task).name == "Log request"
    assert window.view.accessibleDescription().startswith("User task “Log request”")
    assert window.document.history.can_undo
    # when F2 is pressed again, other text typed and Escape pressed
    key(window.view, Qt.Key.Key_F2)
    QTest.keyClicks(window.view, "Something else")
    key(window.view, Qt.Key.Key_Escape)
    # then the name is unchanged and the editor is gone
    assert window.scene.workspace.find(task).name == "Log request"
    assert window.controller.keys.label_editor is None
    # and undo brings the first name back
    window.undo()
    assert window.scene.workspace.find(task).name == "Receive request"


# connecting by key ---------------------------------------------------------------------------
def test_c_then_arrow_and_enter_connects_as_one_undo_step(window, canvas):
    # given a task below "Approve" in lane "Buyer", and "Approve" selected
    order = add_task(window, "Order goods", Point(540, 225))
    approve = canvas.steps["Approve"]
    click(window.view, 540, 75)
    # when C is pressed
    key(window.view, Qt.Key.Key_C)
    # then the connect mode shows a dashed line and an outlined candidate, and says so
    tool = connect_mode(window)
    assert tool.target_id is not None and tool.allowed
    assert tool.line.isVisible() and tool.outline.isVisible()
    assert tool.line.pen().style() == Qt.PenStyle.DashLine
    assert "Enter connects" in window.statusBar().currentMessage()
    # when Down is pressed, the task below becomes the candidate
    key(window.view, Qt.Key.Key_Down)
    assert tool.target_id == order and tool.allowed
    end = tool.line.line().p2()
    assert (end.x(), end.y()) == (540.0, 225.0)
    # when Enter is pressed
    key(window.view, Qt.Key.Key_Return)
    # then one sequence flow joins them, it is selected, and the mode is over
    flows = flows_between(window, approve, order)
    assert [f.kind for f in flows] == [FlowKind.SEQUENCE]
    assert selected(window) == [flows[0].id]
    assert window.controller.tool is window.controller.select_tool
    assert not shiboken6.isValid(tool.line) or tool.line.scene() is None
    # and one undo removes it again
    window.undo()
    assert flows_between(window, approve, order) == []
    assert not window.document.history.can_undo


def test_tab_in_connect_mode_skips_refused_targets(window, canvas):
    # given "Check budget" selected and the connect mode on
    click(window.view, 380, 75)
    key(window.view, Qt.Key.Key_C)
    tool = connect_mode(window)
    # when Tab is pressed once per element of the diagram
    seen = [tool.target_id]
    for _ in window.scene.items_by_id:
        key(window.view, Qt.Key.Key_Tab)
        seen.append(tool.target_id)
    # then only allowed targets were offered: never the start event, never the source
    assert tool.allowed
    assert canvas.steps["start"] not in seen
    assert canvas.steps["Check budget"] not in seen
    assert {canvas.steps["Approve"], canvas.steps["end"]} <= set(seen)


def test_a_refused_target_says_why_and_enter_does_not_connect(window, canvas):
    # given "Receive request" selected and the connect mode on
    source = canvas.steps["Receive request"]
    click(window.view, 220, 75)
    key(window.view, Qt.Key.Key_C)
    tool = connect_mode(window)
    # when Left goes to the start event (which takes no incoming sequence flow)
    key(window.view, Qt.Key.Key_Left)
    assert tool.target_id == canvas.steps["start"]
    # then it is outlined as refused and the status bar and the screen reader say why
    assert not tool.allowed
    message = window.statusBar().currentMessage()
    assert "start event has no incoming sequence flow" in message
    assert "start event has no incoming sequence flow" in window.view.accessibleDescription()
    # when Enter is pressed nothing is connected and the mode stays on
    key(window.view, Qt.Key.Key_Return)
    assert flows_between(window, source, canvas.steps["start"]) == []
    assert window.controller.tool is tool
    assert not window.document.history.can_undo


def test_escape_leaves_connect_mode_without_a_change(window, canvas):
    # given the connect mode on from the start event
    click(window.view, 90, 75)
    key(window.view, Qt.Key.Key_C)
    tool = connect_mode(window)
    line = tool.line
    # when Escape is pressed
    key(window.view, Qt.Key.Key_Escape)
    # then the mode is over, its line gone, nothing changed, the start event still selected
    assert window.controller.tool is window.controller.select_tool
    lines = [i for i in window.scene.items() if isinstance(i, QGraphicsLineItem)]
    assert not shiboken6.isValid(line) or line not in lines
    assert not window.document.history.can_undo
    assert selected(window) == [canvas.steps["start"]]
    assert window.view.accessibleDescription().startswith("Start event “Need”")


def test_connecting_into_another_pool_makes_a_message_flow(window, canvas):
    # given a second pool with a task, below the first
    editor = window.document.editor
    diagram_id = window.scene.diagram_id
    pool = editor.add_pool(diagram_id, "Supplier", Rect(0, 350, 900, 150), ())
    supplier_task = editor.add_step(
        diagram_id, StepKind.TASK, "Ship", Point(540, 425), parent_id=pool
    )
    window.document.history.clear()
    approve = canvas.steps["Approve"]
    click(window.view, 540, 75)
    # when C, Down (to the supplier's task) and Enter are pressed
    key(window.view, Qt.Key.Key_C)
    key(window.view, Qt.Key.Key_Down)
    assert connect_mode(window).target_id == supplier_task
    key(window.view, Qt.Key.Key_Enter)
    # then the rules chose a message flow
    assert [f.kind for f in flows_between(window, approve, supplier_task)] == [FlowKind.MESSAGE]


def test_c_without_a_single_selection_explains_itself(window, canvas):
    # given nothing selected
    window.scene.clearSelection()
    # when C is pressed, the status bar says what to do and no mode starts
    key(window.view, Qt.Key.Key_C)
    assert "Select one element" in window.statusBar().currentMessage()
    assert window.controller.tool is window.controller.select_tool


def test_the_context_menu_offers_connecting(window, canvas):
    # given the menu for the first task
    menu = build_menu(window.controller, QPointF(220, 75))
    entries = {a.objectName(): a for a in menu.actions() if a.objectName()}
    # then it offers "Connect to…" with C shown, and choosing it starts the connect mode
    entry = entries["connectFromKeyboard"]
    assert entry.text() == "Connect to…" and entry.shortcut().toString() == "C"
    entry.trigger()
    assert connect_mode(window).source_id == canvas.steps["Receive request"]
    assert selected(window) == [canvas.steps["Receive request"]]


# what a screen reader is told ----------------------------------------------------------------
def test_the_canvas_names_the_diagram_and_describes_the_selection(window, canvas):
    view = window.view
    # given the diagram open, the canvas is named after it
    assert view.accessibleName() == "Diagram As-is of process Purchase"
    # when the second task is selected by key
    click(window.view, 220, 75)
    key(view, Qt.Key.Key_Tab)
    # then the description reads the task, its lane and its flows with their ends' names
    description = view.accessibleDescription()
    assert description.startswith("User task “Check budget” in lane “Requester”.")
    assert "sequence flow from “Receive request”" in description
    assert "sequence flow to “Approve”" in description


@pytest.mark.parametrize("severity", [2, 5])
def test_open_weak_points_are_read_out(window, canvas, severity):
    # given an open weak point recorded on "Approve"
    from procdesk.model.elements import WeakPoint

    editor = window.document.editor
    editor.add(
        WeakPoint(
            id="WeakPoint_1",
            diagram_id=window.scene.diagram_id,
            target_id=canvas.steps["Approve"],
            severity=severity,
            description="Waits for the signature",
        )
    )
    # when "Approve" is selected
    click(window.view, 540, 75)
    # then the description names the weak point and its severity
    description = window.view.accessibleDescription()
    assert f"Open weak points: 1, worst severity {severity} of 5." in description
    assert "Waits for the signature." in description


def test_shift_f10_opens_the_menu_of_the_selection_beside_it(window, canvas):
    # given the second task selected by key (no mouse anywhere near it)
    click(window.view, 220, 75)
    key(window.view, Qt.Key.Key_Tab)
    seen: list[tuple[list[str], QRect]] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        assert popup is not None
        seen.append(([a.text() for a in popup.actions()], popup.geometry()))
        popup.close()

    # when Shift+F10 is pressed (the menu reads itself as soon as it is open)
    QTimer.singleShot(0, read_and_close)
    key(window.view, Qt.Key.Key_F10, SHIFT)
    # then the step's own menu opened at the task (moved sideways only to fit the screen)
    [(texts, where)] = seen
    assert {"Append task", "Connect to…"} <= set(texts)
    task = window.view.viewport().mapToGlobal(window.view.mapFromScene(QPointF(380, 75)))
    assert where.top() == task.y() and where.left() <= task.x() <= where.right()


def test_an_empty_diagram_is_begun_and_continued_by_keyboard(window, tmp_path):
    # given a new workspace: one process, one pool with one lane, no steps
    assert window.new_workspace_at(tmp_path / "empty.procdesk")
    document = window.document
    diagram_id = window.scene.diagram_id
    lane = document.workspace.elements_of(diagram_id, Lane)[0]
    window.view.setFocus()
    # when S places a start event (named as typed), then T and E continue the flow
    for kind_key, name in ((Qt.Key.Key_S, "Order in"), (Qt.Key.Key_T, "Check"), (Qt.Key.Key_E, "")):
        key(window.view, kind_key)
        QTest.keyClicks(window.view, name)
        key(window.view, Qt.Key.Key_Return)
    # then the three steps stand in the lane in that order, joined by two sequence flows
    steps = sorted(document.workspace.elements_of(diagram_id, Step), key=lambda s: s.bounds.x)
    assert [(s.kind, s.name) for s in steps] == [
        (StepKind.START_EVENT, "Order in"),
        (StepKind.TASK, "Check"),
        (StepKind.END_EVENT, ""),
    ]
    assert all(s.lane_id == lane.id and lane.bounds.contains(s.bounds.center) for s in steps)
    flows = {(f.source_id, f.target_id) for f in document.workspace.elements_of(diagram_id, Flow)}
    assert flows == {(steps[0].id, steps[1].id), (steps[1].id, steps[2].id)}
    # and a second S with nothing selected places another start event beside, not on top
    window.scene.clearSelection()
    key(window.view, Qt.Key.Key_S)
    key(window.view, Qt.Key.Key_Escape)
    steps = document.workspace.elements_of(diagram_id, Step)
    first, second = (s.bounds for s in steps if s.kind == StepKind.START_EVENT)
    assert first.right <= second.x or second.right <= first.x
