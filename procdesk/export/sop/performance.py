"""The performance sections of the SOP: KPIs against their targets, and known weak points
(each analysed one with its 5 Whys and fishbone in a row beneath it).

Status is shown with ✓ and ✗ as well as colour, so a black-and-white print still says it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from procdesk.export.sop import labels
from procdesk.export.sop.charts import kpi_chart
from procdesk.export.sop.content import KpiEntry, SopContent, format_value
from procdesk.export.sop.root_cause import analysis_cell
from procdesk.export.sop.sections import table, text
from procdesk.export.sop.styles import SEVERITY_FILLS, Styles
from procdesk.model.elements import KpiDirection
from procdesk.text import tr

CHECK, CROSS = "✓", "✗"


def kpi_section(content: SopContent, styles: Styles, width: float) -> list[Flowable]:
    if not content.kpis:
        none = tr("No performance indicators are defined for this process.")
        return [Paragraph(text(none), styles.body)]
    rows: list[list[object]] = [
        [
            Paragraph(text(tr("Indicator")), styles.head),
            Paragraph(text(tr("Applies to")), styles.head),
            Paragraph(text(tr("Target", "KPI table column")), styles.head),
            Paragraph(text(tr("Latest actual")), styles.head),
            Paragraph(text(tr("Status")), styles.head_center),
        ]
    ]
    for kpi in content.kpis:
        rows.append(
            [
                Paragraph(f"<b>{text(kpi.name)}</b><br/>{text(_frequency(kpi))}", styles.cell),
                Paragraph(text(kpi.scope), styles.cell),
                Paragraph(text(_target(kpi)), styles.cell),
                Paragraph(text(_latest(kpi)), styles.cell),
                _status(kpi, styles),
            ]
        )
    widths = [width - 126 * mm, 40 * mm, 28 * mm, 32 * mm, 26 * mm]
    flowables: list[Flowable] = [table(rows, widths)]
    key = tr("{check} on target · {cross} off target · — not measured")
    flowables.append(Paragraph(text(key.format(check=CHECK, cross=CROSS)), styles.muted))
    for kpi in content.kpis:
        if kpi.history:
            flowables.append(KeepTogether([Spacer(1, 8), kpi_chart(kpi, width, 52 * mm)]))
    return flowables


def _frequency(kpi: KpiEntry) -> str:
    if kpi.direction == KpiDirection.HIGHER_IS_BETTER:
        sentence = tr("Measured {frequency}; higher is better")
    else:
        sentence = tr("Measured {frequency}; lower is better")
    return sentence.format(frequency=labels.frequency(kpi.frequency))


def _target(kpi: KpiEntry) -> str:
    if kpi.target is None:
        return "—"
    sign = "≥" if kpi.direction == KpiDirection.HIGHER_IS_BETTER else "≤"
    return f"{sign} {format_value(kpi.target, kpi.unit)}"


def _latest(kpi: KpiEntry) -> str:
    if kpi.latest is None:
        return "—"
    return f"{format_value(kpi.latest, kpi.unit)} ({kpi.latest_date})"


def _status(kpi: KpiEntry, styles: Styles) -> Paragraph:
    if kpi.on_target is None:
        return Paragraph("—", styles.cell_center)
    if kpi.on_target:
        return Paragraph(text(tr("{check} on target").format(check=CHECK)), styles.good)
    return Paragraph(text(tr("{cross} off target").format(cross=CROSS)), styles.bad)


def weak_points_section(content: SopContent, styles: Styles, width: float) -> list[Flowable]:
    if not content.weak_points:
        none = tr("No weak points are recorded for this diagram.")
        return [Paragraph(text(none), styles.body)]
    severity_head = tr("Severity")
    rows: list[list[object]] = [
        [
            Paragraph(text(severity_head), styles.head),
            Paragraph(text(tr("Where", "weak point table column")), styles.head),
            Paragraph(text(tr("Problem and cause")), styles.head),
            Paragraph(text(tr("Improvement action")), styles.head),
            Paragraph(text(tr("Status")), styles.head),
        ]
    ]
    extra: list[tuple[object, ...]] = []
    for point in content.weak_points:
        problem = [Paragraph(text(point.description) or "—", styles.cell)]
        if point.root_cause:
            cause = tr("<i>Cause:</i> {cause}").format(cause=text(point.root_cause))
            problem.append(Paragraph(cause, styles.cell))
        action = [Paragraph(text(point.action) or "—", styles.cell)]
        if point.owner:
            owner = tr("<i>Owner:</i> {owner}").format(owner=text(point.owner))
            action.append(Paragraph(owner, styles.cell))
        severity = f"<b>{point.severity}</b> {text(labels.severity(point.severity))}"
        rows.append(
            [
                Paragraph(severity, styles.cell),
                [
                    Paragraph(text(point.where), styles.cell),
                    Paragraph(f"<i>{text(point.category)}</i>", styles.cell),
                ],
                problem,
                action,
                Paragraph(text(point.status), styles.cell),
            ]
        )
        index = len(rows) - 1
        extra.append(("BACKGROUND", (0, index), (0, index), SEVERITY_FILLS[point.severity]))
        if point.analysis is not None:
            rows.append([analysis_cell(point.analysis, styles, width - 8), "", "", "", ""])
            extra.append(("SPAN", (0, index + 1), (-1, index + 1)))
            extra.append(("NOSPLIT", (0, index), (-1, index + 1)))
    # The severity column is narrow: wide enough for its heading in any language, no wider.
    head = stringWidth(severity_head, styles.head.fontName, styles.head.fontSize) + 10
    widths = [max(20 * mm, head), 36 * mm, None, 48 * mm, 21 * mm]
    remaining = width - sum(w for w in widths if w is not None)
    return [table(rows, [remaining if w is None else w for w in widths], extra)]
