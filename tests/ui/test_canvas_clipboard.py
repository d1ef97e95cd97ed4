"""Copy, cut, paste and duplicate on the canvas, also into another diagram."""

from __future__ import annotations

from PySide6.QtCore import Qt

from procdesk.model.elements import Flow, Step
from tests.ui.gestures import click, key

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _steps(built, diagram_id=None):
    return built.workspace.elements_of(diagram_id or built.diagram_id, Step)


def test_copy_paste_two_connected_tasks_with_their_flow(window, canvas):
    # given two connected tasks selected
    click(window.view, 220, 75)
    click(window.view, 380, 75, SHIFT)
    steps_before = len(_steps(canvas))
    flows_before = len(canvas.workspace.elements_of(canvas.diagram_id, Flow))
    # when copied and pasted
    key(window.view, Qt.Key.Key_C, CTRL)
    key(window.view, Qt.Key.Key_V, CTRL)
    # then two new tasks (offset, fresh ids) and the flow between them exist, selected
    assert len(_steps(canvas)) == steps_before + 2
    assert len(canvas.workspace.elements_of(canvas.diagram_id, Flow)) == flows_before + 1
    pasted = window.scene.selected_ids()
    names = sorted(canvas.workspace.get(i).name for i in pasted if i.startswith("Task"))
    assert names == ["Check budget", "Receive request"]
    original = canvas.workspace.get(canvas.steps["Receive request"], Step)
    copy = next(
        canvas.workspace.get(i, Step)
        for i in pasted
        if canvas.workspace.get(i).name == "Receive request"
    )
    assert copy.bounds.x == original.bounds.x + 20
    assert copy.lane_id == original.lane_id
    # and one undo removes the whole paste
    window.document.history.undo()
    assert len(_steps(canvas)) == steps_before


def test_cut_and_duplicate(window, canvas):
    # given a selected task
    task = canvas.steps["Approve"]
    click(window.view, 540, 75)
    # when duplicated with Ctrl+D
    key(window.view, Qt.Key.Key_D, CTRL)
    # then a copy exists next to it
    assert sum(s.name == "Approve" for s in _steps(canvas)) == 2
    # when the original (the part the offset copy does not cover) is cut and pasted back
    click(window.view, 500, 45)
    key(window.view, Qt.Key.Key_X, CTRL)
    assert task not in canvas.workspace
    key(window.view, Qt.Key.Key_V, CTRL)
    assert sum(s.name == "Approve" for s in _steps(canvas)) == 2


def test_paste_into_another_diagram_joins_its_lane(window, canvas):
    # given a task copied, and a to-be copy of the diagram on the canvas
    click(window.view, 220, 75)
    key(window.view, Qt.Key.Key_C, CTRL)
    editor = window.document.editor
    other = editor.create_variant(canvas.diagram_id)
    window.tree.select_diagram(other)
    assert window.scene.diagram_id == other
    before = len(_steps(canvas, other))
    # when pasted there
    window.view.setFocus()
    key(window.view, Qt.Key.Key_V, CTRL)
    # then the task is in that diagram, at the same place, in that diagram's lane
    steps = _steps(canvas, other)
    assert len(steps) == before + 1
    pasted = next(s for s in steps if s.id == window.scene.selected_ids()[0])
    lane = canvas.workspace.find(pasted.lane_id)
    assert lane is not None and lane.diagram_id == other
    assert pasted.bounds == canvas.workspace.get(canvas.steps["Receive request"], Step).bounds
