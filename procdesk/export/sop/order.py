"""Flow order: the sequence in which an SOP numbers a diagram's steps.

A reader follows a procedure from its trigger to its result, so steps are numbered in the order
of the sequence flows, not in the order they were drawn. The order is the reverse post-order of a
depth-first walk from each start: every step comes after the steps that lead to it (loops aside),
and the branch that runs straight ahead (most probable, least vertical offset) is numbered first,
so the main path reads without jumps and exception paths follow it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from procdesk.model.elements import Flow, FlowKind, Step, StepKind
from procdesk.model.workspace import Workspace


@dataclass(slots=True)
class FlowGraph:
    """The sequence flows of one diagram between its steps, with lookups both ways."""

    steps: dict[str, Step]
    outgoing: dict[str, list[Flow]] = field(default_factory=lambda: defaultdict(list))
    incoming: dict[str, list[Flow]] = field(default_factory=lambda: defaultdict(list))
    boundary: dict[str, list[Step]] = field(default_factory=lambda: defaultdict(list))
    inner: dict[str, list[Step]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, workspace: Workspace, diagram_id: str) -> FlowGraph:
        steps = {s.id: s for s in workspace.elements_of(diagram_id, Step)}
        graph = cls(steps)
        for flow in workspace.elements_of(diagram_id, Flow):
            if flow.kind != FlowKind.SEQUENCE:
                continue
            if flow.source_id in steps and flow.target_id in steps:
                graph.outgoing[flow.source_id].append(flow)
                graph.incoming[flow.target_id].append(flow)
        for step in steps.values():
            if step.attached_to and step.attached_to in steps:
                graph.boundary[step.attached_to].append(step)
            elif step.parent_id in steps:
                graph.inner[step.parent_id].append(step)
        return graph

    def is_entry(self, step: Step) -> bool:
        """Whether the walk may start at *step*: nothing flows into it and it hangs on nothing."""
        return not self.incoming.get(step.id) and not (
            step.attached_to and step.attached_to in self.steps
        )

    def preference(self, flow: Flow) -> tuple[float, float, float]:
        """Sort key of an outgoing flow: most probable, then straight ahead, then leftmost."""
        source, target = self.steps[flow.source_id], self.steps[flow.target_id]
        dy = abs(target.bounds.center.y - source.bounds.center.y)
        return (-(flow.probability or 0.0), dy, target.bounds.x)


def _reading_key(step: Step) -> tuple[int, float, float]:
    """Start events first, then left to right, top to bottom."""
    return (0 if step.kind == StepKind.START_EVENT else 1, step.bounds.x, step.bounds.y)


def flow_order(graph: FlowGraph) -> list[Step]:
    """All steps of *graph* in the order an SOP numbers them (see the module docstring)."""
    placed: set[str] = set()
    order: list[Step] = []

    def successors(step: Step) -> list[Step]:
        # The walk pops from the end, so the first successor is visited last and, in reverse
        # post-order, numbered first: inner steps of a sub-process come right after it, then
        # its outgoing flows (preferred first). Boundary events wait until the main flow is
        # numbered: exceptions read best after the normal course of events.
        inner = [s for s in graph.inner.get(step.id, ()) if graph.is_entry(s)]
        flows = sorted(graph.outgoing.get(step.id, ()), key=graph.preference)
        return [*sorted(inner, key=_reading_key), *(graph.steps[f.target_id] for f in flows)]

    def walk(root: Step) -> None:
        segment: list[Step] = []
        placed.add(root.id)
        stack: list[tuple[Step, list[Step]]] = [(root, successors(root))]
        while stack:
            step, pending = stack[-1]
            while pending and pending[-1].id in placed:
                pending.pop()
            if pending:
                child = pending.pop()
                placed.add(child.id)
                stack.append((child, successors(child)))
            else:
                stack.pop()
                segment.append(step)
        order.extend(reversed(segment))

    top_level = [s for s in graph.steps.values() if s.parent_id not in graph.steps]
    candidates: list[Callable[[Step], bool]] = [
        lambda s: s.kind == StepKind.START_EVENT and graph.is_entry(s),
        graph.is_entry,
    ]
    for accept in candidates:
        for root in sorted(top_level, key=_reading_key):
            if root.id not in placed and accept(root):
                walk(root)
    # Exceptions, in the order of the steps they interrupt (which may themselves be exceptions
    # or inside a sub-process), then whatever no flow reaches, left to right.
    index = 0
    while index < len(order):
        for boundary in sorted(graph.boundary.get(order[index].id, ()), key=_reading_key):
            if boundary.id not in placed:
                walk(boundary)
        index += 1
    for leftover in sorted(graph.steps.values(), key=_reading_key):
        if leftover.id not in placed:
            walk(leftover)
    return order
