"""``procdesk report WORKSPACE [--period YYYY-MM] -o OUT.pdf|OUT.xlsx`` (or ``--json``): the
monthly process performance report for management.

The period defaults to the last full month. A malformed period, or one that has not begun,
exits 2 and writes nothing. The PDF's landscape is the window's own drawing, coloured by the
month's KPI lights: Qt draws it as SVG and hands it to the Qt-free PDF exporter, as
``procdesk export sop --all`` does with the SOP bundle's landscape.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from procdesk.cli.common import EXIT_OK, check_output_path, fail, open_document
from procdesk.files import write_atomically

NAMES = ("report",)
SUFFIXES = (".pdf", ".xlsx")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report", help="the monthly process performance report (KPIs) as a PDF, XLSX or JSON"
    )
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument(
        "--period", help="the month reported on, YYYY-MM (default: the last full month)"
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", help="output file (.pdf or .xlsx)")
    target.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=_report)


def _report(options: argparse.Namespace) -> int:
    from procdesk.analysis.performance.periods import last_full_month, parse_month
    from procdesk.analysis.performance.report import build_report

    today = date.today()
    try:
        period = parse_month(options.period) if options.period else last_full_month(today)
    except ValueError as error:
        fail(f"--period: {error}")
    if period.start > today:
        fail(
            f"--period: {period.label} lies in the future (the last full month is "
            f"{last_full_month(today).label})"
        )
    output = None
    if options.output:
        output = check_output_path(options.output)
        if output.suffix.lower() not in SUFFIXES:
            fail(f"cannot write {output.name}: give a .pdf or .xlsx file")
    with open_document(options.workspace) as document:
        report = build_report(document.workspace, period, today)
        name = document.path.stem
    if output is None:
        from procdesk.analysis.performance.report_json import report_json

        print(json.dumps(report_json(report), indent=2, ensure_ascii=False))
        return EXIT_OK
    write_atomically(output, _render(report, output.suffix.lower(), name))
    print(output)
    return EXIT_OK


def _render(report: Any, suffix: str, name: str) -> bytes:
    if suffix == ".xlsx":
        from procdesk.export.performance.report_xlsx import performance_xlsx

        return performance_xlsx(report, name)
    from procdesk.export.performance.report_pdf import performance_pdf

    svg = None
    if report.has_data:
        try:
            from procdesk.ui.performance.report_picture import report_landscape_svg
        except ImportError as error:
            fail(f"cannot draw the landscape: Qt is not available ({error})")
        svg = report_landscape_svg(report)
    return performance_pdf(report, svg, name)
