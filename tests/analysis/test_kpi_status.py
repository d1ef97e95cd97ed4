"""KPI traffic lights and a process's roll-up, by values and dates worked out by hand; the
review date and open weak points a landscape shape shows."""

from __future__ import annotations

from datetime import date

import pytest

from procdesk.analysis.kpis import (
    KpiStatus,
    kpi_readings,
    kpi_status,
    process_kpi_status,
    roll_up,
    shortfall,
)
from procdesk.analysis.landscape import build_landscape, open_weak_points
from procdesk.analysis.reviews import review_due
from procdesk.model.elements import (
    Kpi,
    KpiDirection,
    Process,
    ProcessStatus,
    StepKind,
    WeakPoint,
    WeakPointStatus,
)
from procdesk.model.workspace import Workspace
from tests.landscape_builders import Organisation

GREEN, AMBER, RED, GREY = KpiStatus.GREEN, KpiStatus.AMBER, KpiStatus.RED, KpiStatus.GREY
LOWER, HIGHER = KpiDirection.LOWER_IS_BETTER, KpiDirection.HIGHER_IS_BETTER


def kpi(target: float | None, direction: KpiDirection) -> Kpi:
    return Kpi(id="Kpi_1", process_id="Process_1", name="k", target=target, direction=direction)


@pytest.mark.parametrize(
    ("target", "direction", "value", "missed", "status"),
    [
        # lead time, 5 days or less: 5.8 misses by 0.8 / 5 = 16 % > 10 %
        (5.0, LOWER, 5.8, 0.16, RED),
        # 5.4 misses by 0.4 / 5 = 8 %: within the tolerance
        (5.0, LOWER, 5.4, 0.08, AMBER),
        (5.0, LOWER, 5.0, 0.0, GREEN),
        (5.0, LOWER, 3.0, 0.0, GREEN),
        # first-time-right, 90 % or more: 85 misses by 5 / 90 = 5.6 %, 80 by 10 / 90 = 11.1 %
        (90.0, HIGHER, 85.0, 5 / 90, AMBER),
        (90.0, HIGHER, 80.0, 10 / 90, RED),
        (90.0, HIGHER, 95.0, 0.0, GREEN),
        # exactly 10 % short is still amber: red is *more* than the tolerance
        (100.0, HIGHER, 90.0, 0.1, AMBER),
        # a target of 0 (accidents): the shortfall is counted in accidents
        (0.0, LOWER, 2.0, 2.0, RED),
        (0.0, LOWER, 0.05, 0.05, AMBER),
        (0.0, LOWER, 0.0, 0.0, GREEN),
    ],
)
def test_traffic_light_of_one_kpi(
    target: float, direction: KpiDirection, value: float, missed: float, status: KpiStatus
) -> None:
    assert shortfall(kpi(target, direction), value) == pytest.approx(missed)
    assert kpi_status(kpi(target, direction), value) == status


def test_without_target_or_measurement_a_kpi_is_grey() -> None:
    assert shortfall(kpi(None, LOWER), 3.0) is None
    assert kpi_status(kpi(None, LOWER), 3.0) == GREY
    assert kpi_status(kpi(5.0, LOWER), None) == GREY


def test_the_tolerance_is_a_parameter() -> None:
    # 5.4 against 5 misses by 8 %: red with a 5 % tolerance, amber with the default 10 %
    assert kpi_status(kpi(5.0, LOWER), 5.4, tolerance=0.05) == RED
    assert kpi_status(kpi(5.0, LOWER), 5.4) == AMBER


@pytest.mark.parametrize(
    ("lights", "rolled"),
    [
        ([], GREY),
        ([GREY, GREY], GREY),
        ([GREY, GREEN], GREEN),
        ([GREEN, AMBER, GREEN], AMBER),
        ([AMBER, RED, GREY], RED),
    ],
)
def test_a_process_rolls_its_lights_up(lights: list[KpiStatus], rolled: KpiStatus) -> None:
    assert roll_up(lights) == rolled


def test_a_process_light_reads_each_kpis_latest_measurement_by_date() -> None:
    # given a process with two KPIs: one whose latest month (entered first) misses by 20 %,
    # one on target, and one never measured
    org = Organisation()
    drawing = org.process("Order to cash")
    editor = org.editor
    late = editor.add_kpi(drawing.process, "Days to invoice", target=10.0, direction=LOWER)
    editor.add_measurement(late, "2026-03-01", 12.0)
    editor.add_measurement(late, "2026-01-01", 9.0)
    fine = editor.add_kpi(drawing.process, "On-time delivery", target=95.0)
    editor.add_measurement(fine, "2026-03-01", 96.0)
    editor.add_kpi(drawing.process, "Complaints", target=0.0, direction=LOWER)
    # then each KPI has its light and the process is red
    readings = {r.kpi.name: r for r in kpi_readings(org.workspace, drawing.process)}
    assert readings["Days to invoice"].status == RED
    assert readings["Days to invoice"].latest is not None
    assert readings["Days to invoice"].latest.date == "2026-03-01"
    assert readings["Days to invoice"].shortfall == pytest.approx(0.2)
    assert readings["On-time delivery"].status == GREEN
    assert readings["Complaints"].status == GREY
    assert readings["Complaints"].shortfall is None
    assert process_kpi_status(org.workspace, drawing.process) == RED
    # and a March value back on target makes it green (the grey KPI does not count)
    editor.add_measurement(late, "2026-04-01", 10.0)
    assert process_kpi_status(org.workspace, drawing.process) == GREEN


@pytest.mark.parametrize(
    ("review_date", "today", "overdue"),
    [
        ("2026-06-30", date(2026, 6, 30), False),
        ("2026-06-30", date(2026, 7, 1), True),
        ("2026-06-30", date(2025, 12, 31), False),
        ("", date(2026, 7, 1), False),
        ("next spring", date(2026, 7, 1), False),
    ],
)
def test_a_review_is_overdue_from_the_day_after_its_date(
    review_date: str, today: date, overdue: bool
) -> None:
    process = Process(id="Process_1", name="P", review_date=review_date)
    workspace = Workspace([process])
    card = build_landscape(workspace, today).cards[process.id]
    assert card.review_overdue is overdue


def test_an_approval_older_than_the_review_interval_is_overdue_on_the_landscape() -> None:
    # given a process typed as approved on 2025-01-15, to be reviewed every 12 months
    process = Process(
        id="Process_1",
        name="P",
        status=ProcessStatus.APPROVED,
        effective_date="2025-01-15",
        review_interval_months=12,
    )
    workspace = Workspace([process])
    # then its shape says "overdue" from the day after its anniversary, as the tree does
    for today, overdue in ((date(2026, 1, 15), False), (date(2026, 1, 16), True)):
        card = build_landscape(workspace, today).cards[process.id]
        assert card.review_overdue is overdue
        assert (review_due(workspace, process, today) is not None) is overdue


def test_open_weak_points_count_the_current_diagrams_only() -> None:
    # given three weak points on the as-is, one of them resolved
    org = Organisation()
    drawing = org.process("Accounts payable")
    step = drawing.step(StepKind.USER_TASK, "Approve payment")
    for status in (WeakPointStatus.OPEN, WeakPointStatus.IN_PROGRESS, WeakPointStatus.RESOLVED):
        org.editor.add_weak_point(drawing.diagram, step, status=status)
    assert len(open_weak_points(org.workspace, drawing.process)) == 2
    # when a to-be is drawn from it (which copies the weak points)
    org.editor.create_variant(drawing.diagram)
    assert len([e for e in org.workspace if isinstance(e, WeakPoint)]) == 6
    # then they are still counted once
    assert len(open_weak_points(org.workspace, drawing.process)) == 2
