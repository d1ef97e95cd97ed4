"""Export of procdesk's own models: every element kind, lanes, data, artifacts, colours and
procdesk data; XSD-valid where the schemas are at hand; and read back to the same model."""

from __future__ import annotations

import dataclasses
import os

import pytest
from lxml import etree

from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Diagram,
    Duration,
    Entity,
    EventDefinition,
    Flow,
    FlowKind,
    Group,
    Kpi,
    KpiMeasurement,
    Lane,
    LoopKind,
    Phase,
    Pool,
    Process,
    Step,
    StepKind,
    WeakPoint,
    WeakPointCategory,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.workspace import Workspace
from tests.interop.conftest import corpus_dir

M = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
PD = "{https://procdesk.org/schema/bpmn/1.0}"
XSD = corpus_dir() / "xsd" / "BPMN20.xsd"


def step(id_: str, kind: StepKind, x: float, lane: str | None = "L1", **fields: object) -> Step:
    size = (36.0, 36.0) if kind.is_event else (50.0, 50.0) if kind.is_gateway else (100.0, 80.0)
    parent = fields.pop("parent_id", "Pool")
    return Step(
        id=id_,
        diagram_id="D",
        kind=kind,
        bounds=Rect(x, 40, *size),
        lane_id=lane,
        parent_id=parent,
        **fields,
    )  # type: ignore[arg-type]


def flow(
    id_: str, source: str, target: str, kind: FlowKind = FlowKind.SEQUENCE, **fields: object
) -> Flow:
    return Flow(
        id=id_,
        diagram_id="D",
        kind=kind,
        source_id=source,
        target_id=target,
        waypoints=(Point(0, 0), Point(10, 10)),
        **fields,
    )  # type: ignore[arg-type]


def build() -> list[Entity]:
    """A process that uses every kind of element the model knows."""
    return [
        Process(
            id="P",
            name="Order to cash",
            purpose="Ship what was ordered",
            owner="Sales",
            status=dataclasses.replace(Process(id="x", name="x")).status,
        ),
        Diagram(id="D", process_id="P", name="As-is"),
        Pool(id="Pool", diagram_id="D", name="Company", bounds=Rect(0, 0, 1200, 400)),
        Pool(id="Customer", diagram_id="D", name="Customer", bounds=Rect(0, 450, 1200, 100)),
        Lane(
            id="L1", diagram_id="D", parent_id="Pool", name="Sales", bounds=Rect(30, 0, 1170, 200)
        ),
        Lane(
            id="L2",
            diagram_id="D",
            parent_id="Pool",
            name="Back office",
            order=1,
            bounds=Rect(30, 200, 1170, 200),
        ),
        Lane(
            id="L2a",
            diagram_id="D",
            parent_id="L2",
            name="Billing",
            bounds=Rect(60, 200, 1140, 200),
        ),
        Phase(
            id="Ph", diagram_id="D", parent_id="Pool", name="Intake", bounds=Rect(30, 0, 300, 400)
        ),
        step("Start", StepKind.START_EVENT, 50, event_definition=EventDefinition.MESSAGE),
        step(
            "Check",
            StepKind.USER_TASK,
            120,
            role="Clerk",
            instruction="Check the order",
            inputs=("Order",),
            systems=("ERP",),
            duration=Duration(5, 10, 30),
            cost=12.5,
            fill="#ffe0b2",
            stroke="#fb8c00",
            documentation="Look at every line.",
        ),
        step(
            "Timer",
            StepKind.BOUNDARY_EVENT,
            190,
            event_definition=EventDefinition.TIMER,
            attached_to="Check",
            interrupting=False,
        ),
        step("Ok", StepKind.EXCLUSIVE_GATEWAY, 260),
        step("Bill", StepKind.SERVICE_TASK, 340, lane="L2a", loop=LoopKind.PARALLEL),
        step("Sub", StepKind.SUB_PROCESS, 480, expanded=True),
        step("Inner", StepKind.TASK, 500, lane=None, parent_id="Sub"),
        step("End", StepKind.END_EVENT, 700, event_definition=EventDefinition.TERMINATE),
        step("Reject", StepKind.END_EVENT, 700, lane="L2a"),
        DataObject(
            id="Doc",
            diagram_id="D",
            parent_id="Pool",
            name="Invoice",
            state="sent",
            collection=True,
            bounds=Rect(400, 300, 36, 50),
        ),
        DataStore(
            id="Db", diagram_id="D", parent_id="Pool", name="ERP", bounds=Rect(500, 300, 50, 50)
        ),
        Annotation(
            id="Note",
            diagram_id="D",
            parent_id="Pool",
            name="Within 2 days",
            bounds=Rect(600, 300, 100, 30),
        ),
        Group(id="Grp", diagram_id="D", name="Billing part", bounds=Rect(320, 180, 300, 200)),
        flow("F1", "Start", "Check"),
        flow("F2", "Check", "Ok"),
        flow("F3", "Ok", "Bill", name="yes", condition="amount > 0", probability=0.8),
        flow("F4", "Ok", "Reject", is_default=True, name="no"),
        flow("F5", "Bill", "Sub"),
        flow("F6", "Sub", "End"),
        flow("F7", "Timer", "Reject"),
        flow("M1", "Customer", "Start", FlowKind.MESSAGE),
        flow("A1", "Note", "Bill", FlowKind.ASSOCIATION),
        flow("Out", "Bill", "Doc", FlowKind.DATA_OUTPUT),
        flow("In", "Db", "Check", FlowKind.DATA_INPUT),
        WeakPoint(
            id="W",
            diagram_id="D",
            target_id="Check",
            category=WeakPointCategory.WAITING,
            severity=4,
            description="Orders wait overnight",
        ),
        Kpi(id="K", process_id="P", step_id="Check", name="Lead time", unit="h", target=24),
        KpiMeasurement(id="KM", kpi_id="K", date="2026-01-31", value=30),
    ]


@pytest.fixture(scope="module")
def exported() -> bytes:
    return write_bpmn(Workspace(build()), "P")


def test_export_is_schema_valid(exported: bytes) -> None:
    if not XSD.is_file():
        message = f"BPMN schemas not found at {XSD.parent} (set PROCDESK_CORPUS)"
        if os.environ.get("PROCDESK_REQUIRE_CORPUS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(etree.fromstring(exported)), schema.error_log


def test_export_carries_the_bpmn_semantics(exported: bytes) -> None:
    root = etree.fromstring(exported)
    # processes are never executable unless said so
    assert {p.get("isExecutable") for p in root.iter(f"{M}process")} == {"false"}
    # lanes list their flow nodes; the nested lane sits in a childLaneSet
    lanes = {
        lane.get("id"): {r.text for r in lane.findall(f"{M}flowNodeRef")}
        for lane in root.iter(f"{M}lane")
    }
    assert {"Start", "Check", "Ok"} <= lanes["L1"]
    assert "Bill" in lanes["L2a"]
    assert root.find(f".//{M}lane[@id='L2']/{M}childLaneSet/{M}lane[@id='L2a']") is not None
    # conditions, default flows, boundary events, loops, event definitions
    gateway = root.find(f".//{M}exclusiveGateway[@id='Ok']")
    assert gateway is not None and gateway.get("default") == "F4"
    assert root.find(f".//{M}sequenceFlow[@id='F3']/{M}conditionExpression").text == "amount > 0"
    timer = root.find(f".//{M}boundaryEvent[@id='Timer']")
    assert timer.get("attachedToRef") == "Check" and timer.get("cancelActivity") == "false"
    assert timer.find(f"{M}timerEventDefinition") is not None
    assert (
        root.find(f".//{M}serviceTask[@id='Bill']/{M}multiInstanceLoopCharacteristics") is not None
    )
    # the sub-process holds its child; message flow and participants in the collaboration
    assert root.find(f".//{M}subProcess[@id='Sub']/{M}task[@id='Inner']") is not None
    assert root.find(f".//{M}collaboration/{M}messageFlow[@id='M1']") is not None
    # data associations live in their activity
    assert root.find(f".//{M}userTask[@id='Check']/{M}dataInputAssociation[@id='In']") is not None
    assert (
        root.find(f".//{M}serviceTask[@id='Bill']/{M}dataOutputAssociation[@id='Out']") is not None
    )
    assert root.find(f".//{M}userTask[@id='Check']/{M}documentation").text == "Look at every line."


def test_export_carries_procdesk_data_in_extension_elements(exported: bytes) -> None:
    root = etree.fromstring(exported)
    data = root.find(f".//{M}userTask[@id='Check']/{M}extensionElements/{PD}step")
    assert data is not None and data.get("role") == "Clerk"
    assert root.find(f".//{PD}weakPoint[@target='Check']") is not None
    assert root.find(f".//{PD}process/{PD}kpi/{PD}measurement") is not None
    assert root.find(f".//{PD}phase[@name='Intake']") is not None


def test_export_then_import_gives_the_same_model(exported: bytes) -> None:
    # given the export of the model, when it is read back
    original = Workspace(build())
    result = read_bpmn(exported)
    again = Workspace(result.entities)

    # then every drawn element comes back with the same fields (foreign bags aside)
    for entity in original:
        if isinstance(entity, Process | Kpi | KpiMeasurement | WeakPoint | Phase | Diagram):
            continue
        copy = again.find(entity.id)
        assert copy is not None, entity.id
        for field in dataclasses.fields(entity):
            if field.name in ("foreign", "process_ref"):
                continue
            assert getattr(copy, field.name) == getattr(entity, field.name), (entity.id, field.name)
    process = again.get(result.process_id, Process)
    assert (process.name, process.purpose, process.owner) == (
        "Order to cash",
        "Ship what was ordered",
        "Sales",
    )
    (point,) = [e for e in again if isinstance(e, WeakPoint)]
    assert point.target_id == "Check" and point.severity == 4
    (kpi,) = [e for e in again if isinstance(e, Kpi)]
    assert kpi.step_id == "Check" and [m.value for m in again.measurements_of(kpi.id)] == [30]


def test_exclusive_gateways_drawn_here_ask_bpmn_js_for_their_marker() -> None:
    from lxml import etree

    from procdesk.export.bpmn import write_bpmn
    from procdesk.model.workspace import Workspace
    from procdesk.sample import build_sample

    workspace = Workspace(build_sample())
    process = workspace.processes()[0]
    root = etree.fromstring(write_bpmn(workspace, process.id))
    ns = {
        "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
        "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
    }
    gateways = {g.get("id") for g in root.iterfind(".//bpmn:exclusiveGateway", ns)}
    shapes = [
        s for s in root.iterfind(".//bpmndi:BPMNShape", ns) if s.get("bpmnElement") in gateways
    ]
    assert shapes and all(s.get("isMarkerVisible") == "true" for s in shapes)
