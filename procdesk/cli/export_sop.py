"""``procdesk export sop WORKSPACE -p PROCESS [-d DIAGRAM] -o OUT.pdf [--version V]``.

The SOP of the working draft, or with ``--version`` of a released version: its number,
status, approval and revision table come from the releases (``export.sop.record``).

The composition root for the SOP: the UI's renderer draws the diagram as SVG (Qt, offscreen)
and the Qt-free exporter lays out the document around it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
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
from procdesk.export.sop.content import Section, SopOptions
from procdesk.files import write_atomically

FORMAT = "sop"


def register(formats: Any) -> None:
    parser = formats.add_parser("sop", help="write the standard operating procedure as PDF")
    add_target_arguments(parser, ".pdf")
    parser.add_argument("--prepared-by", default="", help="name in the approval block")
    parser.add_argument("--reviewed-by", default="", help="name in the approval block")
    parser.add_argument("--approved-by", default="", help="name in the approval block")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    parser.add_argument(
        "--omit",
        action="append",
        default=[],
        choices=[section.value for section in Section],
        help="leave a section out (repeatable)",
    )
    parser.set_defaults(handler=_export)


def _export(options: argparse.Namespace) -> int:
    output = check_output_path(options.output)
    if output.suffix.lower() != ".pdf":
        fail(f"cannot write {output}: an SOP is written as a .pdf file")
    sop_options = SopOptions(
        prepared_by=options.prepared_by,
        reviewed_by=options.reviewed_by,
        approved_by=options.approved_by,
        sections=frozenset(Section) - {Section(value) for value in options.omit},
        page_size=options.page_size,
    )
    with open_document(options.workspace) as document:
        process = find_process(document, options.process)
        workspace, release = version_source.source(document, process, options.release)
        diagram = find_diagram(document, process, options.diagram, workspace)
        svg = None
        if Section.DIAGRAM in sop_options.sections:
            svg = draw_svg(workspace, diagram.id)
        from procdesk.export.fonts.fallback import PLACEHOLDER
        from procdesk.export.fonts.missing import noting_missing_glyphs
        from procdesk.export.sop.document import sop_pdf  # reportlab: load only when used
        from procdesk.export.sop.record import sop_record

        record = sop_record(document.workspace, process.id, release)
        if record.changes is not None and Section.CHANGES in sop_options.sections:
            record = replace(record, changes_svg=draw_changes_svg(record.changes))
        try:
            with noting_missing_glyphs() as missing:
                data = sop_pdf(workspace, process.id, diagram.id, svg, sop_options, record)
        except ValueError as error:
            fail(f"cannot write the SOP of {process.name!r}: {error}")
    write_atomically(output, data)
    print(output)
    if missing:
        print(f"procdesk: warning: {missing.message(PLACEHOLDER)}", file=sys.stderr)
    return EXIT_OK


def draw_changes_svg(changes: Any) -> bytes | None:
    """The revision overlay of the changes' first diagram (None when no diagram is shared)."""
    try:
        from procdesk.ui.versions.overlay import overlay_svg
    except ImportError as error:
        fail(f"cannot draw the diagram: Qt is not available ({error})")
    return overlay_svg(changes)


def draw_svg(workspace: Any, diagram_id: str) -> bytes:
    """The diagram drawn by the app's renderer; Qt is loaded only here, when needed."""
    try:
        from procdesk.ui.canvas.render import diagram_svg
    except ImportError as error:
        fail(f"cannot draw the diagram: Qt is not available ({error})")
    return diagram_svg(workspace, diagram_id)
