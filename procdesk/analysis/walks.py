"""Walks over a FlowGraph: reachability, loop-closing flows, loops as components, main flow.

Every walk is iterative (deep diagrams must not hit Python's recursion limit) and visits
steps and flows in drawing order, so results are the same on every run.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from procdesk.analysis.graph import FlowGraph
from procdesk.model.elements import Flow


def reachable_from(graph: FlowGraph, sources: Iterable[str]) -> set[str]:
    """Steps a token can reach from *sources*, boundary events included via their host."""
    attached: dict[str, list[str]] = {}
    for step in graph.steps.values():
        if step.attached_to:
            attached.setdefault(step.attached_to, []).append(step.id)
    seen: set[str] = set()
    stack = list(sources)
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        stack.extend(f.target_id for f in graph.outgoing(current))
        stack.extend(attached.get(current, ()))
    return seen


def back_edges(
    graph: FlowGraph, starts: Iterable[str], nodes: Iterable[str] | None = None
) -> list[Flow]:
    """Flows that close a loop: found by a depth-first walk from *starts*, in drawing order.

    Removing them leaves a graph without cycles; each one is where a rework loop jumps back.
    Steps the walk from *starts* does not reach (of *nodes*, default all) are walked
    afterwards, in diagram order.
    """
    state: dict[str, int] = {}  # 1 = on the walk's stack, 2 = done
    result: list[Flow] = []
    roots = [*starts, *(graph.steps if nodes is None else nodes)]
    for root in roots:
        if root in state:
            continue
        state[root] = 1
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            node, index = stack[-1]
            out = graph.outgoing(node)
            if index < len(out):
                stack[-1] = (node, index + 1)
                flow = out[index]
                target_state = state.get(flow.target_id, 0)
                if target_state == 1:
                    result.append(flow)
                elif target_state == 0:
                    state[flow.target_id] = 1
                    stack.append((flow.target_id, 0))
            else:
                state[node] = 2
                stack.pop()
    return result


@dataclass(frozen=True, slots=True)
class MainFlow:
    """The main scope's steps, where a case starts, and the flows that close rework loops."""

    nodes: list[str]
    starts: list[str]
    loops: list[Flow]


def main_flow(graph: FlowGraph) -> MainFlow:
    """The flow the figures are about (see ``FlowGraph.main_scope``)."""
    scope = graph.main_scope()
    return MainFlow([], [], []) if scope is None else scope_flow(graph, scope)


def scope_flow(graph: FlowGraph, scope: str) -> MainFlow:
    """The flow of one scope (a pool, a sub-process's inside, or the diagram).

    Without a start event, steps without incoming flows are where a case starts.
    """
    nodes = graph.scopes().get(scope, [])
    node_set = set(nodes)
    starts = graph.starts(scope) or [
        n for n in nodes if not graph.incoming(n) and not graph.steps[n].attached_to
    ]
    loops = [f for f in back_edges(graph, starts, nodes) if f.source_id in node_set]
    return MainFlow(nodes, starts, loops)


def components(graph: FlowGraph, nodes: Collection[str]) -> list[list[str]]:
    """Strongly connected components of the steps *nodes*, upstream ones first.

    A component of more than one step (or of one step with a flow to itself) is a loop. This
    is Tarjan's algorithm, iterative so deep diagrams do not hit the recursion limit; Tarjan
    finds components downstream first, so the list is reversed at the end.
    """
    node_set = set(nodes)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, position = work[-1]
            out = graph.outgoing(node)
            if position < len(out):
                work[-1] = (node, position + 1)
                target = out[position].target_id
                if target not in node_set:
                    continue
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                members: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == node:
                        break
                found.append(members)
    found.reverse()
    return found
