"""The findings panel's rows: one line per lint finding, recorded weak point and compliance
finding of a diagram, each ranked on one severity scale so the table sorts them together
(errors 5.5, warnings 2.5, a weak point its severity, a compliance finding its rank)."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.checks import Severity, check
from procdesk.analysis.compliance_findings import diagram_findings
from procdesk.model.elements import Diagram, WeakPoint, WeakPointStatus
from procdesk.model.naming import noun
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop
from procdesk.ui.dialogs.weak_point import category_label, status_label

LINT, WEAK_POINT, COMPLIANCE = "lint", "weak point", "compliance"
SEVERITY_LABELS = {
    Severity.ERROR: tr_noop("Error", "finding severity"),
    Severity.WARNING: tr_noop("Warning", "finding severity"),
}


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table, whatever it came from."""

    kind: str
    rank: float
    severity: str
    level: str
    category: str
    element: str
    element_name: str
    message: str
    action: str
    status: str
    weak_point: str | None = None
    audit_item: str | None = None
    """The requirement, risk or control a compliance finding is about."""

    def cells(self) -> tuple[str, ...]:
        return (
            self.severity,
            self.category,
            self.element_name,
            self.message,
            self.action,
            self.status,
        )


def level(rank: float) -> str:
    """The filter a rank falls under: high, medium or low."""
    return "high" if rank >= 4 else "medium" if rank >= 2 else "low"


def finding_rows(workspace: Workspace, diagram_id: str | None, show_resolved: bool) -> list[Row]:
    """Every row of the diagram *diagram_id*, before filtering (resolved weak points only
    with *show_resolved*)."""
    if diagram_id is None or diagram_id not in workspace:
        return []
    rows: list[Row] = []
    for finding in check(workspace, diagram_id):
        rank = 5.5 if finding.severity == Severity.ERROR else 2.5
        rows.append(
            Row(
                kind=LINT,
                rank=rank,
                severity=tr(SEVERITY_LABELS[finding.severity], "finding severity"),
                level=level(rank),
                category=tr("Lint: {rule}").format(rule=finding.rule),
                element=finding.element,
                element_name=element_name(workspace, finding.element),
                message=finding.message,
                action=finding.hint,
                status="",
            )
        )
    category = tr("Weak point: {category}")
    for point in workspace.in_scope(diagram_id, WeakPoint):
        if point.status == WeakPointStatus.RESOLVED and not show_resolved:
            continue
        element = point.target_id or diagram_id
        rows.append(
            Row(
                kind=WEAK_POINT,
                rank=float(point.severity),
                severity=tr("Severity {level}").format(level=point.severity),
                level=level(point.severity),
                category=category.format(category=category_label(point.category)),
                element=element,
                element_name=element_name(workspace, element),
                message=point.description,
                action=point.action,
                status=status_label(point.status),
                weak_point=point.id,
            )
        )
    return rows + compliance_rows(workspace, diagram_id)


def compliance_rows(workspace: Workspace, diagram_id: str) -> list[Row]:
    """The coverage report's findings on the diagram's process and elements."""
    rows: list[Row] = []
    for item in diagram_findings(workspace, diagram_id):
        finding = item.finding
        rows.append(
            Row(
                kind=COMPLIANCE,
                rank=item.rank,
                severity=tr(SEVERITY_LABELS[finding.severity], "finding severity"),
                level=level(item.rank),
                category=tr("Compliance: {rule}").format(rule=finding.rule),
                element=item.target or "",
                element_name=item.subject,
                message=finding.message,
                action=finding.hint,
                status="",
                audit_item=finding.element,
            )
        )
    return rows


def element_name(workspace: Workspace, element_id: str) -> str:
    """An element as the table names it: its name and its noun, or what it is."""
    entity = workspace.find(element_id)
    if isinstance(entity, Diagram):
        return tr("(whole diagram)")
    if entity is None:
        return element_id
    name = " ".join(getattr(entity, "name", "").split())
    return f"{name} ({noun(entity)})" if name else f"{noun(entity)} {element_id}"
