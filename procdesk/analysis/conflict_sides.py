"""The three workspaces a conflict is drawn from: the common base, mine and theirs.

A conflict names an element with its base, local and repository values. To show a conflict on
the canvas as the revision compare shows two versions, the local workspace is taken as "mine",
and "base" and "theirs" are the same workspace with every conflicting element as that side
holds it (absent where that side removed it). What merged cleanly is the same on all three, so
the overlay marks exactly what the two sides disagree on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from procdesk.analysis.revision_compare import RevisionComparison, Side, compare_revisions
from procdesk.model.elements import Diagram, DiagramElement, Entity, WeakPoint
from procdesk.model.merge import Conflict
from procdesk.model.workspace import Workspace

BASE, MINE, THEIRS = "base", "mine", "theirs"


@dataclass(frozen=True, slots=True)
class ConflictSides:
    """The base, mine and theirs of a set of conflicts, as whole workspaces."""

    base: Workspace
    mine: Workspace
    theirs: Workspace

    def compared(self, side: str, process_id: str) -> RevisionComparison:
        """The process from the base to *side* (``MINE`` or ``THEIRS``), for the overlay."""
        later = self.mine if side == MINE else self.theirs
        return compare_revisions(Side(BASE, self.base), Side(side, later), process_id)


def _as_side(workspace: Workspace, values: dict[str, Entity | None]) -> Workspace:
    """*workspace* with each element of *values* as given there (None: left out)."""
    entities: list[Entity] = []
    for entity in workspace:
        if entity.id not in values:
            entities.append(entity)
        elif (value := values[entity.id]) is not None:
            entities.append(value)
    entities += [v for i, v in values.items() if v is not None and i not in workspace]
    return Workspace(entities)


def conflict_sides(workspace: Workspace, conflicts: Iterable[Conflict]) -> ConflictSides:
    """*workspace* (mine) and the base and repository workspaces its *conflicts* imply."""
    conflicts = tuple(conflicts)
    base = _as_side(workspace, {c.id: c.base for c in conflicts})
    theirs = _as_side(workspace, {c.id: c.theirs for c in conflicts})
    return ConflictSides(base=base, mine=workspace, theirs=theirs)


def conflict_place(conflict: Conflict, sides: ConflictSides) -> tuple[str, str] | None:
    """(process id, diagram id) where *conflict*'s element is drawn, or None when it is not
    drawn in any diagram (a KPI, a requirement, a role…)."""
    entity = conflict.entity
    if isinstance(entity, Diagram):
        diagram_id = entity.id
    elif isinstance(entity, DiagramElement | WeakPoint):
        diagram_id = entity.diagram_id
    else:
        return None
    for workspace in (sides.mine, sides.theirs, sides.base):
        diagram = workspace.find(diagram_id)
        if isinstance(diagram, Diagram):
            return diagram.process_id, diagram.id
    return None
