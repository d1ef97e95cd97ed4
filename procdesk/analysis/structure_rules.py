"""Structural lint rules: can every step run, and does every case end?

Findings of these rules are errors (a token gets stuck, an element can never run, or a flow
joins what BPMN keeps apart), except ``no-path-to-end``: a loop without a way out is a warning,
since some processes deliberately run forever.
"""

from __future__ import annotations

from collections.abc import Iterator

from procdesk.analysis.finding import Finding, Severity, flow_name, scope_name, step_name
from procdesk.analysis.graph import FlowGraph, is_link
from procdesk.analysis.walks import reachable_from
from procdesk.model.elements import EventDefinition, Step, StepKind
from procdesk.model.kept_attributes import is_event_sub_process
from procdesk.text import tr

E, W = Severity.ERROR, Severity.WARNING


def start_event_required(graph: FlowGraph) -> Iterator[Finding]:
    for scope in graph.scopes():
        if not graph.starts(scope):
            yield Finding(
                E,
                "start-event-required",
                scope,
                tr("{scope} has no start event").format(scope=scope_name(graph, scope)),
                tr("add a start event where the process begins and connect it to the first step"),
            )


def end_event_required(graph: FlowGraph) -> Iterator[Finding]:
    for scope, members in graph.scopes().items():
        if not any(graph.steps[s].kind == StepKind.END_EVENT for s in members):
            yield Finding(
                E,
                "end-event-required",
                scope,
                tr("{scope} has no end event").format(scope=scope_name(graph, scope)),
                tr("add an end event for each outcome and connect the last steps to it"),
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
                tr("{step} cannot be reached from a start event").format(step=step_name(step)),
                tr("connect it with an incoming sequence flow, or delete it"),
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
            tr("{step} has no outgoing sequence flow, so the process stops there").format(
                step=step_name(step)
            ),
            tr("connect it to the next step, or to an end event if the process ends here"),
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
                tr("from {step} no path leads to an end event (an endless loop?)").format(
                    step=step_name(step)
                ),
                tr("add a way out of the loop towards an end event"),
            )


def sequence_flow_across_pools(graph: FlowGraph) -> Iterator[Finding]:
    for flow in graph.sequence_flows.values():
        if graph.pool_of[flow.source_id] != graph.pool_of[flow.target_id]:
            yield Finding(
                E,
                "sequence-flow-across-pools",
                flow.id,
                tr("sequence flow {flow} crosses a pool boundary").format(
                    flow=flow_name(graph, flow)
                ),
                tr("between pools, use a message flow"),
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
                tr("message flow {flow} stays inside one pool").format(flow=flow_name(graph, flow)),
                tr("inside a pool, use a sequence flow"),
            )
