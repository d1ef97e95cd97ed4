"""What a step exchanges beyond the sequence flow: data objects it reads or writes, messages
it sends to or receives from other participants.

An SOP lists these with the step, so the reader knows which documents to have at hand and
whom to expect a message from, even when the modeller drew them instead of typing them.
"""

from __future__ import annotations

from procdesk.model.elements import DataObject, DataStore, Flow, FlowKind, Pool, Step
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def _data_name(entity: object) -> str:
    if isinstance(entity, DataObject):
        state = f" [{entity.state}]" if entity.state.strip() else ""
        return f"{entity.name.strip()}{state}" if entity.name.strip() else ""
    if isinstance(entity, DataStore):
        return entity.name.strip()
    return ""


def _merge(typed: tuple[str, ...], drawn: list[str]) -> tuple[str, ...]:
    seen = {item.casefold() for item in typed}
    extra = []
    for item in drawn:
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            extra.append(item)
    return (*typed, *extra)


def inputs_and_outputs(workspace: Workspace, step: Step) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The step's typed inputs and outputs, plus the data objects and stores drawn joined to it."""
    read: list[str] = []
    written: list[str] = []
    for flow in workspace.flows_at(step.id):
        if flow.kind == FlowKind.DATA_INPUT and flow.target_id == step.id:
            read.append(_data_name(workspace.find(flow.source_id)))
        elif flow.kind == FlowKind.DATA_OUTPUT and flow.source_id == step.id:
            written.append(_data_name(workspace.find(flow.target_id)))
    return _merge(step.inputs, read), _merge(step.outputs, written)


def _party(workspace: Workspace, entity_id: str, unknown: str) -> str:
    """A participant as the reader knows it: the pool's name, with the step if there is one.

    *unknown* stands in for a participant without a name; it is passed in because some
    languages inflect it differently for a receiver and a sender.
    """
    entity = workspace.find(entity_id)
    if isinstance(entity, Pool):
        return entity.name.strip() or unknown
    if isinstance(entity, Step):
        pool = workspace.pool_of(entity.id)
        where = pool.name.strip() if pool and pool.name.strip() else unknown
        return f"{where} ({entity.name.strip()})" if entity.name.strip() else where
    return unknown


def message_sentences(workspace: Workspace, step: Step) -> list[str]:
    """'Send “Purchase order” to Supplier.' / 'Receive “Quote” from Supplier.'"""
    sentences = []
    flows = sorted(
        (f for f in workspace.flows_at(step.id) if f.kind == FlowKind.MESSAGE),
        key=lambda f: (f.source_id != step.id, f.name),
    )
    for flow in flows:
        sentences.append(_sentence(workspace, flow, step.id))
    return sentences


def _sentence(workspace: Workspace, flow: Flow, step_id: str) -> str:
    name = flow.name.strip()
    if flow.source_id == step_id:
        party = _party(workspace, flow.target_id, tr("another participant", "receiver"))
        if name:
            return tr("Send “{message}” to {party}.").format(message=name, party=party)
        return tr("Send a message to {party}.").format(party=party)
    party = _party(workspace, flow.source_id, tr("another participant", "sender"))
    if name:
        return tr("Receive “{message}” from {party}.").format(message=name, party=party)
    return tr("Receive a message from {party}.").format(party=party)
