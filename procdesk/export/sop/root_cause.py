"""A weak point's root-cause analysis in the SOP: under the weak point's row, its 5 Whys as a
numbered list and its fishbone drawing, scaled to the table's width."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from procdesk.analysis.fishbone_layout import layout_fishbone, reader_legend
from procdesk.export.root_cause.drawing import fishbone_drawing, pdf_measure
from procdesk.export.sop.content import RootCauseEntry
from procdesk.export.sop.sections import text
from procdesk.export.sop.styles import Styles
from procdesk.text import tr

MAX_HEIGHT = 110 * mm
"""A fishbone is kept this low, so that its row fits on a page with the row above it."""


def analysis_cell(entry: RootCauseEntry, styles: Styles, width: float) -> list[Flowable]:
    """The flowables of the row under an analysed weak point."""
    cell: list[Flowable] = [Paragraph(text(tr("Root-cause analysis")), styles.cell_bold)]
    if entry.whys:
        cell.append(Paragraph(f"<i>{text(tr('5 Whys'))}</i>", styles.cell))
        for number, (why, because) in enumerate(entry.whys, start=1):
            line = tr("{number}. {why} — <i>Because:</i> {because}").format(
                number=number, why=text(why) or "…", because=text(because) or "…"
            )
            cell.append(Paragraph(line, styles.cell))
    if entry.fishbone is not None:
        layout = layout_fishbone(entry.fishbone, pdf_measure, legend=reader_legend())
        cell += [
            Spacer(1, 2 * mm),
            Paragraph(f"<i>{text(tr('Fishbone diagram'))}</i>", styles.cell),
            fishbone_drawing(layout, fit=(width, MAX_HEIGHT)),
        ]
    return cell
