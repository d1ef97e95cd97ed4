"""The layout pass whose pages are thrown away.

With a contents page the SOP is laid out twice: the first pass only learns on which page each
heading lands, the second writes the pages. Flowables that are costly to draw and whose drawing
changes nothing in the layout (the diagram, the long tables) skip drawing in the first pass.
"""

from __future__ import annotations

from typing import Any


def sketching(canvas: Any) -> bool:
    """Whether *canvas* belongs to a pass that cannot be the last (``_SopDocument.sketching``)."""
    return bool(getattr(getattr(canvas, "_doctemplate", None), "sketching", False))
