"""Simulation statistics against answers known in closed form."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from procdesk.analysis.metrics import metrics
from procdesk.analysis.simulation import SimulationError, simulate
from procdesk.model.elements import Duration
from tests.analysis.builders import AND, XOR, E, S, Sketch, line, sub_process_line


def single_step(low: float, typical: float, high: float) -> Sketch:
    sketch = line(("a", 0))
    sketch.editor.update([sketch.ids["a"]], duration=Duration(low, typical, high), cost=2.5)
    return sketch


def triangular_quantile(q: float, a: float, c: float, b: float) -> float:
    """The q-quantile of Triangular(min a, mode c, max b)."""
    if q <= (c - a) / (b - a):
        return a + math.sqrt(q * (b - a) * (c - a))
    return b - math.sqrt((1 - q) * (b - a) * (b - c))


def test_one_step_follows_its_triangular_distribution() -> None:
    # given one step taking 10 / 20 / 60 minutes
    sketch = single_step(10, 20, 60)
    # when 20,000 cases are simulated
    result = simulate(sketch.workspace, sketch.diagram, runs=20_000, seed=7)
    # then median, P90 and mean match the distribution (median 60 - sqrt(1000), about 28.38)
    assert result.cycle_time.p50 == pytest.approx(triangular_quantile(0.5, 10, 20, 60), abs=0.5)
    assert result.cycle_time.p90 == pytest.approx(triangular_quantile(0.9, 10, 20, 60), abs=0.6)
    assert result.cycle_time.mean == pytest.approx(30.0, abs=0.4)
    assert result.cycle_time.minimum >= 10 and result.cycle_time.maximum <= 60
    assert result.cost.p50 == result.cost.p90 == 2.5


def test_the_same_seed_gives_the_same_result() -> None:
    # given a diagram with a decision and a random duration
    sketch = single_step(1, 2, 9)
    # when simulated twice with one seed and once with another
    first = simulate(sketch.workspace, sketch.diagram, runs=500, seed=42)
    again = simulate(sketch.workspace, sketch.diagram, runs=500, seed=42)
    other = simulate(sketch.workspace, sketch.diagram, runs=500, seed=43)
    # then the same seed repeats every run; another seed does not
    assert np.array_equal(first.cycle_times, again.cycle_times)
    assert first.to_json() == again.to_json()
    assert not np.array_equal(first.cycle_times, other.cycle_times)


def test_branches_are_taken_by_their_probabilities() -> None:
    # given start → xor → a (10) 30 % | b (20) 70 % → merge → end
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("xor", XOR)
    sketch.step("a", minutes=10, cost=100.0)
    sketch.step("b", minutes=20, cost=50.0)
    sketch.step("merge", XOR)
    sketch.step("end", E)
    sketch.flow("start", "xor")
    sketch.flow("xor", "a", name="small", probability=0.3)
    sketch.flow("xor", "b", name="large", probability=0.7)
    sketch.chain("a", "merge", "end")
    sketch.flow("b", "merge")
    # when simulated
    result = simulate(sketch.workspace, sketch.diagram, runs=10_000, seed=1)
    # then about 30 % of the cases take 10 minutes, the rest 20
    share_a = float(np.mean(result.cycle_times == 10.0))
    assert share_a == pytest.approx(0.3, abs=0.02)
    assert set(np.unique(result.cycle_times)) == {10.0, 20.0}
    assert (result.cycle_time.p50, result.cycle_time.p90) == (20.0, 20.0)
    assert result.cost.mean == pytest.approx(65.0, abs=1.5)


def test_a_parallel_join_waits_for_the_slowest_branch() -> None:
    # given start → and → a (10) | b (30) → and → c (5) → end
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("fork", AND)
    sketch.step("a", minutes=10, cost=1.0)
    sketch.step("b", minutes=30, cost=2.0)
    sketch.step("join", AND)
    sketch.step("c", minutes=5, cost=4.0)
    sketch.step("end", E)
    sketch.chain("start", "fork", "a", "join", "c", "end")
    sketch.chain("fork", "b", "join")
    # when simulated
    result = simulate(sketch.workspace, sketch.diagram, runs=100, seed=0)
    # then every case takes 30 + 5 minutes and costs each step once
    assert set(result.cycle_times) == {35.0}
    assert set(result.costs) == {7.0}


def rework(back_probability: float) -> Sketch:
    """start → a (10) → xor → end, back to a with *back_probability*."""
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a", minutes=10)
    sketch.step("xor", XOR)
    sketch.step("end", E)
    sketch.chain("start", "a", "xor")
    sketch.flow("xor", "end", name="ok", probability=1 - back_probability)
    sketch.flow("xor", "a", name="rework", probability=back_probability)
    return sketch


def test_rework_loops_repeat_steps() -> None:
    # given a loop back to a one time in four
    sketch = rework(0.25)
    # when simulated
    result = simulate(sketch.workspace, sketch.diagram, runs=20_000, seed=3)
    # then a runs 4/3 times on average (geometric), so the mean is 40/3 minutes
    assert result.cycle_time.mean == pytest.approx(40 / 3, abs=0.2)
    assert result.cycle_time.p50 == 10.0


def test_loops_are_bounded() -> None:
    # given a loop that is always taken
    sketch = rework(1.0)
    # when simulated with at most 5 rounds
    result = simulate(sketch.workspace, sketch.diagram, runs=50, seed=0, max_rounds=5)
    # then every case stops after the fifth pass through a
    assert set(result.cycle_times) == {50.0}


def test_histogram_covers_every_run() -> None:
    # given a single random step
    sketch = single_step(0, 5, 10)
    # when simulated
    data = simulate(sketch.workspace, sketch.diagram, runs=1_000, seed=0).to_json()
    # then the histogram counts every run, between the smallest and largest value
    histogram = data["cycle_time"]["histogram"]
    assert sum(histogram["counts"]) == 1_000
    assert len(histogram["edges"]) == len(histogram["counts"]) + 1
    assert set(data) == {"runs", "seed", "cycle_time", "cost"}


def test_refusals() -> None:
    # given a diagram without any step, and a proper one
    empty = Sketch()
    proper = single_step(1, 2, 3)
    # then no start and no runs are refused with a reason
    with pytest.raises(SimulationError, match="no start"):
        simulate(empty.workspace, empty.diagram)
    with pytest.raises(SimulationError, match="at least 1"):
        simulate(proper.workspace, proper.diagram, runs=0)


def test_steps_after_a_loop_run_once_per_case() -> None:
    # given start → a (10) → xor (back to a half the time) → b (5, cost 1) → end
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a", minutes=10)
    sketch.step("xor", XOR)
    sketch.step("b", minutes=5, cost=1.0)
    sketch.step("end", E)
    sketch.chain("start", "a", "xor")
    sketch.flow("xor", "b", name="ok", probability=0.5)
    sketch.flow("xor", "a", name="again", probability=0.5)
    sketch.chain("b", "end")
    # when simulated
    result = simulate(sketch.workspace, sketch.diagram, runs=20_000, seed=11)
    # then a runs twice on average (10 · 2 + 5 = 25 minutes) and b exactly once
    assert result.cycle_time.mean == pytest.approx(25.0, abs=0.4)
    assert set(result.costs) == {1.0}


def test_simulation_agrees_with_the_expected_values() -> None:
    # given decisions, a parallel block of fixed steps and a rework loop, all in one diagram
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("x1", XOR)
    sketch.step("a", minutes=(5, 10, 30), cost=10.0)
    sketch.step("b", minutes=(20, 20, 20), cost=5.0)
    sketch.step("m1", XOR)
    sketch.step("fork", AND)
    sketch.step("p", minutes=15, cost=2.0)
    sketch.step("q", minutes=25, cost=3.0)
    sketch.step("join", AND)
    sketch.step("r", minutes=(1, 4, 10), cost=1.0)
    sketch.step("x2", XOR)
    sketch.step("end", E)
    sketch.chain("start", "x1")
    sketch.flow("x1", "a", name="small", probability=0.4)
    sketch.flow("x1", "b", name="large", probability=0.6)
    sketch.chain("a", "m1", "fork", "p", "join", "r", "x2")
    sketch.chain("b", "m1")
    sketch.chain("fork", "q", "join")
    sketch.flow("x2", "end", name="ok", probability=0.8)
    sketch.flow("x2", "r", name="redo", probability=0.2)
    # when simulated and measured
    figures = metrics(sketch.workspace, sketch.diagram)
    result = simulate(sketch.workspace, sketch.diagram, runs=20_000, seed=5)
    # then the mean cycle time matches, with triangular means (min + typical + max) / 3:
    # 0.4 * 15 + 0.6 * 20 + 25 + 1.25 * 5 = 49.25; cost 0.4*10 + 0.6*5 + 5 + 1.25 = 13.25
    assert result.cycle_time.mean == pytest.approx(49.25, rel=0.01)
    assert result.cost.mean == pytest.approx(13.25, rel=0.01)
    assert figures.cost == pytest.approx(13.25)


@pytest.mark.parametrize("seed", range(3))
def test_random_rework_graphs_match_the_expected_values(seed: int) -> None:
    # given a random diagram of fixed-duration tasks, some jumping back to earlier ones
    rng = random.Random(seed)
    sketch = Sketch()
    sketch.step("start", S)
    keys = [f"t{i}" for i in range(10)]
    for key in keys:
        sketch.step(key, minutes=rng.randint(1, 20), cost=1.0)
    sketch.step("end", E)
    sketch.flow("start", keys[0])
    for index, key in enumerate(keys):
        forward = keys[index + 1] if index + 1 < len(keys) else "end"
        if index and rng.random() < 0.5:
            p = rng.uniform(0.05, 0.3)
            sketch.flow(key, forward, probability=1 - p)
            sketch.flow(key, rng.choice(keys[:index]), probability=p)
        else:
            sketch.flow(key, forward)
    # when simulated and solved
    expected = metrics(sketch.workspace, sketch.diagram)
    result = simulate(sketch.workspace, sketch.diagram, runs=4_000, seed=seed, max_rounds=80)
    # then the simulated means agree with the expected cycle time and cost
    assert result.cycle_time.mean == pytest.approx(expected.cycle_time, rel=0.04)
    assert result.cost.mean == pytest.approx(expected.cost, rel=0.04)


def test_a_sub_process_plays_its_inside() -> None:
    # given a sub-process without its own duration, holding x (10, cost 3) and y (5, cost 4)
    sketch = sub_process_line()
    # when simulated, then every case takes 2 + 10 + 5 minutes and costs 7
    result = simulate(sketch.workspace, sketch.diagram, runs=200, seed=0)
    assert set(result.cycle_times) == {17.0}
    assert set(result.costs) == {7.0}
