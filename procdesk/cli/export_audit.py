"""``procdesk export audit WORKSPACE [-p PROCESS] -o OUT.pdf|OUT.xlsx``: the audit report of
one process or of the whole workspace, as a PDF to hand over or a workbook to work in."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from procdesk.cli.common import EXIT_OK, check_output_path, fail, find_process, open_document
from procdesk.files import write_atomically

FORMAT = "audit"
SUFFIXES = (".pdf", ".xlsx")


def register(formats: Any) -> None:
    parser = formats.add_parser(FORMAT, help="the audit report (compliance) as a PDF or XLSX")
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("-p", "--process", help="process name or id (default: the workspace)")
    parser.add_argument("-o", "--output", required=True, help="output file (.pdf or .xlsx)")
    parser.set_defaults(handler=_export)


def _export(options: argparse.Namespace) -> int:
    output = check_output_path(options.output)
    if output.suffix.lower() not in SUFFIXES:
        fail(f"cannot write {output.name}: give a .pdf or .xlsx file")
    from procdesk.export.compliance.report import audit_report

    with open_document(options.workspace) as document:
        process_id = find_process(document, options.process).id if options.process else None
        data = audit_report(
            document.workspace,
            process_id,
            document.path.stem,
            date.today().isoformat(),
            output.suffix.lower(),
        )
    write_atomically(output, data)
    print(output)
    return EXIT_OK
