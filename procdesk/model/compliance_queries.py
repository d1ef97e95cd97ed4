"""Reading the compliance registers: what a control is linked to, and back.

Traceability runs requirement → controls → steps → processes and back; every view, report
and check reads it through these few functions, so the links are followed the same way
everywhere.
"""

from __future__ import annotations

from procdesk.model.compliance import (
    Control,
    ControlRequirement,
    ControlRisk,
    ControlStep,
    Requirement,
    Risk,
    RiskSource,
    clause_key,
)
from procdesk.model.elements import Diagram, DiagramElement, Process, WeakPoint
from procdesk.model.workspace import Workspace


def requirements(workspace: Workspace) -> list[Requirement]:
    """The register, ordered by source and clause."""
    found = workspace.in_scope("", Requirement)
    return sorted(found, key=lambda r: (r.key, r.id))


def controls(workspace: Workspace) -> list[Control]:
    return sorted(workspace.in_scope("", Control), key=lambda c: (c.name.casefold(), c.id))


def risks(workspace: Workspace, process_id: str | None = None) -> list[Risk]:
    """The risks of one process, or of every process (in process order)."""
    ids = [process_id] if process_id else [p.id for p in workspace.processes()]
    return [risk for pid in ids for risk in workspace.in_scope(pid, Risk)]


def requirement_with(workspace: Workspace, source: str, clause: str) -> Requirement | None:
    """The requirement that cites the same clause, if the register has it."""
    key = clause_key(source, clause)
    return next((r for r in workspace.in_scope("", Requirement) if r.key == key), None)


def step_ids_of(workspace: Workspace, control_id: str) -> list[str]:
    return [link.step_id for link in workspace.in_scope(control_id, ControlStep)]


def risk_ids_of(workspace: Workspace, control_id: str) -> list[str]:
    return [link.risk_id for link in workspace.in_scope(control_id, ControlRisk)]


def requirement_ids_of(workspace: Workspace, control_id: str) -> list[str]:
    return [link.requirement_id for link in workspace.in_scope(control_id, ControlRequirement)]


def controls_at(workspace: Workspace, step_id: str) -> list[Control]:
    """The controls that run at a step."""
    return _controls(workspace, step_id, ControlStep)


def controls_mitigating(workspace: Workspace, risk_id: str) -> list[Control]:
    return _controls(workspace, risk_id, ControlRisk)


def controls_satisfying(workspace: Workspace, requirement_id: str) -> list[Control]:
    return _controls(workspace, requirement_id, ControlRequirement)


def _controls(
    workspace: Workspace, target_id: str, link: type[ControlStep | ControlRisk | ControlRequirement]
) -> list[Control]:
    ids = [e.control_id for e in workspace.referrers(target_id) if isinstance(e, link)]
    # a released version's snapshot holds a process's links but not the workspace's controls
    found = [c for c in map(workspace.find, dict.fromkeys(ids)) if isinstance(c, Control)]
    return sorted(found, key=lambda c: (c.name.casefold(), c.id))


def risks_on(workspace: Workspace, element_id: str) -> list[Risk]:
    """The risks recorded on a step or flow (on a process: those on the process itself)."""
    found = [
        e
        for e in workspace.referrers(element_id)
        if isinstance(e, Risk) and (e.element_id or e.process_id) == element_id
    ]
    return sorted(found, key=lambda r: (-r.inherent, r.id))


def weak_points_of(workspace: Workspace, risk_id: str) -> list[WeakPoint]:
    """The weak points a risk was drawn from."""
    links = workspace.in_scope(risk_id, RiskSource)
    return [workspace.get(link.weak_point_id, WeakPoint) for link in links]


def risks_from(workspace: Workspace, weak_point_id: str) -> list[Risk]:
    """The risks drawn from a weak point."""
    links = [e for e in workspace.referrers(weak_point_id) if isinstance(e, RiskSource)]
    return [workspace.get(link.risk_id, Risk) for link in links]


def process_of(workspace: Workspace, element_id: str) -> str | None:
    """The process an element (step, flow, diagram, risk) or the process itself belongs to."""
    entity = workspace.find(element_id)
    if isinstance(entity, Process):
        return entity.id
    if isinstance(entity, Risk):
        return entity.process_id
    if isinstance(entity, DiagramElement):
        entity = workspace.find(entity.diagram_id)
    return entity.process_id if isinstance(entity, Diagram) else None


def processes_of_control(workspace: Workspace, control_id: str) -> list[str]:
    """The processes a control runs in (through its steps), in first-seen order."""
    found = (process_of(workspace, s) for s in step_ids_of(workspace, control_id))
    return list(dict.fromkeys(p for p in found if p is not None))
