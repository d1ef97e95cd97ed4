"""A Document: one open workspace file — its Workspace in memory, its History and its store.

Every ChangeSet the History produces is written to the file before anyone is told about it,
with its change log entry (who, when, what) in the same transaction; there is no Save.
Opening, creating and "Save As" live here so that the CLI and the GUI open files exactly the
same way.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from procdesk.gc_pause import cyclic_gc_paused
from procdesk.identity import current_author
from procdesk.model.change_log import Action, entry_for
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import AddEntities
from procdesk.model.compliance_intents import reuse_requirements
from procdesk.model.elements import Entity
from procdesk.model.history import History
from procdesk.model.raci import without_known_roles
from procdesk.model.workspace import Workspace
from procdesk.store.errors import ReadOnlyReason, WorkspaceError, WorkspaceNotWritableError
from procdesk.store.origin import forget_origin, read_origin
from procdesk.store.repository import SUFFIX, WorkspaceStore
from procdesk.text import tr

if TYPE_CHECKING:
    from procdesk.model.editor import Editor

__all__ = ["SUFFIX", "Document", "WorkspaceError"]


class Document:
    """An open workspace: ``workspace`` (memory), ``history`` (edits), ``editor`` (intents)."""

    def __init__(self, store: WorkspaceStore, workspace: Workspace) -> None:
        self.store = store
        self.workspace = workspace
        self.read_only_reason: ReadOnlyReason | None = (
            ReadOnlyReason.ASKED if store.read_only else None
        )
        """Why the document cannot be edited (None while it can)."""
        self.history = History(workspace, self._persist, read_only=store.read_only)
        origin = store.read(read_origin)
        if origin is not None and origin.read_only:
            self.read_only_reason = ReadOnlyReason.REPOSITORY
            self.history.read_only = True
            self.history.read_only_reason = tr(
                "this workspace was checked out of its repository read-only"
            )

    @cached_property
    def editor(self) -> Editor:
        """The intents over this document's history (their modules are loaded at first use:
        a scripted import or export edits through the history alone)."""
        from procdesk.model.editor import Editor

        return Editor(self.history)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        """Whether edits are refused: the file cannot be written, or it is a read-only
        check-out of a team repository (which only ``repo update`` writes)."""
        return self.store.read_only or self.read_only_reason == ReadOnlyReason.REPOSITORY

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Document:
        """Open a workspace file; WorkspaceError (with a message for the user) if it cannot be."""
        store = WorkspaceStore.open(Path(path), read_only=read_only)
        try:
            with cyclic_gc_paused():  # thousands of entities made, none of them garbage
                workspace = Workspace(store.load())
        except BaseException:
            store.close()
            raise
        return cls(store, workspace)

    @classmethod
    def open_or_read_only(cls, path: Path | str) -> Document:
        """Open a workspace for editing, or read-only if it cannot be edited, saying why.

        A write-protected file, one in a write-protected folder or on a read-only disk, and
        one another procdesk is editing still open, read-only, with ``read_only_reason`` set;
        every other refusal raises WorkspaceError as ``open`` does.
        """
        try:
            return cls.open(path)
        except WorkspaceNotWritableError as error:
            document = cls.open(path, read_only=True)
            document.read_only_reason = error.reason
            return document

    @classmethod
    def create(cls, path: Path | str, *, sample: bool = False) -> Document:
        """Create a new workspace file (the bundled sample if *sample*) and open it."""
        entities: list[Entity] = []
        if sample:
            from procdesk.sample import build_sample

            entities = list(build_sample())
        store = WorkspaceStore.create(Path(path), entities, current_author())
        return cls(store, Workspace(store.load()))

    def import_entities(self, entities: list[Entity], label: str) -> ChangeSet:
        """Add prepared entities (an import) as one undoable edit, one bulk transaction; roles
        the role list has already, and requirements the register has already (by source and
        clause), are not added again."""
        entities = without_known_roles(self.workspace, entities)
        entities = reuse_requirements(self.workspace, entities)
        with cyclic_gc_paused():
            return self.history.execute(AddEntities(tuple(entities), label))

    def save_as(self, destination: Path | str) -> None:
        """Copy the workspace to *destination* and continue editing the copy (the copy of a
        read-only check-out is a workspace of its own, no longer linked to the repository)."""
        destination = Path(destination)
        if destination.resolve() == self.path.resolve():
            return
        self.store.backup_to(destination)
        new_store = WorkspaceStore.open(destination)
        if self.read_only_reason == ReadOnlyReason.REPOSITORY:
            new_store.in_transaction(forget_origin)
        self.store.close()
        self.store = new_store
        self.history.read_only = False
        self.read_only_reason = None

    def _persist(self, changeset: ChangeSet) -> None:
        action = Action(self.history.replaying or Action.EDIT)
        entry = entry_for(changeset, self.workspace, action, current_author())
        self.store.write(changeset, entry)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
