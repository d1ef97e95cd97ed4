"""``procdesk import WORKSPACE FILE.xlsx``: scores and statuses edited in a portfolio workbook.

Each changed initiative is one line on stdout; a workbook with one bad cell is refused whole
(exit code 2, the reason on stderr) and the workspace is left as it was.
"""

from __future__ import annotations

from pathlib import Path

from procdesk.cli.common import EXIT_OK, fail, open_document
from procdesk.export.portfolio.xlsx_reader import PortfolioImportError, import_portfolio_file

MAX_BYTES = 50 * 1024 * 1024


def import_portfolio(workspace: str, path: Path) -> int:
    if not path.is_file():
        fail(f"cannot import {path}: no such file")
    try:
        if path.stat().st_size > MAX_BYTES:
            fail(f"cannot import {path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as error:
        fail(f"cannot read {path}: {error.strerror or error}")
    with open_document(workspace, read_only=False) as document:
        try:
            report = import_portfolio_file(document.editor, data)
        except PortfolioImportError as error:
            fail(f"cannot import {path.name}: {error}")
    if not report.changes:
        print("nothing changed")
    for line in report.changes:
        print(line)
    return EXIT_OK
