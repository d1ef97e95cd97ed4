"""The compare view: two diagrams of a process (as-is and to-be) and what changed between them.

A table of the figures (steps, hand-offs, cycle time, cost, open weak points…) with their
change, coloured green where the to-be is better (every figure here is better lower), and
the lists of added, removed and changed steps, and both diagrams side by side with those steps
outlined. "Simulate" adds the simulated cycle time and
cost percentiles of both diagrams and their histograms side by side. Clicking a step asks the
window to show it (``element_activated(diagram id, element id)``).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
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

from procdesk.analysis.compare import Comparison, Delta, compare, value_text
from procdesk.analysis.simulation import SimulationError, SimulationResult, simulate
from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.elements import Diagram, DiagramElement, WeakPoint
from procdesk.ui.compare_pictures import DiagramPair
from procdesk.ui.observe import named, observe

ID_ROLE = Qt.ItemDataRole.UserRole
DIAGRAM_ROLE = Qt.ItemDataRole.UserRole + 1
BETTER, WORSE = "#2e7d32", "#c62828"
FIGURE_LABELS = {
    "steps": "Steps",
    "handoffs": "Hand-offs",
    "paths": "Start-to-end paths",
    "loops": "Rework loops",
    "cycle_time": "Expected cycle time (min)",
    "cost": "Expected cost",
    "work_time": "Work time (min)",
    "waiting_time": "Waiting time (min)",
    "weak_points_open": "Open weak points",
}
HISTOGRAM_COLOURS = ("#9aa0a6", "#1565c0")
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
        self._filling = False
        self.before = named(QComboBox(), "compareFrom")
        self.after = named(QComboBox(), "compareTo")
        for combo in (self.before, self.after):
            combo.currentIndexChanged.connect(self._on_choice)
        self.runs = named(QSpinBox(), "simulationRuns")
        self.runs.setRange(100, 100_000)
        self.runs.setSingleStep(1000)
        self.runs.setValue(10_000)
        self.runs.setSuffix(" runs")
        self.simulate_button = named(QPushButton("Simulate"), "simulateButton")
        self.simulate_button.clicked.connect(self.run_simulation)
        self.message = named(QLabel(), "compareMessage")
        self.table = named(QTableWidget(0, 4), "deltasTable")
        self.table.setHorizontalHeaderLabels(["Figure", "From", "To", "Change"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes = named(QTreeWidget(), "compareChanges")
        self.changes.setHeaderHidden(True)
        self.changes.itemClicked.connect(self._on_item_clicked)
        self.histogram = named(pg.PlotWidget(), "simulationHistogram")
        self.histogram.setBackground("w")
        self.histogram.setLabel("bottom", "cycle time (min)")
        self.histogram.addLegend()
        self.histogram.hide()
        bar = QHBoxLayout()
        bar.addWidget(QLabel("From"))
        bar.addWidget(self.before, 1)
        bar.addWidget(QLabel("to"))
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
        self.refresh()

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
        self.histogram.hide()
        self.result = None
        if before is None or after is None or before == after:
            self.message.setText("Choose two different diagrams of the process to compare.")
            self.table.setRowCount(0)
            self.changes.clear()
            self.simulate_button.setEnabled(False)
            self.pictures.show_pair(before, after, {})
            return
        self.result = compare(self.document.workspace, before, after)
        self.message.setText(
            f"{len(self.result.added)} added, {len(self.result.removed)} removed, "
            f"{len(self.result.changed)} changed, {self.result.unchanged} unchanged"
        )
        self.simulate_button.setEnabled(True)
        self._show_deltas()
        self._show_changes(self.result)
        self.pictures.show_pair(before, after, self.highlights())

    def _show_deltas(self) -> None:
        assert self.result is not None
        rows: list[tuple[str, Delta]] = [
            (FIGURE_LABELS.get(d.figure, d.figure), d) for d in self.result.deltas
        ]
        if self.simulations is not None:
            first, second = self.simulations
            for label, a, b in (
                ("Cycle time P50, simulated (min)", first.cycle_time.p50, second.cycle_time.p50),
                ("Cycle time P90, simulated (min)", first.cycle_time.p90, second.cycle_time.p90),
                ("Cost P50, simulated", first.cost.p50, second.cost.p50),
                ("Cost P90, simulated", first.cost.p90, second.cost.p90),
            ):
                rows.append((label, Delta(label, a, b)))
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
                    item.setForeground(QColor(BETTER if change < 0 else WORSE))
                self.table.setItem(index, column, item)

    def _show_changes(self, result: Comparison) -> None:
        self.changes.clear()
        groups = (
            (f"Added ({len(result.added)})", result.after.id, result.added),
            (f"Removed ({len(result.removed)})", result.before.id, result.removed),
        )
        for title, diagram_id, steps in groups:
            group = QTreeWidgetItem([title])
            for step in steps:
                text = f"{step.name or step.id}  [{step.kind}, {step.lane or 'no lane'}]"
                group.addChild(self._leaf(text, diagram_id, step.id))
            self.changes.addTopLevelItem(group)
        group = QTreeWidgetItem([f"Changed ({len(result.changed)})"])
        for change in result.changed:
            parts = "; ".join(
                f"{name}: {value_text(old)} → {value_text(new)}" for name, old, new in change.fields
            )
            text = f"{change.after.name or change.after.id}: {parts}"
            group.addChild(self._leaf(text, result.after.id, change.after.id))
        self.changes.addTopLevelItem(group)
        self.changes.expandAll()

    @staticmethod
    def _leaf(text: str, diagram_id: str, element_id: str) -> QTreeWidgetItem:
        leaf = QTreeWidgetItem([text])
        leaf.setToolTip(0, text)
        leaf.setData(0, ID_ROLE, element_id)
        leaf.setData(0, DIAGRAM_ROLE, diagram_id)
        return leaf

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
    def run_simulation(self, seed: int = 0) -> None:
        """Simulate both diagrams with the same seed and show their spreads side by side."""
        if self.result is None:
            return
        runs = self.runs.value()
        try:
            pair = tuple(
                simulate(self.document.workspace, d.id, runs, seed=seed)
                for d in (self.result.before, self.result.after)
            )
        except SimulationError as error:
            self.message.setText(f"Cannot simulate: {error}")
            return
        self.simulations = (pair[0], pair[1])
        self._show_deltas()
        self.histogram.clear()
        names = (self.result.before.name, self.result.after.name)
        for simulation, name, colour in zip(pair, names, HISTOGRAM_COLOURS, strict=True):
            spread = simulation.cycle_time
            brush = QColor(colour)
            brush.setAlpha(110)
            self.histogram.plot(
                list(spread.edges),
                list(spread.counts),
                stepMode="center",
                fillLevel=0,
                brush=brush,
                pen=pg.mkPen(colour),
                name=name,
            )
        self.histogram.show()
