"""The KPI dashboard as one pure value: every process in landscape order, band by band, with
its KPIs' figures and the tallies of the process, the band and the workspace.

A :class:`View` narrows it to one owner, one process or one kind of KPI (on target, slightly
off, off target, no data, overdue); the tallies then count what is shown. Without a KPI filter
a process without KPIs is listed too (with nothing to count), since a process nobody measures
is worth seeing. Figures are computed per KPI (:func:`figures_of`); a window that follows
edits recomputes only the KPIs an edit touched and passes the rest back in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from procdesk.analysis.kpis import DEFAULT_TOLERANCE
from procdesk.analysis.performance.figures import KpiFigures, kpi_figures
from procdesk.analysis.performance.rollup import Tally, tally, total
from procdesk.model.elements import Kpi, Process
from procdesk.model.landscape import BANDS, Band
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.model.workspace import Workspace

OVERDUE = "overdue"
"""The KPI filter that keeps KPIs with a value overdue (the others are ``KpiStatus`` values)."""


@dataclass(frozen=True, slots=True)
class View:
    """What the dashboard shows: None means everything."""

    owner: str | None = None
    process_id: str | None = None
    kpis: str | None = None
    """A ``KpiStatus`` value or ``OVERDUE``."""

    def keeps(self, figures: KpiFigures) -> bool:
        if self.kpis is None:
            return True
        if self.kpis == OVERDUE:
            return figures.overdue is not None
        return figures.status.value == self.kpis


@dataclass(frozen=True, slots=True)
class ProcessLine:
    """One process with its KPIs' figures (in the process's KPI order)."""

    process: Process
    band: Band
    level: int
    figures: tuple[KpiFigures, ...]
    tally: Tally


@dataclass(frozen=True, slots=True)
class BandLine:
    band: Band
    processes: tuple[ProcessLine, ...]
    tally: Tally


@dataclass(frozen=True, slots=True)
class Dashboard:
    as_of: date
    judged_on: date
    bands: tuple[BandLine, ...]
    """The three bands, each even when it shows no process."""

    @property
    def tally(self) -> Tally:
        return total(band.tally for band in self.bands)

    def processes(self) -> Iterator[ProcessLine]:
        for band in self.bands:
            yield from band.processes

    def figures(self) -> Iterator[KpiFigures]:
        for line in self.processes():
            yield from line.figures


def figures_of(
    workspace: Workspace,
    kpis: list[Kpi],
    as_of: date,
    judged_on: date | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> dict[str, KpiFigures]:
    """The figures of *kpis*, by KPI id."""
    return {
        kpi.id: kpi_figures(kpi, workspace.measurements_of(kpi.id), as_of, judged_on, tolerance)
        for kpi in kpis
    }


def all_kpis(workspace: Workspace) -> list[Kpi]:
    """Every KPI of every process, in process order."""
    return [kpi for process in workspace.processes() for kpi in workspace.kpis_of(process.id)]


def build_dashboard(
    workspace: Workspace,
    as_of: date,
    judged_on: date | None = None,
    view: View | None = None,
    figures: dict[str, KpiFigures] | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> Dashboard:
    """The dashboard of *workspace* as of *as_of*, overdue judged on *judged_on* (default
    *as_of*). *figures* may hold figures computed before for the same days; those of KPIs it
    lacks are computed now and added to it, so a window can keep it between edits."""
    view = view or View()
    judged = judged_on or as_of
    known = figures if figures is not None else {}
    tree = LandscapeTree.of(workspace)
    lines: dict[Band, list[ProcessLine]] = {band: [] for band in BANDS}
    for process_id in tree.in_landscape_order():
        process = tree.processes[process_id]
        if view.owner is not None and process.owner != view.owner:
            continue
        if view.process_id is not None and process_id != view.process_id:
            continue
        kpis = workspace.kpis_of(process_id)
        missing = [kpi for kpi in kpis if kpi.id not in known]
        known.update(figures_of(workspace, missing, as_of, judged, tolerance))
        shown = tuple(known[kpi.id] for kpi in kpis if view.keeps(known[kpi.id]))
        if view.kpis is not None and not shown:
            continue
        band = tree.band_of(process_id)
        line = ProcessLine(process, band, tree.level(process_id), shown, tally(shown))
        lines[band].append(line)
    bands = tuple(
        BandLine(band, tuple(lines[band]), total(line.tally for line in lines[band]))
        for band in BANDS
    )
    return Dashboard(as_of, judged, bands)


def owners(workspace: Workspace) -> list[str]:
    """The owners of the workspace's processes, in alphabetical order (for a filter)."""
    return sorted({p.owner for p in workspace.processes() if p.owner}, key=str.casefold)
