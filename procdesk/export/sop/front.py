"""The SOP bundle's front matter: the process landscape on the first page, then the contents.

The contents list every SOP of the bundle band by band, each process indented by its level,
with its document id, version, status and where to find it: the page of the bundle (one PDF)
or the file name (a folder of PDFs). Each row records where it was drawn, so the composer can
make it a link to the SOP's first page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import landscape as turned
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from procdesk.export.sop import labels
from procdesk.export.sop.diagram import DrawingView, load_drawing
from procdesk.export.sop.fonts import REGULAR, register_fonts
from procdesk.export.sop.styles import (
    ACCENT,
    GRID,
    HEAD_FILL,
    MARGIN,
    MUTED,
    Styles,
    make_styles,
    page_size,
)
from procdesk.model.elements import Process
from procdesk.model.landscape import BAND_TITLES, Band
from procdesk.model.releases import Release
from procdesk.text import tr

Rect = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class BundleEntry:
    """One SOP of the bundle: its process (as the SOP shows it: a released version's number
    and status), the diagram it documents, its place, and the version it prints (None: the
    working draft)."""

    process: Process
    diagram_id: str
    band: Band
    level: int
    release: Release | None = None


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The front matter's PDF, and where each contents row lies: process id → (page index,
    rectangle in PDF points)."""

    pdf: bytes
    rows: dict[str, tuple[int, Rect]]


class _Row(Flowable):  # type: ignore[misc]
    """A contents row that remembers the page and rectangle it was drawn at."""

    def __init__(self, table: Table, key: str, drawn: dict[str, tuple[int, Rect]]) -> None:
        super().__init__()
        self.table, self.key, self.drawn = table, key, drawn

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.table.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber() - 1
        self.drawn[self.key] = (page, (x, y, x + self.width, y + self.height))


def front_matter(
    entries: Sequence[BundleEntry],
    landscape_svg: bytes,
    places: dict[str, str],
    page_name: str,
    today: date,
    drafts: bool,
) -> FrontMatter:
    """The landscape page and the contents; *places* says where each SOP is (a page number
    or a file name), *page_name* is the paper ("A4" or "Letter")."""
    register_fonts()
    size = page_size(page_name)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=tr("Process landscape and standard operating procedures"),
        creator="procdesk",
        initialFontName=REGULAR,
    )
    wide = turned(size)
    document.addPageTemplates(
        [
            PageTemplate("landscape", [_frame(wide)], pagesize=wide, onPage=_footer),
            PageTemplate("portrait", [_frame(size)], pagesize=size, onPage=_footer),
        ]
    )
    styles = make_styles()
    drawn: dict[str, tuple[int, Rect]] = {}
    story = _landscape_page(landscape_svg, styles, wide, len(entries), today)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += _contents(entries, places, styles, size[0] - 2 * MARGIN, drawn, drafts)
    document.build(story)
    return FrontMatter(buffer.getvalue(), drawn)


def _frame(size: tuple[float, float]) -> Frame:
    return Frame(
        MARGIN,
        MARGIN,
        size[0] - 2 * MARGIN,
        size[1] - 2 * MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _footer(canvas: Any, document: Any) -> None:
    """A hairline and the bundle's name at the foot of each front page."""
    canvas.saveState()
    width = canvas._pagesize[0]
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, MARGIN - 4 * mm, width - MARGIN, MARGIN - 4 * mm)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    text = tr("Process landscape and standard operating procedures")
    canvas.drawString(MARGIN, MARGIN - 8 * mm, text)
    canvas.restoreState()


def _landscape_page(
    svg: bytes, styles: Styles, size: tuple[float, float], count: int, today: date
) -> list[Flowable]:
    heading = Paragraph(escape(tr("Process landscape")), styles.cover_title)
    line = tr("%n SOPs follow", None, count) + " · " + tr("as of {date}").format(date=today)
    subtitle = Paragraph(escape(line), styles.cover_subtitle)
    room_w = size[0] - 2 * MARGIN
    room_h = size[1] - 2 * MARGIN - 30 * mm
    drawing = load_drawing(svg)
    scale = min(room_w / float(drawing.width), room_h / float(drawing.height), 1.0)
    view = DrawingView(drawing, scale)
    view.hAlign = "CENTER"
    return [heading, subtitle, Spacer(1, 6 * mm), view]


def _contents(
    entries: Sequence[BundleEntry],
    places: dict[str, str],
    styles: Styles,
    width: float,
    drawn: dict[str, tuple[int, Rect]],
    drafts: bool,
) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(escape(tr("Contents")), styles.toc_title)]
    if drafts:
        note = tr("The SOPs of every process, drafts included, in the order of the landscape.")
    else:
        note = tr("The SOPs of the approved processes, in the order of the landscape.")
    story += [Spacer(1, 3 * mm), Paragraph(escape(note), styles.muted), Spacer(1, 4 * mm)]
    if not entries:
        empty = tr("No process is approved yet: include drafts to bundle every process.")
        story.append(Paragraph(escape(empty), styles.body))
        return story
    files = any(not place.isdigit() for place in places.values())
    place_width = 58 * mm if files else 14 * mm
    columns = [width - 78 * mm - place_width, 32 * mm, 20 * mm, 26 * mm, place_width]
    head = [
        tr("Process"),
        tr("Document"),
        tr("Version"),
        tr("Status"),
        tr("File") if files else tr("Page"),
    ]
    story.append(_table([[Paragraph(escape(h), styles.head) for h in head]], columns, 0, True))
    band: Band | None = None
    for entry in entries:
        if entry.band != band:
            band = entry.band
            story.append(Paragraph(escape(tr(BAND_TITLES[band])), styles.h2))
        process = entry.process
        style = styles.cell_bold if entry.level == 1 else styles.cell
        texts = (
            process.document_id or "—",
            process.version,
            labels.process_status(process.status),
            places.get(process.id, ""),
        )
        row = [Paragraph(escape(process.name), style)]
        row += [Paragraph(escape(text), styles.cell) for text in texts]
        indent = (entry.level - 1) * 5 * mm
        story.append(_Row(_table([row], columns, indent, False), process.id, drawn))
    return story


def _table(rows: list[list[Flowable]], columns: list[float], indent: float, head: bool) -> Table:
    table = Table(rows, colWidths=columns)
    commands: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (0, -1), 4 + indent),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.8 if head else 0.3, ACCENT if head else GRID),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL))
    table.setStyle(TableStyle(commands))
    return table
