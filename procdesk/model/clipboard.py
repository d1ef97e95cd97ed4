"""Copy and paste of diagram elements, within a diagram or into another diagram or process.

A Clip holds frozen copies of what was selected, everything inside it (a pool's lanes and
steps, an expanded sub-process's contents, boundary events), the flows that run between copied
elements and the weak points recorded on them. Pasting gives every element a fresh id, points
the references inside the clip at the fresh ids, and drops steps whose lane did not travel into
the lane found under their new position.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from procdesk.model.elements import (
    DiagramElement,
    Entity,
    Flow,
    FlowNodeShape,
    Lane,
    Pool,
    Shape,
    WeakPoint,
)
from procdesk.model.geometry import Point, Rect, bounding_rect
from procdesk.model.ids import new_id
from procdesk.model.shape_commands import moving_set
from procdesk.model.workspace import Workspace

DUPLICATE_OFFSET = 20.0


@dataclass(frozen=True, slots=True)
class Clip:
    """What a copy took: the entities (unchanged) and where they stood."""

    entities: tuple[Entity, ...]
    source_diagram_id: str
    bounds: Rect

    @property
    def is_empty(self) -> bool:
        return not self.entities


def copy_selection(workspace: Workspace, ids: Iterable[str]) -> Clip:
    """A Clip of the selected shapes and flows with what belongs to them."""
    selected = [workspace.find(i) for i in ids]
    elements = [e for e in selected if isinstance(e, DiagramElement)]
    if not elements:
        return Clip((), "", Rect(0, 0, 0, 0))
    diagram_id = elements[0].diagram_id
    shapes = moving_set(workspace, [e.id for e in elements if isinstance(e, Shape)])
    taken: dict[str, Entity] = dict(shapes)
    for shape_id in shapes:
        for flow in workspace.flows_at(shape_id):
            if flow.source_id in shapes and flow.target_id in shapes:
                taken[flow.id] = flow
    for element in elements:
        if isinstance(element, Flow) and element.source_id in taken and element.target_id in taken:
            taken[element.id] = element
    for entity_id in list(taken):
        for point in workspace.weak_points_on(entity_id):
            taken[point.id] = point
    box = bounding_rect([s.bounds for s in shapes.values()]) or Rect(0, 0, 0, 0)
    return Clip(tuple(taken.values()), diagram_id, box)


def paste_entities(
    workspace: Workspace, clip: Clip, diagram_id: str, at: Point | None = None
) -> list[Entity]:
    """Fresh copies of *clip* for *diagram_id*, placed with their top-left corner at *at*
    (default: where they were, nudged when pasted into the diagram they came from)."""
    if at is not None:
        dx, dy = at.x - clip.bounds.x, at.y - clip.bounds.y
    elif diagram_id == clip.source_diagram_id:
        dx = dy = DUPLICATE_OFFSET
    else:
        dx = dy = 0.0
    fresh = {e.id: new_id(e.id.split("_")[0] or "Element") for e in clip.entities}
    result: list[Entity] = []
    for entity in clip.entities:
        changes: dict[str, object] = {"id": fresh[entity.id]}
        if isinstance(entity, DiagramElement | WeakPoint):
            changes["diagram_id"] = diagram_id
        for name in ("parent_id", "lane_id", "attached_to", "source_id", "target_id"):
            value = getattr(entity, name, None)
            if isinstance(value, str):
                changes[name] = fresh.get(value)
        if isinstance(entity, Shape):
            changes["bounds"] = entity.bounds.moved(dx, dy)
            changes["label"] = entity.label.moved(dx, dy) if entity.label else None
        if isinstance(entity, Flow):
            changes["waypoints"] = tuple(p.moved(dx, dy) for p in entity.waypoints)
            changes["label"] = entity.label.moved(dx, dy) if entity.label else None
        if isinstance(entity, WeakPoint) and entity.target_id is None:
            continue
        if isinstance(entity, DiagramElement):
            changes["origin_id"] = None
        result.append(dataclasses.replace(entity, **changes))  # type: ignore[arg-type]
    return [_settle(workspace, diagram_id, e) for e in result]


def _settle(workspace: Workspace, diagram_id: str, entity: Entity) -> Entity:
    """Give a pasted flow node whose lane stayed behind the lane under its new centre."""
    if not isinstance(entity, FlowNodeShape) or entity.lane_id is not None:
        return entity
    if entity.parent_id is not None:
        return entity
    center = entity.bounds.center
    lanes = [
        lane for lane in workspace.elements_of(diagram_id, Lane) if lane.bounds.contains(center)
    ]
    if lanes:
        lane = min(lanes, key=lambda candidate: candidate.bounds.w * candidate.bounds.h)
        pool = workspace.pool_of(lane.id)
        return dataclasses.replace(entity, lane_id=lane.id, parent_id=pool.id if pool else None)
    pools = [p for p in workspace.elements_of(diagram_id, Pool) if p.bounds.contains(center)]
    if pools:
        return dataclasses.replace(entity, parent_id=pools[0].id)
    return entity
