"""Quick capture's edits of an existing row that take more than one command: putting a step
after another (its incoming flow moves), moving it to a lane by name (made if missing) and
changing its kind (its size and flows follow). Each is one undo step, grouped under a label
that names the step."""

from __future__ import annotations

from procdesk.document import Document
from procdesk.model.capture import ensure_lane
from procdesk.model.elements import FlowKind, Lane, Step, StepKind
from procdesk.model.geometry import Rect
from procdesk.model.sizes import step_size
from procdesk.model.swimlanes import Reroute
from procdesk.text import tr
from procdesk.ui.panels.capture.table import kind_word


def called(step: Step) -> str:
    """A step as an undo label names it: its name, else the word "step"."""
    return step.name or tr("step", "an unnamed step in an undo label")


def follow(
    document: Document, step: Step, before: str | None, after: str | None, named: str
) -> None:
    """Let *step* come after the step *after* (named *named* in the label): the flow from
    its old predecessor *before* goes, a flow from *after* comes, the diagram is laid out."""
    editor, workspace = document.editor, document.workspace
    old = [
        flow.id
        for flow in workspace.flows_at(step.id)
        if flow.kind == FlowKind.SEQUENCE and flow.target_id == step.id and flow.source_id == before
    ]
    label = tr("Put {step} after {after}").format(step=called(step), after=named)
    with editor.history.group(label):
        if old:
            editor.delete(old)
        editor.connect(after or "", step.id)
        editor.auto_layout(step.diagram_id)


def move_to_lane(document: Document, step: Step, lane_name: str) -> None:
    """Put *step* in the lane named *lane_name* (made if the diagram has none of that name)."""
    current = document.workspace.find(step.lane_id or "")
    if isinstance(current, Lane) and current.name.strip().casefold() == lane_name.casefold():
        return
    editor, diagram_id = document.editor, step.diagram_id
    with editor.history.group(
        tr("Move {step} to {lane}").format(step=called(step), lane=lane_name)
    ):
        lane_id = ensure_lane(editor, diagram_id, lane_name)
        editor.set_lane([step.id], lane_id)
        editor.auto_layout(diagram_id)


def change_kind(document: Document, step: Step, kind: StepKind) -> None:
    """A new kind takes that kind's size around the same centre; its flows follow."""
    if kind == step.kind:
        return
    w, h = step_size(kind, step.expanded)
    centre = step.bounds.center
    bounds = Rect(centre.x - w / 2, centre.y - h / 2, w, h)
    editor = document.editor
    flows = tuple(flow.id for flow in document.workspace.flows_at(step.id))
    label = tr("Make {step} a {kind}").format(step=called(step), kind=kind_word(kind))
    with editor.history.group(label):
        editor.update([step.id], kind=kind, bounds=bounds)
        editor.run(Reroute(flows))
