"""The frame the workspace's landscape-format reports share (audit, process performance): an
A4 landscape page with the SOP's margins and fonts, a muted footer line on every page, and the
document built deterministically (the same content gives the same bytes)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from procdesk.export.sop.fonts import REGULAR
from procdesk.export.sop.styles import MARGIN, MUTED

PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN
"""The width a report's flowables may take."""

Footer = Callable[[int], tuple[str, str]]
"""Page number → the footer's left and right texts."""


def build_report(story: Sequence[Flowable], title: str, footer: Footer) -> bytes:
    """*story* laid out on report pages, the PDF's bytes. The story's paragraphs need the
    fonts when they are made: call ``register_fonts()`` before making them."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        creator="procdesk",
        initialFontName=REGULAR,
        invariant=1,
    )

    def furniture(canvas: Any, doc: Any) -> None:
        left, right = footer(doc.page)
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        if left:
            canvas.drawString(MARGIN, MARGIN - 2 * mm, left)
        canvas.drawRightString(PAGE[0] - MARGIN, MARGIN - 2 * mm, right)
        canvas.restoreState()

    document.build(list(story), onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()
