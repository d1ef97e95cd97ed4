"""The compare view: two diagrams of a process (as-is and to-be) and what changed between them.

A table of the figures (steps, hand-offs, cycle time, cost, open weak points…) with their
change, coloured green where the to-be is better (every figure here is better lower), and
the lists of added, removed and changed steps, and both diagrams side by side with those steps
outlined. "Simulate" adds the simulated cycle time and
cost percentiles of both diagrams and their histograms side by side; many runs take a while,
so they are simulated in the background on a snapshot of the workspace. Clicking a step asks
the window to show it (``element_activated(diagram id, element id)``).
"""

from __future__ import annotations

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.compare import FIGURE_LABELS, Comparison, Delta, compare
from procdesk.analysis.simulation import SimulationError, SimulationResult, simulate
from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.elements import Diagram, DiagramElement, WeakPoint
from procdesk.text import tr
from procdesk.ui.common.background import Job, expected, jobs_near, snapshot
from procdesk.ui.common.colours import on_base
from procdesk.ui.common.observe import named, observe
from procdesk.ui.common.plot_menu import translate_plot_menu
from procdesk.ui.common.shown_refresh import RefreshWhenShown
from procdesk.ui.compare.changes import DIAGRAM_ROLE, ID_ROLE, fill_changes
from procdesk.ui.compare.pictures import DiagramPair
from procdesk.ui.compare.simulation import plot_spreads, simulated_rows

BETTER, WORSE = "#2e7d32", "#c62828"
UNKNOWN = "n/a"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _number(value: float | None) -> str:
    if value is None:
        return UNKNOWN
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


class CompareView(QWidget):
    """objectName ``compareView``: the difference between two diagrams of one process."""

    element_activated = Signal(str, str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.document = document
        self.process_id: str | None = None
        self.result: Comparison | None = None
        self.simulations: tuple[SimulationResult, SimulationResult] | None = None
        self.simulation: Job | None = None
        self._generation = 0  # which comparison a running simulation belongs to
        self._filling = False
        self.before = named(QComboBox(), "compareFrom")
        self.after = named(QComboBox(), "compareTo")
        for combo in (self.before, self.after):
            combo.currentIndexChanged.connect(self._on_choice)
        self.runs = named(QSpinBox(), "simulationRuns")
        self.runs.setAccessibleName(tr("Simulation runs"))
        self.runs.setRange(100, 100_000)
        self.runs.setSingleStep(1000)
        self.runs.setValue(10_000)
        self.runs.setSuffix(tr(" runs"))
        self.simulate_button = named(QPushButton(tr("Simulate")), "simulateButton")
        self.simulate_button.clicked.connect(self.run_simulation)
        self.message = named(QLabel(), "compareMessage")
        self.table = named(QTableWidget(0, 4), "deltasTable")
        self.table.setAccessibleName(tr("Key figures compared"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("Figure"),
                tr("From", "compared diagram"),
                tr("To", "compared diagram"),
                tr("Change"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes = named(QTreeWidget(), "compareChanges")
        self.changes.setAccessibleName(tr("Changes between the variants"))
        self.changes.setHeaderHidden(True)
        self.changes.itemClicked.connect(self._on_item_clicked)
        self.histogram = named(pg.PlotWidget(), "simulationHistogram")
        self.histogram.setBackground("w")
        self.histogram.setLabel("bottom", tr("cycle time (min)"))
        self.histogram.addLegend()
        self.histogram.hide()
        translate_plot_menu(self.histogram)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("From", "compared diagram")))
        bar.addWidget(self.before, 1)
        bar.addWidget(QLabel(tr("to", "compared diagram")))
        bar.addWidget(self.after, 1)
        bar.addWidget(self.runs)
        bar.addWidget(self.simulate_button)
        self.pictures = DiagramPair(document.workspace)
        self.pictures.element_activated.connect(self.element_activated)
        parts = QSplitter(Qt.Orientation.Vertical)
        for stretch, widget in enumerate((self.pictures, self.table, self.changes, self.histogram)):
            parts.addWidget(widget)
            parts.setStretchFactor(stretch, (3, 3, 2, 3)[stretch])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(parts, 1)
        self._stop = observe(self, document, self._on_changed)
        self._when_seen = RefreshWhenShown(self, self.refresh)

    def detach(self) -> None:
        """Stop following the document (before it is closed)."""
        self._stop()

    # choosing --------------------------------------------------------------------------------
    def set_process(self, process_id: str | None) -> None:
        """Compare the process's as-is with its to-be (or its first two diagrams)."""
        self.process_id = process_id
        diagrams = self._diagrams()
        before = next((d for d in diagrams if d.variant == "as-is"), None)
        after = next((d for d in diagrams if d.variant == "to-be"), None)
        if before is None and diagrams:
            before = diagrams[0]
        if after is None or after == before:
            after = next((d for d in diagrams if d != before), None)
        self._fill(before.id if before else None, after.id if after else None)

    def set_diagrams(self, before_id: str, after_id: str) -> None:
        diagram = self.document.workspace.get(before_id, Diagram)
        self.process_id = diagram.process_id
        self._fill(before_id, after_id)

    def _diagrams(self) -> list[Diagram]:
        workspace = self.document.workspace
        if self.process_id is None or self.process_id not in workspace:
            return []
        return workspace.diagrams_of(self.process_id)

    def _fill(self, before_id: str | None, after_id: str | None) -> None:
        self._filling = True
        for combo, chosen in ((self.before, before_id), (self.after, after_id)):
            combo.clear()
            for diagram in self._diagrams():
                combo.addItem(f"{diagram.name} ({diagram.variant})", diagram.id)
            combo.setCurrentIndex(combo.findData(chosen))
        self._filling = False
        self._when_seen.request()

    def _on_choice(self) -> None:
        if not self._filling:
            self.refresh()

    def chosen(self) -> tuple[str | None, str | None]:
        return self.before.currentData(), self.after.currentData()

    def _on_changed(self, changeset: ChangeSet) -> None:
        self.pictures.apply(changeset)
        before, after = self.chosen()
        for change in changeset.changes:
            entity = change.entity
            if isinstance(entity, Diagram) or (
                isinstance(entity, DiagramElement | WeakPoint)
                and entity.diagram_id in (before, after)
            ):
                current = (before, after)
                self._fill(*(i if i in self.document.workspace else None for i in current))
                return

    # showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        before, after = self.chosen()
        self.simulations = None
        self._generation += 1
        self.histogram.hide()
        self.result = None
        if before is None or after is None or before == after:
            self.message.setText(tr("Choose two different diagrams of the process to compare."))
            self.table.setRowCount(0)
            self.changes.clear()
            self._update_simulate_button()
            self.pictures.show_pair(before, after, {})
            return
        self.result = compare(self.document.workspace, before, after)
        self.message.setText(
            tr("{added} added, {removed} removed, {changed} changed, {unchanged} unchanged").format(
                added=len(self.result.added),
                removed=len(self.result.removed),
                changed=len(self.result.changed),
                unchanged=self.result.unchanged,
            )
        )
        self._update_simulate_button()
        self._show_deltas()
        self._show_changes(self.result)
        self.pictures.show_pair(before, after, self.highlights())

    def _show_deltas(self) -> None:
        assert self.result is not None
        rows: list[tuple[str, Delta]] = [
            (tr(FIGURE_LABELS[d.figure]) if d.figure in FIGURE_LABELS else d.figure, d)
            for d in self.result.deltas
        ]
        if self.simulations is not None:
            rows += simulated_rows(*self.simulations)
        self.table.setRowCount(len(rows))
        for index, (label, delta) in enumerate(rows):
            change = delta.change
            cells = (
                label,
                _number(delta.before),
                _number(delta.after),
                UNKNOWN if change is None else f"{'+' if change > 0 else ''}{_number(change)}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, delta.figure)
                if column:
                    item.setTextAlignment(RIGHT)
                if column == 3 and change:
                    item.setForeground(on_base(BETTER if change < 0 else WORSE))
                self.table.setItem(index, column, item)

    def _show_changes(self, result: Comparison) -> None:
        fill_changes(self.changes, result)

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        element = item.data(0, ID_ROLE)
        if element:
            self.element_activated.emit(str(item.data(0, DIAGRAM_ROLE)), str(element))

    def highlights(self) -> dict[str, dict[str, str]]:
        """Per diagram, each differing step's status: 'added', 'removed' or 'changed'."""
        if self.result is None:
            return {}
        result = self.result
        after = {s.id: "added" for s in result.added}
        after.update({c.after.id: "changed" for c in result.changed})
        before = {s.id: "removed" for s in result.removed}
        before.update({c.before.id: "changed" for c in result.changed})
        return {result.before.id: before, result.after.id: after}

    # simulation ------------------------------------------------------------------------------
    def _update_simulate_button(self) -> None:
        self.simulate_button.setEnabled(self.result is not None and self.simulation is None)

    def run_simulation(self, seed: int = 0) -> Job | None:
        """Simulate both diagrams with the same seed (in the background) and show their
        spreads side by side; the job's ``outcome`` is the pair of results once shown."""
        if self.result is None or self.simulation is not None:
            return None
        runs = self.runs.value()
        frozen = snapshot(self.document.workspace)
        diagrams = (self.result.before, self.result.after)
        generation = self._generation

        def work() -> tuple[SimulationResult, SimulationResult]:
            first, second = (simulate(frozen, d.id, runs, seed=seed) for d in diagrams)
            return first, second

        def done(pair: tuple[SimulationResult, SimulationResult]) -> object:
            if not self._simulation_ended() or generation != self._generation:
                return None  # the view is gone, or compares other diagrams by now
            self._show_simulations(pair, (diagrams[0].name, diagrams[1].name))
            return pair

        def refused(error: BaseException) -> None:
            if self._simulation_ended():
                self.message.setText(tr("Cannot simulate: {reason}").format(reason=error))

        self.simulation = jobs_near(self).run(
            tr("Simulating %n runs…", None, runs), work, done, expected(refused, SimulationError)
        )
        self.simulate_button.setEnabled(False)
        return self.simulation

    def _simulation_ended(self) -> bool:
        """Note the simulation as over; whether this view is still there to show it."""
        if not shiboken6.isValid(self):
            return False
        self.simulation = None
        self._update_simulate_button()
        return True

    def _show_simulations(
        self, pair: tuple[SimulationResult, SimulationResult], names: tuple[str, str]
    ) -> None:
        self.simulations = pair
        self._show_deltas()
        plot_spreads(self.histogram, pair, names)
