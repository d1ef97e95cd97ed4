"""The Performance area's files: the monthly report (PDF or XLSX) and every measurement as a
workbook, written in the background.

What goes into a file is read from the workspace on the window's thread (edits may follow at
once), the report's landscape drawn there too (Qt paints on this thread); only the layout and
the writing run in the worker, from values that no edit can change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from procdesk.analysis.performance.periods import Period
from procdesk.analysis.performance.report import PerformanceReport, build_report
from procdesk.export.measurements.mapping import MeasurementImportError, read_measurements
from procdesk.export.measurements.workbook import measurement_sheets, measurements_book
from procdesk.export.tabular import Cell, Table
from procdesk.files import write_atomically
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop
from procdesk.ui.common.background import BackgroundJobs, Job, Trigger, expected
from procdesk.ui.performance.report_picture import report_landscape_svg

PDF_OR_XLSX = tr_noop("PDF document (*.pdf);;Excel workbook (*.xlsx)")
XLSX = tr_noop("Excel workbook (*.xlsx)")
TABLES = tr_noop("Tables (*.csv *.xlsx);;CSV file (*.csv);;Excel workbook (*.xlsx)")


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """A file to write, its suffix added from the chosen filter when the name has none."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, tr(filters))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        path = path.with_name(path.name + (".xlsx" if "xlsx" in chosen else ".pdf"))
    return path


def ask_table_path(parent: QWidget) -> Path | None:
    """A CSV file or workbook to import measurements from."""
    name, _chosen = QFileDialog.getOpenFileName(parent, tr("Import measurements"), "", tr(TABLES))
    return Path(name) if name else None


def read_table(
    parent: QWidget,
    jobs: BackgroundJobs,
    path: Path,
    done: Callable[[Table[Cell]], object],
    trigger: Trigger | None = None,
) -> Job:
    """Read the CSV file or workbook at *path* in the background (a workbook of 100,000 rows
    takes openpyxl a while), then *done(table)*; a file that cannot be read is said at once."""

    def work() -> Table[Cell]:
        return read_measurements(path.read_bytes(), path.suffix)

    def refused(error: BaseException) -> None:
        message = tr("{file} cannot be imported:\n{reason}")
        QMessageBox.warning(
            parent, tr("Import measurements"), message.format(file=path.name, reason=error)
        )

    text = tr("Reading {name}…").format(name=path.name)
    failed = expected(refused, MeasurementImportError, OSError)
    return jobs.run(text, work, done, failed, trigger)


def write_report(
    parent: QWidget,
    jobs: BackgroundJobs,
    workspace: Workspace,
    period: Period,
    path: Path,
    done: Callable[[Path], object],
    trigger: Trigger | None = None,
) -> Job:
    """The monthly report on *period* as of today, to *path* (.pdf or .xlsx)."""
    report = build_report(workspace, period, date.today())
    name = path.stem
    if path.suffix.lower() == ".xlsx":

        def work() -> Path:
            from procdesk.export.performance.report_xlsx import performance_xlsx

            write_atomically(path, performance_xlsx(report, name))
            return path

    else:
        svg = report_landscape_svg(report) if report.has_data else None

        def work() -> Path:
            return _write_pdf(report, svg, name, path)

    return _run(parent, jobs, tr("Monthly report"), path, work, done, trigger)


def _write_pdf(report: PerformanceReport, svg: bytes | None, name: str, path: Path) -> Path:
    from procdesk.export.performance.report_pdf import performance_pdf

    write_atomically(path, performance_pdf(report, svg, name))
    return path


def write_measurements(
    parent: QWidget,
    jobs: BackgroundJobs,
    workspace: Workspace,
    path: Path,
    done: Callable[[Path], object],
    trigger: Trigger | None = None,
) -> Job:
    """Every measurement of *workspace* as a workbook at *path*."""
    sheets = measurement_sheets(workspace)

    def work() -> Path:
        write_atomically(path, measurements_book(sheets))
        return path

    return _run(parent, jobs, tr("Export measurements"), path, work, done, trigger)


def _run(
    parent: QWidget,
    jobs: BackgroundJobs,
    title: str,
    path: Path,
    work: Callable[[], Path],
    done: Callable[[Path], object],
    trigger: Trigger | None,
) -> Job:
    def refused(error: BaseException) -> None:
        message = tr("{file} could not be written:\n{reason}")
        QMessageBox.warning(parent, title, message.format(file=path.name, reason=error))

    text = tr("Exporting {name}…").format(name=path.name)
    return jobs.run(text, work, done, expected(refused, OSError), trigger)
