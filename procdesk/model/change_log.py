"""Entries of the durable change log: who changed what, when, and in which process.

Undo is for the session (``History``); the change log is for good. Every ChangeSet written
to a workspace file (edits, undos, redos, imports, the file's first content) is logged by the
store in the same transaction, with an entry made here: the time in UTC, the author, the
undo label, a sentence for people (``change_text``) and the ids it touched, so that the
history of one process or one step can be found without reading every entry. The store adds
the ChangeSet itself, compactly, so that replaying the log from an empty workspace gives the
workspace back (what a later check-in to a team repository reads).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from procdesk.model.change_text import describe_changeset, describe_redo, describe_undo
from procdesk.model.change_words import tally
from procdesk.model.changes import ChangeSet
from procdesk.model.elements import Entity, Flow, Kpi, WeakPoint
from procdesk.model.workspace import Workspace, scope_of
from procdesk.text import tr


class Action(StrEnum):
    """What kind of write an entry records."""

    EDIT = "edit"
    UNDO = "undo"
    REDO = "redo"
    CREATE = "create"
    """The content a new workspace file was created with (empty, the sample)."""
    BASELINE = "baseline"
    """What a file held when it was first opened by a procdesk that keeps a change log."""


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One entry of the change log (``seq`` and ``changes`` are filled in when read back)."""

    at: str
    """UTC, ISO 8601 with milliseconds: ``2025-03-01T09:30:00.125Z``."""
    author: str
    action: Action
    label: str
    description: str
    touched: tuple[str, ...] = ()
    """Ids of the changed entities, their owners up to the process, and the elements they
    hang on (a flow's ends, a weak point's target): the keys of per-element queries."""
    seq: int = 0
    changes: int = 0


def utc_now() -> str:
    """The present moment as the log writes it."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def entry_for(
    changeset: ChangeSet, workspace: Workspace, action: Action, author: str, at: str = ""
) -> LogEntry:
    """The entry for *changeset*, just applied to *workspace* as an *action*."""
    if action == Action.UNDO:
        description = describe_undo(changeset, workspace)
    elif action == Action.REDO:
        description = describe_redo(changeset, workspace)
    elif action == Action.CREATE and changeset.changes:
        what = tally(c.entity for c in changeset.changes)
        description = tr("Created the workspace with {what}").format(what=what)
    elif action == Action.CREATE:
        description = tr("Created the workspace")
    elif action == Action.BASELINE:
        description = tr("The workspace as it was when its change log began")
    else:
        description = describe_changeset(changeset, workspace)
    return LogEntry(
        at=at or utc_now(),
        author=author,
        action=action,
        label=changeset.label,
        description=description,
        touched=touched_ids(changeset, workspace),
    )


def touched_ids(changeset: ChangeSet, workspace: Workspace) -> tuple[str, ...]:
    """The changed ids, each with its owners (diagram, process…) and what it hangs on."""
    values: dict[str, Entity] = {}
    for change in changeset.changes:
        for value in (change.before, change.after):
            if value is not None:
                values.setdefault(value.id, value)
    found: dict[str, None] = {}
    for entity in values.values():
        found[entity.id] = None
        for other in _hung_on(entity):
            found[other] = None
        owner = scope_of(entity)
        while owner and owner not in found:
            found[owner] = None
            above = values.get(owner) or workspace.find(owner)
            owner = scope_of(above) if above is not None else ""
    return tuple(found)


def _hung_on(entity: Entity) -> Iterable[str]:
    """Elements whose history includes a change of *entity*: a flow's ends, a weak point's
    target, a KPI's step."""
    if isinstance(entity, Flow):
        return (entity.source_id, entity.target_id)
    if isinstance(entity, WeakPoint) and entity.target_id:
        return (entity.target_id,)
    if isinstance(entity, Kpi) and entity.step_id:
        return (entity.step_id,)
    return ()
