"""``procdesk import WORKSPACE FILE.csv|FILE.xlsx --requirements [--update]``: a requirements
register from a CSV file or a workbook.

The columns are found by their headers (source, clause, title, text, applicable, reason;
"standard", "article"… are understood too). Every row is checked first; one bad row, or a
clause that is already in the register (unless ``--update``), refuses the whole file with the
reasons on stderr (exit code 2) and leaves the workspace as it was. A good file is stored as
one undo step and the counts are printed.
"""

from __future__ import annotations

from pathlib import Path

from procdesk.cli.common import EXIT_OK, fail, open_document
from procdesk.export.compliance.requirements_table import (
    RequirementImportError,
    guess_mapping,
    read_table,
    requirement_rows,
)
from procdesk.model.commands import CommandError


def import_requirements(workspace: str, path: Path, data: bytes, *, update: bool) -> int:
    """Import *data*, the bytes of *path* (read and checked by the caller)."""
    if path.suffix.lower() not in (".csv", ".xlsx"):
        fail(f"cannot import {path.name} as requirements: give a .csv or .xlsx file")
    try:
        table = read_table(data, path.suffix)
        rows = requirement_rows(table, guess_mapping(table.header))
    except RequirementImportError as error:
        fail(f"cannot import {path.name}: " + "; ".join(str(error).splitlines()))
    with open_document(workspace, read_only=False) as document:
        try:
            outcome = document.editor.import_requirements(rows, update=update)
        except CommandError as error:
            fail(f"cannot import {path.name}: {error}")
    print(f"requirements added: {outcome.added}, updated: {outcome.updated}")
    return EXIT_OK
