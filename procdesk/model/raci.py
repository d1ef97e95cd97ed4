"""RACI in a workspace: who a step's assignments come to, and which roles a diagram offers.

A step is Responsible-by-default: its own role when it has one, else its lane, else its pool
(what an SOP has always printed as "Responsible"), until the RACI says otherwise
(``Step.raci``, ``procdesk.model.assignments``). Only activities (tasks, sub-processes, call
activities) carry a RACI: events and gateways are not work anyone does.
"""

from __future__ import annotations

from collections.abc import Iterable

from procdesk.model.assignments import Letter, Raci, same_role
from procdesk.model.elements import Lane, Pool, Step
from procdesk.model.roles import Role
from procdesk.model.workspace import Workspace


def carries_raci(step: Step) -> bool:
    """Whether *step* is work someone does (an activity), and so has a RACI."""
    return step.kind.is_activity


def default_responsible(workspace: Workspace, step: Step) -> tuple[str, ...]:
    """Who carries out *step* when its RACI names nobody: its role, else its lane's name,
    else its pool's name (nobody when none is named)."""
    if step.role.strip():
        return (step.role.strip(),)
    lane = workspace.find(step.lane_id)
    if isinstance(lane, Lane) and lane.name.strip():
        return (lane.name.strip(),)
    pool = workspace.pool_of(step.id)
    if isinstance(pool, Pool) and pool.name.strip():
        return (pool.name.strip(),)
    return ()


def effective(workspace: Workspace, step: Step) -> Raci:
    """*step*'s assignments with the default Responsible filled in (never None inside).

    A default role that holds another letter explicitly is not also Responsible: a cell
    shows one letter.
    """
    raci = step.raci or Raci()
    if raci.responsible is not None:
        return raci
    others = [n for letter in Letter if letter != Letter.RESPONSIBLE for n in raci.names(letter)]
    default = tuple(
        n for n in default_responsible(workspace, step) if not any(same_role(n, o) for o in others)
    )
    return Raci(default, raci.accountable, raci.consulted, raci.informed)


def uses_raci(workspace: Workspace, diagram_id: str) -> bool:
    """Whether any step of the diagram has explicit assignments (its RACI has begun)."""
    return any(step.raci is not None for step in workspace.elements_of(diagram_id, Step))


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
