"""Residual risk: what is left of a risk's score once its controls work.

The rule, simple enough to check by hand (the risk register shows it):

* a control counts for a risk when it mitigates the risk and runs at one step at least
  (a control attached to no step is not carried out anywhere);
* a **preventive** control lowers the **likelihood**, a **detective** one the **impact**;
* a **manual** control lowers it by one level, an **automated** one by two;
* neither drops below 1, and the residual score is residual likelihood x residual impact.

So a risk of likelihood 4 and impact 5 (inherent 20) with an automated preventive control and
a manual detective one has residual likelihood 4 - 2 = 2, impact 5 - 1 = 4: residual 8.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.compliance import Control, ControlAutomation, ControlType, Risk
from procdesk.model.compliance_queries import controls_mitigating, step_ids_of
from procdesk.model.workspace import Workspace
from procdesk.text import tr

HIGH = 15
"""A residual score from here up is high: the coverage report flags it."""


@dataclass(frozen=True, slots=True)
class Reduction:
    """How far one control lowers one axis of a risk."""

    control: Control
    levels: int

    @property
    def on_likelihood(self) -> bool:
        return self.control.type == ControlType.PREVENTIVE


@dataclass(frozen=True, slots=True)
class Assessment:
    """A risk's inherent and residual scores, and the controls that make the difference."""

    risk: Risk
    likelihood: int
    impact: int
    reductions: tuple[Reduction, ...]
    controls: tuple[Control, ...]
    """Every control linked to the risk, counting or not (a control on no step does not)."""

    @property
    def inherent(self) -> int:
        return self.risk.inherent

    @property
    def residual(self) -> int:
        return self.likelihood * self.impact

    def explain(self) -> str:
        """``L 4 → 2, I 5 → 4: residual 8``: the rule applied, for tooltips and reports."""
        risk = self.risk
        text = tr("L {l0} → {l1}, I {i0} → {i1}: residual {score}")
        return text.format(
            l0=risk.likelihood,
            l1=self.likelihood,
            i0=risk.impact,
            i1=self.impact,
            score=self.residual,
        )


def levels_of(control: Control) -> int:
    """How many levels a counting control lowers its axis: automated 2, manual 1."""
    return 2 if control.automation == ControlAutomation.AUTOMATED else 1


def assess(workspace: Workspace, risk: Risk) -> Assessment:
    """Apply the rule above to *risk* and the controls linked to it."""
    linked = tuple(controls_mitigating(workspace, risk.id))
    reductions = tuple(
        Reduction(control, levels_of(control))
        for control in linked
        if step_ids_of(workspace, control.id)
    )
    likelihood = risk.likelihood - sum(r.levels for r in reductions if r.on_likelihood)
    impact = risk.impact - sum(r.levels for r in reductions if not r.on_likelihood)
    return Assessment(risk, max(1, likelihood), max(1, impact), reductions, linked)


def score_tier(score: int) -> int:
    """0 low (1-4), 1 medium (5-9), 2 significant (10-14), 3 high (15-25): the heat colours."""
    if score >= HIGH:
        return 3
    if score >= 10:
        return 2
    return 1 if score >= 5 else 0
