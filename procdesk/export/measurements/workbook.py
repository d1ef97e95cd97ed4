"""Every KPI measurement of the workspace as a workbook: ``procdesk export measurements`` and
the Performance area's *Export measurements…*.

One long table rather than a sheet per process: it is what a pivot table, a filter or a chart
in Excel starts from, it has room for any number of processes (sheet names are limited to 31
characters and must differ), and ``procdesk import … --measurements`` reads it back as it is
(its *KPI id* column names each KPI beyond doubt). Dates are real dates and values real
numbers. A second sheet lists the KPIs themselves, with their targets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from procdesk.analysis.performance.dashboard import all_kpis
from procdesk.export.sheets import add_table, book_bytes, new_book
from procdesk.model.elements import Kpi, Step
from procdesk.model.workspace import Workspace

MEASUREMENT_COLUMNS = ("Process", "KPI", "KPI id", "Unit", "Date", "Value", "Note")
KPI_COLUMNS = ("Process", "KPI", "KPI id", "Unit", "Target", "Direction", "Frequency", "Step")
"""Column titles are fixed (English), like the sheet names, so a file reads back in any
language; the import's mapping knows them."""


@dataclass(frozen=True, slots=True)
class MeasurementSheets:
    """The rows of both sheets, read from the workspace at one moment (a window reads them
    on its own thread and lets a worker write the workbook while edits go on)."""

    measurements: tuple[tuple[object, ...], ...]
    kpis: tuple[tuple[object, ...], ...]


def measurement_sheets(workspace: Workspace) -> MeasurementSheets:
    kpis = all_kpis(workspace)
    names = {p.id: p.name for p in workspace.processes()}
    return MeasurementSheets(
        tuple(_measurement_rows(workspace, kpis, names)),
        tuple(_kpi_row(workspace, kpi, names) for kpi in kpis),
    )


def measurements_book(sheets: MeasurementSheets) -> bytes:
    """The workbook's bytes: sheets *Measurements* and *KPIs*."""
    book = new_book()
    add_table(
        book, "Measurements", MEASUREMENT_COLUMNS, sheets.measurements, (28, 34, 20, 10, 12, 12, 40)
    )
    add_table(book, "KPIs", KPI_COLUMNS, sheets.kpis, (28, 34, 20, 10, 10, 10, 12, 28))
    return book_bytes(book)


def measurements_xlsx(workspace: Workspace) -> bytes:
    """The workbook of every measurement of *workspace*."""
    return measurements_book(measurement_sheets(workspace))


def _measurement_rows(
    workspace: Workspace, kpis: list[Kpi], names: dict[str, str]
) -> Iterator[tuple[object, ...]]:
    for kpi in kpis:
        for m in workspace.measurements_of(kpi.id):
            day = date.fromisoformat(m.date)
            yield (names[kpi.process_id], kpi.name, kpi.id, kpi.unit, day, m.value, m.note)


def _kpi_row(workspace: Workspace, kpi: Kpi, names: dict[str, str]) -> tuple[object, ...]:
    step = workspace.find(kpi.step_id) if kpi.step_id else None
    return (
        names[kpi.process_id],
        kpi.name,
        kpi.id,
        kpi.unit,
        kpi.target,
        kpi.direction.value,
        kpi.frequency,
        step.name if isinstance(step, Step) else "",
    )
