"""Modelling rules: can these two elements be connected, and if not, why not.

The same verdict drives the canvas's live feedback while dragging a connection and guards the
edit itself, so the UI can never create what the rules refuse.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Entity,
    FlowKind,
    Group,
    Pool,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.naming import noun
from procdesk.model.workspace import Workspace
from procdesk.text import tr


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether an edit is allowed; *reason* says why not, in words for the user."""

    allowed: bool
    reason: str = ""
    kind: FlowKind | None = None

    def __bool__(self) -> bool:
        return self.allowed


def _no(reason: str) -> Verdict:
    return Verdict(False, reason)


def default_flow_kind(workspace: Workspace, source: Entity, target: Entity) -> FlowKind | None:
    """The flow a user means when dragging from *source* to *target*, or None if none fits."""
    if isinstance(source, Annotation) or isinstance(target, Annotation):
        return FlowKind.ASSOCIATION
    if isinstance(source, DataObject | DataStore):
        return FlowKind.DATA_INPUT
    if isinstance(target, DataObject | DataStore):
        return FlowKind.DATA_OUTPUT
    if isinstance(source, Pool) or isinstance(target, Pool):
        return FlowKind.MESSAGE
    if isinstance(source, Step) and isinstance(target, Step):
        source_pool = workspace.pool_of(source.id)
        target_pool = workspace.pool_of(target.id)
        if source_pool is not None and target_pool is not None and source_pool != target_pool:
            return FlowKind.MESSAGE
        return FlowKind.SEQUENCE
    return None


def can_connect(
    workspace: Workspace, source_id: str, target_id: str, kind: FlowKind | None = None
) -> Verdict:
    """Decide whether a flow of *kind* (or the natural kind) may join the two elements."""
    source, target = workspace.find(source_id), workspace.find(target_id)
    if not isinstance(source, Shape) or not isinstance(target, Shape):
        return _no(tr("only shapes can be connected"))
    if source.diagram_id != target.diagram_id:
        return _no(tr("elements of different diagrams cannot be connected"))
    if source.id == target.id:
        return _no(tr("an element cannot be connected to itself"))
    if isinstance(source, Group) or isinstance(target, Group):
        return _no(tr("a group only frames elements; it cannot be connected"))
    kind = kind or default_flow_kind(workspace, source, target)
    if kind is None:
        reason = tr("{source} → {target}: these cannot be connected")
        return _no(reason.format(source=noun(source), target=noun(target)))
    check = {
        FlowKind.SEQUENCE: _sequence,
        FlowKind.MESSAGE: _message,
        FlowKind.ASSOCIATION: _association,
        FlowKind.DATA_INPUT: _data_input,
        FlowKind.DATA_OUTPUT: _data_output,
    }[kind]
    verdict = check(workspace, source, target)
    return Verdict(True, "", kind) if verdict.allowed else verdict


def _sequence(workspace: Workspace, source: Shape, target: Shape) -> Verdict:
    if not isinstance(source, Step) or not isinstance(target, Step):
        return _no(tr("sequence flows join tasks, events and gateways only"))
    if workspace.pool_of(source.id) != workspace.pool_of(target.id):
        return _no(tr("a sequence flow cannot cross a pool boundary; use a message flow"))
    if source.parent_id != target.parent_id and source.attached_to is None:
        src_parent = workspace.find(source.parent_id)
        tgt_parent = workspace.find(target.parent_id)
        if isinstance(src_parent, Step) or isinstance(tgt_parent, Step):
            return _no(tr("a sequence flow cannot leave or enter a sub-process"))
    if source.kind == StepKind.END_EVENT:
        return _no(tr("an end event has no outgoing sequence flow"))
    if target.kind == StepKind.START_EVENT:
        return _no(tr("a start event has no incoming sequence flow"))
    if target.kind == StepKind.BOUNDARY_EVENT:
        return _no(tr("a boundary event has no incoming sequence flow"))
    if source.kind == StepKind.INTERMEDIATE_THROW_EVENT and source.event_definition == "link":
        return _no(tr("a link throw event has no outgoing sequence flow"))
    return Verdict(True)


def _message(workspace: Workspace, source: Shape, target: Shape) -> Verdict:
    if not isinstance(source, Step | Pool) or not isinstance(target, Step | Pool):
        return _no(tr("message flows join pools, tasks and events"))
    source_pool = source if isinstance(source, Pool) else workspace.pool_of(source.id)
    target_pool = target if isinstance(target, Pool) else workspace.pool_of(target.id)
    if source_pool is None or target_pool is None:
        return _no(tr("a message flow joins two pools; draw the pools first"))
    if source_pool.id == target_pool.id:
        return _no(tr("a message flow must go between pools; inside a pool use a sequence flow"))
    if isinstance(source, Step) and source.kind.is_gateway:
        return _no(tr("a gateway cannot send a message"))
    if isinstance(target, Step) and target.kind.is_gateway:
        return _no(tr("a gateway cannot receive a message"))
    if isinstance(source, Step) and source.kind in (
        StepKind.START_EVENT,
        StepKind.INTERMEDIATE_CATCH_EVENT,
        StepKind.BOUNDARY_EVENT,
    ):
        return _no(tr("a catching event receives messages; it cannot send one"))
    if isinstance(target, Step) and target.kind in (
        StepKind.END_EVENT,
        StepKind.INTERMEDIATE_THROW_EVENT,
    ):
        return _no(tr("a throwing event sends messages; it cannot receive one"))
    return Verdict(True)


def _association(workspace: Workspace, source: Shape, target: Shape) -> Verdict:
    if not (isinstance(source, Annotation) or isinstance(target, Annotation)):
        return _no(tr("an association links a text annotation to an element"))
    return Verdict(True)


def _data_input(workspace: Workspace, source: Shape, target: Shape) -> Verdict:
    if not isinstance(source, DataObject | DataStore):
        return _no(tr("a data input starts at a data object or data store"))
    if not ((isinstance(target, Step) and target.kind.is_activity) or _is_event_using_data(target)):
        return _no(tr("data flows into a task, sub-process or throwing event"))
    return Verdict(True)


def _data_output(workspace: Workspace, source: Shape, target: Shape) -> Verdict:
    if not isinstance(target, DataObject | DataStore):
        return _no(tr("a data output ends at a data object or data store"))
    if not (isinstance(source, Step) and (source.kind.is_activity or source.kind.is_event)):
        return _no(tr("data comes from a task, sub-process or catching event"))
    return Verdict(True)


def _is_event_using_data(shape: Shape) -> bool:
    return isinstance(shape, Step) and shape.kind in (
        StepKind.END_EVENT,
        StepKind.INTERMEDIATE_THROW_EVENT,
    )
