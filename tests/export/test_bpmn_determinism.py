"""The same workspace always exports the same bytes, and lists of references (a lane's
``flowNodeRef``s, a node's ``incoming``/``outgoing``) follow the file they came from, then the
order in which elements were made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lxml import etree

from procdesk.document import Document
from procdesk.export.bpmn import read_bpmn, write_bpmn
from procdesk.model.commands import AddEntities
from procdesk.model.editor import Editor
from procdesk.model.elements import Lane, Step, StepKind
from procdesk.model.history import History
from procdesk.model.workspace import Workspace

M = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
INTEROP_DATA = Path(__file__).resolve().parents[1] / "interop" / "data"

# A lane listing its nodes, and a gateway listing its flows, in an order of their own.
LISTED = f"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="{M[1:-1]}" id="D" targetNamespace="urn:t">
  <process id="P">
    <laneSet id="LS">
      <lane id="L">
        <flowNodeRef>End_B</flowNodeRef><flowNodeRef>S</flowNodeRef>
        <flowNodeRef>G</flowNodeRef><flowNodeRef>End_A</flowNodeRef>
      </lane>
    </laneSet>
    <startEvent id="S"><outgoing>F0</outgoing></startEvent>
    <exclusiveGateway id="G">
      <incoming>F0</incoming><outgoing>F2</outgoing><outgoing>F1</outgoing>
    </exclusiveGateway>
    <endEvent id="End_A"><incoming>F1</incoming></endEvent>
    <endEvent id="End_B"><incoming>F2</incoming></endEvent>
    <sequenceFlow id="F0" sourceRef="S" targetRef="G"/>
    <sequenceFlow id="F1" sourceRef="G" targetRef="End_A"/>
    <sequenceFlow id="F2" sourceRef="G" targetRef="End_B"/>
  </process>
</definitions>""".encode()


def texts(root: etree._Element, element_id: str, tag: str) -> list[str]:
    (element,) = [e for e in root.iter() if e.get("id") == element_id]
    return [(c.text or "").strip() for c in element.iterchildren(f"{M}{tag}")]


def test_lists_follow_the_file_then_the_order_elements_were_made() -> None:
    # given a file whose lane and gateway list their references in an order of their own
    result = read_bpmn(LISTED)
    editor = Editor(History(Workspace()))
    editor.run(AddEntities(tuple(result.entities)))
    diagram = editor.workspace.diagrams_of(result.process_id)[0].id

    # when a node and a flow are added in procdesk and the process is exported
    lane = editor.workspace.get("L", Lane)
    late = editor.add_step(diagram, StepKind.END_EVENT, "Late", lane.bounds.center, "L")
    assert editor.workspace.get(late, Step).lane_id == "L"
    flow = editor.connect("G", late)
    root = etree.fromstring(write_bpmn(editor.workspace, result.process_id))

    # then the file's order comes first, the new references after it
    assert texts(root, "L", "flowNodeRef") == ["End_B", "S", "G", "End_A", late]
    assert texts(root, "G", "outgoing") == ["F2", "F1", flow]
    assert texts(root, "G", "incoming") == ["F0"]


EXPORT_ALL = """
import hashlib, sys
from procdesk.document import Document
from procdesk.export.bpmn import write_bpmn
with Document.open(sys.argv[1], read_only=True) as document:
    workspace = document.workspace
    for process in workspace.processes():
        diagrams = [None] + [[d.id] for d in workspace.diagrams_of(process.id)]
        for chosen in diagrams:
            print(hashlib.sha256(write_bpmn(workspace, process.id, chosen)).hexdigest())
"""


def exports_with_hash_seed(workspace: Path, seed: str) -> list[str]:
    """Digests of every export of every process and diagram, made by a fresh interpreter
    whose sets iterate in the order *seed* gives them."""
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", EXPORT_ALL, str(workspace)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_same_workspace_gives_the_same_bytes_in_every_run(tmp_path: Path) -> None:
    # given a workspace with the sample (made here) and a file with several planes (imported)
    workspace = tmp_path / "w.procdesk"
    with Document.create(workspace, sample=True) as document:
        imported = read_bpmn((INTEROP_DATA / "collaboration_drill_down.bpmn").read_bytes())
        document.import_entities(imported.entities, "Import")

    # when every process and every diagram is exported by two runs whose sets iterate
    # differently
    first = exports_with_hash_seed(workspace, "1")
    second = exports_with_hash_seed(workspace, "2")

    # then the files are byte for byte the same
    assert len(first) == 2 + 1 + 3 + 1
    assert first == second


def test_an_edited_workspace_exports_what_the_reopened_file_exports(tmp_path: Path) -> None:
    # given an imported file, edited: a node moved, a lane renamed, a flow relabelled
    path = tmp_path / "w.procdesk"
    with Document.create(path) as document:
        result = read_bpmn((INTEROP_DATA / "collaboration_drill_down.bpmn").read_bytes())
        document.import_entities(result.entities, "Import")
        document.editor.move(["Task_Invoice"], 15, 0)
        document.editor.rename("Lane_Sales", "Sales desk")
        document.editor.rename("Flow_Shop2", "next")

        # when it is exported from memory, and again after reopening the file
        in_memory = write_bpmn(document.workspace, result.process_id)
    with Document.open(path, read_only=True) as document:
        reopened = write_bpmn(document.workspace, result.process_id)

    # then both exports are the same, with the edits in them
    assert in_memory == reopened
    assert b'name="Sales desk"' in in_memory
