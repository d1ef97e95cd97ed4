"""Expected values over a diagram's flow: how often each step runs, how long until the end.

Two views of the same token game, both exact for exclusive choices and rework loops:

- **visits** (forward): the expected number of times each step runs in one case. Costs and
  effort add up over visits, parallel branches included.
- **time to end** (backward): the expected elapsed time from a step to the end of the case.
  After a parallel split the slowest branch decides, so the branches' times are combined with
  ``max`` (the usual analytic estimate; the simulation gives the exact spread).

Loops are solved per strongly connected component, smallest first, as small linear systems
(numpy); a loop nobody can leave gives ``inf``.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping

import numpy as np

from procdesk.analysis.graph import FlowGraph, SplitKind
from procdesk.analysis.walks import components, scope_flow

_MAX_ITERATIONS = 100_000


def _weights(graph: FlowGraph, node: str, nodes: Collection[str]) -> list[tuple[str, float]]:
    return [(f.target_id, p) for f, p in graph.branch_probabilities(node) if f.target_id in nodes]


def visits(
    graph: FlowGraph,
    nodes: Collection[str],
    starts: list[str],
    parts: list[list[str]] | None = None,
) -> dict[str, float]:
    """Expected runs of each step per case, a case starting at one of *starts* (evenly).

    *parts* are the steps' strongly connected components, if already known.
    """
    node_set = set(nodes)
    inflow: dict[str, float] = dict.fromkeys(node_set, 0.0)
    for start in starts:
        inflow[start] += 1.0 / len(starts)
    result: dict[str, float] = {}
    for members in parts if parts is not None else components(graph, nodes):
        inside = set(members)
        index = {n: i for i, n in enumerate(members)}
        size = len(members)
        matrix = np.eye(size)
        rhs = np.zeros(size)
        for n in members:
            divisor = len(graph.incoming(n)) if graph.waits_for_all(n) else 1
            rhs[index[n]] = inflow[n] / divisor
            for source in {f.source_id for f in graph.incoming(n)} & inside:
                weight = sum(p for t, p in _weights(graph, source, node_set) if t == n)
                matrix[index[n], index[source]] -= weight / divisor
        single = size == 1 and matrix[0, 0] == 1.0
        solved = [float(rhs[0])] if single else _solve(matrix, rhs)
        for n in members:
            result[n] = solved[index[n]]
            for target, p in _weights(graph, n, node_set):
                if target not in inside:
                    inflow[target] += result[n] * p
    return result


def time_to_end(
    graph: FlowGraph,
    nodes: Collection[str],
    durations: Mapping[str, float],
    parts: list[list[str]] | None = None,
) -> dict[str, float]:
    """Expected elapsed time from the start of each step to the end of the case.

    *parts* are the steps' strongly connected components, if already known.
    """
    node_set = set(nodes)
    result: dict[str, float] = {}
    for members in reversed(parts if parts is not None else components(graph, nodes)):
        inside = set(members)
        n = members[0]
        if len(members) == 1 and all(t != n for t, _ in _weights(graph, n, node_set)):
            result[n] = durations.get(n, 0.0) + _combine(graph, n, node_set, result)
            continue
        if any(graph.split_kind(n) == SplitKind.PARALLEL for n in members):
            result.update(_iterate(graph, members, node_set, durations, result))
            continue
        index = {n: i for i, n in enumerate(members)}
        matrix = np.eye(len(members))
        rhs = np.zeros(len(members))
        for n in members:
            rhs[index[n]] = durations.get(n, 0.0)
            for target, p in _weights(graph, n, node_set):
                if target in inside:
                    matrix[index[n], index[target]] -= p
                else:
                    rhs[index[n]] += p * result[target]
        solved = _solve(matrix, rhs)
        result.update({n: solved[index[n]] for n in members})
    return result


def _combine(
    graph: FlowGraph, node: str, nodes: Collection[str], known: Mapping[str, float]
) -> float:
    weights = _weights(graph, node, nodes)
    if not weights:
        return 0.0
    if graph.split_kind(node) == SplitKind.PARALLEL:
        return max(known[t] for t, _ in weights)
    return sum(p * known[t] for t, p in weights)


def _iterate(
    graph: FlowGraph,
    members: list[str],
    nodes: Collection[str],
    durations: Mapping[str, float],
    known: Mapping[str, float],
) -> dict[str, float]:
    """Fixed-point iteration for a loop holding a parallel split (max is not linear)."""
    values = dict(known)
    values.update(dict.fromkeys(members, 0.0))
    for _ in range(_MAX_ITERATIONS):
        delta = 0.0
        for n in members:
            new = durations.get(n, 0.0) + _combine(graph, n, nodes, values)
            delta = max(delta, abs(new - values[n]))
            values[n] = new
        if delta < 1e-9 * max(1.0, max(abs(values[n]) for n in members)):
            return {n: values[n] for n in members}
        if max(values[n] for n in members) > 1e15:
            break
    return dict.fromkeys(members, math.inf)


def _solve(matrix: np.ndarray, rhs: np.ndarray) -> list[float]:
    """Solve a loop's linear system; a loop without a way out has no finite answer."""
    try:
        solution = np.linalg.solve(matrix, rhs)
    except np.linalg.LinAlgError:
        return [math.inf] * len(rhs)
    if not np.all(np.isfinite(solution)) or np.any(solution < -1e-9):
        return [math.inf] * len(rhs)
    return [float(x) for x in solution]


def step_figures(graph: FlowGraph) -> tuple[dict[str, float], dict[str, float]]:
    """Typical duration and cost of every step that has them, in minutes and money.

    A sub-process without its own duration (or cost) takes that of its inside: the expected
    time from its start to its end, and the expected cost of the steps it runs. A value
    entered on the sub-process itself wins.
    """
    durations: dict[str, float] = {}
    costs: dict[str, float] = {}
    scopes = graph.scopes()
    done: set[str] = set()

    def resolve(step_id: str) -> None:
        if step_id in done:
            return
        done.add(step_id)
        step = graph.steps[step_id]
        if step.duration is not None:
            durations[step_id] = step.duration.typical
        if step.cost is not None:
            costs[step_id] = step.cost
        inside = scopes.get(step_id, []) if step.kind.is_sub_process else []
        if not inside or (step.duration is not None and step.cost is not None):
            return
        for child in inside:
            resolve(child)
        flow = scope_flow(graph, step_id)
        if not flow.starts:
            return
        parts = components(graph, inside)
        if step.duration is None and any(c in durations for c in inside):
            ahead = time_to_end(graph, inside, durations, parts)
            durations[step_id] = sum(ahead[s] for s in flow.starts) / len(flow.starts)
        if step.cost is None and any(c in costs for c in inside):
            runs = visits(graph, inside, flow.starts, parts)
            costs[step_id] = sum(runs[c] * v for c, v in costs.items() if c in runs and v)

    for step_id in graph.steps:
        resolve(step_id)
    return durations, costs
