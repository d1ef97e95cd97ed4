"""Modelling lint rules: is the diagram clear, owned and consistent?

Findings of these rules are warnings, in the spirit of bpmnlint's recommended set: unlabelled
branches, gateways that do nothing, joins without gateways, steps nobody owns.
"""

from __future__ import annotations

from collections.abc import Iterator

from procdesk.analysis.finding import Finding, Severity, flow_name, scope_name, step_name
from procdesk.analysis.graph import FlowGraph, SplitKind
from procdesk.model.elements import EventDefinition, StepKind
from procdesk.text import tr

E, W = Severity.ERROR, Severity.WARNING


def superfluous_gateway(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        if not step.kind.is_gateway:
            continue
        if len(graph.incoming(step.id)) <= 1 and len(graph.outgoing(step.id)) <= 1:
            yield Finding(
                W,
                "superfluous-gateway",
                step.id,
                tr("{step} neither splits nor joins the flow").format(step=step_name(step)),
                tr("remove the gateway and connect its neighbours directly"),
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
                tr("{step} both joins and splits the flow").format(step=step_name(step)),
                tr("use one gateway to join and a second one to split"),
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
                tr(
                    "{step} splits into %n branches, {bare} without a label or condition",
                    None,
                    len(out),
                ).format(step=step_name(step), bare=len(bare)),
                tr("name each outgoing flow after the decision it stands for (e.g. 'approved')"),
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
                tr("{step} has conditional outgoing flows and some without a condition").format(
                    step=step_name(step)
                ),
                tr("give every outgoing flow a condition, or mark one of them as the default"),
            )


def implicit_split(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        if step.kind.is_gateway or graph.split_kind(step.id) != SplitKind.PARALLEL:
            continue
        yield Finding(
            W,
            "no-implicit-split",
            step.id,
            tr(
                "{step} starts %n parallel branches without a gateway",
                None,
                len(graph.outgoing(step.id)),
            ).format(step=step_name(step)),
            tr("add a parallel gateway (or an exclusive one, if only one branch is meant)"),
        )


def fake_join(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.steps.values():
        if step.kind.is_activity and len(graph.incoming(step.id)) > 1:
            yield Finding(
                W,
                "fake-join",
                step.id,
                tr(
                    "{step} has %n incoming sequence flows", None, len(graph.incoming(step.id))
                ).format(step=step_name(step)),
                tr("join the branches with a gateway before the step"),
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
                tr("sequence flow {flow} duplicates another one").format(
                    flow=flow_name(graph, flow)
                ),
                tr("delete the duplicate flow"),
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
                tr("{scope} has %n start events without a trigger", None, len(blank)).format(
                    scope=scope_name(graph, scope)
                ),
                tr("keep one blank start event, or give the others a trigger (message, timer…)"),
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
                tr("branch probabilities of {step} add up to {total}, not 100%").format(
                    step=step_name(step), total=f"{total:.0%}"
                ),
                tr("adjust the probabilities of its outgoing flows so they add up to 100%"),
            )


def step_without_role(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.activities():
        if graph.lane_of[step.id] is None and not step.role.strip():
            yield Finding(
                W,
                "step-without-role",
                step.id,
                tr("{step} has no lane and no role: nobody is responsible for it").format(
                    step=step_name(step)
                ),
                tr("move it into the lane of the role that does it, or set its role"),
            )


def label_required(graph: FlowGraph) -> Iterator[Finding]:
    for step in graph.activities():
        if not step.name.strip():
            yield Finding(
                W,
                "label-required",
                step.id,
                tr("{step} has no name").format(step=step_name(step)),
                tr("name the step with a verb and an object, e.g. 'Check invoice'"),
            )
