"""The SOP's "Controls and risks" section: for every step that has any, the risks recorded on
it and the controls carried out there, so the person doing the step sees which checks are
theirs, what they guard against and what proof to leave."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from procdesk.analysis.risk_score import assess
from procdesk.export.compliance.audit_content import DASH
from procdesk.export.sop.content import SopContent
from procdesk.export.sop.sections import table, text
from procdesk.export.sop.styles import Styles
from procdesk.model.compliance import Control, Requirement, Risk
from procdesk.model.compliance_queries import (
    controls_at,
    requirement_ids_of,
    risk_ids_of,
    risks_on,
)
from procdesk.model.compliance_words import word
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def has_controls_or_risks(workspace: Workspace, content: SopContent) -> bool:
    return any(controls_at(workspace, s.id) or risks_on(workspace, s.id) for s in content.steps)


def controls_section(
    workspace: Workspace, content: SopContent, styles: Styles, width: float
) -> list[Flowable]:
    """A heading and a small table per step with risks or controls, in procedure order."""
    flowables: list[Flowable] = []
    for step in content.steps:
        risks = risks_on(workspace, step.id)
        controls = controls_at(workspace, step.id)
        if not (risks or controls):
            continue
        title = tr("Step {number}: {name}").format(number=step.number, name=step.name)
        flowables.append(Paragraph(text(title), styles.h2))
        rows: list[list[object]] = [
            [
                Paragraph(text(tr("Risk or control")), styles.head),
                Paragraph(text(tr("Details")), styles.head),
            ]
        ]
        for risk in risks:
            result = assess(workspace, risk)
            detail = tr("{category}; inherent {inherent}, residual {residual}; owner: {owner}")
            rows.append(
                [
                    Paragraph(text(tr("Risk: {risk}").format(risk=risk.description)), styles.cell),
                    Paragraph(
                        text(
                            detail.format(
                                category=word(risk.category),
                                inherent=risk.inherent,
                                residual=result.residual,
                                owner=risk.owner or DASH,
                            )
                        ),
                        styles.cell,
                    ),
                ]
            )
        for control in controls:
            rows.append(
                [
                    Paragraph(
                        text(tr("Control: {control}").format(control=control.name)), styles.cell
                    ),
                    [
                        Paragraph(text(line), styles.cell)
                        for line in _control_lines(workspace, control.id)
                    ],
                ]
            )
        flowables.append(table(rows, [0.4 * width, 0.6 * width]))
    return flowables


def _control_lines(workspace: Workspace, control_id: str) -> list[str]:
    control = workspace.get(control_id, Control)
    lines = [
        tr("{type}, {automation}, {frequency}; owner: {owner}").format(
            type=word(control.type),
            automation=word(control.automation),
            frequency=word(control.frequency),
            owner=control.owner or tr("(missing)"),
        ),
        tr("Evidence: {evidence}").format(evidence=control.evidence or tr("(missing)")),
    ]
    if control.description:
        lines.insert(0, control.description)
    mitigates = [workspace.get(r, Risk).description for r in risk_ids_of(workspace, control_id)]
    if mitigates:
        lines.append(tr("Mitigates: {risks}").format(risks="; ".join(mitigates)))
    satisfies = [
        workspace.get(r, Requirement).label for r in requirement_ids_of(workspace, control_id)
    ]
    if satisfies:
        lines.append(tr("Satisfies: {requirements}").format(requirements=", ".join(satisfies)))
    return lines
