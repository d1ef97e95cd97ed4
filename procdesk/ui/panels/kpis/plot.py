"""The history of one KPI as a pyqtgraph plot: values over time, target line, colours.

Each point is green when on target and red when not (blue when the KPI has no target); the
target is a dashed horizontal line.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from procdesk.analysis.kpis import on_target
from procdesk.model.elements import Kpi, KpiMeasurement
from procdesk.ui.common.plot_menu import translate_plot_menu

ON_TARGET, OFF_TARGET, NO_TARGET = "#2e7d32", "#c62828", "#1565c0"


def timestamp(iso_date: str) -> float:
    """Seconds since the epoch at noon UTC of *iso_date*, for the plot's date axis."""
    day = datetime.fromisoformat(iso_date).replace(hour=12, tzinfo=UTC)
    return day.timestamp()


class KpiPlot(pg.PlotWidget):  # type: ignore[misc]
    """objectName ``kpiPlot``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": pg.DateAxisItem()})
        self.setObjectName("kpiPlot")
        self.setBackground(self.palette().color(QPalette.ColorRole.Base))
        self.showGrid(x=True, y=True, alpha=0.2)
        self.curve = self.plot(pen=pg.mkPen("#9aa0a6", width=1.5))
        self.points = pg.ScatterPlotItem(size=9, pen=pg.mkPen(self.palette().base().color()))
        self.addItem(self.points)
        self.target_line = pg.InfiniteLine(
            angle=0, pen=pg.mkPen("#7f868f", width=1.5, style=Qt.PenStyle.DashLine)
        )
        self.addItem(self.target_line)
        translate_plot_menu(self)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the window between light and dark: the plot paints its own background."""
        super().changeEvent(event)
        points = getattr(self, "points", None)  # None while pyqtgraph builds the widget
        if event.type() == QEvent.Type.PaletteChange and points is not None:
            base = self.palette().color(QPalette.ColorRole.Base)
            self.setBackground(base)
            points.setPen(pg.mkPen(base))

    def show_history(self, kpi: Kpi | None, measurements: list[KpiMeasurement]) -> None:
        """Plot *measurements* of *kpi*, coloured by target, with the target line."""
        xs = [timestamp(m.date) for m in measurements]
        ys = [m.value for m in measurements]
        self.curve.setData(xs, ys)
        colours = []
        for m in measurements:
            status = on_target(kpi, m.value) if kpi else None
            colours.append(NO_TARGET if status is None else ON_TARGET if status else OFF_TARGET)
        self.points.setData(
            x=xs, y=ys, brush=[pg.mkBrush(c) for c in colours], data=[m.id for m in measurements]
        )
        if kpi is not None and kpi.target is not None:
            self.target_line.setValue(kpi.target)
            self.target_line.show()
        else:
            self.target_line.hide()

    def plotted(self) -> list[tuple[float, float, str]]:
        """The points drawn: (timestamp, value, colour), in date order."""
        return [
            (float(p.pos().x()), float(p.pos().y()), p.brush().color().name())
            for p in self.points.points()
        ]
