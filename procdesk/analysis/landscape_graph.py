"""The landscape as a graph: processes as nodes, interfaces as edges (networkx).

End to end: what lies upstream of a process (everything whose work reaches it through some
chain of interfaces) and downstream of it (everything its work reaches). The same questions are
asked at any level of the hierarchy: looking at the top level, an interface of Purchase
requisition counts as one of Procure to pay, the top-level process that contains it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

import networkx as nx

from procdesk.analysis.interfaces import Interface, InterfaceKind


@dataclass(frozen=True, slots=True)
class Connection:
    """The interfaces from one shown process to another, drawn as one arrow."""

    source: str
    target: str
    interfaces: tuple[Interface, ...]

    @property
    def kinds(self) -> tuple[InterfaceKind, ...]:
        """The kinds of interface the arrow stands for, in ``InterfaceKind`` order."""
        present = {interface.kind for interface in self.interfaces}
        return tuple(kind for kind in InterfaceKind if kind in present)


def interface_graph(nodes: Iterable[str], interfaces: Iterable[Interface]) -> nx.MultiDiGraph:
    """Every process as a node and every interface as an edge (``interface`` on the edge)."""
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes)
    for interface in interfaces:
        graph.add_edge(interface.source, interface.target, interface=interface)
    return graph


def connections(
    interfaces: Iterable[Interface],
    shown: Collection[str],
    representative: Callable[[str], str | None],
) -> list[Connection]:
    """The interfaces as arrows between *shown* processes: each end is replaced by the shown
    process that stands for it (itself or an ancestor); interfaces inside one shown process,
    or with an end that nothing shown stands for, are left out."""
    grouped: dict[tuple[str, str], list[Interface]] = {}
    for interface in interfaces:
        source = representative(interface.source)
        target = representative(interface.target)
        if source is None or target is None or source == target:
            continue
        if source not in shown or target not in shown:
            continue
        grouped.setdefault((source, target), []).append(interface)
    return [Connection(s, t, tuple(found)) for (s, t), found in grouped.items()]


def flow_graph(nodes: Iterable[str], arrows: Iterable[Connection]) -> nx.DiGraph:
    """A plain directed graph of *arrows* between *nodes* (for upstream and downstream)."""
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((arrow.source, arrow.target) for arrow in arrows)
    return graph


def upstream(graph: nx.DiGraph, node: str) -> set[str]:
    """Every process whose work reaches *node* through a chain of interfaces."""
    return set(nx.ancestors(graph, node)) if node in graph else set()


def downstream(graph: nx.DiGraph, node: str) -> set[str]:
    """Every process that the work of *node* reaches through a chain of interfaces."""
    return set(nx.descendants(graph, node)) if node in graph else set()


def on_paths(graph: nx.DiGraph, node: str) -> set[tuple[str, str]]:
    """The arrows on the chains through *node*: every arrow that leads (over more arrows) into
    it, and every arrow that its work flows on along (what an end-to-end view highlights)."""
    if node not in graph:
        return set()
    into = upstream(graph, node) | {node}
    out_of = downstream(graph, node) | {node}
    return {(s, t) for s, t in graph.edges if t in into or s in out_of}
