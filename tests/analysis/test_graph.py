"""The flow graph: scopes, splits, branch probabilities, loops and components."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from procdesk.analysis.graph import SplitKind, build_graph
from procdesk.analysis.walks import back_edges, components, main_flow
from tests.analysis.builders import AND, XOR, E, S, Sketch, T


def test_branch_probabilities_fill_in_what_is_missing() -> None:
    # given a decision with three branches: 50 %, none, none
    sketch = Sketch()
    sketch.step("xor", XOR)
    for key in ("a", "b", "c"):
        sketch.step(key)
    sketch.flow("xor", "a", probability=0.5)
    sketch.flow("xor", "b")
    sketch.flow("xor", "c")
    # when the graph is built
    graph = build_graph(sketch.workspace, sketch.diagram)
    # then the two without share the remaining half
    assert [p for _, p in graph.branch_probabilities(sketch.ids["xor"])] == [0.5, 0.25, 0.25]
    assert graph.split_kind(sketch.ids["xor"]) == SplitKind.CHOICE


def test_probabilities_over_one_are_scaled() -> None:
    # given branches of 60 % and 60 %
    sketch = Sketch()
    sketch.step("xor", XOR)
    sketch.step("a")
    sketch.step("b")
    sketch.flow("xor", "a", probability=0.6)
    sketch.flow("xor", "b", probability=0.6)
    # then each is taken half the time
    graph = build_graph(sketch.workspace, sketch.diagram)
    assert [p for _, p in graph.branch_probabilities(sketch.ids["xor"])] == [0.5, 0.5]


def test_split_kinds() -> None:
    # given a parallel gateway, a task with two plain flows and a task with a condition
    sketch = Sketch()
    for key, kind in (("and", AND), ("t", T), ("c", T), ("x", T), ("y", T)):
        sketch.step(key, kind)
    sketch.flow("and", "x")
    sketch.flow("and", "y")
    sketch.flow("t", "x")
    sketch.flow("t", "y")
    sketch.flow("c", "x", condition="urgent")
    sketch.flow("c", "y")
    graph = build_graph(sketch.workspace, sketch.diagram)
    # then the gateway and the plain task split in parallel, the conditional task chooses
    kinds = {k: graph.split_kind(sketch.ids[k]) for k in ("and", "t", "c", "x")}
    assert kinds == {
        "and": SplitKind.PARALLEL,
        "t": SplitKind.PARALLEL,
        "c": SplitKind.CHOICE,
        "x": SplitKind.NONE,
    }


def test_main_flow_finds_the_loop_closing_flow() -> None:
    # given start → a → b → xor, back to a or on to end
    sketch = Sketch()
    for key, kind in (("start", S), ("a", T), ("b", T), ("xor", XOR), ("end", E)):
        sketch.step(key, kind)
    sketch.chain("start", "a", "b", "xor", "end")
    back = sketch.flow("xor", "a")
    # when the main flow is taken
    flow = main_flow(build_graph(sketch.workspace, sketch.diagram))
    # then it starts at the start event and the flow back to a closes the only loop
    assert flow.starts == [sketch.ids["start"]]
    assert [f.id for f in flow.loops] == [back]
    assert len(flow.nodes) == 5


@pytest.mark.parametrize("seed", range(4))
def test_components_match_networkx_and_come_upstream_first(seed: int) -> None:
    # given a diagram of 25 tasks with 40 random flows
    rng = random.Random(seed)
    sketch = Sketch()
    keys = [f"t{i}" for i in range(25)]
    for key in keys:
        sketch.step(key)
    for _ in range(40):
        a, b = rng.sample(keys, 2)
        sketch.flow(a, b)
    graph = build_graph(sketch.workspace, sketch.diagram)
    # when its components are found
    parts = components(graph, list(graph.steps))
    # then they are networkx's strongly connected components...
    expected = {frozenset(c) for c in nx.strongly_connected_components(graph.sequence)}
    assert {frozenset(p) for p in parts} == expected
    # ...in an order where every flow between two of them runs downstream
    where = {n: i for i, part in enumerate(parts) for n in part}
    for flow in graph.sequence_flows.values():
        assert where[flow.source_id] <= where[flow.target_id]
    # and removing the loop-closing flows leaves no cycle
    loops = {f.id for f in back_edges(graph, [])}
    acyclic = nx.DiGraph(
        (f.source_id, f.target_id) for f in graph.sequence_flows.values() if f.id not in loops
    )
    assert nx.is_directed_acyclic_graph(acyclic)
