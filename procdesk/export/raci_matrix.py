"""The RACI matrix of a diagram: its activities in flow order against its roles.

One table, three readers: the matrix view in the window, ``procdesk raci`` on the command
line and, through the same assignments, the SOP. Rows follow the order in which the SOP
numbers the steps (``sop.order``), so the matrix reads like the procedure; columns are the
diagram's roles (``procdesk.model.raci.roles_of``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from procdesk.export.sop.order import FlowGraph, flow_order
from procdesk.model.assignments import Letter, Raci
from procdesk.model.elements import Step
from procdesk.model.raci import carries_raci, effective, roles_of
from procdesk.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class RaciRow:
    """One activity with its assignments (the default Responsible filled in)."""

    step: Step
    raci: Raci

    @property
    def is_default(self) -> bool:
        """Whether the Responsible is the default (the step's role or lane), not chosen."""
        return self.step.raci is None or self.step.raci.responsible is None


@dataclass(frozen=True, slots=True)
class RaciMatrix:
    roles: tuple[str, ...]
    rows: tuple[RaciRow, ...]

    def to_json(self) -> dict[str, Any]:
        """``{"roles": [...], "steps": [{"id", "name", "R", "A", "C", "I"}]}``."""
        return {
            "roles": list(self.roles),
            "steps": [
                {
                    "id": row.step.id,
                    "name": row.step.name,
                    **{letter.value: list(row.raci.names(letter)) for letter in Letter},
                }
                for row in self.rows
            ],
        }


def raci_matrix(workspace: Workspace, diagram_id: str) -> RaciMatrix:
    """The RACI matrix of *diagram_id*."""
    ordered = flow_order(FlowGraph.of(workspace, diagram_id))
    rows = tuple(RaciRow(s, effective(workspace, s)) for s in ordered if carries_raci(s))
    return RaciMatrix(tuple(roles_of(workspace, diagram_id)), rows)
