"""As-is against to-be: which steps were added, removed or changed, and what the figures gained.

Steps are matched by id first (two versions of one diagram share them), then by where they
came from ("Create to-be from as-is" gives each copy the id of its original as
``origin_id``), then by name for steps drawn afresh. A matched step is *changed* when its
name, lane, kind, duration, cost or role differ (a revision compare also reads the texts an
SOP prints: ``REVISION_FIELDS``). ``compare_graphs`` compares diagrams of two workspaces (two
released versions of a process); ``compare`` two diagrams of one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from procdesk.analysis.graph import FlowGraph, build_graph
from procdesk.analysis.metrics import Metrics, metrics_of_graph
from procdesk.model.elements import Diagram, Duration, Step
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

COMPARED_FIELDS = ("name", "lane", "kind", "duration", "cost", "role")
"""Step fields the comparison looks at; the names are ``compare --json``'s keys."""

REVISION_FIELDS = (*COMPARED_FIELDS, "instruction", "inputs", "outputs", "systems", "documentation")
"""Step fields two versions of a process are compared on: the figures and every SOP text."""

_FIELD_LABELS = {
    "name": tr_noop("name", "compared step field"),
    "lane": tr_noop("lane", "compared step field"),
    "kind": tr_noop("kind", "compared step field"),
    "duration": tr_noop("duration", "compared step field"),
    "cost": tr_noop("cost", "compared step field"),
    "role": tr_noop("role", "compared step field"),
    "instruction": tr_noop("work instruction", "compared step field"),
    "inputs": tr_noop("inputs", "compared step field"),
    "outputs": tr_noop("outputs", "compared step field"),
    "systems": tr_noop("systems", "compared step field"),
    "documentation": tr_noop("documentation", "compared step field"),
}
"""Each compared field as the user reads it (see ``field_label``)."""

DELTA_FIGURES = (
    "steps",
    "handoffs",
    "paths",
    "loops",
    "cycle_time",
    "cost",
    "work_time",
    "waiting_time",
    "weak_points_open",
)

FIGURE_LABELS = {
    "steps": tr_noop("Steps"),
    "handoffs": tr_noop("Hand-offs"),
    "paths": tr_noop("Start-to-end paths"),
    "loops": tr_noop("Rework loops"),
    "cycle_time": tr_noop("Expected cycle time (min)"),
    "cost": tr_noop("Expected cost"),
    "work_time": tr_noop("Work time (min)"),
    "waiting_time": tr_noop("Waiting time (min)"),
    "weak_points_open": tr_noop("Open weak points"),
}
"""Each figure of ``DELTA_FIGURES`` in the user's words (``tr`` on showing)."""

COUNTED_FIGURES = frozenset({"steps", "handoffs", "paths", "loops", "weak_points_open"})


@dataclass(frozen=True, slots=True)
class StepInfo:
    """A step as the comparison shows it: id, name, kind and lane name."""

    id: str
    name: str
    kind: str
    lane: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "lane": self.lane}


@dataclass(frozen=True, slots=True)
class StepChange:
    """A step found in both diagrams whose fields differ: field → (before, after)."""

    before: StepInfo
    after: StepInfo
    fields: tuple[tuple[str, Any, Any], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "from_id": self.before.id,
            "to_id": self.after.id,
            "name": self.after.name or self.before.name,
            "changes": {name: {"from": old, "to": new} for name, old, new in self.fields},
        }


@dataclass(frozen=True, slots=True)
class Delta:
    """One figure before and after; ``change`` is None when either side is unknown."""

    figure: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        if not (math.isfinite(self.before) and math.isfinite(self.after)):
            return None
        return self.after - self.before

    def to_json(self) -> dict[str, float | None]:
        count = self.figure in COUNTED_FIGURES
        return {
            "from": _clean(self.before, count),
            "to": _clean(self.after, count),
            "delta": _clean(self.change, count),
        }


def _clean(value: float | None, count: bool) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return int(value) if count else round(value, 6)


@dataclass(frozen=True, slots=True)
class Comparison:
    """The difference between two diagrams of a process."""

    before: Diagram
    after: Diagram
    added: tuple[StepInfo, ...]
    removed: tuple[StepInfo, ...]
    changed: tuple[StepChange, ...]
    unchanged: int
    matches: dict[str, str]
    deltas: tuple[Delta, ...]
    before_metrics: Metrics
    after_metrics: Metrics

    def delta(self, figure: str) -> Delta:
        return next(d for d in self.deltas if d.figure == figure)

    def to_json(self) -> dict[str, Any]:
        """The comparison as ``compare --json`` prints it."""
        return {
            "from": _diagram_json(self.before),
            "to": _diagram_json(self.after),
            "added": [s.to_json() for s in self.added],
            "removed": [s.to_json() for s in self.removed],
            "changed": [c.to_json() for c in self.changed],
            "unchanged": self.unchanged,
            "deltas": {d.figure: d.to_json() for d in self.deltas},
        }


def _diagram_json(diagram: Diagram) -> dict[str, str]:
    return {"id": diagram.id, "name": diagram.name, "variant": diagram.variant}


def match_steps(before: FlowGraph, after: FlowGraph) -> dict[str, str]:
    """Pairs (before id → after id): by id, then by origin, then by name among the rest."""
    by_id = before.steps
    by_origin = {s.origin_id: s.id for s in by_id.values() if s.origin_id}
    matches: dict[str, str] = {}
    taken: set[str] = set()
    for step in after.steps.values():
        candidates = [
            step.id if step.id in by_id else None,
            step.origin_id if step.origin_id in by_id else None,
            by_origin.get(step.id),
            by_origin.get(step.origin_id) if step.origin_id else None,
        ]
        found = next((c for c in candidates if c is not None and c not in matches), None)
        if found is not None:
            matches[found] = step.id
            taken.add(step.id)
    free: dict[str, list[str]] = {}
    for step in before.steps.values():
        key = _name_key(step)
        if step.id not in matches and key:
            free.setdefault(key, []).append(step.id)
    for step in after.steps.values():
        if step.id in taken:
            continue
        waiting = free.get(_name_key(step))
        if waiting:
            matches[waiting.pop(0)] = step.id
            taken.add(step.id)
    return matches


def _name_key(step: Step) -> str:
    return " ".join(step.name.split()).casefold()


def _info(graph: FlowGraph, step: Step) -> StepInfo:
    lane = graph.lane_of[step.id]
    lane_name = graph.lanes[lane].name if lane in graph.lanes else ""
    return StepInfo(step.id, step.name, step.kind.value, lane_name)


def _value(graph: FlowGraph, step: Step, name: str) -> Any:
    if name == "lane":
        return _info(graph, step).lane
    value = getattr(step, name)
    if isinstance(value, Duration):
        return {"min": value.min, "typical": value.typical, "max": value.max}
    if isinstance(value, tuple):
        return list(value)
    return getattr(value, "value", value)


def compare(workspace: Workspace, before_id: str, after_id: str) -> Comparison:
    """Compare diagram *before_id* (e.g. the as-is) with *after_id* (e.g. the to-be)."""
    before, after = build_graph(workspace, before_id), build_graph(workspace, after_id)
    return compare_graphs(workspace, before, workspace, after)


def compare_graphs(
    before_workspace: Workspace,
    before: FlowGraph,
    after_workspace: Workspace,
    after: FlowGraph,
    fields: tuple[str, ...] = COMPARED_FIELDS,
) -> Comparison:
    """Compare two diagrams' graphs, each read with the workspace that holds it, on *fields*."""
    matches = match_steps(before, after)
    matched_after = set(matches.values())
    changed: list[StepChange] = []
    for old_id, new_id in matches.items():
        old, new = before.steps[old_id], after.steps[new_id]
        differences = tuple(
            (name, _value(before, old, name), _value(after, new, name))
            for name in fields
            if _value(before, old, name) != _value(after, new, name)
        )
        if differences:
            changed.append(StepChange(_info(before, old), _info(after, new), differences))
    old_metrics = metrics_of_graph(before_workspace, before)
    new_metrics = metrics_of_graph(after_workspace, after)
    deltas = tuple(
        Delta(figure, _figure(old_metrics, figure), _figure(new_metrics, figure))
        for figure in DELTA_FIGURES
    )
    return Comparison(
        before=before.diagram,
        after=after.diagram,
        added=tuple(_info(after, s) for s in after.steps.values() if s.id not in matched_after),
        removed=tuple(_info(before, s) for s in before.steps.values() if s.id not in matches),
        changed=tuple(changed),
        unchanged=len(matches) - len(changed),
        matches=matches,
        deltas=deltas,
        before_metrics=old_metrics,
        after_metrics=new_metrics,
    )


def _figure(figures: Metrics, figure: str) -> float | None:
    """A figure as a number: lists (hand-offs, loops) count their items."""
    value = getattr(figures, figure)
    if isinstance(value, tuple):
        return float(len(value))
    return None if value is None else float(value)


def field_label(name: str) -> str:
    """A compared field (one of ``COMPARED_FIELDS``) in the user's words."""
    label = _FIELD_LABELS.get(name)
    return tr(label, "compared step field") if label is not None else name


def value_text(value: object) -> str:
    """A compared field's value in words: durations as min/typical/max minutes."""
    if value is None or value == "":
        return tr("none", "compared value")
    if isinstance(value, dict):
        return tr("{min}/{typical}/{max} min").format(
            min=f"{value['min']:g}", typical=f"{value['typical']:g}", max=f"{value['max']:g}"
        )
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(f"'{item}'" for item in value)
    return f"'{value}'" if isinstance(value, str) else str(value)
