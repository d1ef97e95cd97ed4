"""Page furniture: the header and footer every page of the SOP carries.

The footer says "Page X of Y", which is only known once every page is laid out: the canvas
keeps each page's drawing state and draws header and footer when the document is saved.

A bookmark (an outline entry's or a link's destination: a heading, a step's row) names the
page the PDF is writing when it is set. While the pages wait for the count, that is still
the first, so the canvas notes each page's bookmarks and sets them again as it writes the
page: outline and links then lead where their headings and steps are.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from procdesk.export.sop import labels
from procdesk.export.sop.content import SopContent
from procdesk.export.sop.fonts import BOLD, REGULAR
from procdesk.export.sop.styles import ACCENT, GRID, HEADER_GAP, MARGIN, MUTED
from procdesk.export.sop.watermark import draw_watermark
from procdesk.text import tr


@functools.lru_cache(maxsize=16)
def fit_text(text: str, font: str, size: float, width: float) -> str:
    """*text* on one line, cut with an ellipsis if it is wider than *width* points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def numbered_canvas(content: SopContent) -> Callable[..., Canvas]:
    """A canvas class that, at the end, knows the page count and draws header and footer."""
    process, record = content.process, content.record
    right = process.document_id or ""
    footer = tr("Version {version} · {status}").format(
        version=record.version if record else process.version,
        status=record.status if record else labels.process_status(process.status),
    )
    watermark = record.watermark if record else ""
    page_of = tr("Page {page} of {pages}")

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._marks: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

        def bookmarkPage(self, *args: Any, **kwargs: Any) -> Any:
            self._marks.append((args, kwargs))
            return super().bookmarkPage(*args, **kwargs)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()
            self._marks = []

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                for args, kwargs in self._marks:  # now the PDF writes this very page
                    Canvas.bookmarkPage(self, *args, **kwargs)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            page = self._pageNumber
            draw_watermark(self, watermark, width, height)
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            if page > 1:
                top = height - HEADER_GAP - 4 * mm
                room = width - 2 * MARGIN - stringWidth(right, REGULAR, 8) - 6 * mm
                self.setFont(BOLD, 8)
                self.setFillColor(ACCENT)
                self.drawString(MARGIN, top, fit_text(process.name, BOLD, 8, room))
                self.setFont(REGULAR, 8)
                self.setFillColor(MUTED)
                self.drawRightString(width - MARGIN, top, right)
                self.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
            bottom = HEADER_GAP + 2 * mm
            self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
            self.setFont(REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, bottom, footer)
            self.drawRightString(width - MARGIN, bottom, page_of.format(page=page, pages=total))
            self.restoreState()

    return NumberedCanvas
