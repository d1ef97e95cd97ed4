"""Entity kinds that a concept registers: its table, its owner, the ids it points at, its noun.

The first entities (processes, diagrams, shapes, flows, weak points, KPIs) are wired into the
workspace, the store and the undo labels by hand. Every later concept (initiatives,
requirements, releases…) lives in a module of its own and declares those facts once, beside
its dataclass, with :func:`entity_kind`; the workspace, the store and the naming read them
here, so a new concept needs no edit in any of them.

A reference named in ``refs`` is a hard one: the id must exist when the entity is added or
changed, and deleting the target deletes the entity (as deleting a step deletes its flows).
Many-to-many links are therefore entities of their own (an initiative's link to a weak point),
so that deleting either end removes the link and nothing else.

A released version of a process freezes everything that depends on the process. A kind that
records the process's life or its place in the organisation rather than its content (sign-offs,
an initiative's links to it) says ``in_snapshots=False``: it, and what depends on it, is left
out of versions, so restoring a version never brings back or removes such rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from procdesk.model.elements import Entity
from procdesk.text import tr, tr_noop

E = TypeVar("E", bound=type[Entity])


def _no_count(n: int) -> str:
    return tr("%n elements", None, n)


@dataclass(frozen=True, slots=True)
class EntityKind:
    """How the workspace, the store and the undo labels treat one registered entity class.

    ``table`` is the store table (one per class). ``scope`` names the field that holds the
    owner's id (``None``: the workspace itself owns it). ``refs`` name the fields that hold
    ids which must exist: a ``str``, an optional ``str`` or a ``tuple[str, ...]``. ``noun``
    is the singular for undo labels (marked with ``tr_noop(…, "element kind")``) and
    ``counted`` gives "3 initiatives". ``in_snapshots`` is False for kinds a released
    version leaves out (see the module's docstring).
    """

    cls: type[Entity]
    table: str
    scope: str | None = None
    refs: tuple[str, ...] = ()
    noun: str = tr_noop("element", "element kind")
    counted: Callable[[int], str] = _no_count
    in_snapshots: bool = True

    def owner(self, entity: Entity) -> str:
        """The id that owns *entity* ('' for the workspace)."""
        if self.scope is None:
            return ""
        value = getattr(entity, self.scope)
        return value if isinstance(value, str) else ""

    def references(self, entity: Entity) -> list[str]:
        """Every id *entity* points at through its ``refs`` fields."""
        found: list[str] = []
        for name in self.refs:
            value = getattr(entity, name)
            if isinstance(value, str):
                if value:
                    found.append(value)
            elif isinstance(value, tuple):
                found.extend(v for v in value if isinstance(v, str) and v)
        return found


KINDS: dict[type[Entity], EntityKind] = {}
"""Every registered entity class, in the order the concepts were imported."""


def entity_kind(
    *,
    table: str,
    scope: str | None = None,
    refs: Iterable[str] = (),
    noun: str = tr_noop("element", "element kind"),
    counted: Callable[[int], str] = _no_count,
    in_snapshots: bool = True,
) -> Callable[[E], E]:
    """Register the decorated entity dataclass (put this above ``@dataclass``)."""

    def register(cls: E) -> E:
        names = {f.name for f in dataclasses.fields(cls)}
        wanted = ([scope] if scope else []) + list(refs)
        unknown = [name for name in wanted if name not in names]
        if unknown:
            raise TypeError(f"{cls.__name__} has no field {unknown[0]!r}")
        taken = {kind.table for kind in KINDS.values() if kind.cls.__name__ != cls.__name__}
        if table in taken:
            raise TypeError(f"table {table!r} is already registered")
        KINDS[cls] = EntityKind(cls, table, scope, tuple(refs), noun, counted, in_snapshots)
        return cls

    return register


def kind_of(entity: Entity | type[Entity]) -> EntityKind | None:
    """The registration of *entity*'s class, or None for the hand-wired entities."""
    cls = entity if isinstance(entity, type) else type(entity)
    return KINDS.get(cls)
