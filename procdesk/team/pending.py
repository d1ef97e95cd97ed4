"""What a checked-out workspace has changed since it last met its repository.

Nothing extra is recorded while people edit: every edit is in the change log already. The
pending changes are the workspace's values now against its values at the last meeting (the
check-out, an update or a check-in), found by rewinding the log entries written since then
(``log_codec.rewind``), and, for what was still pending at that meeting, against the
repository's values then (the stored bases). Each pending element has its base and its value
now: the two sides of a three-way merge that the repository's value completes.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.document import Document
from procdesk.model.change_text import describe_changeset
from procdesk.model.changes import Change, ChangeSet
from procdesk.model.elements import Entity
from procdesk.store.errors import WorkspaceError
from procdesk.store.log_codec import LogMismatchError, rewind
from procdesk.store.origin import Origin, read_bases, read_origin

Value = Entity | None


@dataclass(frozen=True, slots=True)
class Standing:
    """A checked-out workspace's origin, stored bases and pending changes (id → base, mine)."""

    origin: Origin
    bases: dict[str, Value]
    pending: dict[str, tuple[Value, Value]]

    def changeset(self) -> ChangeSet:
        """The pending changes as one ChangeSet (base → now)."""
        return ChangeSet(tuple(Change(base, mine) for base, mine in self.pending.values()))


def origin_of(document: Document) -> Origin:
    """The document's origin; WorkspaceError when it was not checked out from a repository."""
    origin = document.store.read(read_origin)
    if origin is None:
        raise WorkspaceError(
            f"{document.path} was not checked out from a repository "
            "(procdesk repo checkout URL WORKSPACE makes one that is)"
        )
    return origin


def standing(document: Document) -> Standing:
    """Where *document* stands towards its repository, read from its file and its log."""
    origin = origin_of(document)
    bases = document.store.read(read_bases)
    workspace = document.workspace
    at_sync: dict[str, Value] = {}
    entries = list(document.store.log.payloads(after=origin.sync_seq))
    order: list[list[str]] = []
    try:
        for _seq, payload in reversed(entries):
            order.append(rewind(payload, at_sync, workspace.find))
    except (LogMismatchError, KeyError, ValueError) as error:
        raise WorkspaceError(
            f"cannot tell what {document.path} changed since its check-out: its change log "
            f"does not fit its content ({error})"
        ) from error
    ids = list(bases) + [i for touched in reversed(order) for i in touched]
    pending: dict[str, tuple[Value, Value]] = {}
    for entity_id in dict.fromkeys(ids):
        base = bases[entity_id] if entity_id in bases else at_sync[entity_id]
        mine = workspace.find(entity_id)
        if base != mine:
            pending[entity_id] = (base, mine)
    return Standing(origin, bases, pending)


def describe_pending(document: Document, pending: dict[str, tuple[Value, Value]]) -> list[str]:
    """One sentence per pending change, for the list a check-in shows."""
    return [
        describe_changeset(ChangeSet((Change(base, mine),)), document.workspace)
        for base, mine in pending.values()
    ]
