"""Swimlane geometry: lanes and phases stacked along their pool's axis, with their contents.

In a horizontal pool, lanes are rows stacked top to bottom and phases are columns left to
right; in a vertical pool the two swap. Every function here plans the commands of one gesture
(insert, remove, reorder, resize), so that the Editor runs them as one undo step and the
neighbours follow: later lanes shift, the pool grows or shrinks, contents move with their lane.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from procdesk.model.changes import Change, ChangeSet
from procdesk.model.commands import AddEntities, Command, CommandError, RemoveEntities, Reorder
from procdesk.model.elements import Flow, FlowNodeShape, Lane, Phase, Pool, Shape
from procdesk.model.geometry import Point, Rect
from procdesk.model.naming import with_name
from procdesk.model.routing import route_between
from procdesk.model.shape_commands import MoveShapes, ResizeShape, is_orthogonal, moving_set
from procdesk.model.sizes import LANE_HEADER, POOL_HEADER
from procdesk.model.workspace import Workspace
from procdesk.text import tr

Stackable = Lane | Phase


def pool_is_horizontal(workspace: Workspace, shape: Shape) -> bool:
    pool = shape if isinstance(shape, Pool) else workspace.pool_of(shape.id)
    return pool.horizontal if pool is not None else True


def lanes_stack_vertically(workspace: Workspace, shape: Shape) -> bool:
    """Lanes of a horizontal pool are rows (stacked along y); phases run the other way."""
    return pool_is_horizontal(workspace, shape)


def span(rect: Rect, along_y: bool) -> tuple[float, float]:
    """Start and size of *rect* along the stacking axis."""
    return (rect.y, rect.h) if along_y else (rect.x, rect.w)


def with_span(rect: Rect, start: float, size: float, along_y: bool) -> Rect:
    if along_y:
        return Rect(rect.x, start, rect.w, size)
    return Rect(start, rect.y, size, rect.h)


def shift(dist: float, along_y: bool) -> tuple[float, float]:
    return (0.0, dist) if along_y else (dist, 0.0)


def lane_body(workspace: Workspace, parent: Pool | Lane) -> Rect:
    """The part of a pool or lane that its lanes fill (all of it but its header)."""
    b = parent.bounds
    header = POOL_HEADER if isinstance(parent, Pool) else LANE_HEADER
    if pool_is_horizontal(workspace, parent):
        return Rect(b.x + header, b.y, b.w - header, b.h)
    return Rect(b.x, b.y + header, b.w, b.h - header)


def _siblings(workspace: Workspace, item: Stackable) -> list[Stackable]:
    parent_id = item.parent_id or ""
    if isinstance(item, Lane):
        return list(workspace.lanes_of(parent_id))
    return list(workspace.phases_of(parent_id))


def _along_y(workspace: Workspace, item: Stackable) -> bool:
    vertical = lanes_stack_vertically(workspace, item)
    return vertical if isinstance(item, Lane) else not vertical


# growing and shrinking containers ------------------------------------------------------------
def grow_lane_stack(workspace: Workspace, container: Shape, amount: float) -> list[Command]:
    """Make *container* (a pool or lane) longer along its lane axis by *amount* (may be < 0),
    pushing the lanes after it and growing every enclosing lane up to the pool."""
    along_y = lanes_stack_vertically(workspace, container)
    commands: list[Command] = []
    current: Shape | None = container
    while isinstance(current, Pool | Lane):
        start, size = span(current.bounds, along_y)
        commands.append(
            ResizeShape(current.id, with_span(current.bounds, start, size + amount, along_y))
        )
        if isinstance(current, Pool):
            commands.extend(_stretch_phases(workspace, current, amount, along_y))
            break
        later = [s.id for s in _siblings(workspace, current) if span(s.bounds, along_y)[0] > start]
        if later:
            commands.append(MoveShapes(tuple(later), *shift(amount, along_y)))
        parent = workspace.find(current.parent_id)
        current = parent if isinstance(parent, Shape) else None
    return commands


def _stretch_phases(
    workspace: Workspace, pool: Pool, amount: float, along_y: bool
) -> list[Command]:
    """Phases run across every lane, so they follow the pool's length along the lane axis."""
    commands: list[Command] = []
    for phase in workspace.phases_of(pool.id):
        start, size = span(phase.bounds, along_y)
        commands.append(
            ResizeShape(phase.id, with_span(phase.bounds, start, size + amount, along_y))
        )
    return commands


# lanes -------------------------------------------------------------------------------------
def insert_lane(workspace: Workspace, lane: Lane, index: int, size: float) -> list[Command]:
    """Commands that make room for *lane* (already given its id and name) at *index*."""
    parent = workspace.find(lane.parent_id)
    if not isinstance(parent, Pool | Lane):
        raise CommandError(tr("lanes go into a pool or another lane"))
    along_y = lanes_stack_vertically(workspace, parent)
    siblings = workspace.lanes_of(parent.id)
    index = max(0, min(index, len(siblings)))
    body = lane_body(workspace, parent)
    commands: list[Command] = []
    if not siblings:
        bounds = body
    else:
        start = (
            span(siblings[index].bounds, along_y)[0]
            if index < len(siblings)
            else sum(span(siblings[-1].bounds, along_y))
        )
        bounds = with_span(body, start, size, along_y)
        later = tuple(s.id for s in siblings[index:])
        if later:
            commands.append(MoveShapes(later, *shift(size, along_y)))
        commands.extend(grow_lane_stack(workspace, parent, size))
    placed = dataclasses.replace(lane, bounds=bounds, order=index)
    order = [s.id for s in siblings]
    commands.append(AddEntities((placed,)))
    order.insert(index, placed.id)
    commands.append(Reorder(tuple(order)))
    return commands


def remove_lane(workspace: Workspace, lane_id: str) -> list[Command]:
    """Delete a lane with its contents and close the gap it leaves."""
    lane = workspace.get(lane_id, Lane)
    along_y = _along_y(workspace, lane)
    start, size = span(lane.bounds, along_y)
    siblings = _siblings(workspace, lane)
    label = with_name(tr("Delete lane {name}"), tr("Delete lane"), lane.name)
    commands: list[Command] = [RemoveEntities((lane_id,), label)]
    if len(siblings) == 1:
        return commands
    later = tuple(s.id for s in siblings if span(s.bounds, along_y)[0] > start)
    if later:
        commands.append(MoveShapes(later, *shift(-size, along_y)))
    parent = workspace.find(lane.parent_id)
    if isinstance(parent, Pool | Lane):
        commands.extend(grow_lane_stack(workspace, parent, -size))
    remaining = tuple(s.id for s in siblings if s.id != lane_id)
    commands.append(Reorder(remaining))
    return commands


def resize_lane(workspace: Workspace, lane_id: str, size: float) -> list[Command]:
    """Give a lane a new size along its axis; later lanes shift and the pool follows."""
    lane = workspace.get(lane_id, Lane)
    along_y = _along_y(workspace, lane)
    old = span(lane.bounds, along_y)[1]
    minimum = 40.0
    if size < minimum:
        raise CommandError(tr("a lane needs at least {size} units").format(size=f"{minimum:.0f}"))
    amount = size - old
    if amount == 0:
        return []
    commands = grow_lane_stack(workspace, lane, amount)
    sublanes = workspace.lanes_of(lane_id)
    if sublanes:
        last = sublanes[-1]
        commands.extend(resize_lane(workspace, last.id, span(last.bounds, along_y)[1] + amount)[:1])
    return commands


def move_stacked(workspace: Workspace, item_id: str, index: int) -> list[Command]:
    """Move a lane or phase to position *index* among its siblings, with its contents."""
    item = workspace.get(item_id)
    if not isinstance(item, Lane | Phase):
        raise CommandError(tr("{id} is not a lane or phase").format(id=item_id))
    siblings = _siblings(workspace, item)
    along_y = _along_y(workspace, item)
    index = max(0, min(index, len(siblings) - 1))
    order = [s for s in siblings if s.id != item_id]
    order.insert(index, item)
    if [s.id for s in order] == [s.id for s in siblings]:
        return []
    cursor = min(span(s.bounds, along_y)[0] for s in siblings)
    deltas: dict[str, float] = {}
    for sibling in order:
        start, size = span(sibling.bounds, along_y)
        if start != cursor:
            deltas[sibling.id] = cursor - start
        cursor += size
    commands: list[Command] = []
    moved: dict[str, float] = {}
    by_id = {s.id: s for s in siblings}
    for sibling_id, delta in deltas.items():
        carried = _carried(workspace, by_id[sibling_id])
        for shape_id in carried:
            moved[shape_id] = delta
        commands.append(MoveShapes(tuple(carried), *shift(delta, along_y)))
    commands.append(Reorder(tuple(s.id for s in order)))
    commands.append(Reroute(tuple(_torn_flows(workspace, moved))))
    return commands


def _carried(workspace: Workspace, item: Stackable) -> list[str]:
    """What moves with a lane (the lane; its contents follow by reference) or a phase (the
    phase and the flow nodes whose centre lies in its column)."""
    if isinstance(item, Lane):
        return list(moving_set(workspace, [item.id]))
    along_y = _along_y(workspace, item)
    start, size = span(item.bounds, along_y)
    pool_id = item.parent_id
    carried = [item.id]
    for shape in workspace.elements_of(item.diagram_id, FlowNodeShape):
        pool = workspace.pool_of(shape.id)
        if pool is None or pool.id != pool_id:
            continue
        center = shape.bounds.center.y if along_y else shape.bounds.center.x
        if start <= center < start + size:
            carried.append(shape.id)
    return carried


def _torn_flows(workspace: Workspace, moved: dict[str, float]) -> list[str]:
    """Flows whose two ends moved by different amounts: their old waypoints are meaningless."""
    torn: list[str] = []
    seen: set[str] = set()
    for shape_id in moved:
        for flow in workspace.flows_at(shape_id):
            if flow.id in seen:
                continue
            seen.add(flow.id)
            if moved.get(flow.source_id, 0.0) != moved.get(flow.target_id, 0.0):
                torn.append(flow.id)
    return torn


@dataclass(frozen=True, slots=True)
class Reroute:
    """Give flows their default route between their (current) ends; with ``only_broken``,
    only flows left with a slanted segment or detached from an end."""

    ids: tuple[str, ...]
    only_broken: bool = False
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        changes: list[Change] = []
        for flow_id in self.ids:
            flow = workspace.find(flow_id)
            if not isinstance(flow, Flow):
                continue
            source = workspace.find(flow.source_id)
            target = workspace.find(flow.target_id)
            if not isinstance(source, Shape) or not isinstance(target, Shape):
                continue
            if self.only_broken and _intact(flow, source, target):
                continue
            after = dataclasses.replace(flow, waypoints=route_between(source, target), label=None)
            if after != flow:
                changes.append(Change(flow, after))
        return ChangeSet(tuple(changes), self.label or tr("Reroute"))


def _intact(flow: Flow, source: Shape, target: Shape) -> bool:
    points = flow.waypoints
    if len(points) < 2 or not is_orthogonal(points):
        return False
    return _touches(source.bounds, points[0]) and _touches(target.bounds, points[-1])


def _touches(rect: Rect, point: Point, slack: float = 2.0) -> bool:
    return (
        rect.x - slack <= point.x <= rect.right + slack
        and rect.y - slack <= point.y <= rect.bottom + slack
    )


# phases ------------------------------------------------------------------------------------
def phase_origin(workspace: Workspace, pool: Pool) -> float:
    """Where the first phase starts: after the pool header and the lane headers."""
    header = POOL_HEADER + (LANE_HEADER if workspace.lanes_of(pool.id) else 0.0)
    return (pool.bounds.x if pool.horizontal else pool.bounds.y) + header


def insert_phase(workspace: Workspace, phase: Phase, index: int, size: float) -> list[Command]:
    """Commands that add *phase* at *index*, shifting later phases (and what stands in them)."""
    pool = workspace.get(phase.parent_id or "", Pool)
    along_y = not pool.horizontal
    phases = workspace.phases_of(pool.id)
    index = max(0, min(index, len(phases)))
    if index < len(phases):
        start = span(phases[index].bounds, along_y)[0]
    elif phases:
        start = sum(span(phases[-1].bounds, along_y))
    else:
        start = phase_origin(workspace, pool)
    commands: list[Command] = []
    for later in phases[index:]:
        commands.append(MoveShapes(tuple(_carried(workspace, later)), *shift(size, along_y)))
    pool_start, pool_size = span(pool.bounds, along_y)
    last_end = sum(span(phases[-1].bounds, along_y)) + size if phases else start + size
    overflow = last_end - (pool_start + pool_size)
    if overflow > 0:
        commands.extend(_lengthen_pool(workspace, pool, overflow, along_y))
    cross = pool.bounds
    bounds = (
        Rect(start, cross.y, size, cross.h) if not along_y else Rect(cross.x, start, cross.w, size)
    )
    placed = dataclasses.replace(phase, bounds=bounds, order=index)
    order = [p.id for p in phases]
    order.insert(index, placed.id)
    commands.extend([AddEntities((placed,)), Reorder(tuple(order))])
    return commands


def _lengthen_pool(workspace: Workspace, pool: Pool, amount: float, along_y: bool) -> list[Command]:
    """Make a pool and all its lanes longer across the lane axis (for phases that overflow)."""
    commands: list[Command] = []
    for shape in [pool, *(lane for lane in workspace.elements_of(pool.diagram_id, Lane))]:
        if workspace.pool_of(shape.id) != pool:
            continue
        start, size = span(shape.bounds, along_y)
        commands.append(
            ResizeShape(shape.id, with_span(shape.bounds, start, size + amount, along_y))
        )
    return commands


def resize_phase(workspace: Workspace, phase_id: str, size: float) -> list[Command]:
    """Give a phase a new length; later phases (and what stands in them) shift."""
    phase = workspace.get(phase_id, Phase)
    along_y = _along_y(workspace, phase)
    start, old = span(phase.bounds, along_y)
    if size < 40:
        raise CommandError(tr("a phase needs at least {size} units").format(size="40"))
    amount = size - old
    commands: list[Command] = [ResizeShape(phase_id, with_span(phase.bounds, start, size, along_y))]
    for later in _siblings(workspace, phase):
        if span(later.bounds, along_y)[0] > start:
            commands.append(MoveShapes(tuple(_carried(workspace, later)), *shift(amount, along_y)))
    return commands
