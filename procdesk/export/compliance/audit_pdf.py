"""The audit report as PDF (reportlab, Qt-free): scope and approval status, requirements and
their coverage, the risk matrix before and after controls, the risks, the controls step by
step, the open findings and the maturity profile."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from procdesk.analysis.risk_score import HIGH
from procdesk.export.compliance.audit_content import AuditContent, missing
from procdesk.export.compliance.matrix_chart import matrix_drawing
from procdesk.export.maturity.section import maturity_section
from procdesk.export.report_frame import WIDTH, build_report
from procdesk.export.sop.fonts import REGULAR, register_fonts
from procdesk.export.sop.styles import (
    BAD,
    SEVERITY_FILLS,
    Styles,
    grid_style,
    make_styles,
)
from procdesk.text import tr

CELL_SIZE = 8.5
"""The body size of table cells (as ``grid_style`` and the cell style set it)."""
PADDING = 4


def audit_pdf(content: AuditContent) -> bytes:
    """The report as PDF bytes."""
    register_fonts()
    styles = make_styles()
    footer = tr("Audit report · {scope} · {date}").format(scope=content.scope, date=content.date)
    return build_report(
        _story(content, styles),
        tr("Audit report: {scope}").format(scope=content.scope),
        lambda page: (footer, tr("Page {page}").format(page=page)),
    )


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    extra: Sequence[tuple[object, ...]] = (),
    alarms: Collection[tuple[int, int]] = (),
) -> Flowable:
    """A table; the cells at *alarms* ((row, column), rows from 1) are set in red.

    A cell whose text fits its column on one line is a plain string, the rest Paragraphs that
    wrap: laying out a Paragraph costs about a millisecond, and a workspace's report has tens
    of thousands of cells.
    """
    alarm = ParagraphStyle("alarm", parent=styles.cell, textColor=BAD)
    room = [w * WIDTH - 2 * PADDING for w in widths]
    data: list[list[object]] = [[_p(h, styles.head) for h in header]]
    colours: list[tuple[object, ...]] = []
    for r, row in enumerate(rows, start=1):
        cells: list[object] = []
        for c, text in enumerate(row):
            red = (r, c) in alarms
            if "\n" not in text and stringWidth(text, REGULAR, CELL_SIZE) <= room[c]:
                cells.append(text)
                if red:
                    colours.append(("TEXTCOLOR", (c, r), (c, r), BAD))
            else:
                cells.append(_p(text, alarm if red else styles.cell))
        data.append(cells)
    table = LongTable(data, colWidths=[w * WIDTH for w in widths], repeatRows=1)
    table.setStyle([*grid_style(), ("FONTSIZE", (0, 1), (-1, -1), CELL_SIZE), *extra, *colours])
    return table


def _story(content: AuditContent, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        _p(tr("Audit report"), styles.cover_title),
        _p(content.scope, styles.cover_subtitle),
        _p(tr("As of {date}").format(date=content.date), styles.muted),
        Spacer(1, 3 * mm),
        _p(content.totals, styles.body),
    ]
    story += _approvals(content, styles)
    story += _requirements(content, styles)
    story += _matrix(content, styles)
    story += _controls(content, styles)
    story += _findings(content, styles)
    story += _maturity(content, styles)
    return story


def _approvals(content: AuditContent, styles: Styles) -> list[Flowable]:
    header = [
        tr("Process"),
        tr("Document"),
        tr("Version"),
        tr("Status"),
        tr("Effective"),
        tr("Next review"),
        tr("Last revision"),
        tr("Released versions"),
    ]
    rows = [
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
    ]
    unapproved = {(i, 3) for i, a in enumerate(content.approvals, start=1) if not a.approved}
    widths = (0.15, 0.1, 0.07, 0.08, 0.08, 0.08, 0.17, 0.27)
    return [
        _p(tr("Approval status of the SOPs"), styles.h1),
        _table(styles, header, rows, widths, alarms=unapproved),
    ]


def _requirements(content: AuditContent, styles: Styles) -> list[Flowable]:
    header = [tr("Requirement"), tr("Title"), tr("Controls"), tr("Coverage")]
    rows = [row[:4] for row in content.requirements]
    marks = [
        ("BACKGROUND", (0, i), (-1, i), SEVERITY_FILLS[5])
        for i, row in enumerate(content.requirements, start=1)
        if row[4] == "uncovered"
    ]
    flowables: list[Flowable] = [_p(tr("Requirements and their coverage"), styles.h1)]
    if not rows:
        return [*flowables, _p(tr("The register holds no requirement."), styles.muted)]
    return [*flowables, _table(styles, header, rows, (0.18, 0.3, 0.3, 0.22), marks)]


def _matrix(content: AuditContent, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [_p(tr("Risks"), styles.h1)]
    if not content.risks:
        return [*flowables, _p(tr("No risk is recorded."), styles.muted)]
    pair = Table(
        [
            [
                matrix_drawing(content.assessments, False, tr("Inherent")),
                matrix_drawing(content.assessments, True, tr("Residual (after controls)")),
            ]
        ],
        hAlign="LEFT",
    )
    rule = tr(
        "Residual: each control that runs at a step lowers the likelihood (preventive) or the "
        "impact (detective) by one level, two if automated, never below 1."
    )
    header = [
        tr("Risk"),
        tr("Where"),
        tr("Category"),
        tr("Owner"),
        tr("Inherent"),
        tr("Residual"),
        tr("Controls"),
    ]
    widths = (0.22, 0.17, 0.09, 0.1, 0.08, 0.14, 0.2)
    high = {(i, 5) for i, item in enumerate(content.assessments, start=1) if item.residual >= HIGH}
    return [
        *flowables,
        pair,
        _p(rule, styles.muted),
        Spacer(1, 2 * mm),
        _table(styles, header, content.risks, widths, alarms=high),
    ]


def _controls(content: AuditContent, styles: Styles) -> list[Flowable]:
    header = [tr("Step"), tr("Control"), tr("Type"), tr("Owner"), tr("Evidence")]
    rows = [row[:5] for row in content.controls]
    gaps = {
        (i, col)
        for i, row in enumerate(content.controls, start=1)
        for col in (3, 4)
        if row[col] == missing()
    }
    flowables: list[Flowable] = [_p(tr("Controls per step"), styles.h1)]
    if not rows:
        return [*flowables, _p(tr("No control is recorded."), styles.muted)]
    return [*flowables, _table(styles, header, rows, (0.24, 0.22, 0.2, 0.12, 0.22), alarms=gaps)]


def _findings(content: AuditContent, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [_p(tr("Open findings"), styles.h1)]
    if not content.findings:
        return [*flowables, _p(tr("No open finding."), styles.muted)]
    header = [tr("Rule"), tr("Element"), tr("Finding")]
    return [*flowables, _table(styles, header, content.findings, (0.2, 0.25, 0.55))]


def _maturity(content: AuditContent, styles: Styles) -> list[Flowable]:
    """The maturity section of each assessed process (the one audited, or every one)."""
    reports = content.maturity
    if content.process_id is not None or not reports:
        return maturity_section(reports[0] if reports else None, styles, WIDTH)
    story: list[Flowable] = []
    for report in reports:
        title = tr("Maturity: {process}").format(process=report.process.name)
        story += maturity_section(report, styles, WIDTH, title)
    return story
