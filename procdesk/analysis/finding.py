"""A lint finding, and how findings name the elements they are about."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from procdesk.analysis.graph import FlowGraph
from procdesk.model.elements import Flow, Pool, Step
from procdesk.model.naming import noun
from procdesk.text import tr


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One lint finding on one element (a step, flow, pool, sub-process or the diagram).

    *rule* is a fixed English code (``check --json`` prints it; scripts match on it), while
    *message* and *hint* are text for people, in the user's language.
    """

    severity: Severity
    rule: str
    element: str
    message: str
    hint: str = ""

    def to_json(self) -> dict[str, str]:
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "element": self.element,
            "message": self.message,
            "hint": self.hint,
        }


def step_name(step: Step) -> str:
    """'task 'Check invoice'' or 'unnamed task Task_1a2b3c4d', for messages."""
    label = " ".join(step.name.split())
    if label:
        return tr("{kind} '{name}'").format(kind=noun(step), name=label)
    return tr("unnamed {kind} {id}").format(kind=noun(step), id=step.id)


def scope_name(graph: FlowGraph, scope: str) -> str:
    """A flow scope (sub-process, pool or diagram) in words, for messages."""
    if scope in graph.steps:
        return step_name(graph.steps[scope])
    if scope in graph.pools:
        pool = graph.pools[scope]
        if pool.name:
            return tr("pool '{name}'").format(name=pool.name)
        return tr("pool {id}").format(id=pool.id)
    return tr("diagram '{name}'").format(name=graph.diagram.name)


def flow_name(graph: FlowGraph, flow: Flow) -> str:
    """A flow by its label, or by the steps it joins, for messages."""

    def end(element_id: str) -> str:
        step = graph.steps.get(element_id)
        if step is not None:
            return step.name.strip() or step.id
        pool: Pool | None = graph.pools.get(element_id)
        return (pool.name or pool.id) if pool is not None else element_id

    if flow.name:
        return tr("'{name}'", "a flow's name in quotes").format(name=flow.name)
    return tr("from {source} to {target}").format(
        source=end(flow.source_id), target=end(flow.target_id)
    )
