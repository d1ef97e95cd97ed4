"""``performance_pdf``: the monthly process performance report as a PDF for management.

On landscape A4: the title, the month and a one-line summary with the process landscape
coloured by each process's KPI light (the window's own drawing, handed in as SVG, as the SOP
bundle does); the tally per band; one line per KPI, process by process, with its target,
actual, margin and a small trend chart; the processes off target with their open weak points
and the initiatives addressing them; the reviews overdue or due within a month. A month in
which no KPI was measured says so in place of the tables.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from procdesk.analysis.performance.report import PerformanceReport
from procdesk.export.performance import report_sections as sections
from procdesk.export.performance.words import period_name
from procdesk.export.report_frame import PAGE, WIDTH, build_report
from procdesk.export.sop.diagram import DrawingView, load_drawing
from procdesk.export.sop.fonts import register_fonts
from procdesk.export.sop.styles import MARGIN, Styles, make_styles
from procdesk.text import tr


def title_of(report: PerformanceReport) -> str:
    return tr("Process performance report {period}").format(period=period_name(report.period))


def performance_pdf(
    report: PerformanceReport, landscape_svg: bytes | None = None, workspace_name: str = ""
) -> bytes:
    """The report's bytes; *landscape_svg* is the landscape coloured by the report's lights."""
    register_fonts()
    styles = make_styles()
    footer = tr("Process performance report · {period} · page {page}")
    period = period_name(report.period)
    story = _front(report, landscape_svg, workspace_name, styles)
    if report.has_data:
        story += [PageBreak(), *sections.bands(report, styles, WIDTH)]
        story += sections.kpi_lines(report, styles, WIDTH)
        story += sections.off_target(report, styles, WIDTH)
    story += sections.reviews(report, styles, WIDTH)
    return build_report(
        story, title_of(report), lambda page: ("", footer.format(period=period, page=page))
    )


def _front(
    report: PerformanceReport, svg: bytes | None, workspace_name: str, styles: Styles
) -> list[Flowable]:
    as_of = tr("values as of {date}").format(date=report.as_of.isoformat())
    subtitle = " · ".join(part for part in (workspace_name, as_of) if part)
    story: list[Flowable] = [
        Paragraph(escape(title_of(report)), styles.cover_title),
        Paragraph(escape(subtitle), styles.cover_subtitle),
        Spacer(1, 3 * mm),
    ]
    if not report.has_data:
        return [*story, *sections.no_data(report, styles)]
    story.append(Paragraph(escape(sections.summary_line(report)), styles.body))
    if svg is not None:
        drawing = load_drawing(svg)
        room_h = PAGE[1] - 2 * MARGIN - 4 * mm - 42 * mm
        scale = min(WIDTH / float(drawing.width), room_h / float(drawing.height), 1.0)
        view = DrawingView(drawing, scale)
        view.hAlign = "CENTER"
        story += [Spacer(1, 2 * mm), view]
    return story
