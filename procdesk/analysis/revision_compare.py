"""Two versions of a process compared: what an auditor asks after "what changed since 1.2?".

Each diagram the two versions share is compared as the as-is/to-be comparison compares two
diagrams (``compare.compare_graphs``: steps added, removed and changed, on every field an SOP
prints, and every figure's change), plus what only makes sense between versions of the same
drawing: shapes that moved, flows added, removed or rewired. Around that: the process's own
attributes, weak points opened and closed, KPIs added, removed or changed (with their latest
value on each side). The two sides are workspaces of their own (``snapshots``), or the live
workspace for the working draft.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from procdesk.analysis.compare import REVISION_FIELDS, Comparison, compare_graphs
from procdesk.analysis.graph import build_graph
from procdesk.analysis.revision_records import (
    KpiChanges,
    WeakPointChanges,
    kpi_changes,
    weak_point_changes,
)
from procdesk.model.elements import Diagram, DiagramElement, Flow, Process, Shape, Step
from procdesk.model.geometry import Rect
from procdesk.model.releases import (
    Release,
    approval_of,
    find_release,
    last_approved_before,
    releases_of,
)
from procdesk.model.snapshots import version_workspace
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

DRAFT = "draft"
"""The side of a compare that is the live process, the working draft."""

PROCESS_FIELDS = tuple(
    f.name
    for f in fields(Process)
    if f.name not in ("id", "foreign", "version", "status", "revisions", "order")
)
"""Process attributes a revision compare reports (its number and status are the versions')."""

_PROCESS_FIELD_LABELS = {
    "name": tr_noop("name", "process field"),
    "purpose": tr_noop("purpose", "process field"),
    "scope": tr_noop("scope", "process field"),
    "definitions": tr_noop("definitions", "process field"),
    "owner": tr_noop("process owner", "process field"),
    "document_id": tr_noop("document number", "process field"),
    "effective_date": tr_noop("effective from", "process field"),
    "review_date": tr_noop("next review", "process field"),
    "review_interval_months": tr_noop("review interval (months)", "process field"),
    "documentation": tr_noop("documentation", "process field"),
}


def process_field_label(name: str) -> str:
    """A process attribute (one of ``PROCESS_FIELDS``) in the user's words."""
    label = _PROCESS_FIELD_LABELS.get(name)
    return tr(label, "process field") if label is not None else name.replace("_", " ")


MOVE_TOLERANCE = 0.5
"""Scene units a shape may shift before it counts as moved."""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a revision compare: ``label`` is the version ("1.2") or "draft"."""

    label: str
    workspace: Workspace


@dataclass(frozen=True, slots=True)
class Moved:
    """A shape in both versions at another place: its bounds before and after."""

    id: str
    name: str
    before: Rect
    after: Rect


@dataclass(frozen=True, slots=True)
class DiagramRevision:
    """One diagram in two versions: the step comparison and the drawing's changes."""

    comparison: Comparison
    moved: tuple[Moved, ...]
    added: tuple[str, ...]
    """Ids of every element (steps, other shapes, flows) only the later version has."""
    removed: tuple[str, ...]
    """Ids of every element only the earlier version has."""
    changed: tuple[str, ...]
    """Ids (in the later version) of changed steps, renamed shapes and rewired flows."""

    @property
    def diagram(self) -> Diagram:
        return self.comparison.after

    def statuses(self) -> dict[str, str]:
        """Element id → "added", "removed", "changed" or "moved", as the overlay colours them."""
        found = {i: "moved" for i in (m.id for m in self.moved)}
        found.update(dict.fromkeys(self.changed, "changed"))
        found.update(dict.fromkeys(self.added, "added"))
        found.update(dict.fromkeys(self.removed, "removed"))
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            **self.comparison.to_json(),
            "moved": [{"id": m.id, "name": m.name} for m in self.moved],
        }


@dataclass(frozen=True, slots=True)
class RevisionComparison:
    """Everything that differs between two versions of one process."""

    before: Side
    after: Side
    diagrams: tuple[DiagramRevision, ...]
    diagrams_added: tuple[Diagram, ...]
    diagrams_removed: tuple[Diagram, ...]
    process: tuple[tuple[str, Any, Any], ...]
    weak_points: WeakPointChanges
    kpis: KpiChanges

    def diagram(self, diagram_id: str | None = None) -> DiagramRevision | None:
        """The revision of *diagram_id* (None: the first diagram both versions have)."""
        for revision in self.diagrams:
            if diagram_id is None or revision.diagram.id == diagram_id:
                return revision
        return None

    @property
    def is_empty(self) -> bool:
        drawn = any(r.added or r.removed or r.changed or r.moved for r in self.diagrams)
        return not (
            drawn
            or self.diagrams_added
            or self.diagrams_removed
            or self.process
            or self.weak_points.opened
            or self.weak_points.closed
            or self.kpis.added
            or self.kpis.removed
            or self.kpis.changed
        )

    def to_json(self, diagram_id: str | None = None) -> dict[str, Any]:
        """``compare --json``'s shape for one diagram (the first by default), each side
        naming its ``version``, and the revision's other changes beside it."""
        data: dict[str, Any] = {}
        shown = self.diagram(diagram_id)
        if shown is not None:
            data.update(shown.to_json())
        data.setdefault("from", {})["version"] = self.before.label
        data.setdefault("to", {})["version"] = self.after.label
        data["process"] = {name: {"from": old, "to": new} for name, old, new in self.process}
        data["weak_points"] = self.weak_points.to_json()
        data["kpis"] = self.kpis.to_json()
        data["diagrams"] = [r.to_json() for r in self.diagrams]
        data["diagrams_added"] = [_diagram_json(d) for d in self.diagrams_added]
        data["diagrams_removed"] = [_diagram_json(d) for d in self.diagrams_removed]
        return data


def _diagram_json(diagram: Diagram) -> dict[str, str]:
    return {"id": diagram.id, "name": diagram.name, "variant": diagram.variant}


def side(workspace: Workspace, process_id: str, key: str) -> Side:
    """The draft (*key* "draft") or the released version *key* of a process; LookupError
    (with a message for the user) when the process has no such version. A snapshot that
    cannot be read raises ``SnapshotError``."""
    if key.strip().casefold() == DRAFT:
        return Side(DRAFT, workspace)
    release = find_release(workspace, process_id, key)
    if release is None:
        known = ", ".join(r.version for r in releases_of(workspace, process_id))
        message = tr("the process has no version {version} (versions: {known})")
        raise LookupError(message.format(version=key, known=known or tr("none yet")))
    return Side(release.version, version_workspace(workspace, release))


def last_approved(workspace: Workspace, process_id: str, release: Release | None) -> Release | None:
    """The version the "changes since the last approved version" start from: for *release*,
    the highest version below it that was approved; for the draft (None), the highest
    version ever approved."""
    if release is not None:
        return last_approved_before(workspace, release)
    approved = [r for r in releases_of(workspace, process_id) if approval_of(workspace, r.id)]
    return approved[-1] if approved else None


def compare_revisions(before: Side, after: Side, process_id: str) -> RevisionComparison:
    """Compare the process *process_id* as *before* holds it with what *after* holds."""
    old_diagrams = {d.id: d for d in before.workspace.diagrams_of(process_id)}
    new_diagrams = {d.id: d for d in after.workspace.diagrams_of(process_id)}
    revisions = tuple(
        _diagram_revision(before.workspace, after.workspace, diagram_id)
        for diagram_id in new_diagrams
        if diagram_id in old_diagrams
    )
    old_process = before.workspace.get(process_id, Process)
    new_process = after.workspace.get(process_id, Process)
    process = tuple(
        (name, getattr(old_process, name), getattr(new_process, name))
        for name in PROCESS_FIELDS
        if getattr(old_process, name) != getattr(new_process, name)
    )
    return RevisionComparison(
        before=before,
        after=after,
        diagrams=revisions,
        diagrams_added=tuple(d for i, d in new_diagrams.items() if i not in old_diagrams),
        diagrams_removed=tuple(d for i, d in old_diagrams.items() if i not in new_diagrams),
        process=process,
        weak_points=weak_point_changes(before.workspace, after.workspace, process_id),
        kpis=kpi_changes(before.workspace, after.workspace, process_id),
    )


def _diagram_revision(old: Workspace, new: Workspace, diagram_id: str) -> DiagramRevision:
    comparison = compare_graphs(
        old, build_graph(old, diagram_id), new, build_graph(new, diagram_id), REVISION_FIELDS
    )
    before = {e.id: e for e in old.elements_of(diagram_id)}
    after = {e.id: e for e in new.elements_of(diagram_id)}
    pairs = {**{i: i for i in before if i in after}, **comparison.matches}
    paired_after = set(pairs.values())
    added = tuple(i for i in after if i not in paired_after)
    removed = tuple(i for i in before if i not in pairs)
    changed = [c.after.id for c in comparison.changed]
    moved: list[Moved] = []
    for old_id, new_id in pairs.items():
        was, now = before[old_id], after[new_id]
        if isinstance(was, Shape) and isinstance(now, Shape) and _moved(was.bounds, now.bounds):
            moved.append(Moved(now.id, now.name, was.bounds, now.bounds))
        if not isinstance(now, Step) and _relabelled(was, now):
            changed.append(new_id)
    return DiagramRevision(comparison, tuple(moved), added, removed, tuple(changed))


def _moved(before: Rect, after: Rect) -> bool:
    return (
        abs(before.center.x - after.center.x) > MOVE_TOLERANCE
        or abs(before.center.y - after.center.y) > MOVE_TOLERANCE
    )


def _relabelled(was: DiagramElement, now: DiagramElement) -> bool:
    """A shape renamed, or a flow rewired or renamed (geometry aside)."""
    if (was.name, was.documentation) != (now.name, now.documentation):
        return True
    if isinstance(was, Flow) and isinstance(now, Flow):
        return (was.source_id, was.target_id, was.condition, was.probability) != (
            now.source_id,
            now.target_id,
            now.condition,
            now.probability,
        )
    return False
