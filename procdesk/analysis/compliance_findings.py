"""The coverage findings that concern one diagram, for the findings panel beside lint
findings and weak points: each with the element a click should show and how bad it is."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.coverage import coverage_report
from procdesk.analysis.finding import Finding
from procdesk.model.compliance import Control, Risk
from procdesk.model.compliance_queries import step_ids_of
from procdesk.model.compliance_words import element_label
from procdesk.model.elements import Diagram, DiagramElement
from procdesk.model.workspace import Workspace

RANKS = {
    "risk-uncontrolled": 4.5,
    "requirement-uncovered": 4.0,
    "risk-high-residual": 4.0,
    "control-without-step": 3.0,
    "control-without-evidence": 2.5,
    "control-without-owner": 2.5,
    "requirement-exclusion-unexplained": 2.0,
}
"""How bad each rule is on the findings panel's 1-5 scale (weak points' severities)."""


@dataclass(frozen=True, slots=True)
class DiagramFinding:
    finding: Finding
    subject: str
    """The requirement, risk or control the finding is about, in words."""
    target: str | None
    """The element of the diagram to show for it (None: it has none there)."""
    rank: float


def diagram_findings(workspace: Workspace, diagram_id: str) -> list[DiagramFinding]:
    """The findings of the diagram's process, with where each points in this diagram."""
    diagram = workspace.find(diagram_id)
    if not isinstance(diagram, Diagram):
        return []
    found: list[DiagramFinding] = []
    for finding in coverage_report(workspace, diagram.process_id).findings:
        found.append(
            DiagramFinding(
                finding,
                element_label(workspace, finding.element),
                _target(workspace, finding.element, diagram_id),
                RANKS.get(finding.rule, 2.0),
            )
        )
    return found


def _target(workspace: Workspace, subject_id: str, diagram_id: str) -> str | None:
    subject = workspace.find(subject_id)
    candidates: list[str] = []
    if isinstance(subject, Risk) and subject.element_id:
        candidates = [subject.element_id]
    elif isinstance(subject, Control):
        candidates = step_ids_of(workspace, subject.id)
    for candidate in candidates:
        element = workspace.find(candidate)
        if isinstance(element, DiagramElement) and element.diagram_id == diagram_id:
            return candidate
    return None
