"""The audit report of a process or a workspace, as PDF or XLSX bytes: the one entry point
the command line and the window share."""

from __future__ import annotations

from procdesk.analysis.audit_maturity import maturity_reports
from procdesk.analysis.coverage import coverage_report
from procdesk.export.compliance.audit_content import build_audit
from procdesk.model.elements import Process
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def audit_report(
    workspace: Workspace,
    process_id: str | None,
    workspace_name: str,
    date: str,
    suffix: str,
) -> bytes:
    """The report as ``.pdf`` or ``.xlsx`` bytes (*suffix*); ValueError for another suffix."""
    report = coverage_report(workspace, process_id)
    if process_id is None:
        scope = tr("Workspace {name}").format(name=workspace_name)
    else:
        scope = workspace.get(process_id, Process).name
    content = build_audit(workspace, report, maturity_reports(workspace, process_id), scope, date)
    if suffix == ".pdf":
        from procdesk.export.compliance.audit_pdf import audit_pdf

        return audit_pdf(content)
    if suffix == ".xlsx":
        from procdesk.export.compliance.audit_xlsx import audit_xlsx

        return audit_xlsx(content)
    raise ValueError(tr("an audit report is written as .pdf or .xlsx"))
