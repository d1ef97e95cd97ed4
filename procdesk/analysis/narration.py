"""What a screen reader says about the canvas: the diagram, the selection, a connection aim.

Shapes drawn on a canvas are invisible to assistive technology, so the canvas widget carries
these sentences as its accessible name and description. They are built here, from the model
alone, so they can be tested without a window and translated like every other text.
"""

from __future__ import annotations

from collections.abc import Sequence

from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Diagram,
    Entity,
    Flow,
    FlowKind,
    FlowNodeShape,
    Group,
    Lane,
    Phase,
    Pool,
    Process,
    Shape,
    Step,
    StepKind,
    WeakPointStatus,
)
from procdesk.model.workspace import Workspace
from procdesk.text import capitalised, tr, tr_noop

STEP_KINDS: dict[StepKind, str] = {
    StepKind.TASK: tr_noop("task"),
    StepKind.USER_TASK: tr_noop("user task"),
    StepKind.SERVICE_TASK: tr_noop("service task"),
    StepKind.MANUAL_TASK: tr_noop("manual task"),
    StepKind.SCRIPT_TASK: tr_noop("script task"),
    StepKind.SEND_TASK: tr_noop("send task"),
    StepKind.RECEIVE_TASK: tr_noop("receive task"),
    StepKind.BUSINESS_RULE_TASK: tr_noop("business rule task"),
    StepKind.SUB_PROCESS: tr_noop("sub-process"),
    StepKind.TRANSACTION: tr_noop("transaction"),
    StepKind.AD_HOC_SUB_PROCESS: tr_noop("ad-hoc sub-process"),
    StepKind.CALL_ACTIVITY: tr_noop("call activity"),
    StepKind.START_EVENT: tr_noop("start event"),
    StepKind.INTERMEDIATE_CATCH_EVENT: tr_noop("intermediate catch event"),
    StepKind.INTERMEDIATE_THROW_EVENT: tr_noop("intermediate throw event"),
    StepKind.END_EVENT: tr_noop("end event"),
    StepKind.BOUNDARY_EVENT: tr_noop("boundary event"),
    StepKind.EXCLUSIVE_GATEWAY: tr_noop("exclusive gateway"),
    StepKind.PARALLEL_GATEWAY: tr_noop("parallel gateway"),
    StepKind.INCLUSIVE_GATEWAY: tr_noop("inclusive gateway"),
    StepKind.EVENT_BASED_GATEWAY: tr_noop("event-based gateway"),
    StepKind.COMPLEX_GATEWAY: tr_noop("complex gateway"),
}
FLOW_KINDS: dict[FlowKind, str] = {
    FlowKind.SEQUENCE: tr_noop("sequence flow"),
    FlowKind.MESSAGE: tr_noop("message flow"),
    FlowKind.ASSOCIATION: tr_noop("association"),
    FlowKind.DATA_INPUT: tr_noop("data association"),
    FlowKind.DATA_OUTPUT: tr_noop("data association"),
}
SHAPE_KINDS: dict[type[Entity], str] = {
    Pool: tr_noop("pool"),
    Lane: tr_noop("lane"),
    Phase: tr_noop("phase"),
    DataObject: tr_noop("data object"),
    DataStore: tr_noop("data store"),
    Annotation: tr_noop("annotation"),
    Group: tr_noop("group"),
}
LISTED_NAMES = 5
"""How many names a description of several selected elements reads out."""


def kind_of(entity: Entity) -> str:
    """What *entity* is, in the user's language: 'user task', 'exclusive gateway', 'lane'…"""
    if isinstance(entity, Step):
        return tr(STEP_KINDS[entity.kind])
    if isinstance(entity, Flow):
        return tr(FLOW_KINDS[entity.kind])
    return tr(SHAPE_KINDS.get(type(entity), tr_noop("element")))


def name_of(workspace: Workspace, element_id: str | None) -> str:
    """The element's name in quotes, or what it is when it has none ('unnamed task')."""
    entity = workspace.find(element_id)
    if entity is None:
        return tr("nothing")
    name = " ".join(str(getattr(entity, "name", "")).split())
    if name:
        return tr("“{name}”").format(name=name)
    return tr("unnamed {kind}").format(kind=kind_of(entity))


def diagram_title(workspace: Workspace, diagram_id: str | None) -> str:
    """The canvas's accessible name: 'Diagram As-is of process Purchasing'."""
    diagram = workspace.find(diagram_id)
    if not isinstance(diagram, Diagram):
        return tr("Diagram canvas (no diagram open)")
    process = workspace.find(diagram.process_id)
    if isinstance(process, Process) and process.name:
        return tr("Diagram {name} of process {process}").format(
            name=diagram.name, process=process.name
        )
    return tr("Diagram {name}").format(name=diagram.name)


def describe_selection(workspace: Workspace, ids: Sequence[str]) -> str:
    """The canvas's accessible description for the selected element ids."""
    present = [i for i in ids if i in workspace]
    if not present:
        return tr("Nothing selected. Tab selects the first element.")
    if len(present) == 1:
        return describe_element(workspace, present[0])
    names = ", ".join(name_of(workspace, i) for i in present[:LISTED_NAMES])
    if len(present) > LISTED_NAMES:
        names += ", …"
    return tr("%n elements selected: {names}", None, len(present)).format(names=names)


def describe_element(workspace: Workspace, element_id: str) -> str:
    """One element in sentences: what and where it is, how it connects, what hurts there."""
    entity = workspace.find(element_id)
    if isinstance(entity, Flow):
        parts = [capitalised(_flow_sentence(workspace, entity))]
    elif isinstance(entity, Shape):
        parts = [capitalised(_shape_sentence(workspace, entity))]
        parts += _connections(workspace, entity.id, isinstance(entity, Pool | Lane | Phase))
    else:
        return tr("Nothing selected. Tab selects the first element.")
    parts += _weak_points(workspace, element_id)
    return " ".join(parts)


def _shape_sentence(workspace: Workspace, shape: Shape) -> str:
    if " ".join(shape.name.split()):
        what = tr("{kind} {name}").format(kind=kind_of(shape), name=name_of(workspace, shape.id))
    else:
        what = name_of(workspace, shape.id)
    lane_id = shape.lane_id if isinstance(shape, FlowNodeShape) else None
    pool = workspace.pool_of(shape.id) if not isinstance(shape, Pool) else None
    if lane_id and lane_id in workspace:
        return tr("{what} in lane {lane}.").format(what=what, lane=name_of(workspace, lane_id))
    if pool is not None:
        return tr("{what} in pool {pool}.").format(what=what, pool=name_of(workspace, pool.id))
    return what + "."


def _flow_sentence(workspace: Workspace, flow: Flow) -> str:
    sentence = tr("{kind} from {source} to {target}.").format(
        kind=kind_of(flow),
        source=name_of(workspace, flow.source_id),
        target=name_of(workspace, flow.target_id),
    )
    if flow.name.strip():
        sentence += " " + tr("Labelled {name}.").format(name=name_of(workspace, flow.id))
    if flow.condition.strip() and flow.condition.strip() != flow.name.strip():
        sentence += " " + tr("Condition: {condition}.").format(condition=flow.condition.strip())
    if flow.is_default:
        sentence += " " + tr("Default flow.")
    return sentence


def _connections(workspace: Workspace, shape_id: str, container: bool) -> list[str]:
    incoming = [f for f in workspace.flows_at(shape_id) if f.target_id == shape_id]
    outgoing = [f for f in workspace.flows_at(shape_id) if f.source_id == shape_id]
    parts: list[str] = []
    if incoming:
        sources = "; ".join(
            tr("{kind} from {name}").format(kind=kind_of(f), name=name_of(workspace, f.source_id))
            for f in incoming
        )
        parts.append(tr("%n incoming: {flows}.", None, len(incoming)).format(flows=sources))
    if outgoing:
        targets = "; ".join(
            tr("{kind} to {name}").format(kind=kind_of(f), name=name_of(workspace, f.target_id))
            for f in outgoing
        )
        parts.append(tr("%n outgoing: {flows}.", None, len(outgoing)).format(flows=targets))
    if not incoming and not outgoing and not container:
        parts.append(tr("Not connected."))
    return parts


def _weak_points(workspace: Workspace, element_id: str) -> list[str]:
    open_points = [
        p for p in workspace.weak_points_on(element_id) if p.status != WeakPointStatus.RESOLVED
    ]
    if not open_points:
        return []
    worst = max(p.severity for p in open_points)
    texts = "; ".join(p.description.strip() for p in open_points if p.description.strip())
    sentence = tr("Open weak points: %n, worst severity {worst} of 5.", None, len(open_points))
    sentence = sentence.format(worst=worst)
    if texts:
        sentence += " " + texts.rstrip(".") + "."
    return [sentence]


def describe_aim(
    workspace: Workspace, source_id: str, target_id: str, allowed: bool, reason: str, kind: str
) -> str:
    """Connecting from the keyboard: what Enter would do with the highlighted target."""
    source, target = name_of(workspace, source_id), name_of(workspace, target_id)
    if allowed:
        return tr("Connect {source} to {target} with a {kind}. Enter connects.").format(
            source=source, target=target, kind=kind
        )
    return tr("Cannot connect {source} to {target}: {reason}.").format(
        source=source, target=target, reason=reason.rstrip(".")
    )
