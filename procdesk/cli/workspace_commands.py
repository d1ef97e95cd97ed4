"""``procdesk new`` and ``procdesk list``: create a workspace, see what is in one.

``list`` also names the BPMN processes each process is exported as (a file with two pools or
two top-level processes holds two), with the pool standing for each and the diagrams showing
it; scripts read the JSON, whose older keys stay as they are.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from procdesk.cli.common import EXIT_OK, fail, open_document
from procdesk.document import Document
from procdesk.export.bpmn.outline import BpmnProcess, bpmn_processes
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
    """Processes with their diagrams and element counts, as ``list --json`` prints them, and
    the BPMN processes each one is exported as (``bpmn_processes``)."""
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
                "bpmn_processes": [
                    _bpmn_process(item) for item in bpmn_processes(workspace, process.id)
                ],
            }
            for process in workspace.processes()
        ]
    }


def _bpmn_process(item: BpmnProcess) -> dict[str, Any]:
    participant = item.participant
    return {
        "id": item.id,
        "name": item.name,
        "participant": None
        if participant is None
        else {"id": participant.id, "name": participant.name},
        "diagrams": list(item.diagram_ids),
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
        for item in process["bpmn_processes"]:
            print(f"  BPMN process {_bpmn_process_text(item)}")
    return EXIT_OK


def _bpmn_process_text(item: dict[str, Any]) -> str:
    """``"Name" [id], pool "Pool", shown in 2 diagrams`` (the parts that apply)."""
    parts = [f"{item['name']!r} [{item['id']}]" if item["name"] else f"[{item['id']}]"]
    if item["participant"] is not None:
        parts.append(f"pool {item['participant']['name']!r}")
    count = len(item["diagrams"])
    parts.append(f"shown in {count} diagram{'s' if count != 1 else ''}" if count else "not drawn")
    return ", ".join(parts)
