"""``procdesk import WORKSPACE FILE.csv|FILE.xlsx --measurements [--kpi KPI [-p PROCESS]]``:
KPI measurements from a CSV file or a workbook.

The columns are found by their headers (KPI or KPI id, process, date, value, note; a file
whose first row is already data is read as date, value, note); with ``--kpi`` every row is that
KPI's and no KPI column is needed. Every row is checked first: one bad row refuses the whole
file with the reasons on stderr (exit code 2) and changes nothing. Rows the workspace already
holds are skipped; the rest are stored as one undo step and the counts are printed.
"""

from __future__ import annotations

from pathlib import Path

from procdesk.cli.common import EXIT_OK, fail, find_process, open_document
from procdesk.document import Document
from procdesk.export.measurements.mapping import (
    MeasurementImportError,
    guess_mapping,
    plan_import,
    read_measurements,
)
from procdesk.model.commands import CommandError
from procdesk.model.elements import Kpi


def import_measurements(
    workspace: str, path: Path, data: bytes, *, kpi: str | None, process: str | None
) -> int:
    """Import *data*, the bytes of *path* (read and checked by the caller)."""
    if path.suffix.lower() not in (".csv", ".xlsx"):
        fail(f"cannot import {path.name} as measurements: give a .csv or .xlsx file")
    try:
        table = read_measurements(data, path.suffix)
    except MeasurementImportError as error:
        fail(f"cannot import {path.name}: " + "; ".join(str(error).splitlines()))
    with open_document(workspace, read_only=False) as document:
        kpi_id = find_kpi(document, kpi, process).id if kpi else None
        try:
            plan = plan_import(document.workspace, table, guess_mapping(table), kpi_id)
            document.editor.import_measurements(plan.rows)
        except (MeasurementImportError, CommandError) as error:
            fail(f"cannot import {path.name}: " + "; ".join(str(error).splitlines()))
    print(f"measurements added: {len(plan.rows)}, already there: {plan.present}")
    return EXIT_OK


def find_kpi(document: Document, key: str, process: str | None) -> Kpi:
    """The KPI with id *key*, or named *key* (in *process*, when given)."""
    workspace = document.workspace
    found = workspace.find(key)
    if isinstance(found, Kpi):
        return found
    owners = [find_process(document, process)] if process else workspace.processes()
    matches = [
        kpi
        for owner in owners
        for kpi in workspace.kpis_of(owner.id)
        if kpi.name.casefold() == key.casefold()
    ]
    if len(matches) == 1:
        return matches[0]
    if matches:
        fail(f"{len(matches)} KPIs are named {key!r}; give the process (-p) or the KPI id")
    where = f" in process {owners[0].name!r}" if process else ""
    fail(f"no KPI {key!r}{where} in {document.path}")
