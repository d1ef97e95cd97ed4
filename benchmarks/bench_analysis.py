"""Timings of the analysis: ``check`` on a 5,000-task diagram, 10,000 simulated cases.

Run: ``.venv/bin/python benchmarks/bench_analysis.py``; results go to ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.results import record
from procdesk.analysis.checks import check_graph
from procdesk.analysis.graph import build_graph
from procdesk.analysis.metrics import metrics_of_graph
from procdesk.analysis.simulation import simulate_graph
from procdesk.model.elements import (
    Diagram,
    Duration,
    Entity,
    Flow,
    Lane,
    Pool,
    Process,
    Step,
    StepKind,
)
from procdesk.model.geometry import Rect
from procdesk.model.workspace import Workspace

LANES = 5


def build(tasks: int) -> tuple[Workspace, str]:
    """A process of *tasks* tasks over 5 lanes: a decision every 10 tasks, a rework loop
    every 50, a parallel block every 100 (all with durations, costs and probabilities)."""
    entities: list[Entity] = [Process(id="P", name="Bench")]
    entities.append(Diagram(id="D", process_id="P", name="As-is"))
    entities.append(Pool(id="Pool", diagram_id="D", name="Org", bounds=Rect(0, 0, 1e6, 750)))
    for lane in range(LANES):
        entities.append(
            Lane(
                id=f"L{lane}",
                diagram_id="D",
                parent_id="Pool",
                name=f"Role {lane}",
                order=lane,
                bounds=Rect(30, 150 * lane, 1e6, 150),
            )
        )
    counter = iter(range(10**9))

    def step(kind: StepKind, lane: int, **fields: object) -> str:
        n = next(counter)
        sid = f"S{n}"
        entities.append(
            Step(
                id=sid,
                diagram_id="D",
                name=f"Step {n}",
                kind=kind,
                parent_id="Pool",
                lane_id=f"L{lane % LANES}",
                bounds=Rect(100 * n, 150 * (lane % LANES) + 35, 100, 80),
                **fields,  # type: ignore[arg-type]
            )
        )
        return sid

    def flow(a: str, b: str, **fields: object) -> None:
        n = next(counter)
        entities.append(Flow(id=f"F{n}", diagram_id="D", source_id=a, target_id=b, **fields))  # type: ignore[arg-type]

    def task(i: int) -> str:
        return step(
            StepKind.USER_TASK, i // 3, duration=Duration(5, 10 + i % 7, 40), cost=float(i % 11)
        )

    previous = step(StepKind.START_EVENT, 0)
    made = 0
    while made < tasks:
        if made % 100 == 50 and tasks - made >= 3:
            fork = step(StepKind.PARALLEL_GATEWAY, made)
            a, b = task(made), task(made + 1)
            join = step(StepKind.PARALLEL_GATEWAY, made)
            flow(previous, fork)
            for branch in (a, b):
                flow(fork, branch)
                flow(branch, join)
            previous, made = join, made + 2
        elif made % 10 == 5 and tasks - made >= 3:
            split = step(StepKind.EXCLUSIVE_GATEWAY, made)
            a, b = task(made), task(made + 1)
            merge = step(StepKind.EXCLUSIVE_GATEWAY, made)
            flow(previous, split)
            flow(split, a, name="yes", probability=0.3)
            flow(split, b, name="no", probability=0.7)
            flow(a, merge)
            flow(b, merge)
            previous, made = merge, made + 2
        else:
            current = task(made)
            flow(previous, current)
            previous, made = current, made + 1
            if made % 50 == 0:
                check = step(StepKind.EXCLUSIVE_GATEWAY, made)
                flow(previous, check)
                flow(check, current, name="rework", probability=0.1)
                previous = check
    end = step(StepKind.END_EVENT, 0)
    flow(previous, end, name="done")
    return Workspace(entities), "D"


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of *action* in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    big, big_id = build(5_000)
    graph = build_graph(big, big_id)
    rows = [
        ("build graph, 5,000 tasks", timed(lambda: build_graph(big, big_id))),
        ("lint rules, 5,000 tasks", timed(lambda: check_graph(graph))),
        ("metrics, 5,000 tasks", timed(lambda: metrics_of_graph(big, graph))),
        (
            "check (graph + rules + metrics), 5,000 tasks",
            timed(lambda: (check_graph(g := build_graph(big, big_id)), metrics_of_graph(big, g))),
        ),
    ]
    small, small_id = build(100)
    small_graph = build_graph(small, small_id)
    rows.append(
        (
            "simulate 10,000 runs, 100 tasks",
            timed(lambda: simulate_graph(small_graph, 10_000, seed=1)),
        )
    )
    rows.append(
        (
            "simulate 10,000 runs, 5,000 tasks",
            timed(lambda: simulate_graph(graph, 10_000, seed=1), repeat=1),
        )
    )
    findings = check_graph(graph)
    body = "\n".join(
        [
            f"5,000-task diagram: {len(graph.steps)} steps, {len(graph.sequence_flows)} flows, "
            f"{len(findings)} findings. Median of 5 runs unless noted (the 5,000-task simulation: "
            f"one run). Load average at the end: {os.getloadavg()[0]:.1f} "
            f"on {os.cpu_count()} cores (other work on the machine inflates the times).",
            "",
            "| what | ms |",
            "|---|---|",
            *(f"| {name} | {ms:.1f} |" for name, ms in rows),
        ]
    )
    record("Analysis", body)


if __name__ == "__main__":
    main()
