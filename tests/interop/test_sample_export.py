"""The bundled sample workspace exports as valid BPMN and comes back the same."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.elements import Kpi, KpiMeasurement, Step, WeakPoint
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from tests.interop.conftest import assert_valid


def test_sample_exports_valid_bpmn_and_reimports_the_same(
    corpus: Path, bpmn_schema: etree.XMLSchema
) -> None:
    # given the sample's purchase requisition (as-is and to-be, weak points, KPIs), alone
    sample = Workspace(build_sample())
    (process,) = [p for p in sample.processes() if p.name == "Purchase requisition"]
    workspace = Workspace(sample.closure([process.id]))

    # when it is exported with all its diagrams, and each diagram alone
    exported = write_bpmn(workspace, process.id)
    for diagram in workspace.diagrams_of(process.id):
        assert_valid(bpmn_schema, write_bpmn(workspace, process.id, [diagram.id]))

    # then the export is valid and reads back with the same steps and procdesk data
    assert_valid(bpmn_schema, exported)
    again = Workspace(read_bpmn(exported).entities)
    for kind in (Step, WeakPoint, Kpi, KpiMeasurement):
        assert len([e for e in again if isinstance(e, kind)]) == len(
            [e for e in workspace if isinstance(e, kind)]
        ), kind.__name__
    for step in (e for e in workspace if isinstance(e, Step)):
        copy = again.get(step.id, Step)
        assert (copy.name, copy.kind, copy.lane_id, copy.duration, copy.role) == (
            step.name,
            step.kind,
            step.lane_id,
            step.duration,
            step.role,
        )
