"""``procdesk new`` and ``procdesk list``: create a workspace, see what is in one."""

from __future__ import annotations

import argparse
import json
from typing import Any

from procdesk.cli.common import EXIT_OK, fail, open_document
from procdesk.document import Document
from procdesk.model.elements import DiagramElement
from procdesk.store.errors import WorkspaceError

NAMES = ("new", "list")


def register(subparsers: Any) -> None:
    new = subparsers.add_parser("new", help="create a workspace file")
    new.add_argument("workspace", help="path of the new .procdesk file")
    new.add_argument("--sample", action="store_true", help="fill it with the sample process")
    new.set_defaults(handler=_new)

    listing = subparsers.add_parser("list", help="list processes, diagrams and element counts")
    listing.add_argument("workspace")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)


def _new(options: argparse.Namespace) -> int:
    try:
        document = Document.create(options.workspace, sample=options.sample)
    except WorkspaceError as error:
        fail(str(error))
    with document:
        print(document.path)
    return EXIT_OK


def summary(document: Document) -> dict[str, Any]:
    """Processes with their diagrams and element counts, as ``list --json`` prints them."""
    workspace = document.workspace
    return {
        "processes": [
            {
                "id": process.id,
                "name": process.name,
                "diagrams": [
                    {
                        "id": diagram.id,
                        "name": diagram.name,
                        "variant": diagram.variant,
                        "elements": len(workspace.elements_of(diagram.id, DiagramElement)),
                    }
                    for diagram in workspace.diagrams_of(process.id)
                ],
            }
            for process in workspace.processes()
        ]
    }


def _list(options: argparse.Namespace) -> int:
    with open_document(options.workspace) as document:
        data = summary(document)
    if options.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not data["processes"]:
        print("(no processes)")
    for process in data["processes"]:
        print(f"{process['name']}  [{process['id']}]")
        for diagram in process["diagrams"]:
            print(
                f"  {diagram['name']} ({diagram['variant']}): "
                f"{diagram['elements']} elements  [{diagram['id']}]"
            )
    return EXIT_OK
