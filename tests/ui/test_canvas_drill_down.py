"""Double-clicking a collapsed sub-process opens the diagram of its inside; Back returns."""

from __future__ import annotations

from procdesk.export.bpmn.namespaces import hint
from procdesk.model.elements import Diagram, Foreign, StepKind
from procdesk.model.geometry import Point
from tests.ui.gestures import double_click


def test_drill_down_into_a_sub_process_and_back(window, canvas):
    # given a collapsed sub-process whose inside is drawn in a diagram of its own
    editor = canvas.editor
    sub = editor.add_step(
        canvas.diagram_id, StepKind.SUB_PROCESS, "Order goods", Point(380, 225), canvas.lanes[1]
    )
    process_id = canvas.workspace.get(canvas.diagram_id, Diagram).process_id
    inside = editor.add_diagram(process_id, "Order goods", variant="sub-process")
    editor.update([inside], foreign=Foreign(attributes=((hint("plane"), sub),)))
    # when it is double-clicked
    double_click(window.view, 380, 225)
    # then its diagram is shown, and Back returns to the first one
    assert window.scene.diagram_id == inside
    assert not window.controller.keys.label_editor_active()
    back = next(a for a in window.editing_actions if a.objectName() == "actionBack")
    back.trigger()
    assert window.scene.diagram_id == canvas.diagram_id


def test_double_click_on_a_plain_sub_process_edits_its_name(window, canvas):
    # given a collapsed sub-process without a diagram of its own
    canvas.editor.add_step(
        canvas.diagram_id, StepKind.SUB_PROCESS, "Order goods", Point(380, 225), canvas.lanes[1]
    )
    # when it is double-clicked
    double_click(window.view, 380, 225)
    # then its name is being edited
    assert window.controller.keys.label_editor_active()
