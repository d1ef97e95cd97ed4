"""``procdesk export bpmn WORKSPACE -p PROCESS [-d DIAGRAM] -o OUT.bpmn [--version V]``.

Without ``-d`` every diagram of the process goes into one file (one ``BPMNDiagram`` each).
With ``-d`` the file draws that diagram (and the drill-down diagrams of its collapsed
sub-processes) and holds everything it shows or refers to; see ``write_bpmn``.
With ``--version`` the released version V is written, carrying its number and sign-offs.
"""

from __future__ import annotations

import argparse
from typing import Any

from procdesk.cli import version_source
from procdesk.cli.common import (
    EXIT_OK,
    check_output_path,
    fail,
    find_diagram,
    find_process,
    open_document,
)
from procdesk.cli.export_commands import add_target_arguments
from procdesk.export.bpmn.errors import BpmnError
from procdesk.export.bpmn.release_ext import stamp_of
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.files import write_atomically

FORMAT = "bpmn"


def register(formats: Any) -> None:
    parser = formats.add_parser("bpmn", help="BPMN 2.0 XML with diagram layout")
    add_target_arguments(parser, ".bpmn")
    parser.set_defaults(handler=_export)


def _export(options: argparse.Namespace) -> int:
    output = check_output_path(options.output)
    with open_document(options.workspace) as document:
        process = find_process(document, options.process)
        workspace, release = version_source.source(document, process, options.release)
        diagram_ids = None
        if options.diagram is not None:
            diagram_ids = [find_diagram(document, process, options.diagram, workspace).id]
        stamp = stamp_of(document.workspace, release) if release is not None else None
        try:
            data = write_bpmn(workspace, process.id, diagram_ids, release=stamp)
        except BpmnError as error:
            fail(f"cannot export {process.name!r}: {error}")
    write_atomically(output, data)
    print(output)
    return EXIT_OK
