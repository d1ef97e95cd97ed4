"""The three-way merge of one entity: its base value, mine and theirs, attribute by attribute.

An attribute is a field of the entity's dataclass (a shape's ``bounds`` is one attribute: a
move on one side and a resize on the other is a conflict, not a shape neither side drew).
When only one side changed an attribute, that side's value wins; when both changed it to the
same value, that value; when both changed it differently, the attribute is a conflict and
neither value is taken until someone chooses. Nothing is overwritten silently.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from procdesk.model.elements import Entity


class Side(StrEnum):
    """Whose value a person chose for a conflicting element."""

    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """One attribute both sides changed, differently."""

    name: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True, slots=True)
class ValueMerge:
    """What merging one entity gave: the merged value, or the attributes in conflict.

    ``value`` is None when the merge removes the entity (or when it conflicts: then
    ``conflicted`` is true and ``fields`` name the attributes, empty for an added-twice or a
    deleted-against-edited entity).
    """

    value: Entity | None
    conflicted: bool = False
    fields: tuple[FieldConflict, ...] = ()


def field_names(entity: Entity) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(entity))


def changed_fields(before: Entity | None, after: Entity | None) -> tuple[str, ...]:
    """The attributes that differ between two values of one entity (all of them, when one
    side is missing)."""
    if before is None or after is None:
        present = before if before is not None else after
        return field_names(present) if present is not None else ()
    if type(before) is not type(after):
        return field_names(after)
    return tuple(
        name for name in field_names(after) if getattr(before, name) != getattr(after, name)
    )


def merge_values(
    base: Entity | None, mine: Entity | None, theirs: Entity | None, choice: Side | None = None
) -> ValueMerge:
    """Merge one entity. *choice* settles a conflict: the chosen side's value of each
    conflicting attribute (or, for a removal or an addition on both sides, its whole value);
    what merges on its own still merges."""
    if mine == theirs:
        return ValueMerge(mine)
    if theirs == base:
        return ValueMerge(mine)
    if mine == base:
        return ValueMerge(theirs)
    if base is None or mine is None or theirs is None or type(mine) is not type(theirs):
        if choice is not None:
            return ValueMerge(mine if choice == Side.MINE else theirs)
        return ValueMerge(None, conflicted=True)
    taken: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name in field_names(mine):
        old, ours, other = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if ours == other or other == old:
            continue
        if ours == old:
            taken[name] = other
        else:
            conflicts.append(FieldConflict(name, old, ours, other))
    if conflicts and choice is None:
        return ValueMerge(None, conflicted=True, fields=tuple(conflicts))
    if choice == Side.THEIRS:
        taken.update({conflict.name: conflict.theirs for conflict in conflicts})
    if not taken:
        return ValueMerge(mine)
    try:
        return ValueMerge(dataclasses.replace(mine, **taken))
    except (TypeError, ValueError):  # attributes valid alone but not together
        if choice is not None:
            return ValueMerge(mine if choice == Side.MINE else theirs)
        every = [
            FieldConflict(n, getattr(base, n), getattr(mine, n), getattr(theirs, n)) for n in taken
        ]
        return ValueMerge(None, conflicted=True, fields=(*conflicts, *every))
