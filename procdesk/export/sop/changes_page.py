"""The SOP page "Changes since the last approved version": what a reviewer signs off.

It names the two versions, shows the revision overlay of the first diagram (when the caller
drew one: added green, removed red, changed amber, moved with a grey trace), and lists the
changes (``analysis.revision_lines``, the words the window uses too) in tables: each
diagram's steps, the process's attributes, weak points, KPIs, and the key figures.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from procdesk.analysis.revision_compare import DRAFT, RevisionComparison
from procdesk.analysis.revision_lines import ChangeGroup, change_groups, figure_rows
from procdesk.export.sop.diagram import DrawingView, load_drawing
from procdesk.export.sop.sections import table, text
from procdesk.export.sop.styles import Styles
from procdesk.model.naming import diagram_label
from procdesk.text import tr

PICTURE_HEIGHT = 120 * mm
"""The overlay is scaled to the page's width, and at most this tall."""


def _side(label: str) -> str:
    if label == DRAFT:
        return tr("the working draft")
    return tr("version {version}").format(version=label)


def changes_section(
    changes: RevisionComparison, svg: bytes | None, styles: Styles, width: float
) -> list[Flowable]:
    """The flowables of the changes page (its heading is the caller's)."""
    intro = tr("From {before} to {after}.").format(
        before=_side(changes.before.label), after=_side(changes.after.label)
    )
    flowables: list[Flowable] = [Paragraph(text(intro), styles.body)]
    if changes.is_empty:
        flowables.append(Paragraph(text(tr("Nothing has changed.")), styles.body))
        return flowables
    if svg is not None:
        flowables += _picture(svg, styles, width)
    for group in change_groups(changes):
        flowables += _group(group, styles, width)
    first = changes.diagram()
    if first is not None:
        flowables += _figures(diagram_label(first.diagram), figure_rows(first), styles, width)
    return flowables


def _picture(svg: bytes, styles: Styles, width: float) -> list[Flowable]:
    drawing = load_drawing(svg)
    scale = min(width / float(drawing.width), PICTURE_HEIGHT / float(drawing.height), 1.0)
    key = tr("Green: added · red: removed · amber: changed · grey line: moved (old to new place)")
    return [KeepTogether([DrawingView(drawing, scale), Paragraph(text(key), styles.muted)])]


def _group(group: ChangeGroup, styles: Styles, width: float) -> list[Flowable]:
    head = [Paragraph(text(h), styles.head) for h in (tr("Change"), tr("What"), tr("Details"))]
    rows: list[list[object]] = [head]
    for line in group.lines:
        rows.append(
            [
                Paragraph(text(line.change), styles.cell_bold),
                Paragraph(text(line.what), styles.cell),
                Paragraph(text(line.details), styles.cell),
            ]
        )
    return [
        Paragraph(text(group.title), styles.h2),
        table(rows, [24 * mm, 55 * mm, width - 79 * mm]),
    ]


def _figures(
    diagram: str, rows: tuple[tuple[str, str, str, str], ...], styles: Styles, width: float
) -> list[Flowable]:
    if not rows:
        return []
    heads = (tr("Figure"), tr("Before"), tr("After"), tr("Change"))
    cells: list[list[object]] = [[Paragraph(text(h), styles.head) for h in heads]]
    cells += [[Paragraph(text(value), styles.cell) for value in row] for row in rows]
    return [
        Spacer(1, 4),
        Paragraph(text(tr("Key figures of {diagram}").format(diagram=diagram)), styles.h2),
        table(cells, [width - 90 * mm, 30 * mm, 30 * mm, 30 * mm]),
    ]
