"""Residual risk: each counting control lowers likelihood (preventive) or impact (detective)
by one level (manual) or two (automated), never below 1; worked out by hand below."""

from __future__ import annotations

from procdesk.analysis.risk_score import assess, score_tier
from procdesk.model.compliance import ControlAutomation, ControlType, Risk
from tests.compliance_builders import draw_audited


def test_preventive_automated_and_detective_manual_controls() -> None:
    # given a risk 4 x 5 = 20 with an automated preventive and a manual detective control
    audited = draw_audited()
    workspace = audited.drawn.workspace
    risk = workspace.get(audited.risks["bad-debt"], Risk)
    # when it is assessed
    result = assess(workspace, risk)
    # then likelihood 4 - 2 = 2, impact 5 - 1 = 4: residual 8
    assert (result.inherent, result.likelihood, result.impact, result.residual) == (20, 2, 4, 8)
    assert result.explain() == "L 4 → 2, I 5 → 4: residual 8"


def test_levels_never_drop_below_one() -> None:
    # given three automated preventive controls on a risk of likelihood 4 (4 - 6 would be -2)
    audited = draw_audited()
    editor, steps = audited.drawn.editor, audited.drawn.steps
    risk_id = audited.risks["wrong-goods"]
    for name in ("Scan", "Weigh", "Photo"):
        editor.add_control(name, [steps["ship"]], [risk_id], automation=ControlAutomation.AUTOMATED)
    # then the likelihood stops at 1 and the impact (5) is untouched: residual 5
    result = assess(editor.workspace, editor.workspace.get(risk_id, Risk))
    assert (result.likelihood, result.impact, result.residual) == (1, 5, 5)


def test_a_control_on_no_step_does_not_count() -> None:
    # given the automated credit check loses its only step
    audited = draw_audited()
    editor = audited.drawn.editor
    editor.detach(audited.controls["credit-check"], [audited.drawn.steps["check"]])
    # then only the manual detective review counts: L 4, I 5 - 1 = 4, residual 16
    result = assess(editor.workspace, editor.workspace.get(audited.risks["bad-debt"], Risk))
    assert (result.likelihood, result.impact, result.residual) == (4, 4, 16)
    # and the control is still listed as linked, only not counted
    assert len(result.controls) == 2 and len(result.reductions) == 1


def test_detective_automated_lowers_impact_by_two() -> None:
    audited = draw_audited()
    editor = audited.drawn.editor
    risk_id = audited.risks["wrong-goods"]  # 3 x 5
    editor.add_control(
        "Delivery scan",
        [audited.drawn.steps["ship"]],
        [risk_id],
        type=ControlType.DETECTIVE,
        automation=ControlAutomation.AUTOMATED,
    )
    result = assess(editor.workspace, editor.workspace.get(risk_id, Risk))
    assert (result.likelihood, result.impact, result.residual) == (3, 3, 9)


def test_tiers() -> None:
    assert [score_tier(s) for s in (1, 4, 5, 9, 10, 14, 15, 25)] == [0, 0, 1, 1, 2, 2, 3, 3]
