"""The Audit area's *Maturity* tab: the latest maturity assessment of every assessed process,
as the audit report prints it, with its gaps to the target profile made into weak points.

It reads :func:`procdesk.analysis.audit_maturity.maturity_reports`, the function the audit
report reads, so the tab and the report name the same assessments. Editing an assessment is
the Maturity area's work: *Open in Maturity area* (or a double-click) takes the process there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.audit_maturity import maturity_reports
from procdesk.analysis.maturity import MaturityReport
from procdesk.model.maturity import EvidenceLink, MaturityAssessment, MaturityModel, MaturityTarget
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.common.observe import named

KINDS = (MaturityAssessment, MaturityModel, MaturityTarget, EvidenceLink)
"""Changes that alter what the tab shows."""


def levels_text(report: MaturityReport) -> str:
    """The latest assessment's level on each rated dimension, in the model's order, a line
    each (the column stays narrow enough to show beside the traceability)."""
    latest = report.latest
    if latest is None:
        return ""
    return "\n".join(
        f"{d.name} {report.model.level_label(level)}"
        for d in report.model.dimensions
        if (level := latest.level_of(d.key)) is not None
    )


def gaps_text(report: MaturityReport) -> str:
    """How many dimensions lie below the target ('' when no target is set)."""
    if report.target is None:
        return tr("no target")
    count = len(report.gaps)
    return tr("%n below target", None, count) if count else tr("target reached")


class MaturityPage(QWidget):
    """objectName ``auditMaturity``: the table ``auditMaturityTable`` (a row per assessed
    process) and its two buttons. ``assess_wanted`` carries a process id to open in the
    Maturity area; ``gap_weak_points_wanted`` the id of the assessment whose gaps to make into
    weak points (the area runs the edit)."""

    assess_wanted = Signal(str)
    gap_weak_points_wanted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("auditMaturity")
        self.reports: tuple[MaturityReport, ...] = ()
        self.writable = True
        headers = [tr("Process"), tr("Model"), tr("Assessed"), tr("Levels"), tr("Gaps")]
        self.table = named(QTableWidget(0, len(headers)), "auditMaturityTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._assess(row))
        self.table.itemSelectionChanged.connect(self._enable)
        self.open_button = named(QPushButton(tr("Open in Maturity area")), "auditOpenMaturity")
        self.open_button.clicked.connect(lambda: self._assess(self.table.currentRow()))
        self.weak_points_button = named(
            QPushButton(tr("Weak points for all gaps")), "auditGapWeakPoints"
        )
        self.weak_points_button.clicked.connect(self._weak_points)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.weak_points_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table)
        self._enable()

    def show_reports(self, workspace: Workspace, writable: bool) -> None:
        """Show every assessed process's latest assessment, keeping the chosen process."""
        chosen = self.chosen()
        self.writable = writable
        self.reports = maturity_reports(workspace, None)
        self.table.setRowCount(len(self.reports))
        for row, report in enumerate(self.reports):
            latest = report.latest
            assert latest is not None  # maturity_reports gives assessed processes only
            who = f"\n{latest.assessor}" if latest.assessor else ""  # narrow: a line each
            texts = (
                report.process.name,
                report.model.name,
                latest.date + who,
                levels_text(report),
                gaps_text(report),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, report.process.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        rows = [r.process.id for r in self.reports]
        if rows:  # the process chosen before, else the first: the buttons act at once
            wanted = chosen.process.id if chosen is not None else rows[0]
            self.table.selectRow(rows.index(wanted) if wanted in rows else 0)
        self._enable()

    def chosen(self) -> MaturityReport | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.reports[row] if selected and 0 <= row < len(self.reports) else None

    def select_process(self, process_id: str) -> bool:
        """Choose the row of *process_id*; False if it has no assessment."""
        for row, report in enumerate(self.reports):
            if report.process.id == process_id:
                self.table.selectRow(row)
                return True
        return False

    def _enable(self) -> None:
        chosen = self.chosen()
        self.open_button.setEnabled(chosen is not None)
        has_gaps = chosen is not None and bool(chosen.gaps)
        self.weak_points_button.setEnabled(has_gaps and self.writable)

    def _assess(self, row: int) -> None:
        if 0 <= row < len(self.reports):
            self.assess_wanted.emit(self.reports[row].process.id)

    def _weak_points(self) -> None:
        chosen = self.chosen()
        if chosen is not None and chosen.latest is not None:
            self.gap_weak_points_wanted.emit(chosen.latest.id)
