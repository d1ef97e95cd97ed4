"""The cover page: what the document is, which issue it is, and who signs it."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from procdesk.export.sop import labels
from procdesk.export.sop.content import SopContent, SopOptions, diagram_label
from procdesk.export.sop.styles import ACCENT, GRID, HEAD_FILL, Styles, grid_style
from procdesk.text import tr, tr_noop

CONTROL_NOTE = tr_noop(
    "This is a controlled document. A printed copy is valid only if its version matches the "
    "current issue; check it before use."
)


def cover(content: SopContent, options: SopOptions, styles: Styles, width: float) -> list[Flowable]:
    process, diagram, record = content.process, content.diagram, content.record
    version = record.version if record else process.version
    status = record.status if record else labels.process_status(process.status)
    facts = [
        (tr("Document ID"), process.document_id or "—"),
        (tr("Version"), version or "—"),
        (tr("Status"), status),
        (tr("Process owner"), process.owner or "—"),
        (tr("Effective date"), process.effective_date or "—"),
        (tr("Next review"), process.review_date or "—"),
        (tr("Diagram"), diagram_label(diagram)),
    ]
    fact_rows = [
        [Paragraph(escape(label), styles.cell_bold), Paragraph(escape(value), styles.cell)]
        for label, value in facts
    ]
    fact_table = Table(fact_rows, colWidths=[40 * mm, width - 40 * mm], hAlign="LEFT")
    fact_table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    approvals = [
        [
            Paragraph(escape(h), styles.head)
            for h in ("", tr("Name", "signature table"), tr("Signature"), tr("Date"))
        ],
        *[
            [
                Paragraph(escape(role), styles.cell_bold),
                Paragraph(escape(name), styles.cell),
                Paragraph(escape(signature), styles.cell),
                Paragraph(escape(day), styles.cell),
            ]
            for role, name, signature, day in _signatures(content, options)
        ],
    ]
    name_w = (width - 30 * mm) * 0.4
    approval_table = Table(
        approvals,
        colWidths=[30 * mm, name_w, (width - 30 * mm) * 0.35, (width - 30 * mm) * 0.25],
        rowHeights=[None, 16 * mm, 16 * mm, 16 * mm],
        hAlign="LEFT",
    )
    approval_table.setStyle(TableStyle([*grid_style(), ("BACKGROUND", (0, 1), (0, -1), HEAD_FILL)]))
    return [
        Spacer(1, 18 * mm),
        Paragraph(escape(tr("STANDARD OPERATING PROCEDURE")), styles.cover_kicker),
        Spacer(1, 3 * mm),
        Paragraph(escape(process.name), styles.cover_title),
        Paragraph(
            escape(f"{diagram.name} · {process.document_id}".strip(" ·")), styles.cover_subtitle
        ),
        Spacer(1, 14 * mm),
        fact_table,
        Spacer(1, 14 * mm),
        Paragraph(escape(tr("Approval")), styles.h2),
        approval_table,
        Spacer(1, 10 * mm),
        Paragraph(escape(tr(CONTROL_NOTE)), styles.muted),
    ]


def _signatures(content: SopContent, options: SopOptions) -> list[tuple[str, str, str, str]]:
    """(role, name, signature, date) of the approval block: the names typed for the export,
    and for a released version what was recorded: who released it and who approved it."""
    record = content.record
    prepared, prepared_on = options.prepared_by, ""
    approved, approval, approved_on = options.approved_by, "", ""
    if record is not None:
        if record.prepared_by and prepared in ("", record.prepared_by):
            prepared, prepared_on = record.prepared_by, record.prepared_on
        if record.approved_by:
            approved, approved_on = record.approved_by, record.approved_on
            approval = tr("Approval recorded for version {version}").format(version=record.version)
    return [
        (tr("Prepared by"), prepared, "", prepared_on),
        (tr("Reviewed by"), options.reviewed_by, "", ""),
        (tr("Approved by"), approved, approval, approved_on),
    ]
