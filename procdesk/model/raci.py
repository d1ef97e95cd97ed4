"""RACI in a workspace: who a step's assignments come to, and which roles a diagram offers.

A step is Responsible-by-default: its own role when it has one, else its lane, else its pool
(what an SOP has always printed as "Responsible"), until the RACI says otherwise
(``Step.raci``, ``procdesk.model.assignments``). Only activities (tasks, sub-processes, call
activities) carry a RACI: events and gateways are not work anyone does.
"""

from __future__ import annotations

from collections.abc import Iterable

from procdesk.model.assignments import Letter, Raci, same_role
from procdesk.model.elements import Entity, Lane, Pool, Step
from procdesk.model.roles import Role
from procdesk.model.workspace import Workspace


def carries_raci(step: Step) -> bool:
    """Whether *step* is work someone does (an activity), and so has a RACI."""
    return step.kind.is_activity


def default_responsible(workspace: Workspace, step: Step) -> tuple[str, ...]:
    """Who carries out *step* when its RACI names nobody: its role, else its lane's name,
    else its pool's name (nobody when none is named)."""
    lane = workspace.find(step.lane_id)
    return responsible_by_default(
        step, lane if isinstance(lane, Lane) else None, workspace.pool_of(step.id)
    )


def responsible_by_default(step: Step, lane: Lane | None, pool: Pool | None) -> tuple[str, ...]:
    """``default_responsible`` for a step whose lane and pool are known already."""
    for name in (step.role, lane.name if lane else "", pool.name if pool else ""):
        if name.strip():
            return (name.strip(),)
    return ()


def effective(workspace: Workspace, step: Step) -> Raci:
    """*step*'s assignments with the default Responsible filled in (never None inside)."""
    return resolved(step.raci, default_responsible(workspace, step))


def resolved(raci: Raci | None, default: tuple[str, ...]) -> Raci:
    """*raci* with *default* as Responsible when it names none explicitly. A default role
    that holds another letter explicitly is not also Responsible: a cell shows one letter."""
    raci = raci or Raci()
    if raci.responsible is not None:
        return raci
    others = [n for letter in Letter if letter != Letter.RESPONSIBLE for n in raci.names(letter)]
    kept = tuple(n for n in default if not any(same_role(n, o) for o in others))
    return Raci(kept, raci.accountable, raci.consulted, raci.informed)


def role_list(workspace: Workspace) -> list[Role]:
    """The workspace's role list, by name."""
    return sorted(workspace.in_scope("", Role), key=lambda role: role.name.casefold())


def lane_names(workspace: Workspace, diagram_id: str) -> list[str]:
    """The named lanes of a diagram, pool by pool from the top, outer lanes before inner."""
    names: list[str] = []

    def visit(parent_id: str) -> None:
        for lane in workspace.lanes_of(parent_id):
            if lane.name.strip():
                names.append(lane.name.strip())
            visit(lane.id)

    pools = workspace.elements_of(diagram_id, Pool)
    for pool in sorted(pools, key=lambda p: (p.bounds.y, p.bounds.x)):
        visit(pool.id)
    return names


def roles_of(workspace: Workspace, diagram_id: str) -> list[str]:
    """The roles a diagram's RACI offers, in matrix column order: its lanes, then the role
    list, then any other name its steps are assigned to (a step's own role, a pool), so
    that no assignment is ever out of sight."""
    used = [
        name
        for step in workspace.elements_of(diagram_id, Step)
        if carries_raci(step)
        for letter in Letter
        for name in effective(workspace, step).names(letter)
    ]
    listed = [role.name.strip() for role in role_list(workspace) if role.name.strip()]
    return unique([*lane_names(workspace, diagram_id), *listed, *used])


def workspace_roles(workspace: Workspace) -> list[str]:
    """Every role of the workspace: the role list, then the lanes of every diagram."""
    lanes = [
        lane.name.strip() for lane in workspace if isinstance(lane, Lane) and lane.name.strip()
    ]
    return unique([*(role.name.strip() for role in role_list(workspace)), *lanes])


def unique(names: Iterable[str]) -> list[str]:
    """*names* without repeats (by ``same_role``), first spelling kept, blanks dropped."""
    seen: dict[str, str] = {}
    for name in names:
        if name.strip():
            seen.setdefault(name.strip().casefold(), name.strip())
    return list(seen.values())


def without_known_roles(workspace: Workspace, entities: Iterable[Entity]) -> list[Entity]:
    """*entities* to import, less the roles the workspace's role list already has by name
    (the workspace keeps its own description of them)."""
    known = {role.name.strip().casefold() for role in workspace.in_scope("", Role)}
    return [e for e in entities if not (isinstance(e, Role) and e.name.strip().casefold() in known)]
