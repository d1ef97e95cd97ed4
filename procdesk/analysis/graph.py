"""A networkx view of one diagram: its steps as nodes, its sequence flows as edges.

Every analysis (lint checks, metrics, simulation, comparison) reads the diagram through this
view, so that questions such as "which lane does this step sit in", "is this a split" or "with
which probability is each branch taken" get one answer everywhere.

Scopes: a pool (or the diagram itself, for steps outside any pool) and every sub-process form
their own flow scope, with their own start and end events, as in BPMN.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import networkx as nx

from procdesk.model.elements import (
    Diagram,
    EventDefinition,
    Flow,
    FlowKind,
    Lane,
    Pool,
    Step,
    StepKind,
)
from procdesk.model.workspace import Workspace

_CHOICE_GATEWAYS = (
    StepKind.EXCLUSIVE_GATEWAY,
    StepKind.INCLUSIVE_GATEWAY,
    StepKind.EVENT_BASED_GATEWAY,
    StepKind.COMPLEX_GATEWAY,
)


class SplitKind(StrEnum):
    """How a step hands its token on when it has several outgoing sequence flows."""

    NONE = "none"
    CHOICE = "choice"
    """One branch, chosen by branch probabilities (exclusive, event-based, complex gateways).

    Inclusive gateways are read as choices too: their "one or more" is estimated as exactly
    one branch, so an inclusive split's probabilities should add up to 100 %.
    """
    PARALLEL = "parallel"
    """Every branch (a parallel gateway, or an activity with unconditional outgoing flows)."""


@dataclass(slots=True)
class FlowGraph:
    """The steps and flows of one diagram, with the lookups the analyses share.

    ``sequence`` is a MultiDiGraph: nodes are step ids, each edge is keyed by its flow id and
    carries the Flow as ``flow``. Edges are in the order the flows were drawn.
    """

    diagram: Diagram
    steps: dict[str, Step]
    sequence: nx.MultiDiGraph
    message_flows: list[Flow]
    sequence_flows: dict[str, Flow]
    lanes: dict[str, Lane]
    pools: dict[str, Pool]
    pool_of: dict[str, str | None]
    scope_of: dict[str, str]
    lane_of: dict[str, str | None]
    _out: dict[str, list[Flow]] = field(default_factory=dict)
    _in: dict[str, list[Flow]] = field(default_factory=dict)
    _branches: dict[str, list[tuple[Flow, float]]] = field(default_factory=dict)

    def outgoing(self, step_id: str) -> list[Flow]:
        """Sequence flows leaving *step_id*, in drawing order.

        A link throw event's jump to its link catch events counts as a (virtual) flow here,
        though it is not in ``sequence_flows``: figures and reachability follow it.
        """
        return self._out.get(step_id, [])

    def incoming(self, step_id: str) -> list[Flow]:
        """Sequence flows entering *step_id*, in drawing order."""
        return self._in.get(step_id, [])

    def scopes(self) -> dict[str, list[str]]:
        """Each flow scope (pool, sub-process or diagram id) with its step ids."""
        result: dict[str, list[str]] = {}
        for step_id, scope in self.scope_of.items():
            result.setdefault(scope, []).append(step_id)
        return result

    def starts(self, scope: str) -> list[str]:
        """Start events of a scope (boundary events are not starts: their host triggers them)."""
        return [
            s
            for s, sc in self.scope_of.items()
            if sc == scope and self.steps[s].kind == StepKind.START_EVENT
        ]

    def activities(self) -> list[Step]:
        """Tasks, sub-processes and call activities: the steps people (or systems) do."""
        return [s for s in self.steps.values() if s.kind.is_activity]

    def main_scope(self) -> str | None:
        """The top-level scope the process's figures are about: the one with most activities.

        A collaboration shows several pools; the figures (cycle time, cost, paths) are those of
        the pool doing most of the work. Sub-processes count as one step of their parent.
        """
        counts: dict[str, int] = {}
        for step_id, scope in self.scope_of.items():
            if scope in self.steps:
                continue
            counts.setdefault(scope, 0)
            if self.steps[step_id].kind.is_activity:
                counts[scope] += 1
        if not counts:
            return None
        return max(counts, key=lambda scope: counts[scope])

    def split_kind(self, step_id: str) -> SplitKind:
        """How *step_id* hands its token on (see SplitKind)."""
        out = self.outgoing(step_id)
        if len(out) < 2:
            return SplitKind.NONE
        kind = self.steps[step_id].kind
        if kind in _CHOICE_GATEWAYS:
            return SplitKind.CHOICE
        if kind == StepKind.PARALLEL_GATEWAY:
            return SplitKind.PARALLEL
        if any(f.condition or f.probability is not None or f.is_default for f in out):
            return SplitKind.CHOICE
        return SplitKind.PARALLEL

    def waits_for_all(self, step_id: str) -> bool:
        """Whether *step_id* joins by waiting for every incoming branch (a parallel join)."""
        return (
            self.steps[step_id].kind == StepKind.PARALLEL_GATEWAY
            and len(self.incoming(step_id)) > 1
        )

    def branch_probabilities(self, step_id: str) -> list[tuple[Flow, float]]:
        """Each outgoing flow with the chance a token takes it.

        For a choice, given probabilities are kept; flows without one share what remains
        evenly (all even when none is given); the result is scaled to sum to 1. For a parallel
        split or a single flow every branch gets 1. (Computed once per step: the graph does
        not change after it is built.)
        """
        known = self._branches.get(step_id)
        if known is None:
            known = self._branches[step_id] = self._probabilities(step_id)
        return known

    def _probabilities(self, step_id: str) -> list[tuple[Flow, float]]:
        out = self.outgoing(step_id)
        if self.split_kind(step_id) != SplitKind.CHOICE:
            return [(f, 1.0) for f in out]
        given = sum(f.probability for f in out if f.probability is not None)
        missing = [f for f in out if f.probability is None]
        share = max(0.0, 1.0 - given) / len(missing) if missing else 0.0
        raw = [(f, f.probability if f.probability is not None else share) for f in out]
        total = sum(p for _, p in raw)
        if total <= 0:
            return [(f, 1.0 / len(out)) for f in out]
        return [(f, p / total) for f, p in raw]


def build_graph(workspace: Workspace, diagram_id: str) -> FlowGraph:
    """The FlowGraph of *diagram_id*."""
    diagram = workspace.get(diagram_id, Diagram)
    steps: dict[str, Step] = {}
    lanes: dict[str, Lane] = {}
    pools: dict[str, Pool] = {}
    flows: list[Flow] = []
    for element in workspace.elements_of(diagram_id):
        if isinstance(element, Step):
            steps[element.id] = element
        elif isinstance(element, Lane):
            lanes[element.id] = element
        elif isinstance(element, Pool):
            pools[element.id] = element
        elif isinstance(element, Flow):
            flows.append(element)
    pool_of: dict[str, str | None] = {}
    for step_id in steps:
        pool = workspace.pool_of(step_id)
        pool_of[step_id] = pool.id if pool is not None else None
    scope_of = {s.id: _scope(s, steps, pool_of, diagram_id) for s in steps.values()}
    lane_of = {s.id: _lane(s, steps) for s in steps.values()}
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(steps)
    sequence: dict[str, Flow] = {}
    messages: list[Flow] = []
    out: dict[str, list[Flow]] = {}
    incoming: dict[str, list[Flow]] = {}
    for flow in flows:
        if flow.kind == FlowKind.MESSAGE:
            messages.append(flow)
        elif flow.kind == FlowKind.SEQUENCE and flow.source_id in steps and flow.target_id in steps:
            sequence[flow.id] = flow
            graph.add_edge(flow.source_id, flow.target_id, key=flow.id, flow=flow)
            out.setdefault(flow.source_id, []).append(flow)
            incoming.setdefault(flow.target_id, []).append(flow)
    result = FlowGraph(
        diagram=diagram,
        steps=steps,
        sequence=graph,
        message_flows=messages,
        sequence_flows=sequence,
        lanes=lanes,
        pools=pools,
        pool_of=pool_of,
        scope_of=scope_of,
        lane_of=lane_of,
        _out=out,
        _in=incoming,
    )
    for throw, catches in link_targets(result).items():
        for catch in catches:
            jump = Flow(
                id=f"{throw}.link.{catch}",
                diagram_id=diagram_id,
                source_id=throw,
                target_id=catch,
            )
            out.setdefault(throw, []).append(jump)
            incoming.setdefault(catch, []).append(jump)
    return result


def _scope(step: Step, steps: dict[str, Step], pool_of: dict[str, str | None], diagram: str) -> str:
    host = steps.get(step.attached_to) if step.attached_to else None
    if host is not None:
        return _scope(host, steps, pool_of, diagram)
    if step.parent_id in steps:
        return step.parent_id
    return pool_of.get(step.id) or diagram


def _lane(step: Step, steps: dict[str, Step]) -> str | None:
    """The lane of a step, or of the sub-process or host it sits in."""
    seen: set[str] = set()
    current: Step | None = step
    while current is not None and current.id not in seen:
        if current.lane_id:
            return current.lane_id
        seen.add(current.id)
        container = current.attached_to or current.parent_id
        current = steps.get(container) if container else None
    return None


def is_link(step: Step, kind: StepKind) -> bool:
    return step.kind == kind and step.event_definition == EventDefinition.LINK


def link_targets(graph: FlowGraph) -> dict[str, list[str]]:
    """Each link throw event with the link catch events of the same name in its scope.

    A pair of link events is a sequence flow drawn as two "off-page connectors".
    """
    catches: dict[tuple[str, str], list[str]] = {}
    for step in graph.steps.values():
        if is_link(step, StepKind.INTERMEDIATE_CATCH_EVENT):
            key = (graph.scope_of[step.id], step.name.strip().casefold())
            catches.setdefault(key, []).append(step.id)
    return {
        step.id: catches.get((graph.scope_of[step.id], step.name.strip().casefold()), [])
        for step in graph.steps.values()
        if is_link(step, StepKind.INTERMEDIATE_THROW_EVENT)
    }
