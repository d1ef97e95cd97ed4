"""Rolling KPI figures up: how many KPIs of a process, a band or the workspace are on target,
slightly off, off target or without data, how many are overdue, and the one light for them
all (``procdesk.analysis.kpis.roll_up``: the worst light that can be judged)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from procdesk.analysis.kpis import KpiStatus, roll_up
from procdesk.analysis.performance.figures import KpiFigures


@dataclass(frozen=True, slots=True)
class Tally:
    """KPIs counted by traffic light, and how many of them are overdue."""

    green: int = 0
    amber: int = 0
    red: int = 0
    grey: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return self.green + self.amber + self.red + self.grey

    def count(self, status: KpiStatus) -> int:
        return int(getattr(self, status.value))

    @property
    def light(self) -> KpiStatus:
        """Red if any KPI is red, else amber, else green; grey when none can be judged."""
        return roll_up(status for status in KpiStatus if self.count(status))

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.green + other.green,
            self.amber + other.amber,
            self.red + other.red,
            self.grey + other.grey,
            self.overdue + other.overdue,
        )


def tally(figures: Iterable[KpiFigures]) -> Tally:
    """The tally of some KPIs' figures."""
    counts = dict.fromkeys(KpiStatus, 0)
    overdue = 0
    for each in figures:
        counts[each.status] += 1
        overdue += each.overdue is not None
    return Tally(
        counts[KpiStatus.GREEN],
        counts[KpiStatus.AMBER],
        counts[KpiStatus.RED],
        counts[KpiStatus.GREY],
        overdue,
    )


def total(tallies: Iterable[Tally]) -> Tally:
    """Several tallies added up (a band's from its processes')."""
    result = Tally()
    for each in tallies:
        result = result + each
    return result
