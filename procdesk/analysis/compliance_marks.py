"""What the canvas marks for compliance: the risks on each step or flow (with the worst
residual score) and the controls that run at each step. The markers, the risk heat overlay
and their tooltips read these, so an element is judged the same way everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.risk_score import assess, score_tier
from procdesk.model.compliance import ControlStep, Risk
from procdesk.model.elements import Diagram, Flow, Step
from procdesk.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ComplianceMark:
    """Risks on an element and controls at it; ``worst`` is the highest residual score."""

    risks: int = 0
    controls: int = 0
    worst: int = 0

    @property
    def tier(self) -> int:
        """0 low … 3 high (``score_tier``) of the worst residual risk."""
        return score_tier(self.worst)


def compliance_marks(workspace: Workspace, diagram_id: str) -> dict[str, ComplianceMark]:
    """Marks of the steps and flows of a diagram that carry a risk or a control."""
    diagram = workspace.find(diagram_id)
    if not isinstance(diagram, Diagram):
        return {}
    risks: dict[str, list[int]] = {}
    for risk in workspace.in_scope(diagram.process_id, Risk):
        element = workspace.find(risk.element_id)
        if isinstance(element, Step | Flow) and element.diagram_id == diagram_id:
            risks.setdefault(element.id, []).append(assess(workspace, risk).residual)
    controls: dict[str, int] = {}
    for step in workspace.elements_of(diagram_id, Step):
        links = [e for e in workspace.referrers(step.id) if isinstance(e, ControlStep)]
        if links:
            controls[step.id] = len({link.control_id for link in links})
    return {
        element_id: ComplianceMark(
            risks=len(risks.get(element_id, ())),
            controls=controls.get(element_id, 0),
            worst=max(risks.get(element_id, (0,))),
        )
        for element_id in {*risks, *controls}
    }
