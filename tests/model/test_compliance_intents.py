"""Compliance intents: each is one undo step, bad values are refused with a reason and change
nothing, and links go with either end."""

from __future__ import annotations

import pytest

from procdesk.model.commands import CommandError
from procdesk.model.compliance import (
    ControlRequirement,
    ControlRisk,
    ControlStep,
    Requirement,
    Risk,
    RiskCategory,
    RiskSource,
)
from procdesk.model.compliance_intents import RequirementRow
from procdesk.model.elements import WeakPointCategory
from tests.builders import draw_simple, snapshot
from tests.compliance_builders import draw_audited


@pytest.mark.parametrize("likelihood", [0, 6])
def test_a_likelihood_off_the_scale_is_refused(likelihood: int) -> None:
    drawn = draw_simple()
    before = snapshot(drawn.workspace)
    with pytest.raises(CommandError, match=f"likelihood runs from 1 to 5, not {likelihood}"):
        drawn.editor.add_risk(drawn.process, drawn.steps["check"], "x", likelihood=likelihood)
    assert snapshot(drawn.workspace) == before


def test_an_impact_off_the_scale_is_refused_on_update_too() -> None:
    audited = draw_audited()
    risk = audited.risks["bad-debt"]
    with pytest.raises(CommandError, match="impact runs from 1 to 5, not 9"):
        audited.drawn.editor.update([risk], impact=9)
    assert audited.drawn.workspace.get(risk, Risk).impact == 5


def test_a_control_needs_a_step() -> None:
    drawn = draw_simple()
    before = snapshot(drawn.workspace)
    with pytest.raises(CommandError, match="one step at least"):
        drawn.editor.add_control("Check", [])
    assert snapshot(drawn.workspace) == before


def test_a_risk_sits_on_a_step_or_flow_of_its_process() -> None:
    drawn = draw_simple()
    with pytest.raises(CommandError, match="neither"):
        drawn.editor.add_risk(drawn.process, drawn.lanes[0], "x")
    other = drawn.editor.add_process("Other")
    with pytest.raises(CommandError, match="not in this process"):
        drawn.editor.add_risk(other, drawn.steps["check"], "x")
    # on a flow and on the process itself it is fine
    drawn.editor.add_risk(drawn.process, drawn.flows[0], "on a flow")
    drawn.editor.add_risk(drawn.process, None, "on the process")
    assert len(drawn.workspace.in_scope(drawn.process, Risk)) == 2


def test_adding_a_control_is_one_undo_step_with_its_links() -> None:
    # given a workspace, when a control with a step, a risk and a requirement is added
    audited = draw_audited()
    drawn = audited.drawn
    before = snapshot(drawn.workspace)
    control = drawn.editor.add_control(
        "Dual control",
        [drawn.steps["ship"]],
        [audited.risks["wrong-goods"]],
        [audited.requirements["archive"]],
    )
    kinds = {type(e) for e in drawn.workspace.in_scope(control)}
    assert kinds == {ControlStep, ControlRisk, ControlRequirement}
    # then one undo removes all of it, and redo brings it back
    drawn.history.undo()
    assert snapshot(drawn.workspace) == before
    drawn.history.redo()
    assert len(drawn.workspace.in_scope(control)) == 3


def test_attach_and_detach_keep_the_control_and_the_targets() -> None:
    audited = draw_audited()
    editor, steps = audited.drawn.editor, audited.drawn.steps
    control = audited.controls["review"]
    assert len(editor.attach(control, [steps["ship"], steps["ok"]])) == 1  # ok was there
    editor.detach(control, [steps["ok"], steps["ship"]])
    assert editor.workspace.in_scope(control, ControlStep) == []
    assert steps["ok"] in editor.workspace
    with pytest.raises(CommandError, match="none of them"):
        editor.attach(control, [audited.drawn.lanes[0]])
    editor.history.undo()  # the detach
    assert len(editor.workspace.in_scope(control, ControlStep)) == 2


def test_deleting_a_requirement_removes_its_links_only() -> None:
    audited = draw_audited()
    editor = audited.drawn.editor
    editor.delete([audited.requirements["credit"]])
    assert editor.workspace.in_scope(audited.controls["credit-check"], ControlRequirement) == []
    assert audited.controls["credit-check"] in editor.workspace


def test_a_clause_already_in_the_register_is_refused() -> None:
    audited = draw_audited()
    with pytest.raises(CommandError, match="HGB § 257 is already in the register"):
        audited.drawn.editor.add_requirement(" hgb ", "§  257")


def test_an_import_is_one_step_and_refuses_a_clause_already_there() -> None:
    audited = draw_audited()
    editor = audited.drawn.editor
    before = snapshot(editor.workspace)
    rows = [
        RequirementRow(2, "ISO 9001:2015", "8.4", "Control of externally provided processes"),
        RequirementRow(3, "HGB", "§ 257", "Keep records for ten years"),
    ]
    # a clause already in the register refuses the whole file, naming its row
    with pytest.raises(CommandError, match="row 3: HGB § 257 is already in the register"):
        editor.import_requirements(rows)
    assert snapshot(editor.workspace) == before
    # a clause twice in the file too
    with pytest.raises(CommandError, match=r"row 3: iso 9001:2015 8\.4 appears already in row 2"):
        editor.import_requirements([rows[0], RequirementRow(3, "iso 9001:2015", "8.4")])
    # asked to update, it adds one and updates the other, in one undo step
    outcome = editor.import_requirements(rows, update=True)
    assert (outcome.added, outcome.updated) == (1, 1)
    archive = editor.workspace.get(audited.requirements["archive"], Requirement)
    assert archive.title == "Keep records for ten years"
    editor.history.undo()
    assert snapshot(editor.workspace) == before


def test_a_risk_from_a_compliance_weak_point() -> None:
    drawn = draw_simple()
    editor = drawn.editor
    point = editor.add_weak_point(
        drawn.diagram,
        drawn.steps["ship"],
        category=WeakPointCategory.COMPLIANCE,
        severity=4,
        description="Goods leave without a delivery note",
        owner="Warehouse",
    )
    risk_id = editor.risk_from_weak_point(point)
    risk = editor.workspace.get(risk_id, Risk)
    assert (risk.element_id, risk.category, risk.likelihood, risk.impact) == (
        drawn.steps["ship"],
        RiskCategory.COMPLIANCE,
        3,
        4,
    )
    assert risk.description == "Goods leave without a delivery note"
    assert [s.weak_point_id for s in editor.workspace.in_scope(risk_id, RiskSource)] == [point]
    # deleting the weak point keeps the risk, without its source
    editor.delete([point])
    assert risk_id in editor.workspace
    assert editor.workspace.in_scope(risk_id, RiskSource) == []
    editor.history.undo()
    editor.history.undo()
    assert risk_id not in editor.workspace
