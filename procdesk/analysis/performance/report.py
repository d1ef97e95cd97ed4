"""The monthly process performance report for management, as one pure value: the PDF, the
workbook, ``procdesk report --json`` and the window all read it.

A report covers one month. Its KPI figures are those known at the month's end (values dated
on or before its last day), overdue values are judged the day after (the month itself is then
a complete period), and the landscape is coloured by those figures, not by today's. Asked for
the month under way, it counts what is known today and judges overdue values today. A month
that has not begun is refused.

Beside the figures it names the processes off target (a KPI light of amber or red) with their
open weak points and the initiatives addressing them, and the reviews that are overdue or fall
due within a month of the report.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from procdesk.analysis.kpis import DEFAULT_TOLERANCE, KpiStatus
from procdesk.analysis.landscape import Landscape, build_landscape, open_weak_points
from procdesk.analysis.performance.dashboard import Dashboard, ProcessLine, build_dashboard
from procdesk.analysis.performance.figures import KpiFigures
from procdesk.analysis.performance.periods import Period
from procdesk.analysis.reviews import add_months, review_due
from procdesk.model.elements import Process, WeakPoint
from procdesk.model.portfolio import Initiative, InitiativeProcess, InitiativeStatus
from procdesk.model.portfolio_queries import initiatives_addressing
from procdesk.model.workspace import Workspace
from procdesk.text import tr

OFF = frozenset({KpiStatus.AMBER, KpiStatus.RED})
REVIEW_HORIZON_MONTHS = 1
"""Reviews falling due this many months after the report are listed as coming up."""


@dataclass(frozen=True, slots=True)
class WeakPointLine:
    weak_point: WeakPoint
    initiatives: tuple[Initiative, ...]
    """The initiatives addressing it (rejected ones left out)."""


@dataclass(frozen=True, slots=True)
class OffTarget:
    """A process whose KPIs are off target, and what is being done about it."""

    line: ProcessLine
    off: tuple[KpiFigures, ...]
    weak_points: tuple[WeakPointLine, ...]
    """Its open weak points, the most severe first."""
    initiatives: tuple[Initiative, ...]
    """Initiatives linked to the process itself and to none of those weak points."""


@dataclass(frozen=True, slots=True)
class ReviewLine:
    process: Process
    due: date
    overdue: bool
    """True: the review fell due before the report's day; False: it falls due within a month."""
    reason: str


@dataclass(frozen=True, slots=True)
class PerformanceReport:
    period: Period
    as_of: date
    """The last day whose values count."""
    judged_on: date
    """The day overdue values and reviews are judged on."""
    dashboard: Dashboard
    landscape: Landscape
    """The landscape, each process's KPI light as of the report."""
    measured: int
    """Measurements dated within the period."""
    first_date: str | None
    last_date: str | None
    """The earliest and latest measurement in the workspace (None without any)."""
    off_target: tuple[OffTarget, ...]
    reviews: tuple[ReviewLine, ...]

    @property
    def has_data(self) -> bool:
        """Whether any KPI was measured within the period."""
        return self.measured > 0


def build_report(
    workspace: Workspace, period: Period, today: date, tolerance: float = DEFAULT_TOLERANCE
) -> PerformanceReport:
    """The report on *period* made on *today*; ValueError when the period has not begun."""
    if period.start > today:
        message = tr("{period} lies in the future: a report covers a month that has begun")
        raise ValueError(message.format(period=period.label))
    over = period.end < today
    as_of = period.end if over else today
    judged_on = period.end + timedelta(days=1) if over else today
    dashboard = build_dashboard(workspace, as_of, judged_on, tolerance=tolerance)
    lines = {line.process.id: line for line in dashboard.processes()}
    landscape = build_landscape(workspace, judged_on, tolerance)
    landscape = Landscape(
        landscape.tree,
        {
            pid: replace(card, kpi_status=lines[pid].tally.light)
            for pid, card in landscape.cards.items()
        },
        landscape.report,
        landscape.today,
    )
    measured, first, last = _measured(workspace, period)
    return PerformanceReport(
        period=period,
        as_of=as_of,
        judged_on=judged_on,
        dashboard=dashboard,
        landscape=landscape,
        measured=measured,
        first_date=first,
        last_date=last,
        off_target=tuple(_off_target(workspace, dashboard)),
        reviews=tuple(_reviews(workspace, [line.process for line in lines.values()], judged_on)),
    )


def _measured(workspace: Workspace, period: Period) -> tuple[int, str | None, str | None]:
    start, end = period.start.isoformat(), period.end.isoformat()
    count, first, last = 0, None, None
    for process in workspace.processes():
        for kpi in workspace.kpis_of(process.id):
            for measurement in workspace.measurements_of(kpi.id):
                count += start <= measurement.date <= end
                first = measurement.date if first is None else min(first, measurement.date)
                last = measurement.date if last is None else max(last, measurement.date)
    return count, first, last


def _off_target(workspace: Workspace, dashboard: Dashboard) -> list[OffTarget]:
    found: list[OffTarget] = []
    for line in dashboard.processes():
        if line.tally.light not in OFF:
            continue
        points = sorted(
            open_weak_points(workspace, line.process.id),
            key=lambda point: (-point.severity, point.description.casefold()),
        )
        weak = tuple(
            WeakPointLine(point, tuple(_live(initiatives_addressing(workspace, point.id))))
            for point in points
        )
        listed = {i.id for each in weak for i in each.initiatives}
        linked = [
            workspace.get(link.initiative_id, Initiative)
            for link in workspace.referrers(line.process.id)
            if isinstance(link, InitiativeProcess)
        ]
        own = sorted(
            (i for i in _live(linked) if i.id not in listed), key=lambda i: i.title.casefold()
        )
        off = tuple(f for f in line.figures if f.status in OFF)
        found.append(OffTarget(line, off, weak, tuple(own)))
    return found


def _live(initiatives: list[Initiative]) -> list[Initiative]:
    return [i for i in initiatives if i.status != InitiativeStatus.REJECTED]


def _reviews(workspace: Workspace, processes: list[Process], day: date) -> list[ReviewLine]:
    horizon = add_months(day, REVIEW_HORIZON_MONTHS)
    found: list[ReviewLine] = []
    for process in processes:
        overdue = review_due(workspace, process, day)
        if overdue is not None:
            found.append(ReviewLine(process, overdue.due, True, overdue.reason))
            continue
        coming = review_due(workspace, process, horizon)
        if coming is not None:
            reason = tr("The review falls due on {date}.").format(date=coming.due.isoformat())
            found.append(ReviewLine(process, coming.due, False, reason))
    return found
