"""The Audit area's risk matrix page: the matrix, the inherent/residual switch, and the list
of the risks in the chosen cell; double-clicking one announces it (``risk_activated``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.risk_score import Assessment
from procdesk.text import tr
from procdesk.ui.audit.matrix_view import RiskMatrixView
from procdesk.ui.common.observe import named


class MatrixPage(QWidget):
    """objectName ``matrixPage``."""

    risk_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPage")
        self.assessments: list[Assessment] = []
        self.matrix = RiskMatrixView()
        self.residual = named(QCheckBox(tr("Residual (after controls)")), "residualMatrix")
        self.residual.toggled.connect(lambda _on: self.refresh())
        self.cell_risks = named(QListWidget(), "cellRisks")
        self.cell_risks.itemDoubleClicked.connect(self._activated)
        self.cell_label = named(QLabel(tr("Click a cell to list its risks.")), "cellLabel")
        self.matrix.cell_chosen.connect(self._cell_chosen)
        left = QVBoxLayout()
        left.addWidget(self.residual)
        left.addWidget(self.matrix, 1)
        right = QVBoxLayout()
        right.addWidget(self.cell_label)
        right.addWidget(self.cell_risks)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addLayout(right, 1)

    def show_assessments(self, assessments: list[Assessment]) -> None:
        self.assessments = assessments
        self.refresh()

    def refresh(self) -> None:
        self.matrix.show_assessments(self.assessments, self.residual.isChecked())
        if self.matrix.chosen is not None:
            self._cell_chosen(*self.matrix.chosen)

    def _cell_chosen(self, likelihood: int, impact: int) -> None:
        self.cell_risks.clear()
        found = self.matrix.cells.get((likelihood, impact), [])
        text = tr("Likelihood {likelihood}, impact {impact}: %n risks", None, len(found))
        self.cell_label.setText(text.format(likelihood=likelihood, impact=impact))
        for assessment in found:
            item = QListWidgetItem(assessment.risk.description)
            item.setData(Qt.ItemDataRole.UserRole, assessment.risk.id)
            item.setToolTip(assessment.explain())
            self.cell_risks.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        self.risk_activated.emit(str(item.data(Qt.ItemDataRole.UserRole)))
