"""Bulk rows: the generated per-class row functions store exactly what the generic mapping does."""

from __future__ import annotations

import json
from typing import Any

import pytest

from procdesk.model.elements import (
    Annotation,
    DataIo,
    DataObject,
    DataStore,
    Diagram,
    Duration,
    Entity,
    EventDefinition,
    Flow,
    FlowKind,
    Foreign,
    Group,
    Kpi,
    KpiMeasurement,
    Lane,
    LoopKind,
    Multiplicity,
    Phase,
    Pool,
    Process,
    ProcessStatus,
    Revision,
    Step,
    StepKind,
    WeakPoint,
)
from procdesk.model.geometry import Point, Rect
from procdesk.sample import build_sample
from procdesk.store.codec import from_row, table_of, to_row
from procdesk.store.rows import row_values

FOREIGN = Foreign(
    (("{urn:x}colour", "grün"), ("{urn:procdesk:hint}di", "Shape_1")),
    ('<x:ext xmlns:x="urn:x">ä &amp; "b"</x:ext>',),
)
BOX = Rect(10, 20.5, 100.25, 80)


def _unusual() -> list[Entity]:
    """One entity of every stored class, with every kind of field off its default."""
    return [
        Process(
            id="P",
            name="Prüfung \u2603",
            status=ProcessStatus.APPROVED,
            revisions=(Revision("1.0", "2026-01-02", "Zoë", 'first "cut"'),),
            order=3,
            foreign=FOREIGN,
        ),
        Diagram(id="D", process_id="P", name="to-be", variant="to-be", origin_diagram_id="D0"),
        Pool(
            id="Po",
            diagram_id="D",
            bounds=BOX,
            horizontal=False,
            process_ref="Proc_1",
            multiplicity=Multiplicity(2, 40),
        ),
        Lane(id="L", diagram_id="D", bounds=BOX, parent_id="Po", order=2, fill="#fff"),
        Phase(id="Ph", diagram_id="D", bounds=BOX, parent_id="Po", order=1, name="Phase 1"),
        Step(
            id="S",
            diagram_id="D",
            name="Check\ninvoice",
            bounds=Rect(1e-7, -3, 1e12, 0),
            label=Rect(1, 2, 3, 4),
            parent_id="L",
            lane_id="L",
            kind=StepKind.BOUNDARY_EVENT,
            event_definition=EventDefinition.TIMER,
            interrupting=False,
            attached_to="T",
            loop=LoopKind.SEQUENTIAL,
            compensation=True,
            expanded=True,
            marker_visible=False,
            instruction="Do ✓",
            role="Clerk",
            inputs=("a", "b"),
            outputs=("c",),
            systems=("SAP",),
            duration=Duration(1, 2.5, 10),
            cost=12.75,
            origin_id="S0",
            foreign=FOREIGN,
        ),
        DataObject(id="DO", diagram_id="D", bounds=BOX, collection=True, io=DataIo.OUTPUT),
        DataStore(id="DS", diagram_id="D", bounds=BOX, stroke="#123456"),
        Annotation(id="A", diagram_id="D", bounds=BOX, name="note"),
        Group(id="G", diagram_id="D", bounds=BOX),
        Flow(
            id="F",
            diagram_id="D",
            kind=FlowKind.DATA_INPUT,
            source_id="S",
            target_id="DO",
            waypoints=(Point(0, 0), Point(1.5, -2)),
            condition="x > 1",
            is_default=True,
            probability=0.25,
            label=BOX,
            name="yes",
        ),
        WeakPoint(id="W", diagram_id="D", target_id="S", severity=5, description="slow"),
        Kpi(id="K", process_id="P", step_id="S", name="Lead time", target=3.5),
        KpiMeasurement(id="M", kpi_id="K", date="2026-02-03", value=4, note="late"),
    ]


def _generic(entity: Entity) -> tuple[Any, ...]:
    row = to_row(entity)
    row["data"] = json.dumps(row["data"], ensure_ascii=False, separators=(",", ":"))
    return tuple(row[column.name] for column in table_of(entity).columns)


@pytest.mark.parametrize("entity", [*_unusual(), *build_sample()], ids=lambda e: type(e).__name__)
def test_row_values_equal_the_generic_mapping(entity: Entity) -> None:
    fast = row_values(entity)
    assert fast == _generic(entity)
    assert [type(v) for v in fast] == [type(v) for v in _generic(entity)]


@pytest.mark.parametrize("entity", _unusual(), ids=lambda e: type(e).__name__)
def test_a_row_reads_back_as_the_entity(entity: Entity) -> None:
    table = table_of(entity)
    row = dict(zip((c.name for c in table.columns), row_values(entity), strict=True))
    row["data"] = json.loads(row["data"])
    assert from_row(table, row) == entity
