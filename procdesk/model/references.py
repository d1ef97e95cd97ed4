"""Which ids an entity refers to, so that edits can refuse dangling references."""

from __future__ import annotations

from procdesk.model.elements import (
    Diagram,
    DiagramElement,
    Entity,
    Flow,
    FlowNodeShape,
    Kpi,
    KpiMeasurement,
    Shape,
    Step,
    WeakPoint,
)
from procdesk.model.registry import KINDS


def references(entity: Entity) -> list[str]:
    """Every id *entity* points at; each must exist for the entity to be valid."""
    kind = KINDS.get(type(entity))
    if kind is not None:
        return kind.references(entity)
    refs: list[str] = []
    if isinstance(entity, DiagramElement):
        refs.append(entity.diagram_id)
    if isinstance(entity, Shape) and entity.parent_id:
        refs.append(entity.parent_id)
    if isinstance(entity, FlowNodeShape) and entity.lane_id:
        refs.append(entity.lane_id)
    if isinstance(entity, Step) and entity.attached_to:
        refs.append(entity.attached_to)
    if isinstance(entity, Flow):
        refs.extend((entity.source_id, entity.target_id))
    if isinstance(entity, Diagram | Kpi):
        refs.append(entity.process_id)
    if isinstance(entity, Kpi) and entity.step_id:
        refs.append(entity.step_id)
    if isinstance(entity, WeakPoint):
        refs.append(entity.diagram_id)
        if entity.target_id:
            refs.append(entity.target_id)
    if isinstance(entity, KpiMeasurement):
        refs.append(entity.kpi_id)
    return refs
