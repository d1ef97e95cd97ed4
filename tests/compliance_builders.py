"""A small compliance workspace for tests: the simple order process with a requirement
register, risks and controls, built through the Editor."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.compliance import ControlAutomation, ControlType
from tests.builders import Drawn, draw_simple


@dataclass
class Audited:
    drawn: Drawn
    requirements: dict[str, str]
    risks: dict[str, str]
    controls: dict[str, str]


def draw_audited() -> Audited:
    """Order handling with two requirements (one met), a risk controlled by an automated
    preventive check and a manual detective review, and a risk no control touches."""
    drawn = draw_simple()
    editor = drawn.editor
    requirements = {
        "credit": editor.add_requirement("Policy", "C-1", title="Credit check"),
        "archive": editor.add_requirement("HGB", "§ 257", title="Keep records"),
    }
    risks = {
        # likelihood 4, impact 5: inherent 20
        "bad-debt": editor.add_risk(
            drawn.process,
            drawn.steps["check"],
            "Order from a customer who cannot pay",
            likelihood=4,
            impact=5,
        ),
        # 3 x 5 = 15: at the threshold, with no control
        "wrong-goods": editor.add_risk(
            drawn.process, drawn.steps["ship"], "Wrong goods shipped", likelihood=3, impact=5
        ),
    }
    controls = {
        "credit-check": editor.add_control(
            "Automatic credit check",
            [drawn.steps["check"]],
            [risks["bad-debt"]],
            [requirements["credit"]],
            type=ControlType.PREVENTIVE,
            automation=ControlAutomation.AUTOMATED,
            evidence="ERP log",
            owner="Credit desk",
        ),
        "review": editor.add_control(
            "Weekly receivables review",
            [drawn.steps["ok"]],
            [risks["bad-debt"]],
            type=ControlType.DETECTIVE,
            automation=ControlAutomation.MANUAL,
            evidence="Signed review list",
            owner="Controller",
        ),
    }
    return Audited(drawn, requirements, risks, controls)
