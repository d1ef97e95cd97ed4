"""Lint findings: what is wrong or doubtful in a diagram, each with the element and a fix hint.

The rules follow the intent of bpmnlint's recommended set, phrased for process officers rather
than engine developers. Errors make a diagram wrong (a token gets stuck, an element can never
run); warnings make it unclear (unlabelled branches, steps nobody owns).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from procdesk.analysis.finding import Finding, Severity
from procdesk.analysis.graph import FlowGraph, build_graph
from procdesk.analysis.raci_rules import (
    raci_accountable_missing,
    raci_accountable_multiple,
    raci_responsible_missing,
)
from procdesk.analysis.structure_rules import (
    dead_end,
    end_event_required,
    message_flow_inside_pool,
    no_path_to_end,
    sequence_flow_across_pools,
    start_event_required,
    unreachable,
)
from procdesk.analysis.style_rules import (
    conditional_flows,
    duplicate_sequence_flows,
    fake_join,
    gateway_join_fork,
    implicit_split,
    label_required,
    probability_sum,
    single_blank_start_event,
    split_unlabelled,
    step_without_role,
    superfluous_gateway,
)
from procdesk.model.workspace import Workspace

__all__ = ["RULES", "Finding", "Rule", "Severity", "check", "check_graph"]

Rule = Callable[[FlowGraph], Iterator[Finding]]


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
    raci_responsible_missing,
    raci_accountable_missing,
    raci_accountable_multiple,
)
"""Every rule, in the order findings are reported."""


def check_graph(graph: FlowGraph) -> list[Finding]:
    """All findings on an already built FlowGraph, errors first, then in rule order."""
    findings = [finding for rule in RULES for finding in rule(graph)]
    return sorted(findings, key=lambda f: f.severity != Severity.ERROR)


def check(workspace: Workspace, diagram_id: str) -> list[Finding]:
    """All findings on one diagram."""
    return check_graph(build_graph(workspace, diagram_id))
