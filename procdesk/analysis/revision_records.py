"""Weak points opened and closed, KPIs added, removed and changed, between two versions.

Both sides hold the same ids for what they share (a version is a frozen copy of the draft),
so records are paired by id. A weak point is *open* unless it is resolved; it was *opened*
when the later version has it open and the earlier one did not (absent or resolved), and
*closed* the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from procdesk.model.elements import Kpi, WeakPoint, WeakPointStatus
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

KPI_FIELDS = ("name", "unit", "target", "direction", "frequency", "step_id")
"""KPI attributes whose change a revision compare reports."""

_KPI_FIELD_LABELS = {
    "name": tr_noop("name", "KPI field"),
    "unit": tr_noop("unit", "KPI field"),
    "target": tr_noop("target", "KPI field"),
    "direction": tr_noop("direction", "KPI field"),
    "frequency": tr_noop("frequency", "KPI field"),
    "step_id": tr_noop("step", "KPI field"),
}


def kpi_field_label(name: str) -> str:
    """A KPI attribute (one of ``KPI_FIELDS``) in the user's words."""
    label = _KPI_FIELD_LABELS.get(name)
    return tr(label, "KPI field") if label is not None else name


@dataclass(frozen=True, slots=True)
class WeakPointInfo:
    """A weak point as a change list shows it: where it sits, what it says."""

    id: str
    category: str
    severity: int
    description: str
    where: str
    """The name of the element it is recorded on (its diagram's name for the whole diagram)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "severity": self.severity,
            "description": self.description,
            "where": self.where,
        }


@dataclass(frozen=True, slots=True)
class WeakPointChanges:
    opened: tuple[WeakPointInfo, ...] = ()
    closed: tuple[WeakPointInfo, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "opened": [p.to_json() for p in self.opened],
            "closed": [p.to_json() for p in self.closed],
        }


@dataclass(frozen=True, slots=True)
class KpiChange:
    """A KPI on both sides: the attributes that differ and its latest value on each."""

    id: str
    name: str
    fields: tuple[tuple[str, Any, Any], ...]
    latest: tuple[float | None, float | None]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "changes": {name: {"from": old, "to": new} for name, old, new in self.fields},
            "latest": {"from": self.latest[0], "to": self.latest[1]},
        }


@dataclass(frozen=True, slots=True)
class KpiChanges:
    added: tuple[Kpi, ...] = ()
    removed: tuple[Kpi, ...] = ()
    changed: tuple[KpiChange, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [{"id": k.id, "name": k.name} for k in self.added],
            "removed": [{"id": k.id, "name": k.name} for k in self.removed],
            "changed": [c.to_json() for c in self.changed],
        }


def _open_points(workspace: Workspace, process_id: str) -> dict[str, WeakPoint]:
    return {
        p.id: p
        for diagram in workspace.diagrams_of(process_id)
        for p in workspace.in_scope(diagram.id, WeakPoint)
        if p.status != WeakPointStatus.RESOLVED
    }


def _info(workspace: Workspace, point: WeakPoint) -> WeakPointInfo:
    target = workspace.find(point.target_id) or workspace.find(point.diagram_id)
    where = str(getattr(target, "name", "")) or point.target_id or ""
    return WeakPointInfo(point.id, point.category.value, point.severity, point.description, where)


def weak_point_changes(before: Workspace, after: Workspace, process_id: str) -> WeakPointChanges:
    """Weak points of the process opened and closed from *before* to *after*."""
    was, now = _open_points(before, process_id), _open_points(after, process_id)
    return WeakPointChanges(
        opened=tuple(_info(after, p) for i, p in now.items() if i not in was),
        closed=tuple(_info(before, p) for i, p in was.items() if i not in now),
    )


def _latest(workspace: Workspace, kpi_id: str) -> float | None:
    measurements = workspace.measurements_of(kpi_id)
    return measurements[-1].value if measurements else None


def kpi_changes(before: Workspace, after: Workspace, process_id: str) -> KpiChanges:
    """The process's KPIs added, removed, and changed (attributes or latest value)."""
    was = {k.id: k for k in before.kpis_of(process_id)}
    now = {k.id: k for k in after.kpis_of(process_id)}
    changed: list[KpiChange] = []
    for kpi_id, kpi in now.items():
        old = was.get(kpi_id)
        if old is None:
            continue
        differences = tuple(
            (name, _plain(getattr(old, name)), _plain(getattr(kpi, name)))
            for name in KPI_FIELDS
            if getattr(old, name) != getattr(kpi, name)
        )
        latest = (_latest(before, kpi_id), _latest(after, kpi_id))
        if differences or latest[0] != latest[1]:
            changed.append(KpiChange(kpi_id, kpi.name, differences, latest))
    return KpiChanges(
        added=tuple(k for i, k in now.items() if i not in was),
        removed=tuple(k for i, k in was.items() if i not in now),
        changed=tuple(changed),
    )


def _plain(value: object) -> object:
    return getattr(value, "value", value)
