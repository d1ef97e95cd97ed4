"""Entities to table rows and back: a few real columns, the other fields as JSON.

cattrs turns the frozen dataclasses into plain dicts (and back) through the model's one
converter (``procdesk.model.structuring``), so adding a field to an entity needs no code here:
it lands in ``data`` and old rows read it with its default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import procdesk.model.catalog  # noqa: F401  (registers every concept's entity kinds)
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
from procdesk.model.registry import KINDS
from procdesk.model.structuring import structure_hook as _structure_hook
from procdesk.model.structuring import unstructure_hook
from procdesk.store.layout import (
    BASE_LAYOUTS,
    DIAGRAMS,
    ELEMENTS,
    FLOWS,
    KPI_MEASUREMENTS,
    KPIS,
    PROCESSES,
    WEAK_POINTS,
    TableLayout,
    kind_layout,
)


@dataclass(frozen=True, slots=True)
class Mapping_:
    """How one entity type is stored: its table and which fields are real columns."""

    table: TableLayout
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
    Process: Mapping_(PROCESSES, ("id", "name")),
    Diagram: Mapping_(DIAGRAMS, ("id", "process_id", "name", "variant")),
    Flow: Mapping_(FLOWS, ("id", "diagram_id", "name", "source_id", "target_id")),
    WeakPoint: Mapping_(WEAK_POINTS, ("id", "diagram_id", "target_id", "severity", "status")),
    Kpi: Mapping_(KPIS, ("id", "process_id", "step_id", "name")),
    KpiMeasurement: Mapping_(KPI_MEASUREMENTS, ("id", "kpi_id", "date", "value")),
}
for _shape in _SHAPES:
    MAPPINGS[_shape] = Mapping_(
        ELEMENTS, ("id", "diagram_id", "name", "parent_id"), typed=True, geometry=True
    )

BASE_TABLES = BASE_LAYOUTS
"""The tables of the hand-wired entities; every workspace file has had them from the start."""


def _register_kinds() -> None:
    """Give every registered entity kind not yet mapped a table: ``id``, the owner's id (when
    the kind has one, indexed) and ``data``."""
    for cls, kind in KINDS.items():
        if cls in MAPPINGS:
            continue
        table = kind_layout(kind.table, kind.scope)
        MAPPINGS[cls] = Mapping_(table, ("id", kind.scope) if kind.scope else ("id",))
        _TABLE_TYPES[kind.table] = cls


def tables() -> tuple[TableLayout, ...]:
    """Every table a workspace has: the hand-wired ones, then one per registered kind."""
    _register_kinds()
    return BASE_TABLES + tuple(MAPPINGS[cls].table for cls in KINDS)


def concept_tables() -> tuple[TableLayout, ...]:
    """The tables of the registered kinds (created in a file when they are missing)."""
    return tables()[len(BASE_TABLES) :]


def mapping_of(cls: type[Entity]) -> Mapping_:
    """How entities of *cls* are stored."""
    mapping = MAPPINGS.get(cls)
    if mapping is None:
        _register_kinds()
        mapping = MAPPINGS[cls]
    return mapping


def table_of(entity: Entity) -> TableLayout:
    return mapping_of(type(entity)).table


def to_row(entity: Entity) -> dict[str, Any]:
    """The row that stores *entity* in ``table_of(entity)`` (``data`` not yet encoded).

    The generic mapping; bulk writes take ``rows.row_values``, which gives the same row.
    """
    mapping = mapping_of(type(entity))
    data: dict[str, Any] = unstructure_hook(type(entity))(entity)
    row = {name: data.pop(name) for name in mapping.columns}
    if mapping.geometry:
        bounds = data.pop("bounds")
        row.update(x=bounds["x"], y=bounds["y"], w=bounds["w"], h=bounds["h"])
        row["type"] = type(entity).__name__
    elif isinstance(entity, Flow):
        row["type"] = data.pop("kind")
    row["data"] = data
    return row


def from_row(table: TableLayout, row: Mapping[Any, Any]) -> Entity:
    """Rebuild the entity a row of *table* stores."""
    values = dict(row)
    data = values.pop("data") or {}
    cls: type[Entity]
    if table is ELEMENTS:
        cls = SHAPE_TYPES[values.pop("type")]
        values["bounds"] = {k: values.pop(k) for k in ("x", "y", "w", "h")}
    elif table is FLOWS:
        cls = Flow
        values["kind"] = values.pop("type")
    else:
        cls = _TABLE_TYPES.get(table.name) or _registered_type(table.name)
    entity: Entity = _structure_hook(cls)({**data, **values}, cls)
    return entity


def _registered_type(table_name: str) -> type[Entity]:
    _register_kinds()
    return _TABLE_TYPES[table_name]


_TABLE_TYPES: dict[str, type[Entity]] = {
    "processes": Process,
    "diagrams": Diagram,
    "weak_points": WeakPoint,
    "kpis": Kpi,
    "kpi_measurements": KpiMeasurement,
}
