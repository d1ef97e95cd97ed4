"""Planes: a collapsed sub-process drawn on its own plane, an element drawn twice."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.elements import Step
from procdesk.model.workspace import Workspace
from tests.interop.conftest import assert_valid
from tests.interop.roundtrip import differences

DATA = Path(__file__).with_name("data")


def test_collapsed_sub_process_plane_and_second_drawing_survive(
    bpmn_schema: etree.XMLSchema,
) -> None:
    # given a file where the sub-process's content sits on its own plane (as bpmn-js writes
    # it) and the start event is drawn twice on the main plane
    original = (DATA / "collapsed_subprocess_plane.bpmn").read_bytes()

    # when it is imported and exported
    result = read_bpmn(original)
    workspace = Workspace(result.entities)
    exported = write_bpmn(workspace, result.process_id)

    # then the content stays inside the sub-process, on its own diagram, and both drawings
    # of the start event come back
    inner = workspace.get("Inner", Step)
    assert inner.parent_id == "Sub"
    assert inner.diagram_id == "Diagram_Sub"
    assert differences(original, exported) == []
    assert exported.count(b'bpmnElement="Start"') == 2
    assert_valid(bpmn_schema, exported)
