"""Commands: small values that plan a ChangeSet against the current workspace.

A command never mutates anything. ``plan`` reads the workspace and returns the ChangeSet that
carries out the edit; History applies and persists it, and undoes it by applying the inverse.
Because a ChangeSet holds complete before/after values, every command is revertible by
construction and redo replays exactly what was done.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from procdesk.model.changes import Change, ChangeSet
from procdesk.model.elements import (
    Entity,
    Flow,
    FlowKind,
    FlowNodeShape,
    Lane,
    Phase,
    Pool,
    Shape,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.naming import describe
from procdesk.model.references import references
from procdesk.model.routing import route_between
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


def moving_set(workspace: Workspace, ids: Iterable[str]) -> dict[str, Shape]:
    """Shapes that move when *ids* move: the shapes plus every shape that refers to them.

    A shape refers to its container (pool, lane, expanded sub-process) and to its host
    (a boundary event), so following referrers finds exactly what sits inside or on it. Only
    referrers in the same diagram move: the inside of a collapsed sub-process is drawn on a
    diagram of its own and stays where it is.
    """
    found: dict[str, Shape] = {}
    stack = list(ids)
    while stack:
        shape = workspace.find(stack.pop())
        if not isinstance(shape, Shape) or shape.id in found:
            continue
        found[shape.id] = shape
        stack.extend(
            r.id
            for r in workspace.referrers(shape.id)
            if isinstance(r, Shape) and r.diagram_id == shape.diagram_id
        )
    return found


@dataclass(frozen=True, slots=True)
class MoveShapes:
    """Move shapes by an offset, with their contents; connected flows follow."""

    ids: tuple[str, ...]
    dx: float
    dy: float
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        for entity_id in self.ids:
            if not isinstance(workspace.find(entity_id), Shape):
                message = tr("{id} is not a shape that can be moved")
                raise CommandError(message.format(id=entity_id))
        if self.dx == 0 and self.dy == 0:
            return ChangeSet((), self.label)
        moving = moving_set(workspace, self.ids)
        changes = [
            Change(
                s,
                dataclasses.replace(
                    s,
                    bounds=s.bounds.moved(self.dx, self.dy),
                    label=s.label.moved(self.dx, self.dy) if s.label else None,
                ),
            )
            for s in moving.values()
        ]
        flows: dict[str, Flow] = {}
        for shape_id in moving:
            for flow in workspace.flows_at(shape_id):
                flows[flow.id] = flow
        for flow in flows.values():
            changes.append(Change(flow, _follow(workspace, flow, moving, self.dx, self.dy)))
        named = [workspace.get(i) for i in self.ids]
        label = self.label or tr("Move {what}").format(what=describe(named))
        return ChangeSet(tuple(changes), label)


def _follow(
    workspace: Workspace, flow: Flow, moving: Mapping[str, Shape], dx: float, dy: float
) -> Flow:
    """Shift a flow whose ends move: all of it if both ends move; otherwise the moved end, and
    a fresh default route if that would leave a slanted segment."""
    source_moves, target_moves = flow.source_id in moving, flow.target_id in moving
    if source_moves and target_moves:
        return dataclasses.replace(
            flow,
            waypoints=tuple(p.moved(dx, dy) for p in flow.waypoints),
            label=flow.label.moved(dx, dy) if flow.label else None,
        )
    points = list(flow.waypoints)
    if points:
        if source_moves:
            points[0] = points[0].moved(dx, dy)
        if target_moves:
            points[-1] = points[-1].moved(dx, dy)
    if not is_orthogonal(points):
        ends = [
            _moved_shape(workspace, i, moving, dx, dy) for i in (flow.source_id, flow.target_id)
        ]
        if ends[0] is not None and ends[1] is not None:
            points = list(route_between(ends[0], ends[1]))
    return dataclasses.replace(flow, waypoints=tuple(points))


def _moved_shape(
    workspace: Workspace, shape_id: str, moving: Mapping[str, Shape], dx: float, dy: float
) -> Shape | None:
    if shape_id in moving:
        shape = moving[shape_id]
        return dataclasses.replace(shape, bounds=shape.bounds.moved(dx, dy))
    found = workspace.find(shape_id)
    return found if isinstance(found, Shape) else None


def is_orthogonal(points: Sequence[Point]) -> bool:
    """True when every segment is horizontal or vertical (within half a unit)."""
    return all(abs(a.x - b.x) < 0.5 or abs(a.y - b.y) < 0.5 for a, b in itertools.pairwise(points))


@dataclass(frozen=True, slots=True)
class ResizeShape:
    """Give a shape new bounds (its contents stay where they are)."""

    id: str
    bounds: Rect
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        shape = workspace.find(self.id)
        if not isinstance(shape, Shape):
            raise CommandError(tr("{id} is not a shape that can be resized").format(id=self.id))
        if self.bounds.w <= 0 or self.bounds.h <= 0:
            raise CommandError(tr("a shape needs a positive width and height"))
        after = dataclasses.replace(shape, bounds=self.bounds)
        changes = (Change(shape, after),) if after != shape else ()
        label = self.label or tr("Resize {what}").format(what=describe([shape]))
        return ChangeSet(changes, label)


@dataclass(frozen=True, slots=True)
class SetLane:
    """Put flow nodes into a lane (or out of every lane with ``lane_id=None``)."""

    ids: tuple[str, ...]
    lane_id: str | None
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        lane = workspace.find(self.lane_id)
        if self.lane_id is not None and not isinstance(lane, Lane):
            raise CommandError(tr("{id} is not a lane").format(id=self.lane_id))
        pool = workspace.pool_of(self.lane_id) if self.lane_id else None
        changes: list[Change] = []
        for node_id in self.ids:
            node = workspace.find(node_id)
            if not isinstance(node, FlowNodeShape):
                raise CommandError(tr("{id} cannot be placed in a lane").format(id=node_id))
            if isinstance(lane, Lane) and lane.diagram_id != node.diagram_id:
                raise CommandError(tr("a lane of another diagram cannot hold this element"))
            parent = node.parent_id
            parent_entity = workspace.find(parent)
            if pool is not None and (parent is None or isinstance(parent_entity, Pool)):
                if (
                    parent is not None
                    and parent != pool.id
                    and _has_sequence_flows(workspace, node)
                ):
                    message = tr(
                        "{step} has sequence flows, which cannot cross into another pool; delete them or use message flows first"  # noqa: E501
                    )
                    step = node.name or tr("this step")
                    raise CommandError(message.format(step=step))
                parent = pool.id
            after = dataclasses.replace(node, lane_id=self.lane_id, parent_id=parent)
            if after != node:
                changes.append(Change(node, after))
        named = [workspace.get(i) for i in self.ids]
        what = describe(named)
        if self.label:
            label = self.label
        elif isinstance(lane, Lane) and lane.name:
            label = tr("Move {what} to lane {lane}").format(what=what, lane=lane.name)
        else:
            label = tr("Move {what}").format(what=what)
        return ChangeSet(tuple(changes), label)


def _has_sequence_flows(workspace: Workspace, node: Shape) -> bool:
    return any(f.kind == FlowKind.SEQUENCE for f in workspace.flows_at(node.id))


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
