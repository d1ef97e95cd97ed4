"""Entities to table rows and back: a few real columns, the other fields as JSON.

cattrs turns the frozen dataclasses into plain dicts (and back), so adding a field to an
entity needs no code here: it lands in ``data`` and old rows read it with its default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cattrs import Converter
from sqlalchemy import Table

from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Diagram,
    Entity,
    Flow,
    Group,
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
from procdesk.store import schema

_converter = Converter(forbid_extra_keys=False)


@dataclass(frozen=True, slots=True)
class Mapping_:
    """How one entity type is stored: its table and which fields are real columns."""

    table: Table
    columns: tuple[str, ...]
    typed: bool = False
    geometry: bool = False


_SHAPES: tuple[type[Shape], ...] = (
    Pool,
    Lane,
    Phase,
    Step,
    DataObject,
    DataStore,
    Annotation,
    Group,
)
SHAPE_TYPES: dict[str, type[Shape]] = {t.__name__: t for t in _SHAPES}

MAPPINGS: dict[type[Entity], Mapping_] = {
    Process: Mapping_(schema.processes, ("id", "name")),
    Diagram: Mapping_(schema.diagrams, ("id", "process_id", "name", "variant")),
    Flow: Mapping_(schema.flows, ("id", "diagram_id", "name", "source_id", "target_id")),
    WeakPoint: Mapping_(
        schema.weak_points, ("id", "diagram_id", "target_id", "severity", "status")
    ),
    Kpi: Mapping_(schema.kpis, ("id", "process_id", "step_id", "name")),
    KpiMeasurement: Mapping_(schema.kpi_measurements, ("id", "kpi_id", "date", "value")),
}
for _shape in _SHAPES:
    MAPPINGS[_shape] = Mapping_(
        schema.elements, ("id", "diagram_id", "name", "parent_id"), typed=True, geometry=True
    )

TABLES: tuple[Table, ...] = (
    schema.processes,
    schema.diagrams,
    schema.elements,
    schema.flows,
    schema.weak_points,
    schema.kpis,
    schema.kpi_measurements,
)


def table_of(entity: Entity) -> Table:
    return MAPPINGS[type(entity)].table


def to_row(entity: Entity) -> dict[str, Any]:
    """The row that stores *entity* in ``table_of(entity)``."""
    mapping = MAPPINGS[type(entity)]
    data: dict[str, Any] = _converter.unstructure(entity)
    row = {name: data.pop(name) for name in mapping.columns}
    if mapping.geometry:
        bounds = data.pop("bounds")
        row.update(x=bounds["x"], y=bounds["y"], w=bounds["w"], h=bounds["h"])
        row["type"] = type(entity).__name__
    elif isinstance(entity, Flow):
        row["type"] = data.pop("kind")
    row["data"] = data
    return row


def from_row(table: Table, row: Mapping[Any, Any]) -> Entity:
    """Rebuild the entity a row of *table* stores."""
    values = dict(row)
    data = values.pop("data") or {}
    cls: type[Entity]
    if table is schema.elements:
        cls = SHAPE_TYPES[values.pop("type")]
        values["bounds"] = {k: values.pop(k) for k in ("x", "y", "w", "h")}
    elif table is schema.flows:
        cls = Flow
        values["kind"] = values.pop("type")
    else:
        cls = _TABLE_TYPES[table.name]
    entity: Entity = _converter.structure({**data, **values}, cls)
    return entity


_TABLE_TYPES: dict[str, type[Entity]] = {
    "processes": Process,
    "diagrams": Diagram,
    "weak_points": WeakPoint,
    "kpis": Kpi,
    "kpi_measurements": KpiMeasurement,
}
