"""Metrics on small diagrams whose figures were worked out by hand."""

from __future__ import annotations

import math
import random

import pytest

from procdesk.analysis.expected import time_to_end, visits
from procdesk.analysis.graph import build_graph
from procdesk.analysis.metrics import metrics
from procdesk.model.elements import (
    EventDefinition,
    FlowKind,
    StepKind,
    WeakPointStatus,
)
from tests.analysis.builders import AND, XOR, E, S, Sketch, line, sub_process_line


def two_branches(p_a: float | None, p_b: float | None) -> Sketch:
    """start → xor → a (10 min, cost 100) | b (20 min, cost 50) → merge → end."""
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("xor", XOR)
    sketch.step("a", minutes=10, cost=100.0)
    sketch.step("b", minutes=20, cost=50.0)
    sketch.step("merge", XOR)
    sketch.step("end", E)
    sketch.flow("start", "xor")
    sketch.flow("xor", "a", name="small", probability=p_a)
    sketch.flow("xor", "b", name="large", probability=p_b)
    sketch.chain("a", "merge", "end")
    sketch.flow("b", "merge")
    return sketch


def test_branch_probabilities_weigh_cycle_time_and_cost() -> None:
    # given branches taken 30 % / 70 %
    sketch = two_branches(0.3, 0.7)
    # when measured
    result = metrics(sketch.workspace, sketch.diagram)
    # then 0.3·10 + 0.7·20 = 17 minutes and 0.3·100 + 0.7·50 = 65
    assert result.cycle_time == pytest.approx(17.0)
    assert result.cost == pytest.approx(65.0)
    assert result.paths == 2
    assert result.steps == 2


def test_missing_probabilities_split_evenly() -> None:
    # given branches without probabilities
    sketch = two_branches(None, None)
    # then each is taken half the time: (10 + 20) / 2
    assert metrics(sketch.workspace, sketch.diagram).cycle_time == pytest.approx(15.0)


def test_a_missing_probability_takes_what_remains() -> None:
    # given only the first branch has a probability (20 %)
    sketch = two_branches(0.2, None)
    # then the second gets 80 %: 0.2·10 + 0.8·20
    assert metrics(sketch.workspace, sketch.diagram).cycle_time == pytest.approx(18.0)


def test_rework_loop_repeats_its_steps() -> None:
    # given start → a (10 min) → xor → end, going back to a one time in four (the loop's
    # probability is that of going round once more, wherever the decision is drawn)
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a", minutes=10, cost=3.0)
    sketch.step("xor", XOR)
    sketch.step("end", E)
    sketch.chain("start", "a", "xor")
    sketch.flow("xor", "end", name="ok", probability=0.75)
    back = sketch.flow("xor", "a", name="rework", probability=0.25)
    # when measured
    result = metrics(sketch.workspace, sketch.diagram)
    # then a runs 1 / (1 - 0.25) = 4/3 times on average
    assert result.cycle_time == pytest.approx(40 / 3)
    assert result.cost == pytest.approx(4.0)
    assert [(lp.flow, lp.head, lp.probability) for lp in result.loops] == [
        (back, sketch.ids["a"], 0.25)
    ]
    assert set(result.loops[0].steps) == {sketch.ids["a"], sketch.ids["xor"]}
    assert result.paths == 1


def test_parallel_branches_overlap_in_time_but_both_cost() -> None:
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
    # when measured
    result = metrics(sketch.workspace, sketch.diagram)
    # then the slower branch decides (30 + 5), the effort and the cost add up once each
    assert result.cycle_time == pytest.approx(35.0)
    assert result.work_time == pytest.approx(45.0)
    assert result.cost == pytest.approx(7.0)
    assert result.paths == 2


def test_handoffs_between_lanes_and_pools() -> None:
    # given A: start → a, B: b, A: c → end, and a message from c to a supplier pool
    sketch = Sketch()
    sketch.step("start", S, "A")
    sketch.step("a", lane="A")
    sketch.step("b", lane="B")
    sketch.step("c", lane="A")
    sketch.step("end", E, "A")
    sketch.chain("start", "a", "b", "c", "end")
    supplier = sketch.add_pool("Supplier", ())
    sketch.pools["Supplier"] = supplier
    message = sketch.raw_flow("c", "Supplier", FlowKind.MESSAGE, "order")
    # when measured
    result = metrics(sketch.workspace, sketch.diagram)
    # then a→b and b→c change lanes and the message changes pools
    assert [(h.kind, h.from_name, h.to_name) for h in result.handoffs] == [
        ("lane", "A", "B"),
        ("lane", "B", "A"),
        ("pool", "Org", "Supplier"),
    ]
    assert result.handoffs[-1].flow == message
    assert [(c.name, c.steps) for c in result.steps_per_lane] == [("A", 2), ("B", 1)]
    assert result.to_json()["handoffs"] == 3


def test_paths_multiply_over_consecutive_decisions() -> None:
    # given two decisions one after the other, each with two branches
    sketch = Sketch()
    sketch.step("start", S)
    previous = "start"
    for n in (1, 2):
        for key in (f"x{n}", f"a{n}", f"b{n}", f"m{n}"):
            sketch.step(key, XOR if key[0] in "xm" else StepKind.TASK)
        sketch.flow(previous, f"x{n}")
        sketch.flow(f"x{n}", f"a{n}", name="yes")
        sketch.flow(f"x{n}", f"b{n}", name="no")
        sketch.chain(f"a{n}", f"m{n}")
        sketch.chain(f"b{n}", f"m{n}")
        previous = f"m{n}"
    sketch.step("end", E)
    sketch.flow(previous, "end")
    # then there are 2 x 2 routes from start to end, each 8 steps long
    result = metrics(sketch.workspace, sketch.diagram)
    assert result.paths == 4
    assert len(result.longest_path) == 8
    assert result.longest_path[0] == sketch.ids["start"]
    assert result.longest_path[-1] == sketch.ids["end"]


def test_longest_path_follows_the_longer_branch() -> None:
    # given a decision whose "yes" branch has two tasks and "no" one
    sketch = two_branches(0.5, 0.5)
    sketch.step("a2", minutes=1)
    flows = sketch.workspace.flows_at(sketch.ids["a"])
    sketch.editor.delete([f.id for f in flows if f.source_id == sketch.ids["a"]])
    sketch.chain("a", "a2", "merge")
    # then the longest path runs through a and a2
    result = metrics(sketch.workspace, sketch.diagram)
    keys = {v: k for k, v in sketch.ids.items()}
    assert [keys[s] for s in result.longest_path] == ["start", "xor", "a", "a2", "merge", "end"]
    assert result.longest_path_duration == pytest.approx(11.0)


def test_waiting_time_is_told_apart_from_work() -> None:
    # given a task (10 min) followed by a timer wait (60 min)
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a", minutes=10)
    sketch.step(
        "wait",
        StepKind.INTERMEDIATE_CATCH_EVENT,
        minutes=60,
        event_definition=EventDefinition.TIMER,
    )
    sketch.step("end", E)
    sketch.chain("start", "a", "wait", "end")
    # then 60 minutes are waiting and 10 are work
    result = metrics(sketch.workspace, sketch.diagram)
    assert (result.work_time, result.waiting_time, result.cycle_time) == (10.0, 60.0, 70.0)


def test_figures_without_data_are_none() -> None:
    # given a line without durations or costs
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a")
    sketch.step("end", E)
    sketch.chain("start", "a", "end")
    # then cycle time and cost are unknown, not zero
    data = metrics(sketch.workspace, sketch.diagram).to_json()
    assert (data["cycle_time"], data["cost"]) == (None, None)
    assert data["steps"] == 1


def test_an_endless_loop_has_no_finite_cycle_time() -> None:
    # given start → a → b → a, with no way out
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a", minutes=1)
    sketch.step("b", minutes=1)
    sketch.step("end", E)
    sketch.chain("start", "a", "b", "a")
    # then the cycle time is infinite, and null in JSON
    result = metrics(sketch.workspace, sketch.diagram)
    assert result.cycle_time is not None and math.isinf(result.cycle_time)
    assert result.to_json()["cycle_time"] is None


def test_open_weak_points_are_counted() -> None:
    # given three weak points on a line, one of them resolved
    sketch = line(("a", 1))
    for status in (WeakPointStatus.OPEN, WeakPointStatus.IN_PROGRESS, WeakPointStatus.RESOLVED):
        sketch.editor.add_weak_point(sketch.diagram, sketch.ids["a"], status=status)
    # then two are still open
    assert metrics(sketch.workspace, sketch.diagram).weak_points_open == 2


def test_a_sequence_of_tasks_adds_up() -> None:
    # given start → a (5) → b (7) → end
    sketch = line(("a", 5), ("b", 7))
    # then the cycle time is 12 and the single path holds 4 steps
    result = metrics(sketch.workspace, sketch.diagram)
    assert result.cycle_time == pytest.approx(12.0)
    assert (result.paths, len(result.longest_path), result.loops) == (1, 4, ())


@pytest.mark.parametrize("seed", range(5))
def test_time_to_end_equals_visits_times_durations_without_parallel_splits(seed: int) -> None:
    # given a random diagram of choices only: each task goes forward, and sometimes also
    # back to an earlier task (a rework loop) with a random probability
    rng = random.Random(seed)
    sketch = Sketch()
    sketch.step("start", S)
    keys = [f"t{i}" for i in range(12)]
    for key in keys:
        sketch.step(key, minutes=rng.randint(1, 30))
    sketch.step("end", E)
    sketch.flow("start", keys[0])
    for index, key in enumerate(keys):
        forward = keys[index + 1] if index + 1 < len(keys) else "end"
        if index and rng.random() < 0.5:
            back = rng.choice(keys[:index])
            p = rng.uniform(0.05, 0.6)
            sketch.flow(key, forward, probability=1 - p)
            sketch.flow(key, back, probability=p)
        else:
            sketch.flow(key, forward)
    graph = build_graph(sketch.workspace, sketch.diagram)
    nodes = list(graph.steps)
    durations = {n: s.duration.typical for n, s in graph.steps.items() if s.duration}
    # when the expected time to the end and the expected visits are solved
    ahead = time_to_end(graph, nodes, durations)
    runs = visits(graph, nodes, [sketch.ids["start"]])
    # then both views agree: elapsed time = sum of visits x durations
    assert ahead[sketch.ids["start"]] == pytest.approx(
        sum(runs[n] * d for n, d in durations.items())
    )
    assert runs[sketch.ids["end"]] == pytest.approx(1.0)


def test_link_events_join_the_figures() -> None:
    # given start → a (5) → link throw "L" … link catch "L" → b (7) → end
    sketch = Sketch()
    link = EventDefinition.LINK
    sketch.step("start", S)
    sketch.step("a", minutes=5)
    sketch.step("throw", StepKind.INTERMEDIATE_THROW_EVENT, name="L", event_definition=link)
    sketch.step("catch", StepKind.INTERMEDIATE_CATCH_EVENT, name="L", event_definition=link)
    sketch.step("b", minutes=7)
    sketch.step("end", E)
    sketch.chain("start", "a", "throw")
    sketch.chain("catch", "b", "end")
    # then the case runs through both halves
    result = metrics(sketch.workspace, sketch.diagram)
    assert (result.cycle_time, result.paths, len(result.longest_path)) == (12.0, 1, 6)


def test_a_sub_process_takes_the_figures_of_its_inside() -> None:
    # given a sub-process without a duration of its own, holding x (10) and y (5)
    sketch = sub_process_line()
    # then the case takes 2 + 10 + 5 minutes and costs 3 + 4
    result = metrics(sketch.workspace, sketch.diagram)
    assert (result.cycle_time, result.cost) == (17.0, 7.0)


def test_a_duration_on_the_sub_process_itself_wins() -> None:
    # given the same sub-process with its own duration of 60 minutes
    sketch = sub_process_line(own=60)
    # then that duration counts, and the inside still gives the cost
    result = metrics(sketch.workspace, sketch.diagram)
    assert (result.cycle_time, result.cost) == (62.0, 7.0)


def test_a_step_that_repeats_itself() -> None:
    # given a task (10 min) that is redone right away half the time (a flow to itself, as
    # another tool may have drawn it)
    sketch = line(("a", 10))
    again = sketch.raw_flow("a", "a", FlowKind.SEQUENCE, "again")
    sketch.editor.update([again], condition="not ok", probability=0.5)
    flows = sketch.workspace.flows_at(sketch.ids["a"])
    onward = next(f for f in flows if f.target_id == sketch.ids["end"])
    sketch.editor.update([onward.id], name="ok", condition="ok", probability=0.5)
    # then it runs twice on average, and the loop holds only that task
    result = metrics(sketch.workspace, sketch.diagram)
    assert result.cycle_time == pytest.approx(20.0)
    assert [(lp.steps, lp.probability) for lp in result.loops] == [((sketch.ids["a"],), 0.5)]
