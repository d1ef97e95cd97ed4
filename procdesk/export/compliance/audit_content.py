"""What the audit report says, as plain rows: one builder for the PDF and the workbook.

For one process or the whole workspace: the scope and the SOPs' approval status, every
requirement with the controls that meet it, every risk with its inherent and residual score,
the controls step by step with owners and evidence, the open findings, and the maturity of
the processes audited (``audit_maturity.maturity_reports``: none until one is assessed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from procdesk.analysis.coverage import CoverageReport
from procdesk.analysis.maturity import MaturityReport
from procdesk.analysis.risk_score import Assessment
from procdesk.export.sop.labels import process_status
from procdesk.model.compliance_queries import process_of, step_ids_of
from procdesk.model.compliance_words import element_label, word
from procdesk.model.elements import Entity, Process, ProcessStatus, Step
from procdesk.model.releases import (
    approval_of,
    approved_release,
    releases_of,
    status_of,
)
from procdesk.model.releases import status_word as release_status
from procdesk.model.workspace import Workspace
from procdesk.text import tr

DASH = "\u2013"
SEPARATOR = "\u203a"
TIMES = "\u00d7"


@dataclass(frozen=True, slots=True)
class Approval:
    """A process's SOP as a controlled document: where its approval stands."""

    process: str
    document: str
    version: str
    status: str
    approved: bool
    effective: str
    review: str
    last_revision: str
    releases: str
    """Every released version with where it stands, and who approved it when."""


@dataclass(frozen=True, slots=True)
class AuditContent:
    scope: str
    date: str
    approvals: tuple[Approval, ...]
    requirements: tuple[tuple[str, str, str, str, str], ...]
    """Clause, title, controls, coverage, and "covered" / "uncovered" / "excluded"."""
    register: tuple[tuple[str, str, bool, str], ...]
    """Source, clause, applicable and reason of the same requirements (for a workbook)."""
    assessments: tuple[Assessment, ...]
    risks: tuple[tuple[str, str, str, str, str, str, str], ...]
    """Risk, where, category, owner, inherent, residual (explained), controls."""
    controls: tuple[tuple[str, str, str, str, str, str], ...]
    """Where (process > step), control, how (type, automation, frequency), owner, evidence,
    what it mitigates or satisfies."""
    findings: tuple[tuple[str, str, str], ...]
    """Rule, element, message."""
    maturity: tuple[MaturityReport, ...]
    """The maturity of each assessed process in scope (the process's, or every one's)."""
    process_id: str | None = None
    """The process audited; None: the whole workspace."""

    @property
    def totals(self) -> str:
        covered = sum(1 for r in self.requirements if r[4] == "covered")
        applicable = sum(1 for r in self.requirements if r[4] != "excluded")
        text = tr(
            "{covered} of {requirements} requirements met · {risks} risks · {controls} "
            "controls · {findings} open findings"
        )
        return text.format(
            covered=covered,
            requirements=applicable,
            risks=len(self.risks),
            controls=len({row[1] for row in self.controls}),
            findings=len(self.findings),
        )


def missing() -> str:
    """What the report prints where a control lacks its owner or evidence."""
    return tr("(missing)")


def where(workspace: Workspace, entity: Entity | None) -> str:
    """A step or flow with its process: ``Purchase requisition > Approve budget`` (a chevron)."""
    if entity is None:
        return DASH
    process = workspace.find(process_of(workspace, entity.id))
    name = process.name if isinstance(process, Process) else ""
    if isinstance(entity, Process):
        return name
    label = str(getattr(entity, "name", "")) or entity.id
    return f"{name} {SEPARATOR} {label}" if name else label


def build_audit(
    workspace: Workspace,
    report: CoverageReport,
    maturity: Sequence[MaturityReport],
    scope: str,
    date: str,
) -> AuditContent:
    processes = (
        [workspace.get(report.process_id, Process)] if report.process_id else workspace.processes()
    )
    requirements = []
    for item in report.requirements:
        requirement = item.requirement
        names = ", ".join(c.name for c in item.controls) or DASH
        if not requirement.applicable:
            reason = requirement.reason.strip() or tr("no reason given")
            state = tr("Not applicable: {reason}").format(reason=reason)
            key = "excluded"
        elif item.covered:
            state, key = tr("Met"), "covered"
        else:
            state, key = tr("Not met"), "uncovered"
        requirements.append((requirement.label, requirement.title, names, state, key))
    risks = []
    for assessment in report.assessments:
        risk = assessment.risk
        site = workspace.find(risk.element_id or risk.process_id)
        risks.append(
            (
                risk.description,
                where(workspace, site),
                word(risk.category),
                risk.owner or DASH,
                f"{risk.likelihood} {TIMES} {risk.impact} = {risk.inherent}",
                assessment.explain(),
                ", ".join(c.name for c in assessment.controls) or DASH,
            )
        )
    return AuditContent(
        scope=scope,
        date=date,
        approvals=tuple(_approval(workspace, p) for p in processes),
        requirements=tuple(requirements),
        register=tuple(
            (
                c.requirement.source,
                c.requirement.clause,
                c.requirement.applicable,
                c.requirement.reason,
            )
            for c in report.requirements
        ),
        assessments=report.assessments,
        risks=tuple(risks),
        controls=tuple(_control_rows(workspace, report)),
        findings=tuple(
            (f.rule, element_label(workspace, f.element), f.message) for f in report.findings
        ),
        maturity=tuple(maturity),
        process_id=report.process_id,
    )


def _approval(workspace: Workspace, process: Process) -> Approval:
    last = process.revisions[-1] if process.revisions else None
    revision = f"{last.version} · {last.date} · {last.author}".strip(" ·") if last else DASH
    released: list[str] = []
    for release in releases_of(workspace, process.id):
        text = f"{release.version} {release_status(status_of(workspace, release.id))}"
        approval = approval_of(workspace, release.id)
        if approval is not None:
            text += " " + tr("(approved by {who} on {date})").format(
                who=approval.by or DASH, date=approval.date or DASH
            )
        released.append(text)
    in_force = approved_release(workspace, process.id) is not None
    return Approval(
        process=process.name,
        document=process.document_id or DASH,
        version=process.version,
        status=process_status(process.status),
        approved=process.status == ProcessStatus.APPROVED or in_force,
        effective=process.effective_date or DASH,
        review=process.review_date or DASH,
        last_revision=revision,
        releases="; ".join(released) or tr("none released"),
    )


def _control_rows(
    workspace: Workspace, report: CoverageReport
) -> list[tuple[str, str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str, str]] = []
    for control in report.controls:
        how = f"{word(control.type)}, {word(control.automation)}, {word(control.frequency)}"
        steps = [workspace.get(s, Step) for s in step_ids_of(workspace, control.id)]
        in_scope = [
            s
            for s in steps
            if report.process_id is None or process_of(workspace, s.id) == report.process_id
        ]
        sites = [where(workspace, s) for s in in_scope] or [tr("no step")]
        for site in sites:
            rows.append(
                (
                    site,
                    control.name,
                    how,
                    control.owner or missing(),
                    control.evidence or missing(),
                    control.description,
                )
            )
    rows.sort(key=lambda row: (row[0] == tr("no step"), row[0].casefold(), row[1].casefold()))
    return rows
