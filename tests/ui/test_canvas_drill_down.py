"""Double-clicking a collapsed sub-process opens the diagram of its inside; Back returns."""

from __future__ import annotations

from lxml import etree

from procdesk.export.bpmn import write_bpmn
from procdesk.export.bpmn.namespaces import hint
from procdesk.model.elements import Diagram, Foreign, Step, StepKind
from procdesk.model.geometry import Point
from procdesk.ui.canvas.context_menu import drill_into
from procdesk.ui.canvas.create import create_at
from procdesk.ui.canvas.palette import SPECS
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


def test_open_sub_process_makes_its_inside_where_new_steps_belong_to_it(window, canvas):
    # given a collapsed sub-process drawn here, with no inside yet
    editor = canvas.editor
    sub = editor.add_step(
        canvas.diagram_id, StepKind.SUB_PROCESS, "Order goods", Point(380, 225), canvas.lanes[1]
    )
    # when it is opened (context menu "Open sub-process")
    drill_into(window.controller, sub)
    inside = window.scene.diagram_id
    # then an empty diagram of its own is shown, made as one undo step
    assert inside != canvas.diagram_id
    assert canvas.workspace.get(inside, Diagram).variant == "sub-process"
    assert window.document.history.undo_label == "Add diagram Order goods"
    # and a task placed there belongs to the sub-process, also in the BPMN export
    created = create_at(window.controller, SPECS["task"], window.view.mapToScene(200, 150))
    assert created is not None
    assert canvas.workspace.get(created, Step).parent_id == sub
    process_id = canvas.workspace.get(inside, Diagram).process_id
    root = etree.fromstring(write_bpmn(canvas.workspace, process_id))
    ns = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL"}
    (element,) = root.iterfind(f".//bpmn:subProcess[@id='{sub}']", ns)
    assert element.find(f"bpmn:task[@id='{created}']", ns) is not None
    # and Back returns to the outer diagram
    back = next(a for a in window.editing_actions if a.objectName() == "actionBack")
    back.trigger()
    assert window.scene.diagram_id == canvas.diagram_id
