"""Lint findings: what is wrong or doubtful in a diagram, each with the element and a fix hint.

The rules follow the intent of bpmnlint's recommended set, phrased for process officers rather
than engine developers. Errors make a diagram wrong (a token gets stuck, an element can never
run); warnings make it unclear (unlabelled branches, steps nobody owns).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from procdesk.analysis.graph import (
    FlowGraph,
    SplitKind,
    build_graph,
    is_event_sub_process,
    is_link,
    reachable_from,
)
from procdesk.model.elements import EventDefinition, Flow, Pool, Step, StepKind
from procdesk.model.naming import noun
from procdesk.model.workspace import Workspace


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


Rule = Callable[[FlowGraph], Iterator[Finding]]
E, W = Severity.ERROR, Severity.WARNING


def _name(step: Step) -> str:
    label = " ".join(step.name.split())
    return f"{noun(step)} '{label}'" if label else f"unnamed {noun(step)} {step.id}"


def _scope_name(graph: FlowGraph, scope: str) -> str:
    if scope in graph.steps:
        return _name(graph.steps[scope])
    if scope in graph.pools:
        pool = graph.pools[scope]
        return f"pool '{pool.name}'" if pool.name else f"pool {pool.id}"
    return f"diagram '{graph.diagram.name}'"


def start_event_required(graph: FlowGraph) -> Iterator[Finding]:
    for scope in graph.scopes():
        if not graph.starts(scope):
            yield Finding(
                E,
                "start-event-required",
                scope,
                f"{_scope_name(graph, scope)} has no start event",
                "add a start event where the process begins and connect it to the first step",
            )


def end_event_required(graph: FlowGraph) -> Iterator[Finding]:
    for scope, members in graph.scopes().items():
        if not any(graph.steps[s].kind == StepKind.END_EVENT for s in members):
            yield Finding(
                E,
                "end-event-required",
                scope,
                f"{_scope_name(graph, scope)} has no end event",
                "add an end event for each outcome and connect the last steps to it",
            )


def unreachable(graph: FlowGraph) -> Iterator[Finding]:
    for scope, members in graph.scopes().items():
        if not graph.starts(scope):
            continue
        reached = reachable_from(graph, graph.starts(scope))
        for step_id in members:
            step = graph.steps[step_id]
            if step_id in reached or step.compensation or is_event_sub_process(step):
                continue
            yield Finding(
                E,
                "unreachable",
                step_id,
                f"{_name(step)} cannot be reached from a start event",
                "connect it with an incoming sequence flow, or delete it",
            )


def _may_stop(step: Step) -> bool:
    """Steps that rightly have no outgoing sequence flow."""
    return (
        step.kind == StepKind.END_EVENT
        or step.compensation
        or is_event_sub_process(step)
        or is_link(step, StepKind.INTERMEDIATE_THROW_EVENT)
        or (
            step.kind == StepKind.BOUNDARY_EVENT
            and step.event_definition == EventDefinition.COMPENSATE
        )
    )


def dead_end(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        if graph.outgoing(step.id) or _may_stop(step):
            continue
        yield Finding(
            E,
            "dead-end",
            step.id,
            f"{_name(step)} has no outgoing sequence flow, so the process stops there",
            "connect it to the next step, or to an end event if the process ends here",
        )


def superfluous_gateway(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        if not step.kind.is_gateway:
            continue
        if len(graph.incoming(step.id)) <= 1 and len(graph.outgoing(step.id)) <= 1:
            yield Finding(
                W,
                "superfluous-gateway",
                step.id,
                f"{_name(step)} neither splits nor joins the flow",
                "remove the gateway and connect its neighbours directly",
            )


def gateway_join_fork(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        if not step.kind.is_gateway:
            continue
        if len(graph.incoming(step.id)) > 1 and len(graph.outgoing(step.id)) > 1:
            yield Finding(
                W,
                "no-gateway-join-fork",
                step.id,
                f"{_name(step)} both joins and splits the flow",
                "use one gateway to join and a second one to split",
            )


def split_unlabelled(graph: FlowGraph) -> Iterator[Finding]:
    labelled_kinds = (StepKind.EXCLUSIVE_GATEWAY, StepKind.INCLUSIVE_GATEWAY)
    for step in graph.steps.values():
        out = graph.outgoing(step.id)
        if step.kind not in labelled_kinds or len(out) < 2:
            continue
        bare = [f for f in out if not f.is_default and not f.name.strip() and not f.condition]
        if bare:
            yield Finding(
                W,
                "split-unlabelled",
                step.id,
                f"{_name(step)} splits into {len(out)} branches, "
                f"{len(bare)} without a label or condition",
                "name each outgoing flow after the decision it stands for (e.g. 'approved')",
            )


def conditional_flows(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        out = graph.outgoing(step.id)
        if step.kind.is_gateway or len(out) < 2 or not any(f.condition for f in out):
            continue
        if any(not f.condition and not f.is_default for f in out):
            yield Finding(
                W,
                "conditional-flows",
                step.id,
                f"{_name(step)} has conditional outgoing flows and some without a condition",
                "give every outgoing flow a condition, or mark one of them as the default",
            )


def implicit_split(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        if step.kind.is_gateway or graph.split_kind(step.id) != SplitKind.PARALLEL:
            continue
        yield Finding(
            W,
            "no-implicit-split",
            step.id,
            f"{_name(step)} starts {len(graph.outgoing(step.id))} parallel branches "
            "without a gateway",
            "add a parallel gateway (or an exclusive one, if only one branch is meant)",
        )


def fake_join(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        if step.kind.is_activity and len(graph.incoming(step.id)) > 1:
            yield Finding(
                W,
                "fake-join",
                step.id,
                f"{_name(step)} has {len(graph.incoming(step.id))} incoming sequence flows",
                "join the branches with a gateway before the step",
            )


def sequence_flow_across_pools(graph: FlowGraph) -> Iterator[Finding]:
    for flow in graph.sequence_flows.values():
        if graph.pool_of[flow.source_id] != graph.pool_of[flow.target_id]:
            yield Finding(
                E,
                "sequence-flow-across-pools",
                flow.id,
                f"sequence flow {_flow_name(graph, flow)} crosses a pool boundary",
                "between pools, use a message flow",
            )


def message_flow_inside_pool(graph: FlowGraph) -> Iterator[Finding]:
    def pool(end: str) -> str | None:
        return end if end in graph.pools else graph.pool_of.get(end)

    for flow in graph.message_flows:
        source, target = pool(flow.source_id), pool(flow.target_id)
        if source is not None and source == target:
            yield Finding(
                E,
                "message-flow-inside-pool",
                flow.id,
                f"message flow {_flow_name(graph, flow)} stays inside one pool",
                "inside a pool, use a sequence flow",
            )


def step_without_role(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.activities():
        if graph.lane_of[step.id] is None and not step.role.strip():
            yield Finding(
                W,
                "step-without-role",
                step.id,
                f"{_name(step)} has no lane and no role: nobody is responsible for it",
                "move it into the lane of the role that does it, or set its role",
            )


def label_required(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.activities():
        if not step.name.strip():
            yield Finding(
                W,
                "label-required",
                step.id,
                f"{_name(step)} has no name",
                "name the step with a verb and an object, e.g. 'Check invoice'",
            )


def duplicate_sequence_flows(graph: FlowGraph) -> Iterator[Finding]:
    seen: set[tuple[str, str, str]] = set()
    for flow in graph.sequence_flows.values():
        key = (flow.source_id, flow.target_id, flow.condition)
        if key in seen:
            yield Finding(
                W,
                "no-duplicate-sequence-flows",
                flow.id,
                f"sequence flow {_flow_name(graph, flow)} duplicates another one",
                "delete the duplicate flow",
            )
        seen.add(key)


def single_blank_start_event(graph: FlowGraph) -> Iterator[Finding]:
    for scope in graph.scopes():
        blank = [
            s
            for s in graph.starts(scope)
            if graph.steps[s].event_definition == EventDefinition.NONE
        ]
        if len(blank) > 1:
            yield Finding(
                W,
                "single-blank-start-event",
                scope,
                f"{_scope_name(graph, scope)} has {len(blank)} start events without a trigger",
                "keep one blank start event, or give the others a trigger (message, timer…)",
            )


def probability_sum(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        out = graph.outgoing(step.id)
        if graph.split_kind(step.id) != SplitKind.CHOICE:
            continue
        given = [f.probability for f in out if f.probability is not None]
        total = sum(given)
        if (len(given) == len(out) and abs(total - 1) > 1e-6) or total > 1 + 1e-6:
            yield Finding(
                W,
                "probability-sum",
                step.id,
                f"branch probabilities of {_name(step)} add up to {total:.0%}, not 100%",
                "adjust the probabilities of its outgoing flows so they add up to 100%",
            )


def no_path_to_end(graph: FlowGraph) -> Iterator[Finding]:
    for members in graph.scopes().values():
        ends = [s for s in members if graph.steps[s].kind == StepKind.END_EVENT]
        if not ends:
            continue
        can_end: set[str] = set()
        stack = ends
        while stack:
            current = stack.pop()
            if current not in can_end:
                can_end.add(current)
                stack.extend(f.source_id for f in graph.incoming(current))
        for step_id in members:
            if step_id in can_end or not graph.outgoing(step_id):
                continue
            step = graph.steps[step_id]
            yield Finding(
                W,
                "no-path-to-end",
                step_id,
                f"from {_name(step)} no path leads to an end event (an endless loop?)",
                "add a way out of the loop towards an end event",
            )


def _flow_name(graph: FlowGraph, flow: Flow) -> str:
    def end(element_id: str) -> str:
        step = graph.steps.get(element_id)
        if step is not None:
            return step.name.strip() or step.id
        pool: Pool | None = graph.pools.get(element_id)
        return (pool.name or pool.id) if pool is not None else element_id

    return f"'{flow.name}'" if flow.name else f"from {end(flow.source_id)} to {end(flow.target_id)}"


RULES: tuple[Rule, ...] = (
    start_event_required,
    end_event_required,
    unreachable,
    dead_end,
    no_path_to_end,
    sequence_flow_across_pools,
    message_flow_inside_pool,
    superfluous_gateway,
    gateway_join_fork,
    split_unlabelled,
    conditional_flows,
    implicit_split,
    fake_join,
    duplicate_sequence_flows,
    single_blank_start_event,
    probability_sum,
    step_without_role,
    label_required,
)
"""Every rule, in the order findings are reported."""


def check_graph(graph: FlowGraph) -> list[Finding]:
    """All findings on an already built FlowGraph, errors first, then in rule order."""
    findings = [finding for rule in RULES for finding in rule(graph)]
    return sorted(findings, key=lambda f: f.severity != Severity.ERROR)


def check(workspace: Workspace, diagram_id: str) -> list[Finding]:
    """All findings on one diagram."""
    return check_graph(build_graph(workspace, diagram_id))
