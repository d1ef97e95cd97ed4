"""A lint finding, and how findings name the elements they are about."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from procdesk.analysis.graph import FlowGraph
from procdesk.model.elements import Flow, Pool, Step
from procdesk.model.naming import noun


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One lint finding on one element (a step, flow, pool, sub-process or the diagram)."""

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
    return f"{noun(step)} '{label}'" if label else f"unnamed {noun(step)} {step.id}"


def scope_name(graph: FlowGraph, scope: str) -> str:
    """A flow scope (sub-process, pool or diagram) in words, for messages."""
    if scope in graph.steps:
        return step_name(graph.steps[scope])
    if scope in graph.pools:
        pool = graph.pools[scope]
        return f"pool '{pool.name}'" if pool.name else f"pool {pool.id}"
    return f"diagram '{graph.diagram.name}'"


def flow_name(graph: FlowGraph, flow: Flow) -> str:
    """A flow by its label, or by the steps it joins, for messages."""

    def end(element_id: str) -> str:
        step = graph.steps.get(element_id)
        if step is not None:
            return step.name.strip() or step.id
        pool: Pool | None = graph.pools.get(element_id)
        return (pool.name or pool.id) if pool is not None else element_id

    return f"'{flow.name}'" if flow.name else f"from {end(flow.source_id)} to {end(flow.target_id)}"
