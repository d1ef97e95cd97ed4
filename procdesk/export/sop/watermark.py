"""The watermark of an issue that is not in force: one word, diagonal, light grey, every page.

A printed draft must never pass for the approved procedure. The word runs corner to corner,
as large as the page allows, in a translucent light grey so the text beneath stays legible.
It is real text, so a reader (or ``pdftotext``) finds it too.
"""

from __future__ import annotations

import math

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from procdesk.export.sop.fonts import BOLD

WATERMARK_GREY = Color(0.55, 0.55, 0.55, alpha=0.22)
_LARGEST = 140.0
"""Point size of the word at most (a short word on a large page)."""


def draw_watermark(canvas: Canvas, word: str, width: float, height: float) -> None:
    """Draw *word* across the page (*width* by *height* points) of *canvas*."""
    if not word:
        return
    angle = math.degrees(math.atan2(height, width))
    room = 0.7 * math.hypot(width, height)
    size = min(_LARGEST, room / max(stringWidth(word, BOLD, 1.0), 1e-6))
    canvas.saveState()
    canvas.setFillColor(WATERMARK_GREY)
    canvas.setFont(BOLD, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(angle)
    canvas.drawCentredString(0, -size * 0.35, word)
    canvas.restoreState()
