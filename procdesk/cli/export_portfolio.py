"""``procdesk export portfolio WORKSPACE -o OUT.pdf|OUT.xlsx``: the portfolio for management
(a PDF report) or for the PMO (an Excel workbook that ``procdesk import`` reads back)."""

from __future__ import annotations

import argparse
from typing import Any

from procdesk.analysis.portfolio.matrix import Payoff
from procdesk.cli.common import EXIT_OK, check_output_path, fail, open_document
from procdesk.cli.portfolio_commands import add_version_argument
from procdesk.files import write_atomically

FORMAT = "portfolio"
SUFFIXES = (".pdf", ".xlsx")


def register(formats: Any) -> None:
    parser = formats.add_parser(FORMAT, help="the improvement portfolio as a PDF or XLSX")
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("-o", "--output", required=True, help="output file (.pdf or .xlsx)")
    parser.add_argument(
        "--payoff",
        choices=[p.value for p in Payoff],
        default=Payoff.BENEFIT.value,
        help="the priority matrix's vertical axis (default benefit)",
    )
    parser.add_argument(
        "--top", type=int, default=5, help="size of the top of the ranking for the sensitivity"
    )
    add_version_argument(parser)
    parser.set_defaults(handler=_export)


def _export(options: argparse.Namespace) -> int:
    output = check_output_path(options.output)
    if output.suffix.lower() not in SUFFIXES:
        fail(f"cannot write {output.name}: give a .pdf or .xlsx file")
    if options.top < 1:
        fail("--top must be at least 1")
    from procdesk.analysis.portfolio.register import build_register  # see procdesk.cli
    from procdesk.export.portfolio.report import portfolio_pdf
    from procdesk.export.portfolio.xlsx_writer import portfolio_xlsx
    from procdesk.export.root_cause.drawing import fishbones_for

    with open_document(options.workspace) as document:
        try:
            register_ = build_register(document.workspace, options.framework_version)
        except ValueError as error:
            fail(str(error))
        if output.suffix.lower() == ".pdf":
            data = portfolio_pdf(
                document.workspace,
                register_,
                payoff=Payoff(options.payoff),
                top=options.top,
                fishbones=fishbones_for(document.workspace),
            )
        else:
            data = portfolio_xlsx(document.workspace, register_)
    try:
        write_atomically(output, data)
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")
    print(output)
    return EXIT_OK
