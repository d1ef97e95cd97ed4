"""Monte Carlo simulation of a diagram: how long a case takes and what it costs, as a spread.

All runs advance together, one numpy array per step (one entry per run), so 10,000 runs cost
about as much as a few dozen array operations per step. Each step's duration is drawn from a
triangular distribution (min, typical, max); a choice picks one branch by the branch
probabilities; a parallel join waits for all its branches. Steps are run loop by loop (strongly
connected components, upstream first); a rework loop is replayed round by round, and in its last
allowed round the flows that jump back are closed, so every run ends.

A run's cycle time is when its last step finishes; its cost is the sum of the costs of the
steps it ran. A sub-process without its own duration or cost plays its inside instead. The
same seed gives the same result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from procdesk.analysis.graph import FlowGraph, SplitKind, build_graph
from procdesk.analysis.walks import MainFlow, components, main_flow, scope_flow
from procdesk.model.elements import Flow
from procdesk.model.workspace import Workspace
from procdesk.text import tr

Array = NDArray[np.float64]
DEFAULT_RUNS = 10_000
DEFAULT_MAX_ROUNDS = 25
HISTOGRAM_BINS = 20


@dataclass(frozen=True, slots=True)
class Spread:
    """Percentiles and a histogram of one simulated figure."""

    p50: float
    p90: float
    mean: float
    minimum: float
    maximum: float
    counts: tuple[int, ...]
    edges: tuple[float, ...]

    @classmethod
    def of(cls, values: Array) -> Spread:
        counts, edges = np.histogram(values, bins=HISTOGRAM_BINS)
        p50, p90 = np.percentile(values, [50, 90])
        return cls(
            p50=float(p50),
            p90=float(p90),
            mean=float(values.mean()),
            minimum=float(values.min()),
            maximum=float(values.max()),
            counts=tuple(int(c) for c in counts),
            edges=tuple(float(e) for e in edges),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "p50": round(self.p50, 6),
            "p90": round(self.p90, 6),
            "mean": round(self.mean, 6),
            "min": round(self.minimum, 6),
            "max": round(self.maximum, 6),
            "histogram": {"counts": list(self.counts), "edges": [round(e, 6) for e in self.edges]},
        }


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """What N runs gave: the spreads, plus every run's figures for plotting."""

    runs: int
    seed: int
    cycle_time: Spread
    cost: Spread
    cycle_times: Array
    costs: Array

    def to_json(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "seed": self.seed,
            "cycle_time": self.cycle_time.to_json(),
            "cost": self.cost.to_json(),
        }


class SimulationError(ValueError):
    """The diagram cannot be simulated (the message says why, for the user)."""


def simulate(
    workspace: Workspace,
    diagram_id: str,
    runs: int = DEFAULT_RUNS,
    seed: int = 0,
    max_rounds: int = DEFAULT_MAX_ROUNDS,
) -> SimulationResult:
    """Simulate *runs* cases of a diagram's main flow."""
    return simulate_graph(build_graph(workspace, diagram_id), runs, seed, max_rounds)


def simulate_graph(
    graph: FlowGraph,
    runs: int = DEFAULT_RUNS,
    seed: int = 0,
    max_rounds: int = DEFAULT_MAX_ROUNDS,
) -> SimulationResult:
    """Simulate *runs* cases over an already built FlowGraph."""
    if runs < 1:
        raise SimulationError(tr("the number of runs must be at least 1"))
    if max_rounds < 1:
        raise SimulationError(tr("at least one round is needed"))
    flow = main_flow(graph)
    if not flow.starts:
        message = tr("diagram '{name}' has no start to simulate from")
        raise SimulationError(message.format(name=graph.diagram.name))
    return _Run(graph, flow.nodes, flow.starts, flow.loops, runs, seed, max_rounds).result()


class _Run:
    """The state of one simulation: arrays of arrival times, per step, per round."""

    def __init__(
        self,
        graph: FlowGraph,
        nodes: list[str],
        starts: list[str],
        loops: list[Flow],
        runs: int,
        seed: int,
        max_rounds: int,
        rng: np.random.Generator | None = None,
        insides: dict[str, MainFlow | None] | None = None,
    ) -> None:
        self.graph = graph
        self.nodes = set(nodes)
        self.back = {f.id for f in loops}
        position = {n: i for i, n in enumerate(_forward_order(graph, nodes, self.back))}
        self.parts = [
            sorted(part, key=lambda n: position.get(n, -1)) for part in components(graph, nodes)
        ]
        self.runs = runs
        self.seed = seed
        self.max_rounds = max_rounds
        self.rng = rng if rng is not None else np.random.default_rng(seed)
        self.insides = insides if insides is not None else {}
        self.cycle = np.zeros(runs)
        self.cost = np.zeros(runs)
        self.entry: dict[str, list[Array]] = {}
        pick = self.rng.integers(0, len(starts), size=runs)
        for index, start in enumerate(starts):
            self.entry[start] = [np.where(pick == index, 0.0, np.nan)]
        self.join_count: dict[str, NDArray[np.int64]] = {}
        self.join_time: dict[str, Array] = {}

    def result(self) -> SimulationResult:
        self.run()
        return SimulationResult(
            runs=self.runs,
            seed=self.seed,
            cycle_time=Spread.of(self.cycle),
            cost=Spread.of(self.cost),
            cycle_times=self.cycle,
            costs=self.cost,
        )

    def run(self) -> None:
        """Play every run through the steps, component by component."""
        pending = self.entry
        for members in self.parts:
            # A loop is replayed round by round until no run jumps back any more; steps
            # outside loops take one round.
            for round_index in range(self.max_rounds):
                last = round_index == self.max_rounds - 1
                again: dict[str, list[Array]] = {}
                for node in members:
                    arrivals = pending.pop(node, None)
                    if arrivals is None:
                        continue
                    for target, times, jumps_back in self._step(node, arrivals, last):
                        (again if jumps_back else pending).setdefault(target, []).append(times)
                if not again:
                    break
                for target, arrivals in again.items():
                    pending.setdefault(target, []).extend(arrivals)

    def _step(self, node: str, arrivals: list[Array], last: bool) -> list[tuple[str, Array, bool]]:
        """Run *node* for the runs that reached it; returns (target, arrival times, jumps back)."""
        if self.graph.waits_for_all(node):
            arrival = self._join(node, arrivals)
        else:
            arrival = arrivals[0]
            for other in arrivals[1:]:
                arrival = np.fmax(arrival, other)
        visited = ~np.isnan(arrival)
        if not visited.any():
            return []
        duration, cost = self._figures(node)
        finish = arrival + duration
        self.cycle = np.where(visited, np.fmax(self.cycle, finish), self.cycle)
        if not isinstance(cost, float) or cost:
            self.cost += np.where(visited, cost, 0.0)
        out = [
            (f, p)
            for f, p in self.graph.branch_probabilities(node)
            if f.target_id in self.nodes and (not last or f.id not in self.back)
        ]
        if not out:
            return []
        if self.graph.split_kind(node) == SplitKind.CHOICE and len(out) > 1:
            weights = np.array([p for _, p in out])
            total = weights.sum()
            weights = weights / total if total > 0 else np.full(len(out), 1 / len(out))
            cumulative = np.cumsum(weights)
            cumulative[-1] = 1.0
            chosen = np.searchsorted(cumulative, self.rng.random(self.runs), side="right")
            return [
                (f.target_id, np.where(chosen == i, finish, np.nan), f.id in self.back)
                for i, (f, _) in enumerate(out)
            ]
        return [(f.target_id, finish, f.id in self.back) for f, _ in out]

    def _join(self, node: str, arrivals: list[Array]) -> Array:
        """A parallel join fires for a run once all its incoming branches have arrived."""
        needed = len(self.graph.incoming(node))
        count = self.join_count.setdefault(node, np.zeros(self.runs, dtype=np.int64))
        latest = self.join_time.setdefault(node, np.full(self.runs, np.nan))
        for arrival in arrivals:
            count += ~np.isnan(arrival)
            np.fmax(latest, arrival, out=latest)
        fire = count >= needed
        result = np.where(fire, latest, np.nan)
        count[fire] = 0
        latest[fire] = np.nan
        return result

    def _figures(self, node: str) -> tuple[Array | float, Array | float]:
        """A step's duration and cost in each run; a sub-process may play its inside."""
        step = self.graph.steps[node]
        cost: Array | float = step.cost or 0.0
        if not step.kind.is_sub_process or (step.duration is not None and step.cost is not None):
            return self._duration(node), cost
        if node not in self.insides:
            inside = scope_flow(self.graph, node)
            self.insides[node] = inside if inside.starts else None
        flow = self.insides[node]
        if flow is None:
            return self._duration(node), cost
        inner = _Run(
            self.graph,
            flow.nodes,
            flow.starts,
            flow.loops,
            self.runs,
            self.seed,
            self.max_rounds,
            self.rng,
            self.insides,
        )
        inner.run()
        duration = inner.cycle if step.duration is None else self._duration(node)
        return duration, (inner.cost if step.cost is None else cost)

    def _duration(self, node: str) -> Array | float:
        duration = self.graph.steps[node].duration
        if duration is None:
            return 0.0
        if duration.min == duration.max:
            return duration.typical
        return self.rng.triangular(duration.min, duration.typical, duration.max, size=self.runs)


def _forward_order(graph: FlowGraph, nodes: list[str], back: set[str]) -> list[str]:
    """The main flow's steps in an order where every forward flow runs from earlier to later."""
    node_set = set(nodes)
    indegree = dict.fromkeys(nodes, 0)
    for n in nodes:
        for f in graph.outgoing(n):
            if f.id not in back and f.target_id in node_set:
                indegree[f.target_id] += 1
    ready = [n for n in reversed(nodes) if indegree[n] == 0]
    order: list[str] = []
    while ready:
        n = ready.pop()
        order.append(n)
        for f in graph.outgoing(n):
            if f.id in back or f.target_id not in node_set:
                continue
            indegree[f.target_id] -= 1
            if indegree[f.target_id] == 0:
                ready.append(f.target_id)
    return order
