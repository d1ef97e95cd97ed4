"""``procdesk import WORKSPACE FILE.bpmn``: a BPMN 2.0 file becomes one new process.

A portfolio workbook (``FILE.xlsx``, as ``procdesk export portfolio`` writes it) updates the
scores and statuses edited in it instead (``import_portfolio``), and a maturity model file
(``MODEL.toml``, or any model file with ``--maturity-model``) is kept in the workspace
(``import_maturity``): the file's suffix, or the option, decides. ``--requirements`` reads a
requirements register and ``--measurements`` KPI measurements from a CSV file or a workbook.

Warnings (dangling references, elements that had to be laid out...) go to stderr; the id of
the new process is the last line on stdout, so scripts can pick it up. A refused file changes
nothing: the import is one transaction.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from procdesk.cli.common import EXIT_OK, fail, open_document
from procdesk.export.bpmn.errors import BpmnError
from procdesk.export.bpmn.reader import read_bpmn
from procdesk.model.commands import CommandError

NAMES = ("import",)
MAX_BYTES = 200 * 1024 * 1024
"""Larger files are refused before reading: no real process model comes near this size."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import", help="import a BPMN 2.0 file as a new process, or a portfolio workbook"
    )
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument(
        "file",
        help="BPMN 2.0 XML file (.bpmn), a portfolio workbook (.xlsx), a maturity model (.toml), "
        "or with --requirements a requirements register, with --measurements KPI measurements "
        "(.csv or .xlsx)",
    )
    parser.add_argument(
        "--maturity-model",
        action="store_true",
        help="read FILE (.toml or .json) as a maturity model",
    )
    parser.add_argument(
        "--requirements",
        action="store_true",
        help="read FILE (.csv or .xlsx) as a requirements register",
    )
    parser.add_argument(
        "--update", action="store_true", help="with --requirements: update clauses already there"
    )
    parser.add_argument(
        "--measurements",
        action="store_true",
        help="read FILE (.csv or .xlsx) as KPI measurements",
    )
    parser.add_argument(
        "--kpi", help="with --measurements: every row is this KPI's (name or id; no KPI column)"
    )
    parser.add_argument(
        "-p", "--process", help="with --kpi: the process the KPI is named in (name or id)"
    )
    parser.set_defaults(handler=_import)


def read_source(path: Path) -> bytes:
    """The bytes of a file to import, or a UsageError saying why it cannot be read."""
    if path.is_dir():
        fail(f"cannot import {path}: it is a folder")
    if not path.is_file():
        fail(f"cannot import {path}: no such file")
    try:
        if path.stat().st_size > MAX_BYTES:
            fail(f"cannot import {path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        return path.read_bytes()
    except OSError as error:
        fail(f"cannot read {path}: {error.strerror or error}")


def _import(options: argparse.Namespace) -> int:
    path = Path(options.file)
    if options.maturity_model and options.requirements:
        fail("give --maturity-model or --requirements, not both")
    # The other kinds of file are imported by modules loaded only for them (see procdesk.cli):
    # a BPMN import, the common case, starts without the workbook readers.
    if options.measurements:
        if options.maturity_model or options.requirements or options.update:
            fail("--measurements goes with neither --maturity-model, --requirements nor --update")
        if options.process and not options.kpi:
            fail("--process names the process of --kpi: give --kpi too")
        from procdesk.cli.import_measurements import import_measurements

        data = read_source(path)
        return import_measurements(
            options.workspace, path, data, kpi=options.kpi, process=options.process
        )
    if options.kpi or options.process:
        fail("--kpi and --process go with --measurements")
    if options.maturity_model or path.suffix.lower() == ".toml":
        from procdesk.cli.import_maturity import import_maturity_model

        return import_maturity_model(options.workspace, path)
    if options.requirements or path.suffix.lower() == ".csv":
        from procdesk.cli.import_requirements import import_requirements

        data = read_source(path)
        return import_requirements(options.workspace, path, data, update=options.update)
    if path.suffix.lower() == ".xlsx":
        from procdesk.cli.import_portfolio import import_portfolio

        return import_portfolio(options.workspace, path)
    data = read_source(path)
    with open_document(options.workspace, read_only=False) as document:
        existing = {entity.id for entity in document.workspace}
        try:
            result = read_bpmn(data, existing)
        except BpmnError as error:
            fail(f"cannot import {path.name}: {error}")
        try:
            document.import_entities(result.entities, f"Import {path.name}")
        except CommandError as error:
            fail(f"cannot import {path.name}: {error}")
    for warning in result.warnings:
        print(f"procdesk: warning: {warning}", file=sys.stderr)
    print(result.process_id)
    return EXIT_OK
