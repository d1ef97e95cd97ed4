"""The plan of a check-in or an update: a workspace's pending changes merged with what others
checked in since, element by element and attribute by attribute.

Pure: the repository is seen only through what the caller hands in, the values others
changed since the workspace's base (``changed``) and, for elements removed here, what depends
on them in the repository now (``RepositoryView.closure``). The same plan serves both
directions: ``to_repository`` is what a check-in writes, ``to_local`` what the workspace
applies (others' work, and merged values), and ``bases`` what stays pending afterwards, each
id with the repository's value it now differs from.

Conflicts are whole elements, never silently settled:

- both sides changed the same attribute differently (``BOTH_CHANGED``), or added the same id
  differently (``BOTH_ADDED``);
- one side removed an element the other changed, or still uses: a flow drawn here to a step
  removed there (``DELETED_THERE``), a step removed here that a flow added there ends at
  (``DELETED_HERE``). What is decided for the element is decided for everything that hangs on
  it: keeping mine restores it with all it holds, taking theirs removes it with all it holds.

A choice (``resolutions``) settles a conflict; an unsettled one stops the plan: nothing is
written on either side.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from procdesk.model.changes import Change
from procdesk.model.elements import Entity, Process
from procdesk.model.merge_values import FieldConflict, Side, merge_values
from procdesk.model.references import references
from procdesk.model.workspace import Workspace

Value = Entity | None


class RepositoryView(Protocol):
    """The repository as the merge needs it (a ``Workspace`` is one, in tests)."""

    def closure(self, ids: Iterable[str]) -> list[Entity]:
        """The entities *ids* name and everything that depends on them, as stored now."""
        ...


class ConflictKind(StrEnum):
    BOTH_CHANGED = "both-changed"
    BOTH_ADDED = "both-added"
    DELETED_HERE = "deleted-here"
    """Removed here; changed in the repository, or used there by what others added."""
    DELETED_THERE = "deleted-there"
    """Removed in the repository; changed here, or used here by what was added or changed."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """One element both sides disagree on, with the three values to show side by side."""

    id: str
    kind: ConflictKind
    base: Value
    mine: Value
    theirs: Value
    fields: tuple[FieldConflict, ...] = ()
    users: tuple[str, ...] = ()
    """For a removal: the elements on the other side that still use it."""

    @property
    def entity(self) -> Entity:
        value = self.mine or self.theirs or self.base
        assert value is not None
        return value


@dataclass(frozen=True, slots=True)
class MergePlan:
    to_repository: tuple[Change, ...] = ()
    to_local: tuple[Change, ...] = ()
    bases: dict[str, Value] = field(default_factory=dict)
    conflicts: tuple[Conflict, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.conflicts


@dataclass
class _Sides:
    """Base, mine and theirs of every id the merge looks at."""

    pending: Mapping[str, tuple[Value, Value]]
    changed: Mapping[str, Value]
    local: Workspace
    extra_theirs: dict[str, Value] = field(default_factory=dict)

    def base(self, entity_id: str) -> Value:
        if entity_id in self.pending:
            return self.pending[entity_id][0]
        return self.local.find(entity_id)

    def mine(self, entity_id: str) -> Value:
        return self.local.find(entity_id)

    def theirs(self, entity_id: str) -> Value:
        if entity_id in self.changed:
            return self.changed[entity_id]
        if entity_id in self.extra_theirs:
            return self.extra_theirs[entity_id]
        return self.base(entity_id)


def plan_merge(
    pending: Mapping[str, tuple[Value, Value]],
    changed: Mapping[str, Value],
    local: Workspace,
    repository: RepositoryView,
    processes: Iterable[str],
    resolutions: Mapping[str, Side] | None = None,
) -> MergePlan:
    """Merge *pending* (id → (base, mine), mine being what *local* holds now) with *changed*
    (id → the repository's value now, for every id changed there since the base, in the
    order it was stored). *processes* are the processes the workspace holds: others' new
    elements come along when they belong to those, or to the workspace as a whole."""
    choices = dict(resolutions or {})
    sides = _Sides(pending, changed, local)
    order = list(dict.fromkeys([*changed, *pending]))
    results: dict[str, Value] = {}
    conflicts: list[Conflict] = []
    for entity_id in order:
        base, mine, theirs = sides.base(entity_id), sides.mine(entity_id), sides.theirs(entity_id)
        if _removal_case(base, mine, theirs):
            continue  # settled with what hangs on it, below
        merged = merge_values(base, mine, theirs, choices.get(entity_id))
        if merged.conflicted:
            kind = ConflictKind.BOTH_ADDED if base is None else ConflictKind.BOTH_CHANGED
            conflicts.append(Conflict(entity_id, kind, base, mine, theirs, merged.fields))
        else:
            results[entity_id] = merged.value
    conflicts += _removed_there(sides, order, results, choices)
    conflicts += _removed_here(sides, order, repository, results, choices)
    if conflicts:
        return MergePlan(conflicts=tuple(conflicts))
    for entity_id in _out_of_scope(sides, results, set(processes)):
        del results[entity_id]
    dangling = _dangling(sides, results)
    if dangling:
        return MergePlan(conflicts=tuple(dangling))
    return MergePlan(
        to_repository=tuple(
            Change(sides.theirs(i), value)
            for i, value in results.items()
            if value != sides.theirs(i)
        ),
        to_local=tuple(
            Change(sides.mine(i), value) for i, value in results.items() if value != sides.mine(i)
        ),
        bases={i: sides.theirs(i) for i, value in results.items() if value != sides.theirs(i)},
    )


def _removal_case(base: Value, mine: Value, theirs: Value) -> bool:
    """Removed on one side while the other still has it (changed or not)."""
    if base is None:
        return False
    return (theirs is None and mine is not None) or (mine is None and theirs is not None)


def _roots(candidates: list[str], closures: dict[str, list[Entity]]) -> list[str]:
    """The candidates no other candidate's closure holds: the outermost removals."""
    inner = {e.id for root, closure in closures.items() for e in closure if e.id != root} & set(
        candidates
    )
    return [c for c in candidates if c not in inner]


def _removed_there(
    sides: _Sides, order: list[str], results: dict[str, Value], choices: dict[str, Side]
) -> list[Conflict]:
    """Elements others removed that this workspace still has: removed here too with all that
    hangs on them, unless something here changed them or uses them (a conflict)."""
    candidates = [
        i
        for i in order
        if _removal_case(sides.base(i), sides.mine(i), sides.theirs(i)) and sides.theirs(i) is None
    ]
    closures = {i: sides.local.closure([i]) for i in candidates}
    conflicts: list[Conflict] = []
    for root in _roots(candidates, closures):
        closure = closures[root]
        users = tuple(
            e.id
            for e in closure
            if e.id in sides.pending and sides.mine(e.id) != sides.base(e.id) and e.id != root
        )
        edited = sides.mine(root) != sides.base(root)
        choice = choices.get(root)
        if (edited or users) and choice is None:
            conflicts.append(
                Conflict(
                    root,
                    ConflictKind.DELETED_THERE,
                    sides.base(root),
                    sides.mine(root),
                    None,
                    users=users,
                )
            )
            continue
        for entity in closure:
            if choice == Side.MINE:
                results[entity.id] = entity
            else:
                results[entity.id] = None
    return conflicts


def _removed_here(
    sides: _Sides,
    order: list[str],
    repository: RepositoryView,
    results: dict[str, Value],
    choices: dict[str, Side],
) -> list[Conflict]:
    """Elements removed here that the repository still has: removed there too, unless others
    changed them or use them (a conflict)."""
    candidates = [
        i
        for i in order
        if _removal_case(sides.base(i), sides.mine(i), sides.theirs(i)) and sides.mine(i) is None
    ]
    if not candidates:
        return []
    stored = repository.closure(candidates)
    by_id = {entity.id: entity for entity in stored}
    sides.extra_theirs.update({i: e for i, e in by_id.items() if i not in sides.changed})
    closures = {i: _closure_in(i, by_id) for i in candidates}
    removed_here = {i for i in sides.pending if sides.mine(i) is None}
    conflicts: list[Conflict] = []
    for root in _roots(candidates, closures):
        closure = closures[root]
        users = tuple(
            e.id
            for e in closure
            if e.id != root and (e.id not in removed_here or sides.theirs(e.id) != sides.base(e.id))
        )
        edited = sides.theirs(root) != sides.base(root)
        choice = choices.get(root)
        if (edited or users) and choice is None:
            conflicts.append(
                Conflict(
                    root,
                    ConflictKind.DELETED_HERE,
                    sides.base(root),
                    None,
                    sides.theirs(root),
                    users=users,
                )
            )
            continue
        for entity in closure:
            results[entity.id] = entity if choice == Side.THEIRS else None
    return conflicts


def _closure_in(root: str, stored: dict[str, Entity]) -> list[Entity]:
    """The part of *stored* (a closure of several ids) that depends on *root*."""
    found: dict[str, Entity] = {}
    stack = [root]
    referrers: dict[str, list[str]] = {}
    for entity in stored.values():
        for ref in references(entity):
            referrers.setdefault(ref, []).append(entity.id)
    while stack:
        current = stack.pop()
        if current in found or current not in stored:
            continue
        found[current] = stored[current]
        stack.extend(referrers.get(current, ()))
    return list(found.values())


def _out_of_scope(sides: _Sides, results: dict[str, Value], processes: set[str]) -> list[str]:
    """Others' elements that belong to processes this workspace does not hold: left where
    they are. An element comes along when everything it refers to is here (or comes along
    too); a process only when it is one of *processes*."""
    incoming = {
        i: value
        for i, value in results.items()
        if value is not None and i not in sides.local and i not in sides.pending
    }

    def present(ref: str) -> bool:
        if ref in results:
            return results[ref] is not None and (ref not in incoming or ref in accepted)
        return ref in sides.local

    accepted: set[str] = set()
    undecided = dict(incoming)
    progress = True
    while progress:
        progress = False
        for entity_id, value in list(undecided.items()):
            if isinstance(value, Process):
                welcome = entity_id in processes
            else:
                welcome = all(present(ref) for ref in references(value))
            if welcome:
                accepted.add(entity_id)
                del undecided[entity_id]
                progress = True
    return list(undecided)


def _dangling(sides: _Sides, results: dict[str, Value]) -> list[Conflict]:
    """What the plan would leave pointing at nothing, here or in the repository, as conflicts
    on the missing element (a last guard: the steps above should leave none)."""
    users: dict[str, list[str]] = {}
    for entity_id, value in results.items():
        if value is None:
            continue
        for ref in references(value):
            here = results[ref] if ref in results else sides.local.find(ref)
            there = results[ref] if ref in results else sides.theirs(ref)
            if here is None or (value != sides.theirs(entity_id) and there is None):
                users.setdefault(ref, []).append(entity_id)
    return [
        Conflict(
            ref,
            ConflictKind.DELETED_THERE,
            sides.base(ref),
            sides.mine(ref),
            sides.theirs(ref),
            users=tuple(found),
        )
        for ref, found in users.items()
    ]
