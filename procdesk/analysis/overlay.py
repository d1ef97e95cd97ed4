"""The picture of a revision: the later version's drawing with the earlier one's removed
elements put back, so one canvas can show added, removed, changed and moved together."""

from __future__ import annotations

from procdesk.analysis.revision_compare import DiagramRevision, RevisionComparison
from procdesk.model.snapshots import members
from procdesk.model.workspace import Workspace


def overlay_workspace(comparison: RevisionComparison, revision: DiagramRevision) -> Workspace:
    """A workspace with the process as the later side holds it, plus the elements of
    *revision*'s diagram that only the earlier side has (to be drawn as ghosts)."""
    after = comparison.after.workspace
    process_id = revision.diagram.process_id
    removed = set(revision.removed)
    ghosts = [
        e for e in comparison.before.workspace.elements_of(revision.diagram.id) if e.id in removed
    ]
    return Workspace([*members(after, process_id), *(g for g in ghosts if g.id not in after)])
