"""Commands: small values that plan a ChangeSet against the current workspace.

A command never mutates anything. ``plan`` reads the workspace and returns the ChangeSet that
carries out the edit; History applies and persists it, and undoes it by applying the inverse.
Because a ChangeSet holds complete before/after values, every command is revertible by
construction and redo replays exactly what was done. The commands that move and resize
shapes live in ``shape_commands``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from procdesk.model.changes import Change, ChangeSet
from procdesk.model.elements import (
    Entity,
    Lane,
    Phase,
)
from procdesk.model.naming import describe
from procdesk.model.references import references
from procdesk.model.workspace import Workspace
from procdesk.text import tr


class CommandError(ValueError):
    """An edit that cannot be made; the message is a reason to show the user."""


class Command(Protocol):
    """Anything that can plan a ChangeSet. ``merge_key`` lets consecutive edits fuse."""

    @property
    def label(self) -> str: ...

    @property
    def merge_key(self) -> str | None: ...

    def plan(self, workspace: Workspace) -> ChangeSet: ...


def _check_references(workspace: Workspace, entities: Iterable[Entity], pending: set[str]) -> None:
    for entity in entities:
        for ref in references(entity):
            if ref not in workspace and ref not in pending:
                message = tr("{element} refers to {missing}, which does not exist")
                raise CommandError(message.format(element=entity.id, missing=ref))


@dataclass(frozen=True, slots=True)
class AddEntities:
    """Add new entities (in any order: references among them are allowed)."""

    entities: tuple[Entity, ...]
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        ids = [e.id for e in self.entities]
        if len(set(ids)) != len(ids):
            raise CommandError(tr("the same id is added twice"))
        for entity_id in ids:
            if entity_id in workspace:
                message = tr("an element with id {id} already exists")
                raise CommandError(message.format(id=entity_id))
        _check_references(workspace, self.entities, set(ids))
        label = self.label or tr("Add {what}").format(what=describe(self.entities))
        return ChangeSet(tuple(Change(None, e) for e in self.entities), label)


@dataclass(frozen=True, slots=True)
class RemoveEntities:
    """Remove entities and everything that cannot exist without them (flows, lanes' contents…)."""

    ids: tuple[str, ...]
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        missing = [i for i in self.ids if i not in workspace]
        if missing:
            raise CommandError(tr("cannot delete {id}: it does not exist").format(id=missing[0]))
        doomed = workspace.closure(self.ids)
        named = [workspace.get(i) for i in self.ids]
        label = self.label or tr("Delete {what}").format(what=describe(named))
        return ChangeSet(tuple(Change(e, None) for e in doomed), label)


@dataclass(frozen=True, slots=True)
class UpdateEntities:
    """Set fields of one or more entities (the same values on each)."""

    ids: tuple[str, ...]
    values: Mapping[str, object] = field(default_factory=dict)
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        if "id" in self.values:
            raise CommandError(tr("an element's id cannot be changed"))
        changes: list[Change] = []
        for entity_id in self.ids:
            if entity_id not in workspace:
                message = tr("cannot change {id}: it does not exist")
                raise CommandError(message.format(id=entity_id))
            before = workspace.get(entity_id)
            names = {f.name for f in dataclasses.fields(before)}
            unknown = sorted(set(self.values) - names)
            if unknown:
                message = tr("a {type} has no field {field}")
                raise CommandError(
                    message.format(type=type(before).__name__, field=repr(unknown[0]))
                )
            try:
                after = dataclasses.replace(before, **cast("dict[str, Any]", self.values))
            except (TypeError, ValueError) as error:
                raise CommandError(str(error)) from error
            if after != before:
                changes.append(Change(before, after))
        _check_references(workspace, [c.entity for c in changes], set())
        named = [workspace.get(i) for i in self.ids]
        label = self.label or tr("Change {what}").format(what=describe(named))
        return ChangeSet(tuple(changes), label)


@dataclass(frozen=True, slots=True)
class ReplaceEntities:
    """Give existing entities new values wholesale (a layout, a paste of properties)."""

    entities: tuple[Entity, ...]
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        changes: list[Change] = []
        for after in self.entities:
            before = workspace.find(after.id)
            if before is None:
                message = tr("cannot change {id}: it does not exist")
                raise CommandError(message.format(id=after.id))
            if type(before) is not type(after):
                message = tr("{id} cannot change from {type}")
                raise CommandError(message.format(id=after.id, type=type(before).__name__))
            if before != after:
                changes.append(Change(before, after))
        _check_references(workspace, [c.entity for c in changes], set())
        label = self.label or tr("Change {what}").format(what=describe(self.entities))
        return ChangeSet(tuple(changes), label)


@dataclass(frozen=True, slots=True)
class Reorder:
    """Give sibling lanes or phases a new order (ids listed first to last)."""

    ids: tuple[str, ...]
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        changes: list[Change] = []
        for position, entity_id in enumerate(self.ids):
            entity = workspace.find(entity_id)
            if not isinstance(entity, Lane | Phase):
                raise CommandError(tr("{id} is not a lane or phase").format(id=entity_id))
            after = dataclasses.replace(entity, order=position)
            if after != entity:
                changes.append(Change(entity, after))
        named = [workspace.get(i) for i in self.ids]
        label = self.label or tr("Reorder {what}").format(what=describe(named))
        return ChangeSet(tuple(changes), label)


@dataclass(frozen=True, slots=True)
class Batch:
    """Several commands as one edit: one ChangeSet, one undo step, one transaction."""

    commands: tuple[Command, ...]
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        applied: list[ChangeSet] = []
        try:
            for command in self.commands:
                changeset = command.plan(workspace)
                workspace.apply(changeset)
                applied.append(changeset)
        finally:
            for changeset in reversed(applied):
                workspace.apply(changeset.inverted())
        total = ChangeSet((), self.label)
        for changeset in applied:
            total = total.then(changeset)
        label = self.label or (applied[0].label if applied else "")
        return ChangeSet(total.changes, label)
