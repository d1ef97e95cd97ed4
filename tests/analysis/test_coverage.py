"""The coverage report: one test per rule on hand-built workspaces, and its process scope."""

from __future__ import annotations

from procdesk.analysis.audit import audit_json
from procdesk.analysis.coverage import coverage_report
from procdesk.model.compliance import Control, ControlStep
from procdesk.model.elements import StepKind
from procdesk.model.geometry import Point
from tests.compliance_builders import Audited, draw_audited


def rules(audited: Audited, threshold: int = 15) -> set[tuple[str, str]]:
    report = coverage_report(audited.drawn.workspace, threshold=threshold)
    return {(f.rule, f.element) for f in report.findings}


def test_a_clean_start_flags_the_unmet_requirement_and_the_uncontrolled_risk() -> None:
    audited = draw_audited()
    report = coverage_report(audited.drawn.workspace)
    assert [r.id for r in report.uncovered] == [audited.requirements["archive"]]
    assert rules(audited) == {
        ("requirement-uncovered", audited.requirements["archive"]),
        ("risk-uncontrolled", audited.risks["wrong-goods"]),
    }


def test_a_risk_below_the_threshold_is_not_flagged() -> None:
    audited = draw_audited()
    assert ("risk-uncontrolled", audited.risks["wrong-goods"]) not in rules(audited, 16)


def test_a_requirement_that_does_not_apply_needs_a_reason() -> None:
    # given the archive requirement is marked as not applicable, without a reason
    audited = draw_audited()
    requirement = audited.requirements["archive"]
    audited.drawn.editor.update([requirement], applicable=False)
    # then it is neither covered nor uncovered, and the missing reason is a finding
    report = coverage_report(audited.drawn.workspace)
    assert report.uncovered == []
    assert ("requirement-exclusion-unexplained", requirement) in rules(audited)
    # and a reason settles it
    audited.drawn.editor.update([requirement], reason="We keep no books.")
    assert not any(element == requirement for _, element in rules(audited))


def test_controls_not_enough_leave_a_high_residual_risk() -> None:
    # given the automated credit check no longer runs anywhere: L 4, I 5 - 1 = 4, residual 16
    audited = draw_audited()
    audited.drawn.editor.detach(audited.controls["credit-check"], [audited.drawn.steps["check"]])
    found = rules(audited)
    assert ("risk-high-residual", audited.risks["bad-debt"]) in found
    assert ("control-without-step", audited.controls["credit-check"]) in found
    # and the requirement it satisfied is no longer covered
    assert ("requirement-uncovered", audited.requirements["credit"]) in found


def test_deleting_a_step_leaves_its_control_on_no_step_until_undone() -> None:
    # given the review runs only at the gateway "OK?"
    audited = draw_audited()
    drawn, review = audited.drawn, audited.controls["review"]
    # when the gateway is deleted
    drawn.editor.delete([drawn.steps["ok"]])
    # then the control stays, its step link went with the step, and the report says so
    assert isinstance(drawn.workspace.find(review), Control)
    assert drawn.workspace.in_scope(review, ControlStep) == []
    assert ("control-without-step", review) in rules(audited)
    # and undo brings the link back
    drawn.history.undo()
    assert len(drawn.workspace.in_scope(review, ControlStep)) == 1
    assert ("control-without-step", review) not in rules(audited)


def test_a_control_without_evidence_or_owner() -> None:
    audited = draw_audited()
    control = audited.controls["review"]
    audited.drawn.editor.update([control], evidence=" ", owner="")
    found = rules(audited)
    assert ("control-without-evidence", control) in found
    assert ("control-without-owner", control) in found


def test_a_process_scope_keeps_its_own_controls_and_the_requirements_nobody_meets() -> None:
    # given a second process whose control meets a requirement of its own
    audited = draw_audited()
    editor = audited.drawn.editor
    other = editor.add_process("Invoicing")
    diagram = editor.workspace.diagrams_of(other)[0].id
    task = editor.add_step(diagram, StepKind.TASK, "Send invoice", Point(200, 75))
    vat = editor.add_requirement("UStG", "§ 14", title="Invoice contents")
    editor.add_control("Invoice template", [task], [], [vat], evidence="Template", owner="AR")
    # when the first process is audited alone
    report = coverage_report(editor.workspace, audited.drawn.process)
    shown = {c.requirement.id for c in report.requirements}
    # then it shows its own requirements and the unmet one, not the other process's
    assert shown == {audited.requirements["credit"], audited.requirements["archive"]}
    assert {c.name for c in report.controls} == {
        "Automatic credit check",
        "Weekly receivables review",
    }
    # and the other process shows its requirement, covered, and the unmet one
    other_report = coverage_report(editor.workspace, other)
    assert {c.requirement.id: c.covered for c in other_report.requirements} == {
        vat: True,
        audited.requirements["archive"]: False,
    }
    assert other_report.assessments == ()


def test_the_json_shape() -> None:
    audited = draw_audited()
    result = audit_json(coverage_report(audited.drawn.workspace), None)
    assert result["requirements"] == 2 and result["covered"] == 1
    assert result["uncovered"] == [audited.requirements["archive"]]
    risks = {r["id"]: r for r in result["risks"]}
    assert risks[audited.risks["bad-debt"]] == {
        "id": audited.risks["bad-debt"],
        "inherent": 20,
        "residual": 8,
        "controls": sorted(
            [audited.controls["credit-check"], audited.controls["review"]],
            key=lambda c: audited.drawn.workspace.get(c, Control).name,
        ),
    }
    assert result["controls"] == 2 and result["maturity"] is None
    assert {f["rule"] for f in result["findings"]} == {"requirement-uncovered", "risk-uncontrolled"}
