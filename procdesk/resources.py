"""Where procdesk finds its bundled files (sample source, fonts, icons, styles).

The ``resources/`` folder sits beside the package in a source checkout and an editable
install, ships inside the package as ``procdesk/_resources`` in a wheel, and is copied next to
the program in the PyInstaller bundle; ``PROCDESK_RESOURCES`` overrides them all.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("PROCDESK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource("sample", "purchase_requisition.toml")``."""
    return resources_dir().joinpath(*parts)
