"""The coverage report: which requirements a control meets, which risks stay high, and which
controls could not be shown to an auditor (no evidence, no owner, running at no step).

A pure function of the workspace, for one process or the whole workspace. With a process, the
requirements in scope are those a control of the process satisfies, plus those that no control
satisfies anywhere (they belong to no process yet, so every process's audit shows them); the
controls are those that run at a step of the process or mitigate one of its risks.

A requirement counts as covered when a control that runs at a step (of the process, with one)
satisfies it; a requirement that does not apply is neither covered nor uncovered.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.finding import Finding, Severity
from procdesk.analysis.risk_score import HIGH, Assessment, assess
from procdesk.model.compliance import Control, Requirement
from procdesk.model.compliance_queries import (
    controls,
    controls_satisfying,
    processes_of_control,
    requirements,
    risk_ids_of,
    risks,
    step_ids_of,
)
from procdesk.model.workspace import Workspace
from procdesk.text import tr

SOURCE = "compliance"
"""The findings panel's name for where these findings come from."""

RULES = (
    "requirement-uncovered",
    "requirement-exclusion-unexplained",
    "risk-uncontrolled",
    "risk-high-residual",
    "control-without-step",
    "control-without-evidence",
    "control-without-owner",
)
"""Every rule the report applies, as ``procdesk audit --json`` names them."""


@dataclass(frozen=True, slots=True)
class RequirementCoverage:
    requirement: Requirement
    controls: tuple[Control, ...]
    """The controls in scope that satisfy it and run at a step."""

    @property
    def covered(self) -> bool:
        return bool(self.controls)


@dataclass(frozen=True, slots=True)
class CoverageReport:
    process_id: str | None
    requirements: tuple[RequirementCoverage, ...]
    """Every requirement in scope, applicable or not, in register order."""
    assessments: tuple[Assessment, ...]
    controls: tuple[Control, ...]
    findings: tuple[Finding, ...]

    @property
    def applicable(self) -> list[RequirementCoverage]:
        return [c for c in self.requirements if c.requirement.applicable]

    @property
    def uncovered(self) -> list[Requirement]:
        return [c.requirement for c in self.applicable if not c.covered]


def coverage_report(
    workspace: Workspace, process_id: str | None = None, threshold: int = HIGH
) -> CoverageReport:
    """The coverage of *process_id* (None: of the whole workspace)."""
    running = {c.id: processes_of_control(workspace, c.id) for c in controls(workspace)}
    in_process = {
        cid for cid, procs in running.items() if process_id is None or process_id in procs
    }
    scoped_risks = risks(workspace, process_id)
    risk_ids = {r.id for r in scoped_risks}
    scoped_controls = tuple(
        c
        for c in controls(workspace)
        if c.id in in_process or risk_ids.intersection(risk_ids_of(workspace, c.id))
    )
    coverage: list[RequirementCoverage] = []
    for requirement in requirements(workspace):
        satisfying = controls_satisfying(workspace, requirement.id)
        counting = tuple(c for c in satisfying if c.id in in_process and running[c.id])
        anywhere = any(running[c.id] for c in satisfying)
        if process_id is None or counting or not anywhere:
            coverage.append(RequirementCoverage(requirement, counting))
    assessments = tuple(assess(workspace, risk) for risk in scoped_risks)
    findings = [
        *_requirement_findings(coverage),
        *_risk_findings(assessments, threshold),
        *_control_findings(workspace, scoped_controls),
    ]
    return CoverageReport(
        process_id, tuple(coverage), assessments, scoped_controls, tuple(findings)
    )


def _finding(rule: str, element: str, message: str, hint: str = "") -> Finding:
    return Finding(Severity.WARNING, rule, element, message, hint)


def _requirement_findings(coverage: list[RequirementCoverage]) -> list[Finding]:
    found: list[Finding] = []
    for item in coverage:
        requirement = item.requirement
        if requirement.applicable and not item.covered:
            message = tr("{clause} is met by no control")
            hint = tr("Link a control that satisfies it, or record why it does not apply.")
            found.append(
                _finding(
                    "requirement-uncovered",
                    requirement.id,
                    message.format(clause=requirement.label),
                    hint,
                )
            )
        if not requirement.applicable and not requirement.reason.strip():
            message = tr("{clause} is marked as not applicable without a reason")
            found.append(
                _finding(
                    "requirement-exclusion-unexplained",
                    requirement.id,
                    message.format(clause=requirement.label),
                    tr("An auditor asks why: record the reason."),
                )
            )
    return found


def _risk_findings(assessments: tuple[Assessment, ...], threshold: int) -> list[Finding]:
    found: list[Finding] = []
    for item in assessments:
        if item.residual < threshold:
            continue
        risk = item.risk
        what = " ".join(risk.description.split()) or risk.id
        if not item.reductions:
            message = tr("Risk '{risk}' scores {score} and no control mitigates it")
            rule = "risk-uncontrolled"
        else:
            message = tr("Risk '{risk}' still scores {score} after its controls")
            rule = "risk-high-residual"
        found.append(
            _finding(
                rule,
                risk.id,
                message.format(risk=what, score=item.residual),
                tr("Add a control, preferably preventive and automated."),
            )
        )
    return found


def _control_findings(workspace: Workspace, scoped: tuple[Control, ...]) -> list[Finding]:
    found: list[Finding] = []
    for control in scoped:
        name = " ".join(control.name.split()) or control.id
        if not step_ids_of(workspace, control.id):
            message = tr("Control '{control}' runs at no step")
            hint = tr("Its steps were deleted, or it was never placed: attach it to a step.")
            found.append(
                _finding("control-without-step", control.id, message.format(control=name), hint)
            )
        if not control.evidence.strip():
            message = tr("Control '{control}' leaves no evidence")
            found.append(
                _finding(
                    "control-without-evidence",
                    control.id,
                    message.format(control=name),
                    tr("Say what proves it was carried out (a record, a log, a signature)."),
                )
            )
        if not control.owner.strip():
            message = tr("Control '{control}' has no owner")
            found.append(
                _finding(
                    "control-without-owner",
                    control.id,
                    message.format(control=name),
                    tr("Name who answers for it."),
                )
            )
    return found
