"""What the compare view shows of a simulation: percentile rows and the two histograms."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

from procdesk.analysis.compare import Delta
from procdesk.analysis.simulation import SimulationResult
from procdesk.text import tr, tr_noop

HISTOGRAM_COLOURS = ("#9aa0a6", "#1565c0")
SIMULATED_LABELS = (
    tr_noop("Cycle time P50, simulated (min)"),
    tr_noop("Cycle time P90, simulated (min)"),
    tr_noop("Cost P50, simulated"),
    tr_noop("Cost P90, simulated"),
)


def simulated_rows(first: SimulationResult, second: SimulationResult) -> list[tuple[str, Delta]]:
    """The table rows (label, delta) of both simulations' percentiles."""
    values = (
        (first.cycle_time.p50, second.cycle_time.p50),
        (first.cycle_time.p90, second.cycle_time.p90),
        (first.cost.p50, second.cost.p50),
        (first.cost.p90, second.cost.p90),
    )
    return [
        (tr(label), Delta(label, a, b))
        for label, (a, b) in zip(SIMULATED_LABELS, values, strict=True)
    ]


def plot_spreads(
    histogram: pg.PlotWidget,
    pair: tuple[SimulationResult, SimulationResult],
    names: tuple[str, str],
) -> None:
    """Both cycle-time histograms over each other, the to-be in blue, and show the plot."""
    histogram.clear()
    for simulation, name, colour in zip(pair, names, HISTOGRAM_COLOURS, strict=True):
        spread = simulation.cycle_time
        brush = QColor(colour)
        brush.setAlpha(110)
        histogram.plot(
            list(spread.edges),
            list(spread.counts),
            stepMode="center",
            fillLevel=0,
            brush=brush,
            pen=pg.mkPen(colour),
            name=name,
        )
    histogram.show()
