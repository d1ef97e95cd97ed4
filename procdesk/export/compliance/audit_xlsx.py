"""The audit report as an Excel workbook, for auditors who filter and annotate: one sheet
each for the scope, requirements, risks, controls, findings and maturity.

The Requirements sheet has the columns ``procdesk import … --requirements`` reads, so a
register can be handed round in Excel and read back.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from procdesk.analysis.maturity import MaturityReport
from procdesk.export.compliance.audit_content import AuditContent
from procdesk.text import tr

HEAD = Font(bold=True, color="1F3A5F")
HEAD_FILL = PatternFill("solid", fgColor="E6EBF2")
UNMET_FILL = PatternFill("solid", fgColor="F6D3D0")


def _sheet(
    sheet: Worksheet, header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int]
) -> None:
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font, cell.fill = HEAD, HEAD_FILL
    for row in rows:
        sheet.append(list(row))
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    # No style per data cell: openpyxl compares every style it is given with those it has,
    # which made a 15,000-row report take half a minute.
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions


def audit_xlsx(content: AuditContent) -> bytes:
    book = Workbook()
    scope = book.active
    assert scope is not None
    scope.title = "Scope"
    _sheet(
        scope,
        [
            tr("Process"),
            tr("Document"),
            tr("Version"),
            tr("Status"),
            tr("Effective"),
            tr("Next review"),
            tr("Last revision"),
            tr("Released versions"),
        ],
        [
            (
                a.process,
                a.document,
                a.version,
                a.status,
                a.effective,
                a.review,
                a.last_revision,
                a.releases,
            )
            for a in content.approvals
        ],
        (30, 16, 10, 12, 12, 12, 40, 50),
    )
    scope.append([])
    scope.append([tr("Audit report"), content.scope, content.date])
    scope.append([content.totals])
    requirements = book.create_sheet("Requirements")
    _sheet(
        requirements,
        ["Source", "Clause", "Title", "Applicable", "Reason", "Controls", "Coverage"],
        [_requirement_row(content, i) for i in range(len(content.requirements))],
        (22, 14, 40, 11, 30, 40, 24),
    )
    for index, row in enumerate(content.requirements, start=2):
        if row[4] == "uncovered":
            for column in range(1, 8):
                requirements.cell(row=index, column=column).fill = UNMET_FILL
    _sheet(
        book.create_sheet("Risks"),
        [
            tr("Risk"),
            tr("Where"),
            tr("Category"),
            tr("Owner"),
            tr("Likelihood"),
            tr("Impact"),
            tr("Inherent"),
            tr("Residual likelihood"),
            tr("Residual impact"),
            tr("Residual"),
            tr("Controls"),
        ],
        [
            (
                row[0],
                row[1],
                row[2],
                row[3],
                a.risk.likelihood,
                a.risk.impact,
                a.inherent,
                a.likelihood,
                a.impact,
                a.residual,
                row[6],
            )
            for row, a in zip(content.risks, content.assessments, strict=True)
        ],
        (40, 36, 14, 18, 10, 10, 10, 10, 10, 10, 40),
    )
    _sheet(
        book.create_sheet("Controls"),
        [tr("Step"), tr("Control"), tr("Type"), tr("Owner"), tr("Evidence"), tr("Description")],
        content.controls,
        (36, 30, 30, 18, 30, 50),
    )
    _sheet(
        book.create_sheet("Findings"),
        [tr("Rule"), tr("Element"), tr("Finding")],
        content.findings,
        (28, 36, 70),
    )
    maturity = book.create_sheet("Maturity")
    if not content.maturity:
        maturity.append([tr("No maturity assessment is recorded yet.")])
    else:
        _sheet(
            maturity,
            [
                tr("Process"),
                tr("Model"),
                tr("Date"),
                tr("Assessor"),
                tr("Dimension"),
                tr("Level"),
                tr("Level name"),
                tr("Target"),
            ],
            _maturity_rows(content.maturity),
            (30, 26, 12, 26, 22, 8, 34, 8),
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _maturity_rows(reports: Sequence[MaturityReport]) -> list[tuple[object, ...]]:
    """A row per assessment and dimension, oldest assessment first: one shape for processes
    assessed under different models, which a filter then picks apart."""
    rows: list[tuple[object, ...]] = []
    for report in reports:
        model, target = report.model, report.target
        for assessment in report.assessments:
            for dimension in model.dimensions:
                level = assessment.level_of(dimension.key)
                rows.append(
                    (
                        report.process.name,
                        model.name,
                        assessment.date,
                        assessment.assessor,
                        dimension.name,
                        level,
                        model.level_label(level) if level is not None else "",
                        target.level_of(dimension.key) if target is not None else None,
                    )
                )
    return rows


def _requirement_row(content: AuditContent, index: int) -> tuple[object, ...]:
    _label, title, controls, coverage, _key = content.requirements[index]
    source, clause, applicable, reason = content.register[index]
    return (source, clause, title, "yes" if applicable else "no", reason, controls, coverage)
