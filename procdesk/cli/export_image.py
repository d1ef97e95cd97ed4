"""``procdesk export image WORKSPACE -p PROCESS [-d DIAGRAM] -o OUT.png|.svg|.pdf``, and
``procdesk export image WORKSPACE --landscape [--colour-by FIGURE] -o OUT.png|.svg|.pdf``.

The output's suffix picks the format; the drawing is the canvas's (or the landscape's) own,
made offscreen.
"""

from __future__ import annotations

import argparse
import sys
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
from procdesk.files import write_atomically

FORMAT = "image"
SUFFIXES = (".png", ".svg", ".pdf")
"""The same as ``procdesk.ui.render.IMAGE_SUFFIXES``; kept here so a bad name is refused
before Qt is loaded."""


def register(formats: Any) -> None:
    parser = formats.add_parser(
        "image", help="write a diagram (or the process landscape) as PNG, SVG or PDF"
    )
    add_target_arguments(parser, ".png, .svg or .pdf", process_required=False)
    parser.add_argument(
        "--landscape", action="store_true", help="the process landscape instead of a diagram"
    )
    parser.add_argument(
        "--colour-by",
        choices=COLOURINGS,
        default="nothing",
        help="colour the landscape's processes by a figure (with --landscape)",
    )
    parser.set_defaults(handler=_export)


def _export(options: argparse.Namespace) -> int:
    output = check_output_path(options.output)
    suffix = output.suffix.lower()
    if suffix not in SUFFIXES:
        fail(f"cannot write {output}: give a .png, .svg or .pdf file name")
    _check_target(options)
    from procdesk.export.fonts.missing import noting_missing_glyphs

    with open_document(options.workspace) as document, noting_missing_glyphs() as missing:
        if options.landscape:
            data = _landscape(document.workspace, suffix, options.colour_by)
        else:
            process = find_process(document, options.process)
            workspace, _release = version_source.source(document, process, options.release)
            diagram = find_diagram(document, process, options.diagram, workspace)
            try:
                from procdesk.ui.canvas import render
            except ImportError as error:
                fail(f"cannot draw the diagram: Qt is not available ({error})")
            data = render.diagram_image(workspace, diagram.id, suffix)
    write_atomically(output, data)
    print(output)
    if missing:
        print(f"procdesk: warning: {missing.message('empty boxes')}", file=sys.stderr)
    return EXIT_OK


COLOURINGS = ("nothing", "status", "kpis", "weak-points", "owner")
"""The values of ``procdesk.ui.landscape.heat.ColourBy``; kept here so a bad one is refused
before Qt is loaded."""


def _check_target(options: argparse.Namespace) -> None:
    if options.landscape and (options.process or options.diagram):
        fail("give -p PROCESS (a diagram) or --landscape, not both")
    if not options.landscape and not options.process:
        fail("give -p PROCESS (a diagram) or --landscape")
    if options.landscape and options.release:
        fail("--version names a released version of one process: give -p PROCESS with it")
    if not options.landscape and options.colour_by != "nothing":
        fail("--colour-by colours the landscape: give --landscape with it")


def _landscape(workspace: Any, suffix: str, colour_by: str) -> bytes:
    try:
        from procdesk.ui.landscape.heat import ColourBy
        from procdesk.ui.landscape.render import landscape_image
    except ImportError as error:
        fail(f"cannot draw the landscape: Qt is not available ({error})")
    data: bytes = landscape_image(workspace, suffix, ColourBy(colour_by))
    return data
