"""``procdesk export sop WORKSPACE --all [--include-drafts] -o BUNDLE.pdf|FOLDER``: the SOP
bundle — the process landscape, a combined contents page and every approved (or every) SOP.

An output ending in ``.pdf`` is one PDF; anything else is a folder (made if missing) that gets
``landscape.pdf`` and one PDF per process. Everything is drawn before the first byte is written,
and the files are written all or none.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from procdesk.cli.common import EXIT_OK, check_output_path, fail, open_document
from procdesk.export.sop.content import SopOptions
from procdesk.files import write_atomically, write_files_atomically


def bundle_target(path: str) -> tuple[Path, bool]:
    """Where the bundle goes and whether it is a folder; refuses what cannot be written."""
    output = Path(path)
    if output.suffix.lower() == ".pdf" and not output.is_dir():
        return check_output_path(path), False
    if output.exists() and not output.is_dir():
        fail(f"cannot write the bundle to {output}: it is a file (give a .pdf or a folder)")
    parent = output if output.exists() else output.parent
    if not parent.exists():
        fail(f"cannot write {output}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        fail(f"cannot write {output}: folder {parent} is not writable")
    return output, True


def export_bundle(options: argparse.Namespace, sop_options: SopOptions) -> int:
    """Draw the landscape and every SOP, then write the bundle (one PDF or a folder)."""
    output, folder = bundle_target(options.output)
    from procdesk.cli.export_sop import draw_changes_svg, draw_svg
    from procdesk.export.sop.bundle import (
        bundle_entries,
        bundle_files,
        bundle_pdf,
        prepare_sops,
    )

    with open_document(options.workspace) as document:
        workspace = document.workspace
        svg = _landscape(workspace)
        drafts, today = options.include_drafts, date.today()
        try:
            entries = bundle_entries(workspace, drafts)
            sops = prepare_sops(workspace, entries, sop_options, draw_svg, draw_changes_svg)
            if folder:
                files = bundle_files(sops, svg, sop_options, today, drafts)
            else:
                data = bundle_pdf(sops, svg, sop_options, today, drafts)
        except ValueError as error:
            fail(f"cannot write the SOP bundle: {error}")
    if folder:
        write_files_atomically(output, files)
    else:
        write_atomically(output, data)
    print(output)
    return EXIT_OK


def _landscape(workspace: Any) -> bytes:
    """The landscape as SVG; Qt is loaded only here."""
    try:
        from procdesk.ui.landscape.render import landscape_svg
    except ImportError as error:
        fail(f"cannot draw the landscape: Qt is not available ({error})")
    return landscape_svg(workspace)
