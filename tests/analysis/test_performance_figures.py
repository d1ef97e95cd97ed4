"""One KPI's figures as of a day: margin in the KPI's direction, the overdue rule per
frequency, the trend's periods; and roll-ups. Each expected value is worked out by hand in the
comment above it."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from procdesk.analysis.kpis import KpiStatus
from procdesk.analysis.performance.figures import TREND_PERIODS, kpi_figures
from procdesk.analysis.performance.periods import Frequency, parse_month, period_of
from procdesk.analysis.performance.rollup import tally, total
from procdesk.model.elements import Kpi, KpiDirection, KpiMeasurement

DAY = date(2026, 12, 7)


def kpi(
    target: float | None = 5.0,
    direction: KpiDirection = KpiDirection.LOWER_IS_BETTER,
    frequency: str = "monthly",
) -> Kpi:
    return Kpi(
        id="Kpi_1",
        process_id="Process_1",
        name="Lead time",
        unit="days",
        target=target,
        direction=direction,
        frequency=frequency,
    )


def values(*pairs: tuple[str, float]) -> list[KpiMeasurement]:
    return [
        KpiMeasurement(id=f"M{i}", kpi_id="Kpi_1", date=day, value=value)
        for i, (day, value) in enumerate(pairs)
    ]


def test_margin_is_signed_by_the_kpis_direction() -> None:
    # lower is better: 5.8 days against 5 misses by 0.8, 16 % of the target; red (> 10 %)
    lead = kpi_figures(kpi(), values(("2026-11-01", 5.8)), DAY)
    assert lead.margin == pytest.approx(-0.8)
    assert lead.margin_share == pytest.approx(-0.16)
    assert lead.status == KpiStatus.RED
    # higher is better: 96 % against 95 % is 1 point better, green
    delivery = kpi_figures(
        kpi(95.0, KpiDirection.HIGHER_IS_BETTER), values(("2026-11-01", 96)), DAY
    )
    assert delivery.margin == pytest.approx(1.0)
    assert delivery.status == KpiStatus.GREEN
    # no target: no margin, grey
    assert kpi_figures(kpi(None), values(("2026-11-01", 3)), DAY).margin is None


def test_values_after_the_as_of_day_do_not_count() -> None:
    figures = kpi_figures(kpi(), values(("2026-10-01", 4.0), ("2026-12-08", 9.0)), DAY)
    assert figures.value == 4.0


@pytest.mark.parametrize(
    ("frequency", "last", "due", "missing", "periods"),
    [
        # on 7 December a monthly KPI needs a November value: October's leaves November due
        ("monthly", "2026-10-15", "2026-11", "2026-11", 1),
        # a value in August leaves September, October and November missing: 3 months
        ("monthly", "2026-08-31", "2026-11", "2026-09", 3),
        # a quarterly KPI last measured in Q2 misses Q3 (July to September)
        ("quarterly", "2026-04-01", "2026-Q3", "2026-Q3", 1),
        # yearly: 2025 is the last complete year; a 2024 value leaves 2025 missing
        ("yearly", "2024-06-30", "2025", "2025", 1),
        # weekly: 7 Dec 2026 is a Monday, so the week of 30 Nov is due; 20 Nov's week was 16 Nov
        ("weekly", "2026-11-20", "2026-W49", "2026-W48", 2),
    ],
)
def test_overdue_names_the_period_due_and_how_many_are_missing(
    frequency: str, last: str, due: str, missing: str, periods: int
) -> None:
    overdue = kpi_figures(kpi(frequency=frequency), values((last, 1.0)), DAY).overdue
    assert overdue is not None
    assert overdue.due.label == due
    assert overdue.missing_from is not None
    assert overdue.missing_from.label == missing
    assert overdue.periods == periods


def test_a_value_in_the_period_due_or_later_is_not_overdue_nor_is_per_case() -> None:
    assert kpi_figures(kpi(), values(("2026-11-30", 1.0)), DAY).overdue is None
    assert kpi_figures(kpi(), values(("2026-12-01", 1.0)), DAY).overdue is None
    assert kpi_figures(kpi(frequency="per case"), values(("2020-01-01", 1.0)), DAY).overdue is None


def test_a_kpi_never_measured_is_overdue_since_ever() -> None:
    overdue = kpi_figures(kpi(), [], DAY).overdue
    assert overdue is not None
    assert (overdue.due.label, overdue.missing_from, overdue.periods) == ("2026-11", None, None)


def test_the_trend_ends_with_the_current_period_only_once_it_has_a_value() -> None:
    # monthly values January to November 2026, two in March (the later stands for it)
    history = values(*[(f"2026-{m:02d}-01", float(m)) for m in range(1, 12)], ("2026-03-20", 30.0))
    history.sort(key=lambda m: m.date)
    trend = kpi_figures(kpi(), history, DAY).trend
    # without a December value: December 2025 to November 2026, December 2025 empty
    assert [p.period.label for p in (trend[0], trend[-1])] == ["2025-12", "2026-11"]
    assert [p.value for p in trend] == [None, 1, 2, 30, 4, 5, 6, 7, 8, 9, 10, 11]
    # with one: January to December 2026
    history.append(KpiMeasurement(id="Mx", kpi_id="Kpi_1", date="2026-12-02", value=12.0))
    trend = kpi_figures(kpi(), history, DAY).trend
    assert [p.value for p in trend] == [1, 2, 30, 4, 5, 6, 7, 8, 9, 10, 11, 12]


def test_tallies_add_up_and_the_worst_judged_light_wins() -> None:
    green = kpi_figures(kpi(), values(("2026-11-01", 4.0)), DAY)
    amber = kpi_figures(kpi(), values(("2026-11-01", 5.4)), DAY)  # 8 % off: within 10 %
    grey = kpi_figures(kpi(), [], DAY)  # never measured: grey and overdue
    one, two = tally([green, grey]), tally([amber])
    assert (one.green, one.grey, one.overdue, one.light) == (1, 1, 1, KpiStatus.GREEN)
    both = total([one, two])
    assert (both.total, both.amber, both.light) == (3, 1, KpiStatus.AMBER)


def test_months_are_parsed_strictly() -> None:
    assert parse_month("2026-02").end == date(2026, 2, 28)
    for bad in ("2026-13", "26-01", "2026/01", "2026-1"):
        with pytest.raises(ValueError):
            parse_month(bad)


@given(
    days=st.lists(st.integers(min_value=0, max_value=900), max_size=30),
    offset=st.integers(min_value=0, max_value=900),
)
def test_a_trend_is_twelve_consecutive_periods_ending_by_the_latest_value(
    days: list[int], offset: int
) -> None:
    start = date(2024, 1, 1)
    history = values(*[((start + timedelta(d)).isoformat(), float(d)) for d in sorted(days)])
    as_of = start + timedelta(offset)
    figures = kpi_figures(kpi(), history, as_of)
    periods = [p.period for p in figures.trend]
    assert len(periods) == TREND_PERIODS
    assert all(a.next() == b for a, b in pairwise(periods))
    assert periods[-1].end <= period_of(Frequency.MONTHLY, as_of).end
    if figures.latest is not None and date.fromisoformat(figures.latest.date) >= periods[0].start:
        known = [p.value for p in figures.trend if p.value is not None]
        assert known[-1] == figures.latest.value
