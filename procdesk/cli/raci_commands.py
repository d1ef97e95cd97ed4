"""``procdesk raci``: the RACI matrix of a diagram, as a table or as JSON. Reads only."""

from __future__ import annotations

import argparse
import json
from typing import Any

from procdesk.cli.common import EXIT_OK, find_diagram, find_process, open_document
from procdesk.export.raci_matrix import raci_matrix

NAMES = ("raci",)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("raci", help="who is responsible, accountable, consulted…")
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("-p", "--process", required=True, help="process name or id")
    parser.add_argument("-d", "--diagram", help="diagram name, variant or id (default: first)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=_raci)


def _raci(options: argparse.Namespace) -> int:
    with open_document(options.workspace) as document:
        process = find_process(document, options.process)
        diagram = find_diagram(document, process, options.diagram)
        matrix = raci_matrix(document.workspace, diagram.id)
    if options.json:
        print(json.dumps(matrix.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    table = [["Step", *matrix.roles]]
    for row in matrix.rows:
        cells = [row.raci.letter_of(role) for role in matrix.roles]
        table.append([row.step.name or row.step.id, *(c.value if c else "" for c in cells)])
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    print(f"{process.name} / {diagram.name}")
    for line in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )
    return EXIT_OK
