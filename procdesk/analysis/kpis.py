"""KPI status: is a value on target, what is a KPI's latest value, which steps are off target,
and the traffic lights of KPIs and of whole processes.

Shared by the KPI panel (colouring points), the canvas (badges on steps whose KPI is off
target), the landscape (a light on every process) and a KPI dashboard, so all of them judge a
value the same way.

Traffic lights: a KPI whose latest measurement meets its target is green; one that misses it
by no more than the tolerance (10 % of the target unless told otherwise) is amber; one that
misses it by more is red; a KPI without a measurement or without a target is grey. A process
rolls its KPIs up: red if any is red, else amber if any is amber, else green if any is green,
and grey when none can be judged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from procdesk.model.elements import Kpi, KpiDirection, KpiMeasurement
from procdesk.model.workspace import Workspace


def on_target(kpi: Kpi, value: float) -> bool | None:
    """Whether *value* meets the KPI's target (None when the KPI has no target)."""
    if kpi.target is None:
        return None
    if kpi.direction == KpiDirection.LOWER_IS_BETTER:
        return value <= kpi.target
    return value >= kpi.target


def latest(workspace: Workspace, kpi_id: str) -> KpiMeasurement | None:
    """The most recent measurement of a KPI (by date; the last entered wins a tie)."""
    measurements = workspace.measurements_of(kpi_id)
    return measurements[-1] if measurements else None


def off_target_steps(workspace: Workspace, process_id: str) -> dict[str, list[Kpi]]:
    """Steps whose KPI's latest measurement misses its target, with those KPIs."""
    result: dict[str, list[Kpi]] = {}
    for kpi in workspace.kpis_of(process_id):
        last = latest(workspace, kpi.id)
        if kpi.step_id and last is not None and on_target(kpi, last.value) is False:
            result.setdefault(kpi.step_id, []).append(kpi)
    return result


# traffic lights --------------------------------------------------------------------------------
class KpiStatus(StrEnum):
    """A KPI's traffic light, and a process's roll-up of its KPIs' lights."""

    GREEN = "green"
    """On target (a process: every KPI that can be judged is on target)."""
    AMBER = "amber"
    """Off target, by no more than the tolerance."""
    RED = "red"
    """Off target by more than the tolerance."""
    GREY = "grey"
    """No data: no measurement yet, or no target to judge it by."""


DEFAULT_TOLERANCE = 0.10
"""How far a value may miss its target and still be amber: 10 % of the target."""

_SEVERITY = {KpiStatus.GREY: 0, KpiStatus.GREEN: 1, KpiStatus.AMBER: 2, KpiStatus.RED: 3}


def shortfall(kpi: Kpi, value: float) -> float | None:
    """How far *value* misses the target, as a share of the target (0.0 when on target).

    A target of zero has no share to speak of: the shortfall is then in the KPI's own unit
    (2 accidents against a target of 0 fall short by 2). None when the KPI has no target.
    """
    if kpi.target is None:
        return None
    if kpi.direction == KpiDirection.LOWER_IS_BETTER:
        missed = value - kpi.target
    else:
        missed = kpi.target - value
    if missed <= 0:
        return 0.0
    return missed / abs(kpi.target) if kpi.target else missed


def kpi_status(kpi: Kpi, value: float | None, tolerance: float = DEFAULT_TOLERANCE) -> KpiStatus:
    """The traffic light of a KPI whose latest value is *value* (None: not measured yet)."""
    if value is None:
        return KpiStatus.GREY
    missed = shortfall(kpi, value)
    if missed is None:
        return KpiStatus.GREY
    if missed == 0:
        return KpiStatus.GREEN
    return KpiStatus.RED if missed > tolerance else KpiStatus.AMBER


def roll_up(statuses: Iterable[KpiStatus]) -> KpiStatus:
    """One light for many: red if any is red, else amber if any is amber, else green if any
    is green; grey when none can be judged (KPIs without data do not turn a process grey)."""
    return max(statuses, key=_SEVERITY.__getitem__, default=KpiStatus.GREY)


@dataclass(frozen=True, slots=True)
class KpiReading:
    """One KPI with its latest measurement and its traffic light (for a dashboard's rows)."""

    kpi: Kpi
    latest: KpiMeasurement | None
    status: KpiStatus
    shortfall: float | None
    """See :func:`shortfall`; None without a target or a measurement."""


def kpi_readings(
    workspace: Workspace, process_id: str, tolerance: float = DEFAULT_TOLERANCE
) -> list[KpiReading]:
    """Every KPI of a process (its steps' included) with its latest value and light."""
    readings: list[KpiReading] = []
    for kpi in workspace.kpis_of(process_id):
        last = latest(workspace, kpi.id)
        value = last.value if last is not None else None
        missed = shortfall(kpi, value) if value is not None else None
        readings.append(KpiReading(kpi, last, kpi_status(kpi, value, tolerance), missed))
    return readings


def process_kpi_status(
    workspace: Workspace, process_id: str, tolerance: float = DEFAULT_TOLERANCE
) -> KpiStatus:
    """The traffic light of a process: its KPIs' lights rolled up (see :func:`roll_up`)."""
    return roll_up(reading.status for reading in kpi_readings(workspace, process_id, tolerance))
