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
    cls = type(entity)
    fields = _FIELDS.get(cls)
    if fields is None:
        kind = KINDS.get(cls)
        if kind is not None:
            return kind.references(entity)
        fields = _FIELDS[cls] = _reference_fields(cls)
    refs: list[str] = []
    for name, optional in fields:
        value = getattr(entity, name)
        if value or not optional:
            refs.append(value)
    return refs


_FIELDS: dict[type[Entity], tuple[tuple[str, bool], ...]] = {}
"""The reference fields of each hand-wired entity class, in order, each with whether it may
be empty: worked out once per class, as an import asks thousands of entities."""


def _reference_fields(cls: type[Entity]) -> tuple[tuple[str, bool], ...]:
    fields: list[tuple[str, bool]] = []
    if issubclass(cls, DiagramElement):
        fields.append(("diagram_id", False))
    if issubclass(cls, Shape):
        fields.append(("parent_id", True))
    if issubclass(cls, FlowNodeShape):
        fields.append(("lane_id", True))
    if issubclass(cls, Step):
        fields.append(("attached_to", True))
    if issubclass(cls, Flow):
        fields += [("source_id", False), ("target_id", False)]
    if issubclass(cls, Diagram | Kpi):
        fields.append(("process_id", False))
    if issubclass(cls, Kpi):
        fields.append(("step_id", True))
    if issubclass(cls, WeakPoint):
        fields += [("diagram_id", False), ("target_id", True)]
    if issubclass(cls, KpiMeasurement):
        fields.append(("kpi_id", False))
    return tuple(fields)
