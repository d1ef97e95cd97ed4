"""Application-wide look: the bundled DejaVu fonts, so labels measure the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from procdesk.resources import resource

_loaded = False


def load_fonts() -> None:
    """Register the bundled fonts once (labels and exports use DejaVu Sans)."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    folder = resource("fonts")
    if folder.is_dir():
        for path in sorted(folder.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
