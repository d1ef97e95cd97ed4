"""The priority matrix in the window: payoff against effort, PICK quadrants, bubbles sized by
cost and coloured by status; clicking a bubble selects its initiative.

The numbers come from ``analysis.portfolio.matrix`` (as in the PDF); the payoff axis shows
the annual benefit or the weighted score, as chosen above the plot.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from procdesk.analysis.portfolio.matrix import (
    STATUS_COLOURS,
    Matrix,
    Payoff,
    Quadrant,
    bubble_radius,
    build_matrix,
    label_colour,
    quadrant_label,
)
from procdesk.analysis.portfolio.register import Register
from procdesk.analysis.portfolio.signs import DASH
from procdesk.model.portfolio import Framework
from procdesk.text import tr
from procdesk.ui.common.observe import named
from procdesk.ui.common.plot_menu import translate_plot_menu

QUADRANT_CORNERS = {
    Quadrant.IMPLEMENT: (0.0, 1.0),
    Quadrant.CHALLENGE: (1.0, 1.0),
    Quadrant.POSSIBLE: (0.0, 0.0),
    Quadrant.KILL: (1.0, 0.0),
}


class MatrixView(QWidget):
    """objectName ``priorityMatrix``; ``initiative_clicked`` carries the initiative's id."""

    initiative_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priorityMatrix")
        self.payoff = named(QComboBox(), "matrixPayoff")
        self.payoff.addItem(tr("Benefit against effort"), Payoff.BENEFIT.value)
        self.payoff.addItem(tr("Weighted score against effort"), Payoff.SCORE.value)
        self.lines = named(QLabel(), "matrixLines")
        self.plot = named(pg.PlotWidget(), "matrixPlot")
        self.plot.setAccessibleName(tr("Priority matrix"))
        self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setLabel("bottom", tr("Effort (person-days)"))
        self.plot.setMenuEnabled(True)
        translate_plot_menu(self.plot)
        self.bubbles = pg.ScatterPlotItem(pxMode=True, hoverable=True)
        self.bubbles.sigClicked.connect(self._clicked)
        self.plot.addItem(self.bubbles)
        dash = pg.mkPen("#7f868f", width=1.2, style=Qt.PenStyle.DashLine)
        self.effort_line = pg.InfiniteLine(angle=90, pen=dash)
        self.payoff_line = pg.InfiniteLine(angle=0, pen=dash)
        self.plot.addItem(self.effort_line)
        self.plot.addItem(self.payoff_line)
        self.quadrant_labels: dict[Quadrant, pg.TextItem] = {}
        for quadrant, (ax, ay) in QUADRANT_CORNERS.items():
            label = pg.TextItem(quadrant_label(quadrant), color="#8a94a3", anchor=(ax, 1.0 - ay))
            self.quadrant_labels[quadrant] = label
            self.plot.addItem(label)
        self.rank_labels: list[pg.TextItem] = []
        self.matrix: Matrix | None = None
        self._last: tuple[Register, Framework] | None = None
        self.payoff.currentIndexChanged.connect(self._payoff_changed)
        self.plot.getViewBox().sigRangeChanged.connect(self._place_quadrant_labels)
        bar = QHBoxLayout()
        bar.addWidget(self.payoff)
        bar.addStretch(1)
        bar.addWidget(self.lines)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.plot, 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "plot"):
            self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))

    def show_register(self, register: Register, framework: Framework) -> None:
        """Draw the matrix of *register* (thresholds from *framework*, else medians)."""
        self._last = (register, framework)
        payoff = Payoff(self.payoff.currentData())
        matrix = build_matrix(register, framework, payoff)
        self.matrix = matrix
        largest = max((p.cost for p in matrix.points), default=0.0)
        spots: list[dict[str, Any]] = []
        for point in matrix.points:
            colour = QColor(STATUS_COLOURS[point.row.initiative.status.value])
            colour.setAlpha(200)
            spots.append(
                {
                    "pos": (point.effort, point.payoff),
                    "size": 2 * bubble_radius(point.cost, largest, 7.0, 30.0),
                    "brush": pg.mkBrush(colour),
                    "pen": pg.mkPen("w"),
                    "data": point.row.id,
                }
            )
        self.bubbles.setData(spots)
        for label in self.rank_labels:
            self.plot.removeItem(label)
        self.rank_labels = []
        for point in matrix.points:
            text = str(point.row.rank) if point.row.rank is not None else DASH
            ink = label_colour(point.row.initiative.status.value)
            label = pg.TextItem(text, color=ink, anchor=(0.5, 0.5))
            label.setPos(point.effort, point.payoff)
            self.plot.addItem(label)
            self.rank_labels.append(label)
        self.effort_line.setValue(matrix.effort_line)
        self.payoff_line.setValue(matrix.payoff_line)
        axis = (
            tr("Annual benefit ({currency})").format(currency=register.currency)
            if payoff == Payoff.BENEFIT
            else tr("Weighted score")
        )
        self.plot.setLabel("left", axis)
        median = tr("median")
        self.lines.setText(
            tr("Lines at effort {effort}, payoff {payoff}").format(
                effort=median if matrix.effort_from_median else f"{matrix.effort_line:g}",
                payoff=median if matrix.payoff_from_median else f"{matrix.payoff_line:g}",
            )
        )
        self.plot.enableAutoRange()
        self.plot.autoRange(padding=0.15)
        self._place_quadrant_labels()

    def _place_quadrant_labels(self, *_args: object) -> None:
        (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
        for quadrant, (ax, ay) in QUADRANT_CORNERS.items():
            self.quadrant_labels[quadrant].setPos(x0 + ax * (x1 - x0), y0 + ay * (y1 - y0))

    def _payoff_changed(self) -> None:
        if self._last is not None:
            self.show_register(*self._last)

    def _clicked(self, _item: object, points: Any, *_event: object) -> None:
        if len(points):
            self.initiative_clicked.emit(str(points[0].data()))

    def bubble_position(self, initiative_id: str) -> tuple[float, float] | None:
        """Where an initiative's bubble sits, in plot coordinates (for tests and hints)."""
        if self.matrix is None:
            return None
        for point in self.matrix.points:
            if point.row.id == initiative_id:
                return point.effort, point.payoff
        return None
