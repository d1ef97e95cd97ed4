"""``procdesk export measurements WORKSPACE -o OUT.xlsx``: every KPI measurement of the
workspace as one long table in a workbook (real dates and numbers), which ``procdesk import
WORKSPACE OUT.xlsx --measurements`` reads back."""

from __future__ import annotations

import argparse
from typing import Any

from procdesk.cli.common import EXIT_OK, check_output_path, fail, open_document
from procdesk.files import write_atomically

FORMAT = "measurements"


def register(formats: Any) -> None:
    parser = formats.add_parser(
        FORMAT, help="every KPI measurement as an Excel workbook (.xlsx), one long table"
    )
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("-o", "--output", required=True, help="output file (.xlsx)")
    parser.set_defaults(handler=_export)


def _export(options: argparse.Namespace) -> int:
    output = check_output_path(options.output)
    if output.suffix.lower() != ".xlsx":
        fail(f"cannot write {output.name}: give an .xlsx file")
    from procdesk.export.measurements.workbook import measurements_xlsx

    with open_document(options.workspace) as document:
        data = measurements_xlsx(document.workspace)
    write_atomically(output, data)
    print(output)
    return EXIT_OK
