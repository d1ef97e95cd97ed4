"""One KPI's figures as of a day: its latest value against the target, its trend and whether a
value is overdue.

* **Latest**: the last measurement dated on or before the as-of day (the last entered wins a
  tie, as in ``procdesk.analysis.kpis``); its traffic light by the same rules.
* **Margin**: how far the latest value lies from the target *in the KPI's direction*:
  positive when better than the target, negative when worse (a lead time of 5.8 days against
  a target of 5, lower being better, has a margin of -0.8), and as a share of the target.
* **Trend**: the last ``TREND_PERIODS`` periods of the KPI's frequency (months for "per
  case" and frequencies typed by hand), each with the last value measured in it or None. They
  end with the period of the as-of day if it has a value already, else with the one before.
* **Overdue**: a KPI measured daily, weekly, monthly, quarterly or yearly is overdue on a day
  when it has no value dated in the last *complete* period before that day, nor later. On
  7 December a monthly KPI needs a value dated in November or later, a quarterly one in July
  to September or later. A KPI never measured is overdue too; "per case" never is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from procdesk.analysis.kpis import DEFAULT_TOLERANCE, KpiStatus, kpi_status
from procdesk.analysis.performance.periods import (
    Frequency,
    Period,
    frequency_of,
    last_complete,
    period_of,
    periods_up_to,
)
from procdesk.model.elements import Kpi, KpiDirection, KpiMeasurement

TREND_PERIODS = 12
"""How many periods a trend (a sparkline, a report's chart) shows."""


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One period of a trend and the last value measured in it (None: none was)."""

    period: Period
    value: float | None


@dataclass(frozen=True, slots=True)
class Overdue:
    """A KPI without a value for the last complete period of its frequency."""

    due: Period
    """The last complete period, which has no value."""
    missing_from: Period | None
    """The first period without a value after the last one measured (None: never measured)."""

    @property
    def periods(self) -> int | None:
        """How many complete periods in a row lack a value (None: never measured)."""
        if self.missing_from is None:
            return None
        count, current = 1, self.missing_from
        while current.end < self.due.end:
            current, count = current.next(), count + 1
        return count


@dataclass(frozen=True, slots=True)
class KpiFigures:
    """What a dashboard row or a report line shows of one KPI."""

    kpi: Kpi
    latest: KpiMeasurement | None
    status: KpiStatus
    margin: float | None
    """Latest value minus target in the KPI's direction: positive is better (None without a
    target or a value)."""
    margin_share: float | None
    """``margin`` as a share of the target (None also when the target is 0)."""
    trend: tuple[TrendPoint, ...]
    overdue: Overdue | None
    frequency: Frequency | None
    """The calendar period the KPI is measured in (None: per case, or typed by hand)."""

    @property
    def value(self) -> float | None:
        return self.latest.value if self.latest is not None else None


def margin(kpi: Kpi, value: float) -> float | None:
    """*value*'s distance from the target in the KPI's direction (positive: better)."""
    if kpi.target is None:
        return None
    if kpi.direction == KpiDirection.LOWER_IS_BETTER:
        return kpi.target - value
    return value - kpi.target


def kpi_figures(
    kpi: Kpi,
    measurements: Sequence[KpiMeasurement],
    as_of: date,
    judged_on: date | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> KpiFigures:
    """The figures of *kpi* from its *measurements* (sorted by date, as
    ``Workspace.measurements_of`` gives them): values up to *as_of*, overdue judged on
    *judged_on* (default: *as_of*)."""
    dates = [m.date for m in measurements]
    known = measurements[: bisect_right(dates, as_of.isoformat())]
    latest = known[-1] if known else None
    value = latest.value if latest is not None else None
    gap = margin(kpi, value) if value is not None else None
    share = gap / abs(kpi.target) if gap is not None and kpi.target else None
    frequency = frequency_of(kpi.frequency)
    return KpiFigures(
        kpi=kpi,
        latest=latest,
        status=kpi_status(kpi, value, tolerance),
        margin=gap,
        margin_share=share,
        trend=_trend(known, dates, frequency or Frequency.MONTHLY, as_of),
        overdue=_overdue(latest, frequency, judged_on or as_of),
        frequency=frequency,
    )


def _trend(
    known: Sequence[KpiMeasurement], dates: list[str], step: Frequency, as_of: date
) -> tuple[TrendPoint, ...]:
    current = period_of(step, as_of)
    measured_now = bool(known) and date.fromisoformat(known[-1].date) >= current.start
    periods = periods_up_to(current if measured_now else current.previous(), TREND_PERIODS)
    first = bisect_left(dates, periods[0].start.isoformat(), hi=len(known))
    values: dict[date, float] = {}
    for measurement in known[first:]:
        # later measurements overwrite earlier ones: the last measured in a period stands for it
        values[period_of(step, date.fromisoformat(measurement.date)).start] = measurement.value
    return tuple(TrendPoint(period, values.get(period.start)) for period in periods)


def _overdue(
    latest: KpiMeasurement | None, frequency: Frequency | None, judged_on: date
) -> Overdue | None:
    if frequency is None:
        return None
    due = last_complete(frequency, judged_on)
    if latest is None:
        return Overdue(due, None)
    day = date.fromisoformat(latest.date)
    if day >= due.start:
        return None
    return Overdue(due, period_of(frequency, day).next())
