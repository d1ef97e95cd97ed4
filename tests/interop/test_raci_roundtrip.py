"""RACI through BPMN: procdesk's record, the standard resource roles other tools read, the
role list, and another tool's resource roles left as they were."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.assignments import Letter
from procdesk.model.editor import Editor
from procdesk.model.elements import Step
from procdesk.model.history import History
from procdesk.model.raci import effective, role_list
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from tests.interop.conftest import assert_valid

M = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"


def test_raci_and_roles_survive_export_and_import(
    corpus: Path, bpmn_schema: etree.XMLSchema
) -> None:
    # given the sample, whose steps have a RACI and whose workspace has a role list
    workspace = Workspace(build_sample())
    (process,) = workspace.processes()
    # when it is exported and read into an empty workspace
    exported = write_bpmn(workspace, process.id)
    assert_valid(bpmn_schema, exported)
    again = Workspace(read_bpmn(exported).entities)
    # then every step has the same assignments, and the same ones are explicit
    steps = [e for e in workspace if isinstance(e, Step)]
    assert any(s.raci is not None for s in steps)
    for step in steps:
        copy = again.get(step.id, Step)
        assert copy.raci == step.raci, step.name
        assert effective(again, copy) == effective(workspace, step)
    # and the role list came along
    assert [(r.name, r.description, r.department) for r in role_list(again)] == [
        (r.name, r.description, r.department) for r in role_list(workspace)
    ]
    # and exporting again writes the same resource roles, once each
    (copied,) = again.processes()
    assert write_bpmn(again, copied.id).count(b"<bpmn:humanPerformer") == exported.count(
        b"<bpmn:humanPerformer"
    )


def test_responsible_and_accountable_are_standard_resource_roles(corpus: Path) -> None:
    workspace = Workspace(build_sample())
    (process,) = workspace.processes()
    root = etree.fromstring(write_bpmn(workspace, process.id))
    (task,) = [e for e in root.iter(f"{M}userTask") if e.get("name") == "Approve budget"]
    roles = [
        (child.tag.removeprefix(M), child.get("name"), child.findtext(f".//{M}formalExpression"))
        for child in task
        if child.tag in (f"{M}humanPerformer", f"{M}performer")
    ]
    # the lane Finance carries it out; Controlling answers for it
    assert roles == [
        ("humanPerformer", "Responsible", "Finance"),
        ("performer", "Accountable", "Controlling"),
    ]


def test_another_tools_resource_roles_stay_as_they_were(
    corpus: Path, bpmn_schema: etree.XMLSchema
) -> None:
    # given MIWG C.3.0, whose user task "Check warranty" names a potential owner
    source = (corpus / "miwg" / "C.3.0.bpmn").read_bytes()
    imported = read_bpmn(source)
    editor = Editor(History(Workspace(imported.entities)))
    owner_task = next(
        e
        for e in editor.workspace
        if isinstance(e, Step) and any("potentialOwner" in x for x in e.foreign.elements)
    )
    # when procdesk gives it a RACI too, and it goes out and in again
    lanes = [lane for lane in editor.workspace if type(lane).__name__ == "Lane"]
    if not lanes:
        editor.add_role("Reviewer")
    role = lanes[0].name if lanes else "Reviewer"
    editor.set_responsibility(owner_task.id, role, Letter.ACCOUNTABLE)
    exported = write_bpmn(editor.workspace, imported.process_id)
    assert_valid(bpmn_schema, exported)
    again = Workspace(read_bpmn(exported).entities)
    # then the potential owner is still there once, beside procdesk's own resource role
    copy = again.get(owner_task.id, Step)
    assert sum("potentialOwner" in x for x in copy.foreign.elements) == 1
    assert not any("humanPerformer" in x or "<bpmn:performer" in x for x in copy.foreign.elements)
    assert copy.raci == editor.workspace.get(owner_task.id, Step).raci
