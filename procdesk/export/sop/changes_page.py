"""The SOP page "Changes since the last approved version": what a reviewer signs off.

It names the two versions, shows the revision overlay of the first diagram (when the caller
drew one: added green, removed red, changed amber, moved with a grey trace), and lists the
changes in tables: steps (added, removed, changed with each field's old and new value,
moved), the process's attributes, weak points opened and closed, KPIs, and the key figures.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from procdesk.analysis.compare import FIGURE_LABELS, field_label, value_text
from procdesk.analysis.revision_compare import (
    DRAFT,
    DiagramRevision,
    RevisionComparison,
    process_field_label,
)
from procdesk.analysis.revision_records import kpi_field_label
from procdesk.export.sop.content import diagram_label, format_number
from procdesk.export.sop.diagram import DrawingView, load_drawing
from procdesk.export.sop.sections import table, text
from procdesk.export.sop.styles import Styles
from procdesk.text import tr

PICTURE_HEIGHT = 120 * mm
"""The overlay is scaled to the page's width, and at most this tall."""


def _side(label: str) -> str:
    return (
        tr("the working draft") if label == DRAFT else tr("version {version}").format(version=label)
    )


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
    for revision in changes.diagrams:
        rows = _step_rows(revision, styles)
        if rows:
            title = tr("Steps in {diagram}").format(diagram=diagram_label(revision.diagram))
            flowables += _titled(title, rows, styles, width)
    flowables += _titled(tr("Process attributes"), _process_rows(changes, styles), styles, width)
    flowables += _titled(tr("Weak points"), _weak_point_rows(changes, styles), styles, width)
    flowables += _titled(tr("Performance indicators"), _kpi_rows(changes, styles), styles, width)
    first = changes.diagram()
    if first is not None:
        flowables += _figures(first, styles, width)
    return flowables


def _picture(svg: bytes, styles: Styles, width: float) -> list[Flowable]:
    drawing = load_drawing(svg)
    scale = min(width / float(drawing.width), PICTURE_HEIGHT / float(drawing.height), 1.0)
    key = tr("Green: added · red: removed · amber: changed · grey line: moved (old to new place)")
    return [KeepTogether([DrawingView(drawing, scale), Paragraph(text(key), styles.muted)])]


def _titled(title: str, rows: list[list[object]], styles: Styles, width: float) -> list[Flowable]:
    if not rows:
        return []
    head = [Paragraph(text(h), styles.head) for h in (tr("Change"), tr("What"), tr("Details"))]
    return [
        Paragraph(text(title), styles.h2),
        table([head, *rows], [24 * mm, 55 * mm, width - 79 * mm]),
    ]


def _row(change: str, what: str, details: str, styles: Styles) -> list[object]:
    return [
        Paragraph(text(change), styles.cell_bold),
        Paragraph(text(what), styles.cell),
        Paragraph(text(details), styles.cell),
    ]


def _step_rows(revision: DiagramRevision, styles: Styles) -> list[list[object]]:
    comparison = revision.comparison
    rows = [_row(tr("Added"), s.name or s.id, s.lane, styles) for s in comparison.added]
    rows += [_row(tr("Removed"), s.name or s.id, s.lane, styles) for s in comparison.removed]
    for change in comparison.changed:
        details = "; ".join(
            tr("{field}: {old} → {new}").format(
                field=field_label(name), old=value_text(old), new=value_text(new)
            )
            for name, old, new in change.fields
        )
        rows.append(_row(tr("Changed"), change.after.name or change.after.id, details, styles))
    rows += [_row(tr("Moved"), m.name or m.id, "", styles) for m in revision.moved]
    return rows


def _process_rows(changes: RevisionComparison, styles: Styles) -> list[list[object]]:
    return [
        _row(
            tr("Changed"),
            process_field_label(name),
            tr("{old} → {new}").format(old=value_text(old), new=value_text(new)),
            styles,
        )
        for name, old, new in changes.process
    ]


def _weak_point_rows(changes: RevisionComparison, styles: Styles) -> list[list[object]]:
    records = changes.weak_points
    rows = [_row(tr("Opened"), p.description, p.where, styles) for p in records.opened]
    rows += [_row(tr("Closed"), p.description, p.where, styles) for p in records.closed]
    return rows


def _kpi_rows(changes: RevisionComparison, styles: Styles) -> list[list[object]]:
    kpis = changes.kpis
    rows = [_row(tr("Added"), k.name, k.unit, styles) for k in kpis.added]
    rows += [_row(tr("Removed"), k.name, k.unit, styles) for k in kpis.removed]
    for change in kpis.changed:
        parts = [
            tr("{field}: {old} → {new}").format(
                field=kpi_field_label(name), old=value_text(old), new=value_text(new)
            )
            for name, old, new in change.fields
        ]
        old, new = change.latest
        if old != new:
            parts.append(
                tr("latest value: {old} → {new}").format(old=_figure(old), new=_figure(new))
            )
        rows.append(_row(tr("Changed"), change.name, "; ".join(parts), styles))
    return rows


def _figure(value: float | None) -> str:
    return "—" if value is None else format_number(round(value, 2))


def _figures(revision: DiagramRevision, styles: Styles, width: float) -> list[Flowable]:
    head = [
        Paragraph(text(h), styles.head)
        for h in (tr("Figure"), tr("Before"), tr("After"), tr("Change"))
    ]
    rows: list[list[object]] = [head]
    for delta in revision.comparison.deltas:
        if delta.change == 0:
            continue
        label = FIGURE_LABELS.get(delta.figure)
        change = delta.change
        rows.append(
            [
                Paragraph(text(tr(label) if label else delta.figure), styles.cell),
                Paragraph(text(_figure(delta.before)), styles.cell),
                Paragraph(text(_figure(delta.after)), styles.cell),
                Paragraph(
                    text("—" if change is None else ("+" if change > 0 else "") + _figure(change)),
                    styles.cell,
                ),
            ]
        )
    if len(rows) == 1:
        return []
    title = tr("Key figures of {diagram}").format(diagram=diagram_label(revision.diagram))
    return [
        Spacer(1, 4),
        Paragraph(text(title), styles.h2),
        table(rows, [width - 90 * mm, 30 * mm, 30 * mm, 30 * mm]),
    ]
