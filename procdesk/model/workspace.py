"""The Workspace: every entity of one workspace file, in memory, with the lookups edits need."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar, overload

from procdesk.model.changes import ChangeSet
from procdesk.model.elements import (
    Diagram,
    DiagramElement,
    Entity,
    Flow,
    Kpi,
    KpiMeasurement,
    Lane,
    Phase,
    Pool,
    Process,
    Shape,
    Step,
    WeakPoint,
)
from procdesk.model.references import references
from procdesk.model.registry import KINDS

E = TypeVar("E", bound=Entity)


class ConflictError(RuntimeError):
    """A ChangeSet's *before* values do not match the workspace: it was planned on stale state."""


def scope_of(entity: Entity) -> str:
    """The id of the entity that owns *entity* ('' for what the workspace owns: a process…)."""
    kind = KINDS.get(type(entity))
    if kind is not None:
        return kind.owner(entity)
    if isinstance(entity, DiagramElement | WeakPoint):
        return entity.diagram_id
    if isinstance(entity, Diagram | Kpi):
        return entity.process_id
    if isinstance(entity, KpiMeasurement):
        return entity.kpi_id
    return ""


class Workspace:
    """All entities of a workspace, by id, with indexes kept in step with every change.

    The workspace never decides anything: commands plan ChangeSets against it and History
    applies them. ``apply`` checks each *before* value so that a stale plan fails loudly
    instead of silently overwriting newer state.
    """

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self._entities: dict[str, Entity] = {}
        self._by_scope: dict[str, dict[str, Entity]] = defaultdict(dict)
        self._referrers: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            self._put(entity)

    # lookups ---------------------------------------------------------------------------------
    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def find(self, entity_id: str | None) -> Entity | None:
        return None if entity_id is None else self._entities.get(entity_id)

    @overload
    def get(self, entity_id: str) -> Entity: ...
    @overload
    def get(self, entity_id: str, kind: type[E]) -> E: ...
    def get(self, entity_id: str, kind: type[Entity] = Entity) -> Entity:
        """The entity with *entity_id*, which must be a *kind*; KeyError or TypeError if not."""
        entity = self._entities[entity_id]
        if not isinstance(entity, kind):
            raise TypeError(f"{entity_id} is a {type(entity).__name__}, not a {kind.__name__}")
        return entity

    @overload
    def in_scope(self, scope_id: str) -> list[Entity]: ...
    @overload
    def in_scope(self, scope_id: str, kind: type[E]) -> list[E]: ...
    def in_scope(self, scope_id: str, kind: type[Entity] = Entity) -> list[Any]:
        """Entities owned directly by *scope_id* (see ``scope_of``), in insertion order."""
        return [e for e in self._by_scope.get(scope_id, {}).values() if isinstance(e, kind)]

    def processes(self) -> list[Process]:
        return sorted(self.in_scope("", Process), key=lambda p: (p.order, p.name.casefold()))

    def diagrams_of(self, process_id: str) -> list[Diagram]:
        return sorted(self.in_scope(process_id, Diagram), key=lambda d: d.order)

    @overload
    def elements_of(self, diagram_id: str) -> list[DiagramElement]: ...
    @overload
    def elements_of(self, diagram_id: str, kind: type[E]) -> list[E]: ...
    def elements_of(self, diagram_id: str, kind: type[Entity] = DiagramElement) -> list[Any]:
        """Everything drawn in a diagram (optionally only one *kind*), in insertion order."""
        return self.in_scope(diagram_id, kind)

    def flows_at(self, node_id: str) -> list[Flow]:
        """Flows that start or end at *node_id*."""
        return [
            e
            for e in self.referrers(node_id)
            if isinstance(e, Flow) and node_id in (e.source_id, e.target_id)
        ]

    def children_of(self, parent_id: str) -> list[Shape]:
        """Shapes whose semantic container is *parent_id*."""
        return [
            e
            for e in self.referrers(parent_id)
            if isinstance(e, Shape) and e.parent_id == parent_id
        ]

    def lanes_of(self, parent_id: str) -> list[Lane]:
        """Lanes directly inside a pool or lane, top to bottom."""
        lanes = [s for s in self.children_of(parent_id) if isinstance(s, Lane)]
        return sorted(lanes, key=lambda lane: lane.order)

    def phases_of(self, pool_id: str) -> list[Phase]:
        phases = [s for s in self.children_of(pool_id) if isinstance(s, Phase)]
        return sorted(phases, key=lambda phase: phase.order)

    def pool_of(self, element_id: str) -> Pool | None:
        """The pool that (transitively) contains a shape, or None outside any pool."""
        entity = self._entities.get(element_id)
        seen: set[str] = set()
        while isinstance(entity, Shape) and entity.id not in seen:
            if isinstance(entity, Pool):
                return entity
            seen.add(entity.id)
            container = entity.parent_id
            if isinstance(entity, Step) and entity.attached_to:
                container = entity.attached_to
            entity = self._entities.get(container) if container else None
        return None

    def weak_points_on(self, target_id: str) -> list[WeakPoint]:
        """Weak points recorded on an element, or on a diagram as a whole."""
        return [
            e
            for e in self.referrers(target_id)
            if isinstance(e, WeakPoint)
            and (e.target_id == target_id or (e.target_id is None and e.diagram_id == target_id))
        ]

    def kpis_of(self, process_id: str) -> list[Kpi]:
        return self.in_scope(process_id, Kpi)

    def measurements_of(self, kpi_id: str) -> list[KpiMeasurement]:
        return sorted(self.in_scope(kpi_id, KpiMeasurement), key=lambda m: m.date)

    # dependants ------------------------------------------------------------------------------
    def referrers(self, entity_id: str) -> list[Entity]:
        """Entities that refer to *entity_id*; none of them can exist without it."""
        return [self._entities[i] for i in self._referrers.get(entity_id, ())]

    def dependants(self, entity_id: str) -> list[Entity]:
        """Entities that must go when *entity_id* goes: its referrers and what it owns."""
        return self.referrers(entity_id)

    def closure(self, ids: Iterable[str]) -> list[Entity]:
        """*ids* plus everything that depends on them, transitively, without repeats."""
        result: dict[str, Entity] = {}
        stack = [i for i in ids if i in self._entities]
        while stack:
            current = stack.pop()
            if current in result:
                continue
            result[current] = self._entities[current]
            stack.extend(d.id for d in self.dependants(current) if d.id not in result)
        return list(result.values())

    # mutation (History only) -----------------------------------------------------------------
    def apply(self, changeset: ChangeSet) -> None:
        """Apply *changeset*, or raise ConflictError and change nothing if it is stale."""
        for change in changeset.changes:
            current = self._entities.get(change.id)
            if current != change.before:
                raise ConflictError(f"{change.id} changed since this edit was planned")
        for change in changeset.changes:
            if change.before is not None and change.after is not None:
                self._replace(change.before, change.after)
            elif change.before is not None:
                self._drop(change.before)
            elif change.after is not None:
                self._put(change.after)

    def _put(self, entity: Entity) -> None:
        self._entities[entity.id] = entity
        self._by_scope[scope_of(entity)][entity.id] = entity
        for ref in references(entity):
            self._referrers[ref].add(entity.id)

    def _replace(self, before: Entity, after: Entity) -> None:
        """An edited entity keeps its place in the order, as its row keeps its place in the
        file: memory and a reopened file list entities alike (exports depend on it)."""
        self._forget_references(before)
        if scope_of(before) != scope_of(after):
            del self._by_scope[scope_of(before)][before.id]
        self._put(after)

    def _drop(self, entity: Entity) -> None:
        del self._entities[entity.id]
        scope = self._by_scope[scope_of(entity)]
        del scope[entity.id]
        self._forget_references(entity)

    def _forget_references(self, entity: Entity) -> None:
        for ref in references(entity):
            refs = self._referrers.get(ref)
            if refs is not None:
                refs.discard(entity.id)
                if not refs:
                    del self._referrers[ref]
