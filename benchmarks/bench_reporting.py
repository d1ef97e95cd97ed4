"""Reporting timings: 300 processes x 10 KPIs x 36 monthly values (108,000 measurements) —
the dashboard's figures, the monthly report's value, its PDF (landscape and trend charts
included) and workbook, the measurements workbook out and read back through the import's
check, and the Performance area opened in the window and following one edit.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_reporting.py``;
results go to ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import io
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from benchmarks.area_windows import area_in_windows
from benchmarks.results import record
from procdesk.analysis.performance.dashboard import build_dashboard
from procdesk.analysis.performance.periods import parse_month
from procdesk.analysis.performance.report import build_report
from procdesk.export.measurements.mapping import guess_mapping, plan_import, read_measurements
from procdesk.export.measurements.workbook import measurements_xlsx
from procdesk.export.performance.report_pdf import performance_pdf
from procdesk.export.performance.report_xlsx import performance_xlsx
from procdesk.model.elements import Entity, Kpi, KpiDirection, KpiMeasurement, Process
from procdesk.model.landscape import BANDS, LandscapePlacement
from procdesk.model.measurement_intents import NewMeasurement
from procdesk.model.workspace import Workspace
from procdesk.ui.performance.report_picture import report_landscape_svg

PROCESSES = 300
KPIS = 10
MONTHS = 36
TODAY = date(2026, 12, 7)
T = TypeVar("T")
PERIOD = "2026-11"


def organisation(seed: int = 11) -> list[Entity]:
    """300 processes in three bands, each with 10 monthly KPIs measured on the first of every
    month from December 2023 to November 2026 (every 20th KPI stops a quarter early: overdue)."""
    rng = random.Random(seed)
    entities: list[Entity] = []
    for n in range(PROCESSES):
        pid = f"P{n}"
        entities.append(Process(id=pid, name=f"Process {n:03d}", owner=f"Owner {n % 17}", order=n))
        entities.append(LandscapePlacement(id=f"Pl{n}", process_id=pid, band=BANDS[n % 3], order=n))
        for k in range(KPIS):
            kid = f"K{n}_{k}"
            lower = k % 2 == 0
            entities.append(
                Kpi(
                    id=kid,
                    process_id=pid,
                    name=f"KPI {k}",
                    unit="days" if lower else "%",
                    target=10.0 if lower else 90.0,
                    direction=KpiDirection.LOWER_IS_BETTER
                    if lower
                    else KpiDirection.HIGHER_IS_BETTER,
                )
            )
            months = MONTHS - 3 if (n * KPIS + k) % 20 == 0 else MONTHS
            for m in range(months):
                year, month = divmod(11 + m, 12)  # December 2023 onwards
                day = f"{2023 + year}-{month + 1:02d}-01"
                base = 10.0 if lower else 90.0
                value = round(base * rng.uniform(0.85, 1.2), 1)
                entities.append(KpiMeasurement(id=f"M{kid}_{m}", kpi_id=kid, date=day, value=value))
    return entities


def timed(action: Callable[[], T], runs: int = 1) -> tuple[float, T]:
    """The median of *runs* timings in seconds, and what *action* gave the last time."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    build_s, entities = timed(organisation)
    workspace = Workspace(entities)
    measured = sum(isinstance(e, KpiMeasurement) for e in entities)
    rows: list[tuple[str, str, str]] = [
        (f"build the workspace in memory ({len(entities)} entities)", f"{build_s:.2f} s", "")
    ]
    seconds, dashboard = timed(lambda: build_dashboard(workspace, TODAY), 3)
    tally = dashboard.tally
    rows.append(
        (
            "dashboard figures, all KPIs (median of 3)",
            f"{seconds:.2f} s",
            f"{tally.total} KPIs, {tally.red} off target, {tally.overdue} overdue",
        )
    )
    seconds, report = timed(lambda: build_report(workspace, parse_month(PERIOD), TODAY), 3)
    rows.append(("monthly report's value (median of 3)", f"{seconds:.2f} s", ""))
    svg_s, svg = timed(lambda: report_landscape_svg(report))
    rows.append(("report landscape as SVG (Qt)", f"{svg_s:.2f} s", f"{len(svg) / 1e6:.1f} MB"))
    pdf_s, pdf = timed(lambda: performance_pdf(report, svg, "bench"))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    rows.append(("report PDF", f"{pdf_s:.2f} s", f"{pages} pages, {len(pdf) / 1e6:.1f} MB"))
    xlsx_s, xlsx = timed(lambda: performance_xlsx(report, "bench"))
    rows.append(("report XLSX", f"{xlsx_s:.2f} s", f"{len(xlsx) / 1e6:.1f} MB"))
    out_s, book = timed(lambda: measurements_xlsx(workspace))
    rows.append(
        ("measurements XLSX", f"{out_s:.2f} s", f"{measured} rows, {len(book) / 1e6:.1f} MB")
    )
    read_s, table = timed(lambda: read_measurements(book, ".xlsx"))
    rows.append(("read it back (openpyxl, read-only)", f"{read_s:.2f} s", ""))
    plan_s, plan = timed(lambda: plan_import(workspace, table, guess_mapping(table)))
    rows.append(
        (
            "check every row for an import",
            f"{plan_s:.2f} s",
            f"{len(plan.rows)} new, {plan.present} already there",
        )
    )
    rows += _in_window(app, entities)
    summary = (
        f"{PROCESSES} processes x {KPIS} KPIs x {MONTHS} months ({measured} measurements), "
        f"report on {PERIOD} made on {TODAY}. *open the area*: from choosing the Performance "
        "tab to its first paint (median of 3 windows). *follow an edit*: one measurement added "
        "through the Editor (written to the file) until the area has rebuilt and repainted. "
        f"Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores."
    )
    table_lines = [f"| {what} | {time_} | {output} |" for what, time_, output in rows]
    body = "\n".join([summary, "", "| what | time | output |", "|---|---|---|", *table_lines])
    record("Reporting", body)


def _in_window(app: QApplication, entities: list[Entity]) -> list[tuple[str, str, str]]:
    from procdesk.ui.performance.area import PerformanceArea

    opened, followed = [], []
    for window, area, seconds in area_in_windows(
        app, entities, "performance", lambda area: area.tree.viewport()
    ):
        assert isinstance(area, PerformanceArea)
        opened.append(seconds)
        document = window.document
        assert document is not None
        start = time.perf_counter()
        document.editor.import_measurements([NewMeasurement("K0_1", "2026-12-02", 95.0)])
        area.tree.viewport().repaint()
        followed.append(time.perf_counter() - start)
    shown = f"{PROCESSES} processes, {PROCESSES * KPIS} KPI rows"
    return [
        ("open the Performance area", f"{statistics.median(opened):.2f} s", shown),
        ("follow an edit (one value added)", f"{statistics.median(followed):.2f} s", ""),
    ]


if __name__ == "__main__":
    main()
