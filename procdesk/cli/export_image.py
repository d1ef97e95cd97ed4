"""``procdesk export image WORKSPACE -p PROCESS [-d DIAGRAM] -o OUT.png|.svg|.pdf``.

The output's suffix picks the format; the drawing is the canvas's own, made offscreen.
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
    parser = formats.add_parser("image", help="write a diagram as PNG, SVG or PDF")
    add_target_arguments(parser, ".png, .svg or .pdf")
    parser.set_defaults(handler=_export)


def _export(options: argparse.Namespace) -> int:
    output = check_output_path(options.output)
    suffix = output.suffix.lower()
    if suffix not in SUFFIXES:
        fail(f"cannot write {output}: give a .png, .svg or .pdf file name")
    with open_document(options.workspace) as document:
        process = find_process(document, options.process)
        workspace, _release = version_source.source(document, process, options.release)
        diagram = find_diagram(document, process, options.diagram, workspace)
        try:
            from procdesk.ui.canvas import render
        except ImportError as error:
            fail(f"cannot draw the diagram: Qt is not available ({error})")
        from procdesk.export.fonts.missing import noting_missing_glyphs

        with noting_missing_glyphs() as missing:
            data = render.diagram_image(workspace, diagram.id, suffix)
    write_atomically(output, data)
    print(output)
    if missing:
        print(f"procdesk: warning: {missing.message('empty boxes')}", file=sys.stderr)
    return EXIT_OK
