"""``sop_pdf``: the SOP as PDF bytes — cover, contents, sections, headers and footers.

Page furniture follows controlled-document practice: every page names the process and the
document id at the top and says "Page X of Y", version and status at the bottom, so a single
printed page can always be traced back to the exact issue it came from.
"""

from __future__ import annotations

import io
from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.tableofcontents import TableOfContents

from procdesk.export.sop import controls, performance, sections
from procdesk.export.sop.changes_page import changes_section
from procdesk.export.sop.content import (
    Section,
    SopContent,
    SopOptions,
    build_content,
    diagram_label,
)
from procdesk.export.sop.cover import cover
from procdesk.export.sop.diagram import DrawingView, LoadedDiagram, plan_layout, scene_scale
from procdesk.export.sop.fonts import REGULAR, register_fonts
from procdesk.export.sop.furniture import numbered_canvas
from procdesk.export.sop.record import SopRecord, sop_record
from procdesk.export.sop.styles import (
    MARGIN,
    Styles,
    make_styles,
    page_size,
)
from procdesk.model.elements import Pool
from procdesk.model.sizes import LANE_HEADER, POOL_HEADER
from procdesk.model.workspace import Workspace
from procdesk.text import tr

_HEADING_ROOM = 60.0
"""Height kept free above the diagram on its first page for the heading and the caption."""


def sop_pdf(
    workspace: Workspace,
    process_id: str,
    diagram_id: str,
    diagram_svg: bytes | None,
    options: SopOptions,
    record: SopRecord | None = None,
) -> bytes:
    """The SOP of one diagram of a process, as PDF bytes.

    Args:
        workspace: the workspace holding the process (a released version's own workspace,
            ``snapshots.version_workspace``, to print that version).
        process_id: the process the SOP documents.
        diagram_id: the diagram (variant) whose steps make up the procedure.
        diagram_svg: the diagram drawn as SVG, or None to leave the drawing out.
        options: approver names, sections and paper size.
        record: which issue this is (``record.sop_record``); None: the working draft of
            *workspace*.

    Raises:
        KeyError: no such process or diagram. ValueError: the diagram belongs to another
        process, the page size is unknown, or the SVG cannot be read.
    """
    register_fonts()
    content = build_content(workspace, process_id, diagram_id)
    content = replace(content, record=record or sop_record(workspace, process_id))
    size = page_size(options.page_size)
    # Read once: converting a large diagram's SVG costs as much as laying out the document.
    diagram = None
    if diagram_svg is not None and Section.DIAGRAM in options.sections:
        diagram = LoadedDiagram.of(diagram_svg)
    try:
        return _render(workspace, content, options, size, diagram)
    except LayoutError:
        # A table row taller than a page (a very long work instruction, or the steps of a
        # role in a diagram of thousands): let rows break.
        token = sections.ROW_SPLIT.set(True)
        try:
            return _render(workspace, content, options, size, diagram)
        finally:
            sections.ROW_SPLIT.reset(token)


def _render(
    workspace: Workspace,
    content: SopContent,
    options: SopOptions,
    size: tuple[float, float],
    diagram: LoadedDiagram | None,
) -> bytes:
    buffer = io.BytesIO()
    document = _SopDocument(buffer, content, size)
    story = _Story(workspace, content, options, make_styles(), document).build(diagram)
    document.multiBuild(story, canvasmaker=numbered_canvas(content))
    return buffer.getvalue()


class _SopDocument(BaseDocTemplate):  # type: ignore[misc]
    """Portrait and landscape page templates; headings feed the contents and PDF outline."""

    def __init__(self, buffer: io.BytesIO, content: SopContent, size: tuple[float, float]):
        process = content.process
        super().__init__(
            buffer,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=tr("{process} — Standard operating procedure").format(process=process.name),
            author=process.owner,
            subject=process.document_id or process.name,
            creator="procdesk",
            # Each page starts in the initial font: ours, not Helvetica, so that the PDF
            # uses (and embeds) one family only.
            initialFontName=REGULAR,
        )
        self.sketching = False
        """True while laying out a pass that cannot be the last: drawings may be skipped."""
        self.setProgressCallBack(self._progress)
        wide = landscape(size)
        self.addPageTemplates(
            [
                PageTemplate("portrait", [self._frame(size)], pagesize=size),
                PageTemplate("landscape", [self._frame(wide)], pagesize=wide),
            ]
        )

    def _frame(self, size: tuple[float, float]) -> Frame:
        return Frame(
            self.leftMargin,
            self.bottomMargin,
            size[0] - self.leftMargin - self.rightMargin,
            size[1] - self.topMargin - self.bottomMargin,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def _progress(self, kind: str, value: int) -> None:
        # With a contents page the first pass only collects page numbers: a second pass
        # always follows and writes the real pages.
        if kind == "PASS":
            self.sketching = value == 1 and bool(self._indexingFlowables)

    def frame_size(self, wide: bool) -> tuple[float, float]:
        size = landscape(self.pagesize) if wide else self.pagesize
        return (
            size[0] - self.leftMargin - self.rightMargin,
            size[1] - self.topMargin - self.bottomMargin,
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Paragraph):
            return
        level = {"h1": 0, "h2": 1}.get(flowable.style.name)
        if level is None or (level == 1 and not getattr(flowable, "in_contents", False)):
            return
        plain = flowable.getPlainText()
        key = f"h{self.seq.nextf('heading')}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(plain, key, level=level, closed=True)
        self.notify("TOCEntry", (level, plain, self.page, key))


def _header_width(workspace: Workspace, diagram_id: str) -> float:
    """Width (scene units) of the pool and lane headers at the left of horizontal pools."""
    pools = workspace.elements_of(diagram_id, Pool)
    if not pools or not all(pool.horizontal for pool in pools):
        return 0.0
    with_lanes = any(workspace.lanes_of(pool.id) for pool in pools)
    return POOL_HEADER + (LANE_HEADER if with_lanes else 0.0)


class _Story:
    """Assembles the flowables in document order, numbering the chosen sections."""

    def __init__(
        self,
        workspace: Workspace,
        content: SopContent,
        options: SopOptions,
        styles: Styles,
        document: _SopDocument,
    ) -> None:
        self.workspace = workspace
        self.content, self.options, self.styles = content, options, styles
        self.document = document
        self.width = document.frame_size(False)[0]
        self.number = 0
        self.story: list[Flowable] = []

    def heading(self, title: str) -> None:
        self.number += 1
        self.story.append(CondPageBreak(40 * mm))
        self.story.append(Paragraph(f"{self.number}  {escape(title)}", self.styles.h1))

    def build(self, diagram: LoadedDiagram | None) -> list[Flowable]:
        chosen, c, s, w = self.options.sections, self.content, self.styles, self.width
        self.story.extend(cover(c, self.options, s, w))
        self.story.append(PageBreak())
        if Section.CONTENTS in chosen:
            contents = TableOfContents(levelStyles=[s.toc_1, s.toc_2], dotsMinLevel=0)
            title = Paragraph(escape(tr("Contents")), s.toc_title)
            self.story += [title, Spacer(1, 6 * mm), contents]
            self.story.append(PageBreak())
        if Section.PURPOSE in chosen:
            self.heading(tr("Purpose, scope and definitions"))
            self.story += sections.purpose_section(c, s)
        if Section.ROLES in chosen:
            self.heading(tr("Roles and responsibilities"))
            self.story += sections.roles_section(c, s, w)
        if Section.DIAGRAM in chosen and diagram is not None:
            self._diagram(diagram)
        if Section.PROCEDURE in chosen:
            self.heading(tr("Procedure", "SOP section heading"))
            self.story += sections.procedure_section(c, s, w)
        if Section.CONTROLS in chosen and controls.has_controls_or_risks(self.workspace, c):
            self.heading(tr("Controls and risks"))
            self.story += controls.controls_section(self.workspace, c, s, w)
        if Section.KPIS in chosen:
            self.heading(tr("Performance indicators"))
            self.story += performance.kpi_section(c, s, w)
        if Section.WEAK_POINTS in chosen:
            self.heading(tr("Known weak points and improvement actions"))
            self.story += performance.weak_points_section(c, s, w)
        if Section.REVISIONS in chosen:
            self.heading(tr("Revision history"))
            self.story += sections.revisions_section(c, s, w)
        record = c.record
        if Section.CHANGES in chosen and record is not None and record.changes is not None:
            self.story.append(PageBreak())
            self.heading(tr("Changes since the last approved version"))
            self.story += changes_section(record.changes, record.changes_svg, s, w)
        return self.story

    def _diagram(self, diagram: LoadedDiagram) -> None:
        drawing, index = diagram.drawing, diagram.index
        header = _header_width(self.workspace, self.content.diagram.id)
        strip = index.left + header * scene_scale(diagram.svg, drawing) + 1 if header else 0.0
        portrait, wide = self.document.frame_size(False), self.document.frame_size(True)
        room = _HEADING_ROOM
        layout = plan_layout(
            drawing, (portrait[0], portrait[1] - room), (wide[0], wide[1] - room), strip
        )
        caption = diagram_label(self.content.diagram)
        if layout.landscape:
            self.story += [NextPageTemplate("landscape"), PageBreak()]
        else:
            self.story.append(PageBreak())
        self.heading(tr("Process diagram"))
        parts = tuple(tile.region for tile in layout.tiles)
        self.story.append(DrawingView(drawing, layout.scale, parts=parts))
        count = len(layout.tiles)
        if count:
            caption = tr("{diagram} — overview; %n parts follow", None, count).format(
                diagram=caption
            )
        self.story.append(Paragraph(escape(caption), self.styles.muted))
        for number, tile in enumerate(layout.tiles, start=1):
            # Parts share a page when they fit: a long, flat diagram needs fewer sheets.
            label = tr("Process diagram, part {part} of {parts}").format(part=number, parts=count)
            headers = None
            if tile.with_strip and layout.strip:
                band = (0.0, tile.region[1], layout.strip[2], tile.region[3])
                headers = (index.crop(band), band)
            part = DrawingView(index.crop(tile.region), layout.tile_scale, tile.region, headers)
            self.story.append(KeepTogether([Paragraph(escape(label), self.styles.h2), part]))
        if layout.landscape:
            self.story.append(NextPageTemplate("portrait"))
        self.story.append(PageBreak())
