"""Quick capture: a workshop types steps as table rows and the diagram draws itself.

Each row names a step, its lane, its kind and (optionally) the step it follows. ``capture``
turns a new row into a step in that lane (creating the lane, or a pool, when needed),
connects it after its predecessor and lays the diagram out again, all as one undo step.
``rows_of`` reads a diagram back as rows in flow order, so the table always shows the diagram.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from procdesk.model.commands import CommandError
from procdesk.model.editor import Editor
from procdesk.model.elements import Flow, FlowKind, Lane, Pool, Step, StepKind
from procdesk.model.geometry import Point
from procdesk.model.rules import can_connect
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

KIND_WORDS: dict[str, StepKind] = {
    "task": StepKind.TASK,
    "user": StepKind.USER_TASK,
    "manual": StepKind.MANUAL_TASK,
    "system": StepKind.SERVICE_TASK,
    "service": StepKind.SERVICE_TASK,
    "send": StepKind.SEND_TASK,
    "receive": StepKind.RECEIVE_TASK,
    "decision": StepKind.EXCLUSIVE_GATEWAY,
    "xor": StepKind.EXCLUSIVE_GATEWAY,
    "parallel": StepKind.PARALLEL_GATEWAY,
    "and": StepKind.PARALLEL_GATEWAY,
    "start": StepKind.START_EVENT,
    "end": StepKind.END_EVENT,
    "wait": StepKind.INTERMEDIATE_CATCH_EVENT,
    "subprocess": StepKind.SUB_PROCESS,
}
"""Words a workshop uses for kinds (BPMN names such as ``userTask`` are accepted too)."""

KIND_WORD_CONTEXT = "quick capture kind word"
"""Disambiguation of the kind words: one lower-case word each, typed into the capture table."""

_KIND_WORD_TEXTS = {
    "task": tr_noop("task", "quick capture kind word"),
    "user": tr_noop("user", "quick capture kind word"),
    "manual": tr_noop("manual", "quick capture kind word"),
    "system": tr_noop("system", "quick capture kind word"),
    "service": tr_noop("service", "quick capture kind word"),
    "send": tr_noop("send", "quick capture kind word"),
    "receive": tr_noop("receive", "quick capture kind word"),
    "decision": tr_noop("decision", "quick capture kind word"),
    "xor": tr_noop("xor", "quick capture kind word"),
    "parallel": tr_noop("parallel", "quick capture kind word"),
    "and": tr_noop("and", "quick capture kind word"),
    "start": tr_noop("start", "quick capture kind word"),
    "end": tr_noop("end", "quick capture kind word"),
    "wait": tr_noop("wait", "quick capture kind word"),
    "subprocess": tr_noop("subprocess", "quick capture kind word"),
}
"""Each English kind word as the user's language says it; the English words keep working."""


def _folded(word: str) -> str:
    return word.strip().casefold().replace(" ", "").replace("-", "")


def local_kind_words() -> dict[str, StepKind]:
    """The kind words in the user's language (the English ones when no translation is active),
    in the order of ``KIND_WORDS``; a word two kinds share goes to the first."""
    words: dict[str, StepKind] = {}
    for english, kind in KIND_WORDS.items():
        words.setdefault(_folded(tr(_KIND_WORD_TEXTS[english], KIND_WORD_CONTEXT)), kind)
    return words


@dataclass(frozen=True, slots=True)
class CaptureRow:
    """One row of the quick-capture table."""

    name: str
    lane: str = ""
    kind: StepKind = StepKind.TASK
    after: str | None = None
    step_id: str | None = None


def parse_kind(word: str) -> StepKind:
    """The kind a typed word means; CommandError listing the words when it means none."""
    text = word.strip()
    if not text:
        return StepKind.TASK
    folded = _folded(text)
    if folded in KIND_WORDS:
        return KIND_WORDS[folded]
    local = local_kind_words()
    if folded in local:
        return local[folded]
    for kind in StepKind:
        if kind.value.casefold() == folded:
            return kind
    message = tr("unknown kind {word}; use one of: {words}")
    raise CommandError(message.format(word=repr(text), words=", ".join(local)))


def _lane_named(workspace: Workspace, diagram_id: str, name: str) -> Lane | None:
    wanted = name.strip().casefold()
    for lane in workspace.elements_of(diagram_id, Lane):
        if lane.name.strip().casefold() == wanted:
            return lane
    return None


def ensure_lane(editor: Editor, diagram_id: str, name: str) -> str | None:
    """The lane called *name* (any case), made if missing: an unused unnamed lane is renamed,
    else a lane is added to the first pool, or a pool is drawn when there is none."""
    workspace = editor.workspace
    lane = _lane_named(workspace, diagram_id, name) if name.strip() else None
    if lane is not None:
        return lane.id
    pools = workspace.elements_of(diagram_id, Pool)
    if not name.strip():
        lanes = workspace.elements_of(diagram_id, Lane)
        return lanes[0].id if lanes else None
    if not pools:
        pool = editor.add_pool(diagram_id, "", lanes=[name.strip()])
        return workspace.lanes_of(pool)[0].id
    unnamed = [lane for lane in workspace.lanes_of(pools[0].id) if not lane.name.strip()]
    if unnamed and not any(
        s.lane_id == unnamed[0].id for s in workspace.elements_of(diagram_id, Step)
    ):
        editor.rename(unnamed[0].id, name.strip())
        return unnamed[0].id
    return editor.add_lane(pools[0].id, name.strip())


def _default_predecessor(workspace: Workspace, diagram_id: str) -> str | None:
    """The rightmost step that has no outgoing sequence flow and is not an end event."""
    open_ends = [
        step
        for step in workspace.elements_of(diagram_id, Step)
        if step.kind != StepKind.END_EVENT
        and not any(
            f.kind == FlowKind.SEQUENCE and f.source_id == step.id
            for f in workspace.flows_at(step.id)
        )
    ]
    if not open_ends:
        return None
    return max(open_ends, key=lambda step: step.bounds.right).id


def capture(editor: Editor, diagram_id: str, row: CaptureRow) -> str:
    """Add the row's step, connected after its predecessor, and lay out: one undo step."""
    if not row.name.strip():
        raise CommandError(tr("a captured step needs a name"))
    workspace = editor.workspace
    with editor.history.group(tr("Capture {name}").format(name=row.name.strip())):
        predecessor = row.after or _default_predecessor(workspace, diagram_id)
        lane_id = ensure_lane(editor, diagram_id, row.lane)
        center = Point(0, 0)
        if lane_id is not None:
            center = workspace.get(lane_id, Lane).bounds.center
        if predecessor is not None and predecessor in workspace:
            before = workspace.get(predecessor, Step).bounds
            center = Point(before.right + 100, center.y if lane_id else before.center.y)
        step_id = editor.add_step(diagram_id, row.kind, row.name.strip(), center, lane_id)
        if predecessor is not None and can_connect(workspace, predecessor, step_id):
            editor.connect(predecessor, step_id)
        editor.auto_layout(diagram_id)
    return step_id


def rows_of(workspace: Workspace, diagram_id: str) -> list[CaptureRow]:
    """The diagram's steps as rows, in flow order (a topological order of sequence flows)."""
    steps = {s.id: s for s in workspace.elements_of(diagram_id, Step)}
    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_nodes_from(steps)
    first_before: dict[str, str] = {}
    for flow in workspace.elements_of(diagram_id, Flow):
        if flow.kind == FlowKind.SEQUENCE and flow.source_id in steps and flow.target_id in steps:
            graph.add_edge(flow.source_id, flow.target_id)
            first_before.setdefault(flow.target_id, flow.source_id)
    acyclic = nx.DiGraph(graph)
    for cycle_edge in _back_edges(graph):
        acyclic.remove_edge(*cycle_edge)
    order = list(nx.lexicographical_topological_sort(acyclic, key=lambda i: (steps[i].bounds.x, i)))
    rows = []
    for step_id in order:
        step = steps[step_id]
        lane = workspace.find(step.lane_id)
        rows.append(
            CaptureRow(
                name=step.name,
                lane=lane.name if isinstance(lane, Lane) else "",
                kind=step.kind,
                after=first_before.get(step_id),
                step_id=step_id,
            )
        )
    return rows


def _back_edges(graph: nx.DiGraph[str]) -> list[tuple[str, str]]:
    """Edges that close loops, found by a depth-first search from the sources."""
    sources = [n for n in graph if graph.in_degree(n) == 0] or list(graph)[:1]
    back: list[tuple[str, str]] = []
    seen: set[str] = set()
    # An edge u → v closes a loop when v reaches u, that is when both lie in one strongly
    # connected component: found once for the graph, not by a search per edge.
    component = {
        node: index
        for index, members in enumerate(nx.strongly_connected_components(graph))
        for node in members
    }
    for root in [*sources, *graph]:
        if root in seen:
            continue
        for u, v, kind in nx.dfs_labeled_edges(graph, root):
            if kind == "nontree" and u != v and component[u] == component[v]:
                back.append((u, v))
            seen.update((u, v))
    return back
