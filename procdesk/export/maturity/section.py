"""The maturity section of a PDF report: the process's profile as a radar beside a table of
levels, targets and gaps, the history of its assessments and every change of level.

A report (the audit report) puts ``maturity_section(...)`` into its story; the section reads
the same ``MaturityReport`` as the window and ``procdesk maturity``.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from procdesk.analysis.maturity import MaturityReport
from procdesk.analysis.maturity_radar import radar_profiles
from procdesk.export.maturity.radar_chart import radar_drawing
from procdesk.export.sop.fonts import register_fonts
from procdesk.export.sop.styles import Styles, grid_style
from procdesk.text import tr

RADAR_HEIGHT = 95 * mm


def maturity_section(
    report: MaturityReport | None, styles: Styles, width: float, title: str = ""
) -> list[Flowable]:
    """The section's flowables under *title* (default "Maturity"), *width* points wide (a
    note when nothing is assessed)."""
    register_fonts()
    story: list[Flowable] = [_p(title or tr("Maturity"), styles.h1)]
    if report is None or report.latest is None:
        return [*story, _p(tr("No maturity assessment is recorded yet."), styles.muted)]
    model, latest = report.model, report.latest
    version = f" ({model.version})" if model.version else ""
    who = latest.assessor or tr("unknown")
    story.append(
        _p(
            tr("{model}{version}: latest assessment on {date} by {assessor}.").format(
                model=model.name, version=version, date=latest.date, assessor=who
            ),
            styles.body,
        )
    )
    if model.attribution:
        story.append(_p(model.attribution, styles.muted))
    story.append(Spacer(1, 3 * mm))
    drawing = radar_drawing(
        [d.name for d in model.dimensions],
        [level.label for level in model.levels],
        radar_profiles(model, report, latest),
        width * 0.48,
        RADAR_HEIGHT,
    )
    side = Table(
        [[drawing, _profile_table(report, styles, width * 0.5)]],
        colWidths=[width * 0.5, width * 0.5],
    )
    side.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    # the heading stays with the profile it introduces, not alone at the foot of a page
    story = [KeepTogether([*story, side]), Spacer(1, 4 * mm)]
    story.append(_p(tr("History of assessments"), styles.h2))
    story.append(_history_table(report, styles, width))
    changes = report.changes
    if changes:
        story += [Spacer(1, 3 * mm), _p(tr("Changes of level"), styles.h2)]
        rows = [
            (
                report.dimension_name(c.dimension),
                f"{model.level_label(c.old)} ({c.before.date})",
                f"{model.level_label(c.new)} ({c.after.date})",
                "" if c.delta is None else f"{c.delta:+d}",
            )
            for c in changes
        ]
        header = (tr("Dimension"), tr("From"), tr("To"), tr("Change"))
        story.append(_table(styles, header, rows, [width * f for f in (0.34, 0.26, 0.26, 0.14)]))
    return story


def _profile_table(report: MaturityReport, styles: Styles, width: float) -> Table:
    model, latest, target = report.model, report.latest, report.target
    gaps = {gap.dimension.key: gap.size for gap in report.gaps}
    rows = [
        (
            d.name,
            model.level_label(latest.level_of(d.key) if latest else None),
            model.level_label(target.level_of(d.key) if target else None),
            str(gaps[d.key]) if d.key in gaps else "",
        )
        for d in model.dimensions
    ]
    header = (tr("Dimension"), tr("Level"), tr("Target"), tr("Gap"))
    return _table(styles, header, rows, [width * f for f in (0.43, 0.19, 0.19, 0.19)])


def _history_table(report: MaturityReport, styles: Styles, width: float) -> Table:
    model = report.model
    dimensions = model.dimensions
    header = (tr("Date"), tr("Assessor"), *(d.name for d in dimensions))
    rows = [
        (a.date, a.assessor, *(model.level_label(a.level_of(d.key)) for d in dimensions))
        for a in report.assessments
    ]
    share = 0.6 / max(1, len(dimensions))
    return _table(
        styles, header, rows, [width * 0.16, width * 0.24, *([width * share] * len(dimensions))]
    )


def _table(
    styles: Styles, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Table:
    body = [[_p(text, styles.head) for text in header]]
    body += [[_p(text, styles.cell) for text in row] for row in rows]
    table = Table(body, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(grid_style(1)))
    return table


def _p(text: str, style: object) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)
