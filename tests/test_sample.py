"""The bundled sample is what the README promises: a realistic purchase requisition (the
organisation around it: ``tests/test_sample_landscape.py``)."""

from __future__ import annotations

from procdesk.model.elements import (
    Diagram,
    Flow,
    FlowKind,
    Kpi,
    KpiMeasurement,
    Lane,
    Process,
    Step,
    StepKind,
    WeakPoint,
)
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample


def purchase_requisition(workspace: Workspace) -> Process:
    (process,) = [p for p in workspace.processes() if p.name == "Purchase requisition"]
    return process


def handoffs(workspace: Workspace, diagram_id: str) -> int:
    count = 0
    for flow in workspace.elements_of(diagram_id, Flow):
        if flow.kind != FlowKind.SEQUENCE:
            continue
        source = workspace.get(flow.source_id, Step)
        target = workspace.get(flow.target_id, Step)
        count += source.lane_id != target.lane_id
    return count


def test_sample_has_as_is_and_to_be_that_removes_a_handoff() -> None:
    workspace = Workspace(build_sample())
    process = purchase_requisition(workspace)
    as_is, to_be = workspace.diagrams_of(process.id)
    assert (as_is.variant, to_be.variant) == ("as-is", "to-be")
    assert to_be.origin_diagram_id == as_is.id
    assert len(workspace.elements_of(as_is.id, Lane)) == 3
    steps = workspace.elements_of(as_is.id, Step)
    assert 14 <= len(steps) <= 20
    assert any(s.kind.is_gateway for s in steps)
    assert any(s.kind == StepKind.START_EVENT for s in steps)
    assert handoffs(workspace, to_be.id) < handoffs(workspace, as_is.id)
    # every to-be element remembers where it came from, except what the to-be added
    copied = [e for e in workspace.elements_of(to_be.id) if e.origin_id]
    assert len(copied) >= len(workspace.elements_of(to_be.id)) - 1


def test_sample_has_weak_points_and_a_year_of_kpis() -> None:
    workspace = Workspace(build_sample())
    process = purchase_requisition(workspace)
    assert len([e for e in workspace if isinstance(e, WeakPoint)]) >= 3
    kpis = workspace.kpis_of(process.id)
    assert len(kpis) >= 2
    for kpi in kpis:
        assert isinstance(kpi, Kpi) and kpi.target is not None
        measurements = workspace.measurements_of(kpi.id)
        assert len(measurements) == 12
        assert all(isinstance(m, KpiMeasurement) for m in measurements)
    assert all(isinstance(d, Diagram) for d in workspace.diagrams_of(process.id))
