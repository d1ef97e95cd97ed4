"""Figures of one diagram: steps, hand-offs, paths, rework loops, cycle time and cost.

A *hand-off* is a sequence flow whose source and target sit in different lanes, or a message
flow between pools: each is a place where work changes hands and often waits. Path counts,
loops, the longest path, cycle time and cost are those of the main flow scope (the pool doing
most of the work; see ``FlowGraph.main_scope``). Durations are in minutes, as entered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from procdesk.analysis.expected import step_figures, time_to_end, visits
from procdesk.analysis.graph import FlowGraph, build_graph
from procdesk.analysis.walks import components, main_flow
from procdesk.model.elements import (
    Flow,
    StepKind,
    WeakPoint,
    WeakPointCategory,
    WeakPointStatus,
)
from procdesk.model.workspace import Workspace
from procdesk.text import tr

_WAITING_KINDS = (
    StepKind.INTERMEDIATE_CATCH_EVENT,
    StepKind.RECEIVE_TASK,
    StepKind.EVENT_BASED_GATEWAY,
)


@dataclass(frozen=True, slots=True)
class Handoff:
    """One place where work changes hands: a flow between lanes (or pools)."""

    flow: str
    kind: str  # "lane" or "pool"
    source: str
    target: str
    from_name: str
    to_name: str


@dataclass(frozen=True, slots=True)
class Loop:
    """A rework loop: the flow jumping back, the step it returns to, the steps redone, and the
    chance of going round once more."""

    flow: str
    head: str
    steps: tuple[str, ...]
    probability: float


@dataclass(frozen=True, slots=True)
class LaneCount:
    lane: str | None
    name: str
    steps: int


@dataclass(frozen=True, slots=True)
class Metrics:
    """The figures of one diagram; ``None`` where the diagram holds no data for a figure."""

    steps: int
    steps_per_lane: tuple[LaneCount, ...]
    handoffs: tuple[Handoff, ...]
    paths: int
    loops: tuple[Loop, ...]
    longest_path: tuple[str, ...]
    longest_path_duration: float | None
    cycle_time: float | None
    cost: float | None
    work_time: float | None
    waiting_time: float | None
    weak_points_open: int

    def to_json(self) -> dict[str, Any]:
        """The figures as ``check --json`` prints them (counts first, then the details)."""
        return {
            "steps": self.steps,
            "handoffs": len(self.handoffs),
            "paths": self.paths,
            "loops": len(self.loops),
            "cycle_time": _finite(self.cycle_time),
            "cost": _finite(self.cost),
            "work_time": _finite(self.work_time),
            "waiting_time": _finite(self.waiting_time),
            "weak_points_open": self.weak_points_open,
            "longest_path": {
                "steps": list(self.longest_path),
                "duration": _finite(self.longest_path_duration),
            },
            "steps_per_lane": [
                {"lane": c.lane, "name": c.name, "steps": c.steps} for c in self.steps_per_lane
            ],
            "handoff_list": [
                {
                    "flow": h.flow,
                    "kind": h.kind,
                    "from": h.source,
                    "to": h.target,
                    "from_name": h.from_name,
                    "to_name": h.to_name,
                }
                for h in self.handoffs
            ],
            "loop_list": [
                {
                    "flow": lp.flow,
                    "head": lp.head,
                    "steps": list(lp.steps),
                    "probability": lp.probability,
                }
                for lp in self.loops
            ],
        }


def _finite(value: float | None) -> float | None:
    """JSON has no infinity: an endless loop's figure is reported as null."""
    if value is None or not math.isfinite(value):
        return None
    return round(value, 6)


def handoffs(graph: FlowGraph) -> list[Handoff]:
    """Sequence flows between lanes and message flows between pools, in drawing order."""
    result: list[Handoff] = []
    for flow in graph.sequence_flows.values():
        source, target = graph.lane_of[flow.source_id], graph.lane_of[flow.target_id]
        if source is not None and target is not None and source != target:
            result.append(
                Handoff(
                    flow.id,
                    "lane",
                    source,
                    target,
                    graph.lanes[source].name if source in graph.lanes else source,
                    graph.lanes[target].name if target in graph.lanes else target,
                )
            )
    for flow in graph.message_flows:
        pools = [_pool(graph, flow.source_id), _pool(graph, flow.target_id)]
        if pools[0] is not None and pools[1] is not None and pools[0] != pools[1]:
            src, tgt = pools[0], pools[1]
            result.append(
                Handoff(flow.id, "pool", src, tgt, graph.pools[src].name, graph.pools[tgt].name)
            )
    return result


def _pool(graph: FlowGraph, element: str) -> str | None:
    return element if element in graph.pools else graph.pool_of.get(element)


def steps_per_lane(graph: FlowGraph) -> list[LaneCount]:
    """Activities per lane, lanes in diagram order; activities outside any lane last."""
    counts: dict[str | None, int] = dict.fromkeys(graph.lanes, 0)
    for step in graph.activities():
        lane = graph.lane_of[step.id]
        counts[lane] = counts.get(lane, 0) + 1
    outside = tr("(no lane)")
    return [
        LaneCount(lane, graph.lanes[lane].name if lane in graph.lanes else outside, count)
        for lane, count in counts.items()
        if lane is not None or count
    ]


def _loop(
    graph: FlowGraph,
    flow: Flow,
    part: set[str],
    position: dict[str, int],
    runs: dict[str, float],
) -> Loop:
    """The loop *flow* closes: the steps between its head and it, within their component.

    Its probability is the chance that a case which ran the head goes round once more:
    1 - (arrivals at the head from outside the loop) / (expected runs of the head).
    """
    head, body = flow.target_id, {flow.target_id}
    stack = [flow.source_id]
    while stack:
        current = stack.pop()
        if current not in body and current in part:
            body.add(current)
            stack.extend(f.source_id for f in graph.incoming(current))
    probability = next((p for f, p in graph.branch_probabilities(flow.source_id) if f == flow), 1.0)
    head_runs = runs.get(head, 0.0)
    if head_runs > 0:
        arriving = sum(
            runs.get(f.source_id, 0.0) * p
            for f in graph.incoming(head)
            if f.source_id not in part
            for g, p in graph.branch_probabilities(f.source_id)
            if g == f
        )
        probability = 1.0 if math.isinf(head_runs) else max(0.0, 1.0 - arriving / head_runs)
    return Loop(flow.id, head, tuple(sorted(body, key=position.__getitem__)), probability)


def _dag_figures(
    graph: FlowGraph, nodes: list[str], starts: list[str], loops: list[Flow]
) -> tuple[int, tuple[str, ...]]:
    """Start-to-end paths and the longest path (in steps), loop-closing flows left out."""
    skip = {f.id for f in loops}
    node_set = set(nodes)
    indegree = dict.fromkeys(nodes, 0)
    for n in nodes:
        for f in graph.outgoing(n):
            if f.id not in skip and f.target_id in node_set:
                indegree[f.target_id] += 1
    count = dict.fromkeys(nodes, 0)
    depth: dict[str, int] = {}
    before: dict[str, str | None] = {}
    for start in starts:
        count[start], depth[start], before[start] = 1, 1, None
    ready = [n for n in nodes if indegree[n] == 0]
    while ready:
        n = ready.pop()
        for f in graph.outgoing(n):
            t = f.target_id
            if f.id in skip or t not in node_set:
                continue
            count[t] += count[n]
            if n in depth and depth[n] + 1 > depth.get(t, 0):
                depth[t], before[t] = depth[n] + 1, n
            indegree[t] -= 1
            if indegree[t] == 0:
                ready.append(t)
    ends = [n for n in nodes if graph.steps[n].kind == StepKind.END_EVENT]
    paths = sum(count[e] for e in ends)
    reached = [e for e in ends if e in depth] or [n for n in nodes if n in depth]
    if not reached:
        return paths, ()
    last: str | None = max(reached, key=lambda n: depth[n])
    path: list[str] = []
    while last is not None:
        path.append(last)
        last = before[last]
    return paths, tuple(reversed(path))


def metrics(workspace: Workspace, diagram_id: str) -> Metrics:
    """All figures of one diagram."""
    return metrics_of_graph(workspace, build_graph(workspace, diagram_id))


def metrics_of_graph(workspace: Workspace, graph: FlowGraph) -> Metrics:
    """All figures of an already built FlowGraph (weak points are read from *workspace*)."""
    weak_points = workspace.in_scope(graph.diagram.id, WeakPoint)
    open_points = [p for p in weak_points if p.status != WeakPointStatus.RESOLVED]
    waiting_steps = {
        p.target_id for p in open_points if p.category == WeakPointCategory.WAITING and p.target_id
    }
    flow = main_flow(graph)
    nodes, starts, loop_flows = flow.nodes, flow.starts, flow.loops
    paths, longest = _dag_figures(graph, nodes, starts, loop_flows)
    parts = components(graph, nodes)
    part_of = {n: set(part) for part in parts if len(part) > 1 for n in part}
    position = {s: i for i, s in enumerate(graph.steps)}
    all_durations, all_costs = step_figures(graph)
    durations = {n: all_durations[n] for n in nodes if n in all_durations}
    costs = {n: all_costs[n] for n in nodes if n in all_costs}
    cycle: float | None = None
    cost: float | None = None
    work: float | None = None
    waiting: float | None = None
    longest_duration: float | None = None
    if starts and durations:
        ahead = time_to_end(graph, nodes, durations, parts)
        cycle = sum(ahead[s] for s in starts) / len(starts)
        longest_duration = sum(durations.get(n, 0.0) for n in longest)
    runs = visits(graph, nodes, starts, parts) if starts else {}
    if runs and (durations or costs):
        if costs:
            cost = sum(runs[n] * c for n, c in costs.items() if c)
        if durations:
            waits = {
                n for n in durations if graph.steps[n].kind in _WAITING_KINDS or n in waiting_steps
            }
            waiting = sum(runs[n] * d for n, d in durations.items() if n in waits and d)
            work = sum(runs[n] * d for n, d in durations.items() if n not in waits and d)
    return Metrics(
        steps=len(graph.activities()),
        steps_per_lane=tuple(steps_per_lane(graph)),
        handoffs=tuple(handoffs(graph)),
        paths=paths,
        loops=tuple(
            _loop(graph, f, part_of.get(f.target_id, {f.target_id}), position, runs)
            for f in loop_flows
        ),
        longest_path=longest,
        longest_path_duration=longest_duration,
        cycle_time=cycle,
        cost=cost,
        work_time=work,
        waiting_time=waiting,
        weak_points_open=len(open_points),
    )
