"""The performance sections of the SOP: KPIs against their targets, and known weak points.

Status is shown with ✓ and ✗ as well as colour, so a black-and-white print still says it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from procdesk.export.sop.charts import kpi_chart
from procdesk.export.sop.content import KpiEntry, SopContent, format_value
from procdesk.export.sop.sections import table, text
from procdesk.export.sop.styles import SEVERITY_FILLS, SEVERITY_WORDS, Styles
from procdesk.model.elements import KpiDirection

CHECK, CROSS = "✓", "✗"


def kpi_section(content: SopContent, styles: Styles, width: float) -> list[Flowable]:
    if not content.kpis:
        return [Paragraph("No performance indicators are defined for this process.", styles.body)]
    rows: list[list[object]] = [
        [
            Paragraph("Indicator", styles.head),
            Paragraph("Applies to", styles.head),
            Paragraph("Target", styles.head),
            Paragraph("Latest actual", styles.head),
            Paragraph("Status", styles.head_center),
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
    flowables.append(
        Paragraph(f"{CHECK} on target · {CROSS} off target · — not measured", styles.muted)
    )
    for kpi in content.kpis:
        if kpi.history:
            flowables.append(KeepTogether([Spacer(1, 8), kpi_chart(kpi, width, 52 * mm)]))
    return flowables


def _frequency(kpi: KpiEntry) -> str:
    better = "higher" if kpi.direction == KpiDirection.HIGHER_IS_BETTER else "lower"
    return f"Measured {kpi.frequency}; {better} is better"


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
        return Paragraph(f"{CHECK} on target", styles.good)
    return Paragraph(f"{CROSS} off target", styles.bad)


def weak_points_section(content: SopContent, styles: Styles, width: float) -> list[Flowable]:
    if not content.weak_points:
        return [Paragraph("No weak points are recorded for this diagram.", styles.body)]
    rows: list[list[object]] = [
        [
            Paragraph("Severity", styles.head),
            Paragraph("Where", styles.head),
            Paragraph("Problem and cause", styles.head),
            Paragraph("Improvement action", styles.head),
            Paragraph("Status", styles.head),
        ]
    ]
    extra: list[tuple[object, ...]] = []
    for index, point in enumerate(content.weak_points, start=1):
        problem = [Paragraph(text(point.description) or "—", styles.cell)]
        if point.root_cause:
            problem.append(Paragraph(f"<i>Cause:</i> {text(point.root_cause)}", styles.cell))
        action = [Paragraph(text(point.action) or "—", styles.cell)]
        if point.owner:
            action.append(Paragraph(f"<i>Owner:</i> {text(point.owner)}", styles.cell))
        severity = f"<b>{point.severity}</b> {SEVERITY_WORDS[point.severity]}"
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
        extra.append(("BACKGROUND", (0, index), (0, index), SEVERITY_FILLS[point.severity]))
    widths = [20 * mm, 36 * mm, None, 48 * mm, 21 * mm]
    remaining = width - sum(w for w in widths if w is not None)
    return [table(rows, [remaining if w is None else w for w in widths], extra)]
