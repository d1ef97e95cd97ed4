"""What the canvas marks on each element: open weak points and off-target step KPIs.

The canvas badges, the heat overlay and their tooltips all read these summaries, so an element
is judged the same way everywhere; resolved weak points never count.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.kpis import latest, off_target_steps
from procdesk.model.elements import Kpi, KpiDirection, WeakPoint, WeakPointStatus
from procdesk.model.workspace import Workspace
from procdesk.text import tr

DIAGRAM = ""
"""Key of the weak points recorded on the diagram as a whole (no target element)."""


@dataclass(frozen=True, slots=True)
class WeakMark:
    """The open weak points of one element: how many, the worst and the summed severity."""

    count: int
    worst: int
    total: int

    @property
    def heat(self) -> float:
        """How much the element hurts, 0 to 1: the worst severity, raised by further points."""
        return min(1.0, (self.worst + (self.total - self.worst) / 2) / 7)


@dataclass(frozen=True, slots=True)
class KpiMark:
    """A step KPI whose latest measurement misses its target."""

    name: str
    unit: str
    target: float
    latest: float
    direction: KpiDirection

    def describe(self) -> str:
        """One line for a tooltip: ``Approval waiting time: 33 h (target ≤ 24 h)``."""
        sign = "≤" if self.direction == KpiDirection.LOWER_IS_BETTER else "≥"
        unit = f" {self.unit}" if self.unit else ""
        value, target = _number(self.latest), _number(self.target)
        text = tr("{kpi}: {value}{unit} (target {sign} {target}{unit})")
        return text.format(kpi=self.name, value=value, unit=unit, sign=sign, target=target)


def weak_marks(workspace: Workspace, diagram_id: str) -> dict[str, WeakMark]:
    """Open (not resolved) weak points of a diagram by target element id (``DIAGRAM``: none)."""
    severities: dict[str, list[int]] = {}
    for point in workspace.elements_of(diagram_id, WeakPoint):
        if point.status != WeakPointStatus.RESOLVED:
            severities.setdefault(point.target_id or DIAGRAM, []).append(point.severity)
    return {
        target: WeakMark(count=len(values), worst=max(values), total=sum(values))
        for target, values in severities.items()
    }


def kpi_marks(workspace: Workspace, process_id: str) -> dict[str, list[KpiMark]]:
    """Steps of a process whose KPI's latest measurement misses its target, with those KPIs."""
    result: dict[str, list[KpiMark]] = {}
    for step_id, kpis in off_target_steps(workspace, process_id).items():
        result[step_id] = [_mark(workspace, kpi) for kpi in kpis]
    return result


def _mark(workspace: Workspace, kpi: Kpi) -> KpiMark:
    last = latest(workspace, kpi.id)
    assert last is not None and kpi.target is not None  # off target implies both
    return KpiMark(
        name=kpi.name,
        unit=kpi.unit,
        target=kpi.target,
        latest=last.value,
        direction=kpi.direction,
    )


def _number(value: float) -> str:
    return f"{value:g}"
