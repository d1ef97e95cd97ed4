"""Drill-down: the diagram that draws the inside of a collapsed sub-process (its BPMN plane).

An imported file names that diagram's sub-process in a hint on the diagram (the BPMN writer
uses the same hint to write the plane back), so a sub-process drawn in procdesk gets its inside
diagram the same way: made on the first drill-down, one undo step.
"""

from __future__ import annotations

from procdesk.export.bpmn.namespaces import hint
from procdesk.model.editor import Editor
from procdesk.model.elements import Diagram, Foreign, Step
from procdesk.model.ids import new_id
from procdesk.model.workspace import Workspace
from procdesk.text import tr

_PLANE = hint("plane")


def sub_process_diagram(workspace: Workspace, step_id: str) -> str | None:
    """The diagram that draws the inside of a collapsed sub-process, if there is one."""
    for process in workspace.processes():
        for diagram in workspace.diagrams_of(process.id):
            if (_PLANE, step_id) in diagram.foreign.attributes:
                return diagram.id
    return None


def plane_owner(workspace: Workspace, diagram_id: str) -> Step | None:
    """The collapsed sub-process whose inside *diagram_id* draws (new steps belong to it)."""
    diagram = workspace.find(diagram_id)
    if not isinstance(diagram, Diagram):
        return None
    for name, value in diagram.foreign.attributes:
        if name == _PLANE:
            owner = workspace.find(value)
            return owner if isinstance(owner, Step) else None
    return None


def open_sub_process(editor: Editor, step_id: str) -> str | None:
    """The inside diagram of a collapsed sub-process, made empty on first use; None for a
    step that has no inside (a task, an expanded sub-process drawn in place)."""
    workspace = editor.workspace
    step = workspace.get(step_id, Step)
    existing = sub_process_diagram(workspace, step_id)
    if existing is not None or not step.kind.is_sub_process or step.expanded:
        return existing
    outer = workspace.get(step.diagram_id, Diagram)
    order = max((d.order for d in workspace.diagrams_of(outer.process_id)), default=0) + 1
    inside = Diagram(
        id=new_id("Diagram"),
        process_id=outer.process_id,
        name=step.name or tr("Sub-process", "name of the diagram inside an unnamed sub-process"),
        variant="sub-process",
        order=order,
        foreign=Foreign(attributes=((_PLANE, step_id),)),
    )
    return editor.add(inside)
