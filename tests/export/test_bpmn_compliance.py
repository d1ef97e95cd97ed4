"""Risks, controls and requirement links survive BPMN export and import; the extension is
valid BPMN; requirements already in the register are not added twice."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from procdesk.analysis.audit import audit_json
from procdesk.analysis.coverage import coverage_report
from procdesk.document import Document
from procdesk.export.bpmn import read_bpmn, write_bpmn
from procdesk.export.bpmn.namespaces import PROCDESK
from procdesk.model.compliance import Control, Requirement, Risk
from procdesk.model.compliance_queries import (
    controls_at,
    controls_mitigating,
    controls_satisfying,
)
from procdesk.model.elements import Step
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample


def summary(workspace: Workspace) -> dict[str, object]:
    """What the registers say, by names rather than ids (which an import renews)."""
    risks = {
        r.description: (
            r.likelihood,
            r.impact,
            r.category,
            workspace.get(r.element_id, Step).name if r.element_id else None,
            sorted(c.name for c in controls_mitigating(workspace, r.id)),
        )
        for r in workspace.in_scope(workspace.processes()[0].id, Risk)
    }
    steps = {
        s.name: sorted(c.name for c in controls_at(workspace, s.id))
        for p in workspace.processes()
        for d in workspace.diagrams_of(p.id)
        for s in workspace.elements_of(d.id, Step)
        if d.variant == "as-is" and controls_at(workspace, s.id)
    }
    requirements = {
        r.label: (r.title, sorted(c.name for c in controls_satisfying(workspace, r.id)))
        for r in workspace.in_scope("", Requirement)
    }
    controls = {
        (c.name, c.type, c.automation, c.frequency, c.evidence, c.owner, c.description)
        for c in workspace.in_scope("", Control)
    }
    return {"risks": risks, "steps": steps, "requirements": requirements, "controls": controls}


def test_the_sample_round_trips(tmp_path: Path) -> None:
    # given the sample's purchase requisition
    source = Workspace(build_sample())
    process = source.processes()[0]
    data = write_bpmn(source, process.id)
    # when it is exported and imported into an empty workspace
    with Document.create(tmp_path / "empty.procdesk") as document:
        result = read_bpmn(data)
        document.import_entities(result.entities, "Import")
        imported = document.workspace
        # then the risks, controls and their links are as they were
        expected = summary(source)
        # the register travels only with the controls that satisfy it
        expected["requirements"] = {k: v for k, v in expected["requirements"].items() if v[1]}  # type: ignore[union-attr]
        assert summary(imported) == expected
        # and the audit says the same, less the requirement no control met
        before = audit_json(coverage_report(source), None)
        after = audit_json(coverage_report(imported), None)
        assert sorted((r["inherent"], r["residual"]) for r in after["risks"]) == sorted(
            (r["inherent"], r["residual"]) for r in before["risks"]
        )
        assert after["covered"] == before["covered"] and after["uncovered"] == []


def test_importing_into_the_same_workspace_reuses_the_register(tmp_path: Path) -> None:
    with Document.create(tmp_path / "sample.procdesk", sample=True) as document:
        workspace = document.workspace
        data = write_bpmn(workspace, workspace.processes()[0].id)
        count = len(workspace.in_scope("", Requirement))
        document.import_entities(read_bpmn(data, {e.id for e in workspace}).entities, "Import")
        # the clauses are already there: the imported controls link to them
        assert len(workspace.in_scope("", Requirement)) == count
        assert len(workspace.in_scope("", Control)) == 6
        four_eyes = next(
            r for r in workspace.in_scope("", Requirement) if r.clause == "ICFR-PUR-01"
        )
        assert len(controls_satisfying(workspace, four_eyes.id)) == 2


def test_the_extension_sits_in_extension_elements_in_procdesks_namespace() -> None:
    source = Workspace(build_sample())
    root = etree.fromstring(write_bpmn(source, source.processes()[0].id))
    found = root.findall(f".//{{{PROCDESK}}}compliance")
    assert len(found) == 1
    parent = found[0].getparent()
    assert parent is not None and etree.QName(parent).localname == "extensionElements"
    tags = [etree.QName(e).localname for e in found[0]]
    assert (tags.count("requirement"), tags.count("risk"), tags.count("control")) == (4, 4, 3)


def test_a_bad_value_drops_the_item_with_a_warning() -> None:
    source = Workspace(build_sample())
    data = write_bpmn(source, source.processes()[0].id)
    broken = data.replace(b'likelihood="4" impact="4"', b'likelihood="7" impact="4"', 1)
    assert broken != data
    result = read_bpmn(broken)
    assert len([e for e in result.entities if isinstance(e, Risk)]) == 3
    assert any("likelihood runs from 1 to 5, not 7" in w for w in result.warnings)
