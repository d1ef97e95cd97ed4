"""RACI lint rules: every activity has exactly one Accountable and someone Responsible.

A diagram is held to its RACI once it has one: as soon as any step has explicit assignments,
every activity needs its Accountable and its Responsible. Before that, lanes alone say who
does what, and ``step-without-role`` watches over them; a diagram drawn without a RACI gets
no RACI findings. Two Accountables are always wrong: accountability cannot be shared.
"""

from __future__ import annotations

from collections.abc import Iterator

from procdesk.analysis.finding import Finding, Severity, step_name
from procdesk.analysis.graph import FlowGraph
from procdesk.model.assignments import Letter, Raci
from procdesk.model.elements import Step
from procdesk.model.raci import resolved, responsible_by_default
from procdesk.text import tr

W = Severity.WARNING


def _assignments(graph: FlowGraph) -> Iterator[tuple[Step, Raci]]:
    """Every activity of the diagram with its assignments, default Responsible included."""
    for step in graph.activities():
        lane = graph.lanes.get(graph.lane_of.get(step.id) or "")
        pool = graph.pools.get(graph.pool_of.get(step.id) or "")
        yield step, resolved(step.raci, responsible_by_default(step, lane, pool))


def _has_raci(graph: FlowGraph) -> bool:
    return any(step.raci is not None for step in graph.steps.values())


def raci_accountable_missing(graph: FlowGraph) -> Iterator[Finding]:
    if not _has_raci(graph):
        return
    for step, raci in _assignments(graph):
        if not raci.names(Letter.ACCOUNTABLE):
            yield Finding(
                W,
                "raci-accountable-missing",
                step.id,
                tr("nobody is accountable for {step}").format(step=step_name(step)),
                tr("mark one role A in the RACI matrix: the one who answers for the result"),
            )


def raci_accountable_multiple(graph: FlowGraph) -> Iterator[Finding]:
    for step, raci in _assignments(graph):
        accountable = raci.names(Letter.ACCOUNTABLE)
        if len(accountable) > 1:
            message = tr("{step} has %n accountable roles: {roles}", None, len(accountable))
            yield Finding(
                W,
                "raci-accountable-multiple",
                step.id,
                message.format(step=step_name(step), roles=", ".join(accountable)),
                tr("keep one A; make the others R, C or I"),
            )


def raci_responsible_missing(graph: FlowGraph) -> Iterator[Finding]:
    for step, raci in _assignments(graph):
        explicit_nobody = step.raci is not None and step.raci.responsible == ()
        if raci.names(Letter.RESPONSIBLE) or not (explicit_nobody or _has_raci(graph)):
            continue
        yield Finding(
            W,
            "raci-responsible-missing",
            step.id,
            tr("nobody is responsible for carrying out {step}").format(step=step_name(step)),
            tr("mark at least one role R in the RACI matrix: the one who does the work"),
        )
