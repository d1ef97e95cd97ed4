"""The words the dashboard and the report print for KPI figures: a light, a margin, an overdue
value, a period. One place, so the window, the PDF and the workbook say the same."""

from __future__ import annotations

from procdesk.analysis.kpis import KpiStatus
from procdesk.analysis.performance.figures import KpiFigures, Overdue
from procdesk.analysis.performance.periods import Frequency, Period
from procdesk.export.sop import labels
from procdesk.export.sop.content import format_number, format_value
from procdesk.text import tr, tr_noop

DASH = "\u2013"
MINUS = "\u2212"
STATUS = "KPI status"

STATUS_WORDS: dict[KpiStatus, str] = {
    KpiStatus.GREEN: tr_noop("On target", "KPI status"),
    KpiStatus.AMBER: tr_noop("Slightly off target", "KPI status"),
    KpiStatus.RED: tr_noop("Off target", "KPI status"),
    KpiStatus.GREY: tr_noop("No data", "KPI status"),
}

OVERDUE_RULE = tr_noop(
    "Overdue: no value dated in the last complete period of the KPI's frequency, nor later "
    "(a monthly KPI needs a value for last month, a quarterly one for the last quarter). "
    "KPIs measured per case are never overdue."
)
MARGIN_RULE = tr_noop(
    "Margin: how far the latest value lies from the target in the KPI's direction; "
    "+ is better than the target, \u2212 worse."
)


def status_word(status: KpiStatus) -> str:
    return tr(STATUS_WORDS[status], STATUS)


def signed(number: float) -> str:
    """+2.5, -0.8 (with a real minus sign, U+2212) and 0."""
    if number > 0:
        return "+" + format_number(number)
    if number < 0:
        return MINUS + format_number(-number)
    return "0"


def margin_text(figures: KpiFigures) -> str:
    """ "-0.8 days (-16 %)"; for a percentage KPI in percentage points, "+2 pp"; a dash
    without a margin."""
    if figures.margin is None:
        return DASH
    unit = figures.kpi.unit
    if unit == "%":
        return f"{signed(figures.margin)} {tr('pp', 'percentage points')}"
    text = signed(figures.margin) + (f" {unit}" if unit else "")
    if figures.margin_share is not None:
        text += f" ({signed(round(figures.margin_share * 100, 1))}\u00a0%)"
    return text


def value_text(value: float | None, unit: str) -> str:
    return DASH if value is None else format_value(value, unit)


def target_text(figures: KpiFigures) -> str:
    """ "≤ 5 days" or "≥ 90%": the target with the direction that meets it."""
    kpi = figures.kpi
    if kpi.target is None:
        return DASH
    sign = "\u2264" if kpi.direction.value == "lower" else "\u2265"
    return f"{sign} {format_value(kpi.target, kpi.unit)}"


def period_name(period: Period) -> str:
    """ "Nov 2026" for a month, the period's label for any other."""
    if period.frequency == Frequency.MONTHLY:
        return f"{labels.month(period.start.month)} {period.start.year}"
    return period.label


def overdue_text(overdue: Overdue | None) -> str:
    """ "No value for 2026-Q3", "Never measured", or "" when nothing is overdue."""
    if overdue is None:
        return ""
    if overdue.missing_from is None:
        return tr("Never measured")
    count = overdue.periods or 1
    if count == 1:
        return tr("No value for {period}").format(period=period_name(overdue.due))
    return tr("No value since {period} (%n periods)", None, count).format(
        period=period_name(overdue.missing_from)
    )


def frequency_word(frequency: str) -> str:
    return labels.frequency(frequency)
