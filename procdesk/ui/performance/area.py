"""The Performance area: every KPI of every process with its latest value against the target,
the margin, a trend of the last 12 periods and what is overdue, rolled up per process and per
landscape band; filters by owner, process and status; the monthly report, and measurements in
and out.

The area follows the Document. Figures are kept per KPI between edits: an edit recomputes
only the KPIs whose definition or measurements it touched (an import of 3,000 values touches
every KPI it names, a renamed process none), then the tree is rebuilt and keeps what was open
and chosen. Double-click (or Enter) on a KPI opens its process with the KPI in the KPI panel;
on a process, opens the process.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.performance.dashboard import Dashboard, build_dashboard
from procdesk.analysis.performance.figures import KpiFigures
from procdesk.analysis.performance.periods import (
    Period,
    last_full_month,
    parse_month,
    periods_up_to,
)
from procdesk.document import Document
from procdesk.export.performance.words import period_name
from procdesk.export.tabular import Cell, Table
from procdesk.model.changes import ChangeSet
from procdesk.model.elements import Kpi, KpiMeasurement
from procdesk.text import tr
from procdesk.ui.common.background import BackgroundJobs, Job
from procdesk.ui.common.observe import named, observe
from procdesk.ui.performance.dashboard_model import KEY_ROLE, KIND_ROLE, Column, DashboardModel
from procdesk.ui.performance.files import (
    PDF_OR_XLSX,
    XLSX,
    ask_save_path,
    ask_table_path,
    read_table,
    write_measurements,
    write_report,
)
from procdesk.ui.performance.filter_bar import FilterBar
from procdesk.ui.performance.import_dialog import MeasurementsImportDialog
from procdesk.ui.performance.sparkline import SparklineDelegate

COLUMN_WIDTHS = {
    Column.NAME: 250,
    Column.STATUS: 150,
    Column.VALUE: 100,
    Column.TARGET: 95,
    Column.MARGIN: 130,
    Column.TREND: 110,
    Column.OVERDUE: 140,
    Column.MEASURED: 90,
    Column.OWNER: 150,
}
"""Set once: sizing columns to their contents reads every row, slow on thousands of KPIs."""
REPORT_MONTHS = 24
"""How many months back the report's month can be chosen."""


class PerformanceHost(Protocol):
    """What the area asks of the window."""

    jobs: BackgroundJobs

    def open_process(self, process_id: str) -> None: ...

    def show_kpi(self, kpi_id: str) -> None:
        """Open the KPI's process with the KPI chosen in the KPI panel."""

    def report(self, message: str) -> None: ...


class PerformanceArea(QWidget):
    """objectName ``performanceArea`` (set by the window); ``detach`` stops following."""

    def __init__(
        self, document: Document, host: PerformanceHost, today: date | None = None
    ) -> None:
        super().__init__()
        self.document, self.host = document, host
        self.fixed_day = today
        """The day set by ``set_today``; None: the calendar's day, looked at on each refresh
        (a window left open overnight judges by the new day)."""
        self.today = today or date.today()
        self.figures: dict[str, KpiFigures] = {}
        self.dashboard: Dashboard | None = None
        self.job: Job | None = None
        self._default_month: str | None = None
        """The last file written from the area (tests wait for it)."""
        self.filters = FilterBar()
        self.filters.changed.connect(self.refresh)
        self.summary = named(QLabel(), "dashboardSummary")
        self.model = DashboardModel()
        self.tree = named(QTreeView(), "dashboardTree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(Column.TREND, SparklineDelegate(self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAccessibleName(tr("KPI dashboard"))
        self.tree.activated.connect(self.open_row)
        self.month = named(QComboBox(), "reportMonth")
        self.month.setToolTip(tr("The month the report covers"))
        self.report_button = named(QPushButton(tr("Monthly report…")), "monthlyReport")
        self.import_button = named(QPushButton(tr("Import measurements…")), "importMeasurements")
        self.export_button = named(QPushButton(tr("Export measurements…")), "exportMeasurements")
        self.report_button.clicked.connect(self.ask_report)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.import_button.setEnabled(not document.read_only)
        self._fill_months()
        top = QHBoxLayout()
        top.addWidget(self.filters)
        top.addStretch(1)
        top.addWidget(self.summary)
        files = QHBoxLayout()
        files.addWidget(QLabel(tr("Report for")))
        files.addWidget(self.month)
        files.addWidget(self.report_button)
        files.addStretch(1)
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(files)
        self.filters.fill(document.workspace)
        self.refresh()
        for column, width in COLUMN_WIDTHS.items():
            self.tree.setColumnWidth(column, width)
        self._stop = observe(self, document, self._on_changed)

    def detach(self) -> None:
        self._stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (self.fixed_day or date.today()) != self.today:
            self.refresh()  # shown again on a new day

    # following the document --------------------------------------------------------------------
    def set_today(self, day: date) -> None:
        """Judge the figures as of *day* from now on (the area starts with today)."""
        self.fixed_day = day
        self.today = day
        self.figures.clear()
        self._fill_months()
        self.refresh()

    def _on_changed(self, changeset: ChangeSet) -> None:
        for kpi_id in touched_kpis(changeset):
            self.figures.pop(kpi_id, None)
        self.filters.fill(self.document.workspace)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the tree from the workspace, keeping what was open and chosen."""
        day = self.fixed_day or date.today()
        if day != self.today:
            self.today = day
            self.figures.clear()
            self._fill_months()
        chosen = self.selected_key()
        closed = self._closed_keys()
        view = self.filters.view()
        self.dashboard = build_dashboard(
            self.document.workspace, self.today, view=view, figures=self.figures
        )
        self.model.set_dashboard(self.dashboard)
        self.tree.expandAll()
        for key in closed:
            self.tree.collapse(self.model.index_of(key))
        if chosen is not None:
            self.select(chosen)
        tally = self.dashboard.tally
        text = tr("%n KPIs", None, tally.total) + " · " + tr("on target: {n}").format(n=tally.green)
        text += " · " + tr("off target: {n}").format(n=tally.red)
        text += " · " + tr("overdue: {count}").format(count=tally.overdue)
        self.summary.setText(text)

    def _closed_keys(self) -> list[str]:
        return [
            key
            for key, node in self.model.nodes.items()
            if node.kind != "kpi" and not self.tree.isExpanded(self.model.index_of(key))
        ]

    # choosing and opening ----------------------------------------------------------------------
    def selected_key(self) -> str | None:
        index = self.tree.currentIndex()
        return str(index.data(KEY_ROLE)) if index.isValid() else None

    def select(self, key: str) -> None:
        index = self.model.index_of(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def open_row(self, index: QModelIndex) -> None:
        """Open the process of a KPI or process row (the KPI chosen in its panel)."""
        kind, key = index.data(KIND_ROLE), str(index.data(KEY_ROLE))
        workspace = self.document.workspace
        if kind == "kpi":
            kpi = workspace.find(key)
            if isinstance(kpi, Kpi):
                self.host.open_process(kpi.process_id)
                self.host.show_kpi(kpi.id)
        elif kind == "process" and key in workspace:
            self.host.open_process(key)

    # files -------------------------------------------------------------------------------------
    def _fill_months(self) -> None:
        """The months a report can cover, up to the current one; the last full month is
        chosen unless the user chose another."""
        chosen = self.month.currentData()
        if chosen == self._default_month:
            chosen = None
        self.month.clear()
        months: list[Period] = periods_up_to(last_full_month(self.today).next(), REPORT_MONTHS)
        for period in reversed(months):
            self.month.addItem(period_name(period), period.label)
        self._default_month = last_full_month(self.today).label
        self.month.setCurrentIndex(max(0, self.month.findData(chosen or self._default_month)))

    def chosen_month(self) -> Period:
        return parse_month(str(self.month.currentData()))

    def ask_report(self) -> None:
        period = self.chosen_month()
        suggested = tr("Performance report {period}.pdf").format(period=period.label)
        path = ask_save_path(self, tr("Monthly report"), suggested, PDF_OR_XLSX)
        if path is not None:
            self.job = self.write_report(period, path)

    def write_report(self, period: Period, path: Path) -> Job:
        workspace, button = self.document.workspace, self.report_button
        return write_report(self, self.host.jobs, workspace, period, path, self._written, button)

    def ask_export(self) -> None:
        suggested = tr("Measurements {name}.xlsx").format(name=self.document.path.stem)
        path = ask_save_path(self, tr("Export measurements"), suggested, XLSX)
        if path is not None:
            workspace = self.document.workspace
            self.job = write_measurements(
                self, self.host.jobs, workspace, path, self._written, self.export_button
            )

    def _written(self, path: object) -> None:
        self.host.report(tr("Written to {path}").format(path=path))

    def ask_import(self) -> None:
        """Choose a file; once it is read, map its columns in the import dialog."""
        path = ask_table_path(self)
        if path is not None:
            opened = partial(self.map_columns, path)
            self.job = read_table(self, self.host.jobs, path, opened, self.import_button)

    def map_columns(self, path: Path, table: Table[Cell]) -> None:
        dialog = MeasurementsImportDialog(self.document.editor, path.name, table, self)
        if dialog.exec() and dialog.added is not None:
            self.host.report(tr("%n measurements imported", None, dialog.added))


def touched_kpis(changeset: ChangeSet) -> Iterable[str]:
    """The KPIs whose figures an edit may have changed."""
    for change in changeset.changes:
        entity = change.entity
        if isinstance(entity, KpiMeasurement):
            yield entity.kpi_id
        elif isinstance(entity, Kpi):
            yield entity.id


def make_performance_area(document: Document, host: PerformanceHost) -> QWidget:
    return PerformanceArea(document, host)
