"""The cover page: what the document is, which issue it is, and who signs it."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from procdesk.export.sop.content import SopContent, SopOptions, diagram_label, words
from procdesk.export.sop.styles import ACCENT, GRID, HEAD_FILL, Styles, grid_style

CONTROL_NOTE = (
    "This is a controlled document. A printed copy is valid only if its version matches the "
    "current issue; check it before use."
)


def cover(content: SopContent, options: SopOptions, styles: Styles, width: float) -> list[Flowable]:
    process, diagram = content.process, content.diagram
    facts = [
        ("Document ID", process.document_id or "—"),
        ("Version", process.version or "—"),
        ("Status", words(process.status.value)),
        ("Process owner", process.owner or "—"),
        ("Effective date", process.effective_date or "—"),
        ("Next review", process.review_date or "—"),
        ("Diagram", diagram_label(diagram)),
    ]
    fact_rows = [
        [Paragraph(label, styles.cell_bold), Paragraph(escape(value), styles.cell)]
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
        [Paragraph(h, styles.head) for h in ("", "Name", "Signature", "Date")],
        *[
            [Paragraph(role, styles.cell_bold), Paragraph(escape(name), styles.cell), "", ""]
            for role, name in (
                ("Prepared by", options.prepared_by),
                ("Reviewed by", options.reviewed_by),
                ("Approved by", options.approved_by),
            )
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
        Paragraph("STANDARD OPERATING PROCEDURE", styles.cover_kicker),
        Spacer(1, 3 * mm),
        Paragraph(escape(process.name), styles.cover_title),
        Paragraph(
            escape(f"{diagram.name} · {process.document_id}".strip(" ·")), styles.cover_subtitle
        ),
        Spacer(1, 14 * mm),
        fact_table,
        Spacer(1, 14 * mm),
        Paragraph("Approval", styles.h2),
        approval_table,
        Spacer(1, 10 * mm),
        Paragraph(CONTROL_NOTE, styles.muted),
    ]
