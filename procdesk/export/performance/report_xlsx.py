"""The performance report as a workbook: the same tables as the PDF, with real dates and
numbers, for a controller who filters, sorts and charts.

Sheets: *Summary* (the month, the as-of day and the tally per band), *KPIs* (one row per KPI:
target, actual, the day measured, margin and margin share, light, overdue), *Trends* (one row
per KPI and period of its trend: a long table a pivot chart starts from), *Processes* (the
tally per process), *Off target* (each process off target with its open weak points and the
initiatives on them) and *Reviews*. A month without any value has only *Summary*, saying so,
and *Reviews*. Sheet names and column titles are fixed English, as in the other workbooks.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from openpyxl import Workbook

from procdesk.analysis.performance.report import PerformanceReport
from procdesk.analysis.performance.rollup import Tally
from procdesk.export.performance.report_sections import no_data_lines, summary_line
from procdesk.export.performance.words import period_name
from procdesk.export.sheets import PERCENT, add_lines, add_table, book_bytes, new_book
from procdesk.model.landscape import BAND_TITLES
from procdesk.text import tr

TALLY = ("Light", "KPIs", "On target", "Slightly off", "Off target", "No data", "Overdue")


def _tally(tally: Tally) -> tuple[object, ...]:
    return (
        tally.light.value,
        tally.total,
        tally.green,
        tally.amber,
        tally.red,
        tally.grey,
        tally.overdue,
    )


def _day(text: str) -> date | None:
    """A date typed on an initiative, as a real date (None when it is empty or not one)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def performance_xlsx(report: PerformanceReport, workspace_name: str = "") -> bytes:
    """The workbook's bytes."""
    book = new_book()
    head: list[tuple[object, ...]] = [
        (tr("Process performance report {period}").format(period=period_name(report.period)),),
        ("Workspace", workspace_name),
        ("Period", report.period.label),
        ("Values as of", report.as_of),
        ("Overdue judged on", report.judged_on),
        ("Measurements in the period", report.measured),
        (),
    ]
    if report.has_data:
        head.append((summary_line(report),))
        add_lines(book, "Summary", head)
        _bands(book, report)
        _kpis(book, report)
        _trends(book, report)
        _processes(book, report)
        _off_target(book, report)
    else:
        add_lines(book, "Summary", [*head, *((line,) for line in no_data_lines(report))])
    _reviews(book, report)
    return book_bytes(book)


def _bands(book: Workbook, report: PerformanceReport) -> None:
    rows = [(tr(BAND_TITLES[b.band]), *_tally(b.tally)) for b in report.dashboard.bands]
    rows.append(("All processes", *_tally(report.dashboard.tally)))
    add_table(book, "Bands", ("Band", *TALLY), rows, (28, 10, 8, 10, 12, 11, 9, 9))


def _kpis(book: Workbook, report: PerformanceReport) -> None:
    def rows() -> Iterator[tuple[object, ...]]:
        for line in report.dashboard.processes():
            for f in line.figures:
                overdue = f.overdue
                yield (
                    tr(BAND_TITLES[line.band]),
                    line.process.name,
                    line.process.owner,
                    f.kpi.name,
                    f.kpi.id,
                    f.kpi.unit,
                    f.kpi.direction.value,
                    f.kpi.frequency,
                    f.kpi.target,
                    f.value,
                    date.fromisoformat(f.latest.date) if f.latest else None,
                    f.margin,
                    f.margin_share,
                    f.status.value,
                    overdue is not None,
                    overdue.due.label if overdue else None,
                )

    header = (
        "Band",
        "Process",
        "Owner",
        "KPI",
        "KPI id",
        "Unit",
        "Direction",
        "Frequency",
        "Target",
        "Actual",
        "Measured on",
        "Margin",
        "Margin share",
        "Status",
        "Overdue",
        "Period without value",
    )
    widths = (22, 26, 20, 32, 18, 9, 9, 11, 9, 9, 12, 9, 12, 9, 9, 12)
    add_table(book, "KPIs", header, rows(), widths, {12: PERCENT})


def _trends(book: Workbook, report: PerformanceReport) -> None:
    def rows() -> Iterator[tuple[object, ...]]:
        for line in report.dashboard.processes():
            for f in line.figures:
                for point in f.trend:
                    yield (
                        line.process.name,
                        f.kpi.name,
                        f.kpi.id,
                        point.period.label,
                        point.period.start,
                        point.value,
                        f.kpi.target,
                    )

    header = ("Process", "KPI", "KPI id", "Period", "Period start", "Value", "Target")
    add_table(book, "Trends", header, rows(), (26, 32, 18, 10, 12, 10, 10))


def _processes(book: Workbook, report: PerformanceReport) -> None:
    rows = [
        (tr(BAND_TITLES[line.band]), line.process.name, line.process.owner, *_tally(line.tally))
        for line in report.dashboard.processes()
    ]
    header = ("Band", "Process", "Owner", *TALLY)
    widths = (22, 28, 20, 9, 8, 10, 12, 11, 9, 9)
    add_table(book, "Processes", header, rows, widths)


def _off_target(book: Workbook, report: PerformanceReport) -> None:
    def rows() -> Iterator[tuple[object, ...]]:
        for entry in report.off_target:
            process = entry.line.process
            light = entry.line.tally.light.value
            for w in entry.weak_points:
                point = w.weak_point
                for initiative in w.initiatives or (None,):
                    yield (
                        process.name,
                        light,
                        point.description,
                        point.severity,
                        initiative.title if initiative else None,
                        initiative.status.value if initiative else None,
                        initiative.owner if initiative else None,
                        _day(initiative.due_date) if initiative else None,
                    )
            for initiative in entry.initiatives:
                yield (
                    process.name,
                    light,
                    None,
                    None,
                    initiative.title,
                    initiative.status.value,
                    initiative.owner,
                    _day(initiative.due_date),
                )
            if not entry.weak_points and not entry.initiatives:
                yield (process.name, light, None, None, None, None, None, None)

    header = (
        "Process",
        "Light",
        "Open weak point",
        "Severity",
        "Initiative",
        "Initiative status",
        "Initiative owner",
        "Due",
    )
    widths = (26, 9, 60, 9, 40, 14, 18, 12)
    add_table(book, "Off target", header, rows(), widths)


def _reviews(book: Workbook, report: PerformanceReport) -> None:
    rows = [(r.process.name, r.process.owner, r.due, r.overdue, r.reason) for r in report.reviews]
    header = ("Process", "Owner", "Due", "Overdue", "Why")
    add_table(book, "Reviews", header, rows, (28, 20, 12, 9, 80))
