"""Commands that move shapes: move (with what sits inside or on them, and their flows),
resize, and put into another lane. Flows that would come out slanted are re-routed."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from procdesk.model.changes import Change, ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.elements import (
    Flow,
    FlowKind,
    FlowNodeShape,
    Lane,
    Pool,
    Shape,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.naming import describe
from procdesk.model.routing import route_between
from procdesk.model.workspace import Workspace
from procdesk.text import tr


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
