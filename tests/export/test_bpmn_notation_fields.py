"""What the notation draws from a file, read into the model and written back: a gateway's
``isMarkerVisible``, a pool's ``participantMultiplicity``, a call activity's ``isExpanded``,
and the kept ``messageRef``, ``triggeredByEvent`` and ``associationDirection``."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.editor import Editor
from procdesk.model.elements import Flow, Multiplicity, Pool, Step, StepKind
from procdesk.model.geometry import Point
from procdesk.model.history import History
from procdesk.model.kept_attributes import (
    association_arrows,
    carries_message,
    is_event_sub_process,
)
from procdesk.model.workspace import Workspace

FIXTURE = Path(__file__).resolve().parents[1] / "ui" / "data" / "notation.bpmn"
NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
}


def imported(data: bytes | None = None) -> tuple[Workspace, str]:
    result = read_bpmn(data if data is not None else FIXTURE.read_bytes())
    return Workspace(result.entities), result.process_id


def di_of(root: etree._Element, element_id: str) -> etree._Element:
    found = root.find(f".//bpmndi:BPMNShape[@bpmnElement='{element_id}']", NS)
    assert found is not None, element_id
    return found


def exported(workspace: Workspace, process_id: str) -> etree._Element:
    return etree.fromstring(write_bpmn(workspace, process_id))


def test_the_file_s_notation_flags_are_read() -> None:
    # given the notation fixture, when imported
    workspace, _ = imported()
    # then the DI flags and the participant multiplicity are fields
    assert workspace.get("Gateway_Shown", Step).marker_visible is True
    assert workspace.get("Gateway_Hidden", Step).marker_visible is False
    assert workspace.get("Pool_Customers", Pool).multiplicity == Multiplicity(2, 50)
    assert workspace.get("Pool_Shop", Pool).multiplicity is None
    # and the kept attributes say what the notation draws
    assert carries_message(workspace.get("Message_Order", Flow))
    assert not carries_message(workspace.get("Message_Reply", Flow))
    assert is_event_sub_process(workspace.get("Event_Sub", Step))
    assert not is_event_sub_process(workspace.get("Transaction_Pay", Step))
    assert association_arrows(workspace.get("Compensation", Flow)) == (False, True)


def test_the_flags_are_written_back_as_the_file_had_them() -> None:
    # given the imported fixture, when exported
    workspace, process_id = imported()
    root = exported(workspace, process_id)
    # then the shown X keeps its flag, the hidden one stays without
    assert di_of(root, "Gateway_Shown").get("isMarkerVisible") == "true"
    assert di_of(root, "Gateway_Hidden").get("isMarkerVisible") is None
    # the multiplicity is a child of the participant again
    many = root.find(".//bpmn:participant[@id='Pool_Customers']/bpmn:participantMultiplicity", NS)
    assert many is not None
    assert (many.get("minimum"), many.get("maximum")) == ("2", "50")
    assert (
        root.find(".//bpmn:participant[@id='Pool_Shop']/bpmn:participantMultiplicity", NS) is None
    )
    # the kept attributes are there as they were
    flow = root.find(".//bpmn:messageFlow[@id='Message_Order']", NS)
    assert flow is not None and flow.get("messageRef") == "Message_1"
    sub = root.find(".//bpmn:subProcess[@id='Event_Sub']", NS)
    assert sub is not None and sub.get("triggeredByEvent") == "true"
    # and reading the export gives the same fields
    again, _ = imported(etree.tostring(root))
    for element_id in ("Gateway_Shown", "Gateway_Hidden", "Pool_Customers", "Message_Order"):
        assert again.get(element_id) == workspace.get(element_id)


def test_an_explicit_false_stays_and_a_changed_flag_is_written() -> None:
    # given a file that says isMarkerVisible="false" for the hidden gateway
    data = FIXTURE.read_bytes().replace(
        b'bpmnElement="Gateway_Hidden"', b'bpmnElement="Gateway_Hidden" isMarkerVisible="false"'
    )
    workspace, process_id = imported(data)
    assert workspace.get("Gateway_Hidden", Step).marker_visible is False
    # when exported unchanged, then the explicit false is kept
    assert (
        di_of(exported(workspace, process_id), "Gateway_Hidden").get("isMarkerVisible") == "false"
    )
    # when the shown X is hidden and the hidden one shown
    editor = Editor(History(workspace))
    editor.update(["Gateway_Shown"], "Hide", marker_visible=False)
    editor.update(["Gateway_Hidden"], "Show", marker_visible=True)
    root = exported(workspace, process_id)
    # then the DI says so
    assert di_of(root, "Gateway_Shown").get("isMarkerVisible") == "false"
    assert di_of(root, "Gateway_Hidden").get("isMarkerVisible") == "true"


def test_a_gateway_made_here_exports_its_marker_visible() -> None:
    # given a gateway added to the imported diagram
    workspace, process_id = imported()
    editor = Editor(History(workspace))
    diagram = workspace.get("Gateway_Shown", Step).diagram_id
    gateway = editor.add_step(diagram, StepKind.EXCLUSIVE_GATEWAY, "New", Point(900, 700))
    # then its DI asks for the X
    assert di_of(exported(workspace, process_id), gateway).get("isMarkerVisible") == "true"


def test_a_multiplicity_with_an_id_stays_as_the_file_wrote_it() -> None:
    # given a participantMultiplicity the model cannot hold whole (it has an id)
    data = FIXTURE.read_bytes().replace(
        b'<participantMultiplicity minimum="2"',
        b'<participantMultiplicity id="Many_1" minimum="2"',
    )
    workspace, process_id = imported(data)
    # then it is no field, and the export writes it back with its id
    assert workspace.get("Pool_Customers", Pool).multiplicity is None
    root = exported(workspace, process_id)
    kept = root.findall(
        ".//bpmn:participant[@id='Pool_Customers']/bpmn:participantMultiplicity", NS
    )
    assert [k.get("id") for k in kept] == ["Many_1"]


def test_a_call_activity_drawn_expanded_is_read_and_written_expanded() -> None:
    # given a call activity whose DI says isExpanded="true"
    data = FIXTURE.read_bytes().replace(
        b'bpmnElement="Call_Ship"', b'bpmnElement="Call_Ship" isExpanded="true"'
    )
    workspace, process_id = imported(data)
    assert workspace.get("Call_Ship", Step).expanded is True
    assert di_of(exported(workspace, process_id), "Call_Ship").get("isExpanded") == "true"
    # when collapsed, the DI says false; one drawn collapsed from the start says nothing
    editor = Editor(History(workspace))
    editor.update(["Call_Ship"], "Collapse", expanded=False)
    assert di_of(exported(workspace, process_id), "Call_Ship").get("isExpanded") == "false"
    plain, plain_process = imported()
    assert di_of(exported(plain, plain_process), "Call_Ship").get("isExpanded") is None


def test_a_gateway_laid_out_on_import_shows_its_x() -> None:
    # given a file without any DI (procdesk lays it out), when imported
    root = etree.fromstring(FIXTURE.read_bytes())
    for diagram in root.findall("bpmndi:BPMNDiagram", NS):
        root.remove(diagram)
    workspace, _ = imported(etree.tostring(root))
    # then its exclusive gateways show the X, as gateways made here do
    gateways = [
        s for s in workspace if isinstance(s, Step) and s.kind is StepKind.EXCLUSIVE_GATEWAY
    ]
    assert gateways and all(g.marker_visible for g in gateways)
