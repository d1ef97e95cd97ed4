"""``procdesk export fishbone WORKSPACE --weak-point ID -o OUT.png|.svg|.pdf``: a weak
point's Ishikawa (fishbone) diagram.

The output's suffix picks the format. PNG and SVG are painted offscreen by the window's
painter (Qt is loaded only for them); the PDF is the drawing the SOP and the portfolio
report use.
"""

from __future__ import annotations

import argparse
from typing import Any

from procdesk.cli.common import EXIT_OK, check_output_path, fail, open_document
from procdesk.document import Document
from procdesk.files import write_atomically
from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause_queries import categories_of

FORMAT = "fishbone"
SUFFIXES = (".png", ".svg", ".pdf")


def register(formats: Any) -> None:
    parser = formats.add_parser(
        FORMAT, help="write a weak point's fishbone (Ishikawa) diagram as PNG, SVG or PDF"
    )
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("--weak-point", required=True, help="the weak point's id")
    parser.add_argument("-o", "--output", required=True, help="output file (.png, .svg or .pdf)")
    parser.set_defaults(handler=_export)


def _with_fishbones(document: Document) -> str:
    found = [
        f"{p.id} ({p.description[:40]!r})"
        for p in document.workspace
        if isinstance(p, WeakPoint) and categories_of(document.workspace, p.id)
    ]
    return ", ".join(sorted(found)) or "none"


def _export(options: argparse.Namespace) -> int:
    output = check_output_path(options.output)
    suffix = output.suffix.lower()
    if suffix not in SUFFIXES:
        fail(f"cannot write {output}: give a .png, .svg or .pdf file name")
    with open_document(options.workspace) as document:
        point = document.workspace.find(options.weak_point)
        if not isinstance(point, WeakPoint):
            fail(
                f"no weak point {options.weak_point!r} in {document.path} "
                f"(weak points with a fishbone: {_with_fishbones(document)})"
            )
        if not categories_of(document.workspace, point.id):
            fail(
                f"weak point {point.id} has no fishbone "
                f"(weak points with one: {_with_fishbones(document)})"
            )
        if suffix == ".pdf":
            from procdesk.export.root_cause.drawing import fishbone_pdf

            data = fishbone_pdf(document.workspace, point.id)
        else:
            try:
                from procdesk.ui.root_cause.picture import fishbone_file
            except ImportError as error:
                fail(f"cannot draw the fishbone: Qt is not available ({error})")
            data = fishbone_file(document.workspace, point.id, suffix)
    try:
        write_atomically(output, data)
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")
    print(output)
    return EXIT_OK
