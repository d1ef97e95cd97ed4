"""Importing KPI measurements from a CSV file or a workbook, its columns mapped to fields.

Two stages, so the window can show a preview before anything is stored: :func:`read_measurements`
reads the file (the sheet "Measurements" of a workbook, else its first; a file whose first row
is already data gets numbered columns); :func:`plan_import` maps the columns and checks every
row against the workspace. The KPI is a column (holding a KPI's id or its name; with a process
column, names are looked up in that process) or one KPI chosen for the whole file. Dates and
numbers of a workbook are taken as they are; text cells are read as the KPI panel reads them
(``procdesk.export.measurements.cells``).

Rows the workspace already holds (the same KPI, date and value) are skipped, so a file can be
imported again after more rows were added to it. A row for a date the KPI already has another
value for is an error, as is every row that cannot be read: one bad row refuses the whole file,
with the reasons row by row.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from procdesk.export.measurements.cells import not_a_date, not_a_number, parse_date, parse_value
from procdesk.export.tabular import (
    Cell,
    Table,
    TableError,
    cell_text,
    error_lines,
    guess_columns,
    is_blank,
    read_cells,
)
from procdesk.model.elements import Kpi, Process
from procdesk.model.measurement_intents import NewMeasurement
from procdesk.model.workspace import Workspace
from procdesk.text import tr

SHEET = "Measurements"
"""The sheet a workbook is read from when it has one (the export writes it)."""


class MeasurementImportError(ValueError):
    """The file cannot be imported; nothing was changed. The message lists the reasons."""


class Field(StrEnum):
    """What a column can hold."""

    KPI = "kpi"
    PROCESS = "process"
    DATE = "date"
    VALUE = "value"
    NOTE = "note"


_HEADERS: dict[Field, tuple[str, ...]] = {
    Field.KPI: ("kpi id", "kpi", "indicator", "measure", "metric", "kennzahl", "kennzahl-id"),
    Field.PROCESS: ("process", "prozess"),
    Field.DATE: ("date", "datum", "day", "month", "period", "tag", "monat"),
    Field.VALUE: ("value", "actual", "wert", "ist", "istwert"),
    Field.NOTE: ("note", "comment", "remark", "notiz", "bemerkung", "kommentar"),
}


def field_name(field: Field) -> str:
    """A field's name for people."""
    names = {
        Field.KPI: tr("KPI"),
        Field.PROCESS: tr("process"),
        Field.DATE: tr("date"),
        Field.VALUE: tr("value", "measurement"),
        Field.NOTE: tr("note"),
    }
    return names[field]


def read_measurements(data: bytes, suffix: str) -> Table[Cell]:
    """The table of a CSV file or a workbook; a first row that starts with a date is data, and
    the columns are then unnamed (the mapping starts as date, value, note)."""
    try:
        table = read_cells(data, suffix, sheet=SHEET)
    except TableError as error:
        raise MeasurementImportError(str(error)) from error
    if table.header and _day(table.header[0]) is not None:
        header = tuple("" for _ in table.header)
        return Table(header, ((*table.header,), *table.rows), first_row=1)
    return table


def guess_mapping(table: Table[Cell]) -> dict[Field, int]:
    """Which column holds which field, judged by the header's words; an unnamed table is
    read as date, value and note."""
    if not any(table.header):
        width = len(table.header)
        return {f: i for i, f in enumerate((Field.DATE, Field.VALUE, Field.NOTE)) if i < width}
    return guess_columns(table.header, _HEADERS)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import adds, and how many of the file's rows the workspace already holds."""

    rows: tuple[NewMeasurement, ...]
    present: int


def plan_import(
    workspace: Workspace,
    table: Table[Cell],
    mapping: Mapping[Field, int],
    kpi_id: str | None = None,
) -> ImportPlan:
    """The measurements *table*'s rows add to *workspace*; MeasurementImportError with the
    reasons, row by row, if any row is bad. With *kpi_id* every row is that KPI's."""
    required = [Field.DATE, Field.VALUE] if kpi_id else [Field.KPI, Field.DATE, Field.VALUE]
    for field in required:
        if field not in mapping:
            message = tr("no column is chosen for the {field}")
            raise MeasurementImportError(message.format(field=field_name(field)))
    finder = _KpiFinder(workspace)
    chosen = workspace.find(kpi_id) if kpi_id else None
    if kpi_id and not isinstance(chosen, Kpi):
        raise MeasurementImportError(tr("no KPI with id {id}").format(id=kpi_id))
    known = {
        kpi.id: {(m.date, m.value) for m in workspace.measurements_of(kpi.id)}
        for kpi in finder.kpis
    }
    seen: dict[tuple[str, str], tuple[float, int]] = {}
    rows: list[NewMeasurement] = []
    errors: list[str] = []
    present = 0
    for offset, cells in enumerate(table.rows):
        number = table.first_row + offset
        if is_blank(cells):
            continue

        def cell(field: Field, cells: tuple[Cell, ...] = cells) -> Cell:
            index = mapping.get(field, -1)
            return cells[index] if 0 <= index < len(cells) else None

        problems: list[str] = []
        kpi = (
            chosen if isinstance(chosen, Kpi) else finder.find(cell(Field.KPI), cell(Field.PROCESS))
        )
        if isinstance(kpi, str):
            problems.append(kpi)
        day, value = _day(cell(Field.DATE)), _value(cell(Field.VALUE))
        if day is None:
            text = cell_text(cell(Field.DATE))
            problems.append(not_a_date(text) if text else tr("the date is empty"))
        if value is None:
            text = cell_text(cell(Field.VALUE))
            problems.append(not_a_number(text) if text else tr("the value is empty"))
        if not problems and isinstance(kpi, Kpi) and day is not None and value is not None:
            problem, duplicate = _clash(kpi, day, value, known[kpi.id], seen, number)
            if problem:
                problems.append(problem)
            elif duplicate:
                present += 1
                continue
            else:
                seen[(kpi.id, day)] = (value, number)
                rows.append(NewMeasurement(kpi.id, day, value, cell_text(cell(Field.NOTE))))
                continue
        errors.append(tr("row {row}: {reason}").format(row=number, reason="; ".join(problems)))
    if errors:
        raise MeasurementImportError(error_lines(errors))
    if not rows and not present:
        raise MeasurementImportError(tr("the file holds no measurement"))
    return ImportPlan(tuple(rows), present)


def _clash(
    kpi: Kpi,
    day: str,
    value: float,
    known: set[tuple[str, float]],
    seen: dict[tuple[str, str], tuple[float, int]],
    number: int,
) -> tuple[str, bool]:
    """Whether a row clashes with a value the KPI has for its date (a reason), or is one the
    workspace or an earlier row already holds (True: skip it)."""
    earlier = seen.get((kpi.id, day))
    if earlier is not None:
        if earlier[0] == value:
            return "", True
        message = tr("{kpi} has another value for {date} in row {row}")
        return message.format(kpi=kpi.name, date=day, row=earlier[1]), False
    if (day, value) in known:
        return "", True
    others = sorted(v for d, v in known if d == day)
    if others:
        message = tr("{kpi} already has {value} for {date}")
        return message.format(kpi=kpi.name, value=f"{others[0]:g}", date=day), False
    return "", False


def _day(cell: Cell) -> str | None:
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, str):
        return parse_date(cell)
    return None


def _value(cell: Cell) -> float | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        return float(cell) if math.isfinite(cell) else None
    if isinstance(cell, str):
        return parse_value(cell)
    return None


class _KpiFinder:
    """Finds a row's KPI by id, or by name (in the row's process when one is given)."""

    def __init__(self, workspace: Workspace) -> None:
        self.processes = workspace.processes()
        self.kpis = [kpi for p in self.processes for kpi in workspace.kpis_of(p.id)]
        self.by_id = {kpi.id: kpi for kpi in self.kpis}
        self.by_name: dict[str, list[Kpi]] = {}
        for kpi in self.kpis:
            self.by_name.setdefault(kpi.name.strip().casefold(), []).append(kpi)

    def find(self, kpi_cell: Cell, process_cell: Cell) -> Kpi | str:
        """The KPI, or the reason there is none (for the row's message)."""
        key = cell_text(kpi_cell)
        if not key:
            return tr("the KPI is empty")
        if key in self.by_id:
            return self.by_id[key]
        found = self.by_name.get(key.casefold(), [])
        process_key = cell_text(process_cell)
        if process_key:
            process = self._process(process_key)
            if isinstance(process, str):
                return process
            found = [kpi for kpi in found if kpi.process_id == process.id]
        if not found:
            return tr("no KPI named '{name}'").format(name=key)
        if len(found) > 1:
            message = tr(
                "%n KPIs are named '{name}': add a process column or use the KPI id",
                None,
                len(found),
            )
            return message.format(name=key)
        return found[0]

    def _process(self, key: str) -> Process | str:
        matches = [p for p in self.processes if key == p.id or p.name.casefold() == key.casefold()]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            return tr("no process named '{name}'").format(name=key)
        return tr("%n processes are named '{name}'", None, len(matches)).format(name=key)
