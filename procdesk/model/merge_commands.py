"""Applying what a merge planned: others' work and merged values, as one edit of the workspace.

The changes come from a check-in or an update (``model.merge``); applied through History like
any edit, they are one undo step, logged, and written with the workspace's new standing
towards its repository in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.changes import Change, ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.workspace import Workspace
from procdesk.text import tr


@dataclass(frozen=True, slots=True)
class ApplyMerge:
    """Apply *changes*, planned against the workspace as it is (refused if it changed since)."""

    changes: tuple[Change, ...]
    label: str
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        for change in self.changes:
            if workspace.find(change.id) != change.before:
                message = tr("{id} changed while the repository was read; try again")
                raise CommandError(message.format(id=change.id))
        return ChangeSet(self.changes, self.label)
