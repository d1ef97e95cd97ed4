"""Hostile and broken BPMN: refused with a clear BpmnError, or imported with warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from procdesk.export.bpmn.errors import BpmnError
from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.workspace import Workspace

MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"


def bpmn(body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f'<definitions xmlns="{MODEL}" id="D" targetNamespace="urn:t">{body}</definitions>'
    ).encode()


def xxe(secret: Path) -> bytes:
    return (
        '<?xml version="1.0"?>'
        f'<!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        f'<definitions xmlns="{MODEL}" targetNamespace="urn:t">'
        '<process id="P"><task id="T" name="&x;"/></process></definitions>'
    ).encode()


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + f']><definitions xmlns="{MODEL}"><process id="P"><task id="T" name="&lol9;"/>'
    "</process></definitions>"
).encode()


def test_external_entity_is_refused_without_reading_the_file(tmp_path: Path) -> None:
    # given a file whose DTD points an entity at a local secret
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")

    # when it is read, then it is refused and the secret appears nowhere
    with pytest.raises(BpmnError, match="DTD") as refusal:
        read_bpmn(xxe(secret))
    assert "TOP-SECRET" not in str(refusal.value)


def test_billion_laughs_is_refused_before_any_expansion() -> None:
    # given an entity expansion bomb, when it is read, then it is refused (the DTD is seen
    # before the parser starts, so no entity is ever expanded)
    with pytest.raises(BpmnError, match="DTD"):
        read_bpmn(BILLION_LAUGHS)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"this is not xml at all", "not well-formed"),
        (bpmn('<process id="P"><task id="T"')[:-20], "not well-formed"),
        (b'<?xml version="1.0"?><html><body/></html>', "not a BPMN file"),
        (
            b'<definitions xmlns="http://www.omg.org/spec/BPMN/20100501/MODEL"/>',
            "not a BPMN 2.0 file",
        ),
        (bpmn('<process id="P"><task id="T"/><task id="T"/></process>'), "used by two"),
        (bpmn('<message id="M"/>'), "no process"),
        ("\ufeff<défini".encode("utf-16"), "not well-formed"),
    ],
    ids=[
        "empty",
        "not-xml",
        "truncated",
        "html",
        "wrong-namespace",
        "duplicate-id",
        "no-process",
        "utf16-junk",
    ],
)
def test_broken_input_is_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(BpmnError, match=message):
        read_bpmn(data)


def test_dangling_references_import_with_warnings() -> None:
    # given a process whose flow points at a missing task and a lane listing a missing node
    data = bpmn(
        '<process id="P"><laneSet id="LS"><lane id="L"><flowNodeRef>T</flowNodeRef>'
        "<flowNodeRef>Ghost</flowNodeRef></lane></laneSet>"
        '<task id="T" name="Check"/><sequenceFlow id="F" sourceRef="T" targetRef="Nowhere"/>'
        "</process>"
    )

    # when it is imported
    result = read_bpmn(data)

    # then the import goes through, says what it dropped, and exports cleanly
    assert any("Nowhere" in w for w in result.warnings)
    exported = write_bpmn(Workspace(result.entities), result.process_id)
    assert b"Nowhere" not in exported
    assert b"Ghost" not in exported


def test_file_without_diagram_is_laid_out() -> None:
    # given a process with no BPMNDiagram at all
    data = bpmn(
        '<process id="P" isExecutable="false"><startEvent id="S"/><task id="T" name="Do"/>'
        '<endEvent id="E"/><sequenceFlow id="F1" sourceRef="S" targetRef="T"/>'
        '<sequenceFlow id="F2" sourceRef="T" targetRef="E"/></process>'
    )

    # when it is imported
    result = read_bpmn(data)
    workspace = Workspace(result.entities)

    # then there is one diagram whose shapes do not overlap, left to right in flow order
    shapes = {e.id: e for e in workspace if hasattr(e, "bounds")}
    assert shapes["S"].bounds.right <= shapes["T"].bounds.x  # type: ignore[attr-defined]
    assert shapes["T"].bounds.right <= shapes["E"].bounds.x  # type: ignore[attr-defined]
    assert result.warnings


def test_existing_ids_are_renamed_with_a_warning() -> None:
    # given a workspace that already holds the task id of the file
    data = bpmn('<process id="P"><task id="T" name="Do"/></process>')

    # when the file is imported into it
    result = read_bpmn(data, existing_ids={"T"})

    # then the task gets a fresh id and the user is told
    ids = {e.id for e in result.entities}
    assert "T" not in ids
    assert any("renamed" in w for w in result.warnings)


def test_diagram_elements_without_a_model_element_are_reported() -> None:
    # given a diagram that draws an undefined element and an edge that belongs to nothing
    data = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<definitions xmlns="{MODEL}" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'
        ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"'
        ' xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="urn:t">'
        '<process id="P"><task id="T"/></process>'
        '<bpmndi:BPMNDiagram id="BD"><bpmndi:BPMNPlane id="PL" bpmnElement="P">'
        '<bpmndi:BPMNShape id="T_di" bpmnElement="T">'
        '<dc:Bounds x="0" y="0" width="100" height="80"/></bpmndi:BPMNShape>'
        '<bpmndi:BPMNShape id="G_di" bpmnElement="Ghost">'
        '<dc:Bounds x="0" y="0" width="1" height="1"/></bpmndi:BPMNShape>'
        '<bpmndi:BPMNEdge id="E_di"><di:waypoint x="0" y="0"/><di:waypoint x="5" y="5"/>'
        "</bpmndi:BPMNEdge></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>"
    ).encode()

    # when it is imported
    result = read_bpmn(data)

    # then both are reported; the ghost's shape is dropped, the loose edge kept
    assert any("Ghost" in w and "dropped" in w for w in result.warnings)
    assert any("E_di" in w and "no element" in w for w in result.warnings)
    exported = write_bpmn(Workspace(result.entities), result.process_id)
    assert b"Ghost" not in exported
    assert b'id="E_di"' in exported
