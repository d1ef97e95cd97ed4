"""The change history's sentence for a ChangeSet: what an edit did, in the user's language.

"Renamed step 'Check budget' → 'Check budget in ERP'", "Moved 3 steps in lane 'Purchasing'",
"Deleted lane 'Finance' with 4 steps", "Undo: Added task 'Approve'". The undo label says what
the user asked for ("Move 3 steps"); this sentence says what came of it, from the before and
after values alone, so it can be written into the log with the ChangeSet. Edits that add or
delete are phrased in ``change_text_structure``, edits of existing elements in
``change_text_edits``; what neither recognises gets a plain count of what changed.
"""

from __future__ import annotations

from procdesk.model.change_text_edits import describe_updates
from procdesk.model.change_text_structure import describe_additions, describe_removals
from procdesk.model.change_words import tally
from procdesk.model.changes import ChangeSet
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def describe_changeset(changeset: ChangeSet, workspace: Workspace) -> str:
    """One sentence for *changeset*; *workspace* (after the edit) names what it refers to.

    A sentence is never worth losing an edit over: should a phrasing fail on an unforeseen
    ChangeSet, the plain count is written instead.
    """
    if changeset.is_empty:
        return tr("No change")
    try:
        added, removed = changeset.added(), changeset.removed()
        updated = [c for c in changeset.changes if c.before is not None and c.after is not None]
        if added:
            return describe_additions(added, workspace)
        if removed:
            return describe_removals(removed, updated, workspace)
        return describe_updates(updated, workspace)
    except Exception:  # see the docstring
        return fallback(changeset)


def fallback(changeset: ChangeSet) -> str:
    """'Changed 3 tasks and 1 lane'."""
    return tr("Changed {what}").format(what=tally(c.entity for c in changeset.changes))


def describe_undo(changeset: ChangeSet, workspace: Workspace) -> str:
    """'Undo: …' for the ChangeSet an undo applied (the sentence of the edit it undid)."""
    return tr("Undo: {change}").format(change=describe_changeset(changeset.inverted(), workspace))


def describe_redo(changeset: ChangeSet, workspace: Workspace) -> str:
    """'Redo: …' for the ChangeSet a redo applied."""
    return tr("Redo: {change}").format(change=describe_changeset(changeset, workspace))
