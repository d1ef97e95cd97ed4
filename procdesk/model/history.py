"""History: the one road every edit takes — plan, apply, persist, announce; and undo/redo.

``execute`` plans a command, applies the ChangeSet to the workspace, hands it to the *sink*
(the store, which writes it in one transaction) and then emits ``changed`` once. If the sink
fails, the ChangeSet is reverted in memory before the error propagates, so memory always
equals disk. Undo and redo are ChangeSets too and take the same road.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from procdesk.model.changes import ChangeSet
from procdesk.model.commands import Command
from procdesk.model.events import Signal
from procdesk.model.workspace import Workspace
from procdesk.text import tr

Sink = Callable[[ChangeSet], None]


class ReadOnlyError(RuntimeError):
    """An edit was attempted on a workspace opened read-only."""


class PersistError(RuntimeError):
    """The store could not write a ChangeSet; the edit was reverted in memory."""


@dataclass(slots=True)
class _Entry:
    changeset: ChangeSet
    merge_key: str | None


def _no_sink(changeset: ChangeSet) -> None:
    """Keep edits in memory only (tests, scratch workspaces)."""


class History:
    """Undo/redo stacks over a workspace, persisting every ChangeSet through *sink*."""

    def __init__(
        self,
        workspace: Workspace,
        sink: Sink = _no_sink,
        *,
        read_only: bool = False,
        limit: int = 1000,
    ) -> None:
        self.workspace = workspace
        self.read_only = read_only
        self.read_only_reason = ""
        """Why edits are refused, when it is not the file (a released version shown)."""
        self.changed: Signal[ChangeSet] = Signal()
        self._sink = sink
        self._limit = limit
        self._undo: list[_Entry] = []
        self._redo: list[_Entry] = []
        self._group_label: str | None = None
        self._group: list[ChangeSet] = []
        self._group_depth = 0
        self.replaying = ""
        """While the sink writes an undo or a redo: "undo" or "redo" (for the change log)."""

    # queries -----------------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo) and self._group_depth == 0

    @property
    def can_redo(self) -> bool:
        return bool(self._redo) and self._group_depth == 0

    @property
    def undo_label(self) -> str:
        return self._undo[-1].changeset.label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].changeset.label if self._redo else ""

    def refusal(self) -> str:
        """What a refused edit says while the history is read-only."""
        return self.read_only_reason or tr("this workspace is open read-only")

    # editing -----------------------------------------------------------------------------------
    def execute(self, command: Command) -> ChangeSet:
        """Carry out *command*: one undo step (or part of the open group), persisted at once."""
        if self.read_only:
            raise ReadOnlyError(self.refusal())
        changeset = command.plan(self.workspace)
        if changeset.is_empty:
            return changeset
        if self._group_depth:
            self.workspace.apply(changeset)
            self._group.append(changeset)
            return changeset
        self._commit(changeset)
        top = self._undo[-1] if self._undo else None
        key = command.merge_key
        if key is not None and top is not None and top.merge_key == key and not self._redo:
            top.changeset = top.changeset.then(changeset, label=top.changeset.label)
        else:
            self._push(_Entry(changeset, key))
        self._redo.clear()
        self.changed.emit(changeset)
        return changeset

    @contextmanager
    def group(self, label: str) -> Iterator[None]:
        """Make every command executed inside one edit: one undo step, one transaction.

        If anything inside raises, the group's changes are reverted and nothing is written.
        """
        if self.read_only:
            raise ReadOnlyError(self.refusal())
        if self._group_depth == 0:
            self._group_label, self._group = label, []
        self._group_depth += 1
        try:
            yield
        except BaseException:
            self._group_depth -= 1
            if self._group_depth == 0:
                self._revert_group()
            raise
        self._group_depth -= 1
        if self._group_depth:
            return
        total = ChangeSet((), label)
        for changeset in self._group:
            total = total.then(changeset)
        self._group = []
        if total.is_empty:
            return
        try:
            self._sink(total)
        except Exception as error:
            self.workspace.apply(total.inverted())
            raise PersistError(str(error)) from error
        self._push(_Entry(total, None))
        self._redo.clear()
        self.changed.emit(total)

    def undo(self) -> ChangeSet | None:
        """Revert the last edit; returns what was applied, or None when there is nothing."""
        if not self.can_undo or self.read_only:
            return None
        entry = self._undo[-1]
        inverse = entry.changeset.inverted()
        self._commit(inverse, "undo")
        self._undo.pop()
        self._redo.append(entry)
        self.changed.emit(inverse)
        return inverse

    def redo(self) -> ChangeSet | None:
        """Re-apply the last undone edit; returns what was applied, or None."""
        if not self.can_redo or self.read_only:
            return None
        entry = self._redo[-1]
        self._commit(entry.changeset, "redo")
        self._redo.pop()
        self._undo.append(entry)
        self.changed.emit(entry.changeset)
        return entry.changeset

    def clear(self) -> None:
        """Forget undo/redo (after opening another workspace)."""
        self._undo.clear()
        self._redo.clear()

    def break_merge(self) -> None:
        """End the current merge run: the next edit starts a new undo step."""
        if self._undo:
            self._undo[-1].merge_key = None

    # internals ---------------------------------------------------------------------------------
    def _commit(self, changeset: ChangeSet, replaying: str = "") -> None:
        self.workspace.apply(changeset)
        self.replaying = replaying
        try:
            self._sink(changeset)
        except Exception as error:
            self.workspace.apply(changeset.inverted())
            raise PersistError(str(error)) from error
        finally:
            self.replaying = ""

    def _push(self, entry: _Entry) -> None:
        self._undo.append(entry)
        if len(self._undo) > self._limit:
            del self._undo[0]

    def _revert_group(self) -> None:
        for changeset in reversed(self._group):
            self.workspace.apply(changeset.inverted())
        self._group = []
