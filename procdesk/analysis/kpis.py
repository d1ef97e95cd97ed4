"""KPI status: is a value on target, what is a KPI's latest value, which steps are off target.

Shared by the KPI panel (colouring points) and the canvas (badges on steps whose KPI is off
target), so both judge a value the same way.
"""

from __future__ import annotations

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
