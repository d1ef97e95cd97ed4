"""A revision compare as lines a person reads: "Changed · Check order · name: 'a' → 'b'".

The SOP's page of changes prints these as tables and the window lists them in a tree, so
both say the same thing in the same words. Each line may name the element it is about
(``element_id``, in ``diagram_id``), so a list can show it on the overlay.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.compare import FIGURE_LABELS, field_label, value_text
from procdesk.analysis.revision_compare import (
    DiagramRevision,
    RevisionComparison,
    process_field_label,
)
from procdesk.analysis.revision_records import kpi_field_label
from procdesk.model.naming import diagram_label
from procdesk.text import tr


@dataclass(frozen=True, slots=True)
class ChangeLine:
    change: str
    """"Added", "Removed", "Changed", "Moved", "Opened", "Closed" (translated)."""
    what: str
    details: str = ""
    element_id: str | None = None
    diagram_id: str | None = None


@dataclass(frozen=True, slots=True)
class ChangeGroup:
    title: str
    lines: tuple[ChangeLine, ...]


def _arrow(old: object, new: object) -> str:
    return tr("{old} → {new}").format(old=value_text(old), new=value_text(new))


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def step_lines(revision: DiagramRevision) -> tuple[ChangeLine, ...]:
    """Steps added, removed, changed (each field before and after) and moved."""
    comparison, diagram = revision.comparison, revision.diagram.id
    lines = [
        ChangeLine(tr("Added"), s.name or s.id, s.lane, s.id, diagram) for s in comparison.added
    ]
    lines += [
        ChangeLine(tr("Removed"), s.name or s.id, s.lane, s.id, diagram) for s in comparison.removed
    ]
    for change in comparison.changed:
        details = "; ".join(
            tr("{field}: {change}").format(field=field_label(name), change=_arrow(old, new))
            for name, old, new in change.fields
        )
        name = change.after.name or change.after.id
        lines.append(ChangeLine(tr("Changed"), name, details, change.after.id, diagram))
    lines += [ChangeLine(tr("Moved"), m.name or m.id, "", m.id, diagram) for m in revision.moved]
    return tuple(lines)


def change_groups(comparison: RevisionComparison) -> tuple[ChangeGroup, ...]:
    """Every change of a revision, grouped: each diagram's steps, the diagrams added and
    removed, the process's attributes, weak points, KPIs. Empty groups are left out."""
    groups = [
        ChangeGroup(
            tr("Steps in {diagram}").format(diagram=diagram_label(r.diagram)), step_lines(r)
        )
        for r in comparison.diagrams
    ]
    diagrams = [ChangeLine(tr("Added"), diagram_label(d)) for d in comparison.diagrams_added]
    diagrams += [ChangeLine(tr("Removed"), diagram_label(d)) for d in comparison.diagrams_removed]
    groups.append(ChangeGroup(tr("Diagrams"), tuple(diagrams)))
    groups.append(
        ChangeGroup(
            tr("Process attributes"),
            tuple(
                ChangeLine(tr("Changed"), process_field_label(name), _arrow(old, new))
                for name, old, new in comparison.process
            ),
        )
    )
    points = comparison.weak_points
    groups.append(
        ChangeGroup(
            tr("Weak points"),
            (
                *(ChangeLine(tr("Opened"), p.description or p.id, p.where) for p in points.opened),
                *(ChangeLine(tr("Closed"), p.description or p.id, p.where) for p in points.closed),
            ),
        )
    )
    groups.append(ChangeGroup(tr("Performance indicators"), _kpi_lines(comparison)))
    return tuple(group for group in groups if group.lines)


def _kpi_lines(comparison: RevisionComparison) -> tuple[ChangeLine, ...]:
    kpis = comparison.kpis
    lines = [ChangeLine(tr("Added"), k.name, k.unit) for k in kpis.added]
    lines += [ChangeLine(tr("Removed"), k.name, k.unit) for k in kpis.removed]
    for change in kpis.changed:
        parts = [
            tr("{field}: {change}").format(field=kpi_field_label(name), change=_arrow(old, new))
            for name, old, new in change.fields
        ]
        old, new = change.latest
        if old != new:
            latest = tr("{old} → {new}").format(old=_number(old), new=_number(new))
            parts.append(tr("latest value: {change}").format(change=latest))
        lines.append(ChangeLine(tr("Changed"), change.name, "; ".join(parts)))
    return tuple(lines)


def figure_rows(revision: DiagramRevision) -> tuple[tuple[str, str, str, str], ...]:
    """(figure, before, after, change) of every figure of the diagram that changed."""
    rows: list[tuple[str, str, str, str]] = []
    for delta in revision.comparison.deltas:
        if delta.change == 0:
            continue
        label = FIGURE_LABELS.get(delta.figure)
        change = delta.change
        shown = "—" if change is None else ("+" if change > 0 else "") + _number(change)
        rows.append(
            (
                tr(label) if label else delta.figure,
                _number(delta.before),
                _number(delta.after),
                shown,
            )
        )
    return tuple(rows)
