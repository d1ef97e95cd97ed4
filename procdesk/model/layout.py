"""Auto-layout: left to right by flow order, one row band per lane (Qt-free, pure).

Columns are longest-path layers of the sequence-flow graph (back edges of loops ignored), so
every step sits right of what comes before it. Rows are the lanes of each pool, top to bottom;
steps that share a lane and a column (a gateway's branches) stack inside the lane, side by
side. Used for imported elements that have no diagram layout, and by the canvas on demand.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import replace

from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Diagram,
    Entity,
    Flow,
    FlowKind,
    FlowNodeShape,
    Lane,
    Pool,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.geometry import Rect, bounding_rect
from procdesk.model.routing import route_between
from procdesk.model.sizes import (
    ANNOTATION_SIZE,
    DATA_OBJECT_SIZE,
    DATA_STORE_SIZE,
    LANE_HEADER,
    POOL_HEADER,
    step_size,
)
from procdesk.model.workspace import Workspace

COLUMN_WIDTH = 160.0
ROW_HEIGHT = 120.0
MARGIN = 40.0
GAP = 80.0


def _size(shape: Shape) -> tuple[float, float]:
    if isinstance(shape, Step):
        return step_size(shape.kind, shape.expanded)
    if isinstance(shape, DataObject):
        return DATA_OBJECT_SIZE
    if isinstance(shape, DataStore):
        return DATA_STORE_SIZE
    if isinstance(shape, Annotation):
        return ANNOTATION_SIZE
    return shape.bounds.w, shape.bounds.h


def layers(nodes: list[str], flows: Iterable[Flow]) -> dict[str, int]:
    """Longest-path layer of each node over sequence flows, ignoring edges that close loops."""
    import networkx as nx  # here, not above: the editor imports this module, and most
    # processes that use it (an import, the command line) never lay anything out

    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    known = set(nodes)
    for flow in flows:
        if flow.source_id in known and flow.target_id in known:
            graph.add_edge(flow.source_id, flow.target_id)
    order = {node: index for index, node in enumerate(nodes)}
    roots = sorted((n for n in nodes if graph.in_degree(n) == 0), key=order.__getitem__)
    state: dict[str, int] = {}
    back: list[tuple[str, str]] = []
    for root in [*roots, *nodes]:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(graph.successors(root)))]
        while stack:
            node, successors = stack[-1]
            following = next(successors, None)
            if following is None:
                state[node] = 2
                stack.pop()
            elif following not in state:
                state[following] = 1
                stack.append((following, iter(graph.successors(following))))
            elif state[following] == 1:
                back.append((node, following))
    dag = nx.DiGraph(graph)
    dag.remove_edges_from(back)
    layer: dict[str, int] = {}
    for node in nx.topological_sort(dag):
        layer[node] = max((layer[p] + 1 for p in dag.predecessors(node)), default=0)
    return layer


def _leaf_lanes(ws: Workspace, parent_id: str) -> list[Lane]:
    result: list[Lane] = []
    for lane in ws.lanes_of(parent_id):
        inner = _leaf_lanes(ws, lane.id)
        result += inner or [lane]
    return result


def layout_diagram(ws: Workspace, diagram_id: str) -> list[Entity]:
    """Copies of the diagram's pools, lanes, nodes and flows with fresh bounds and waypoints."""
    placed = _full_layout(ws, diagram_id)
    _route(ws, diagram_id, placed, set(placed) | {f.id for f in ws.elements_of(diagram_id, Flow)})
    return list(placed.values())


def _full_layout(ws: Workspace, diagram_id: str) -> dict[str, Entity]:
    nodes = [
        s
        for s in ws.elements_of(diagram_id, FlowNodeShape)
        if not (isinstance(s, Step) and s.kind is StepKind.BOUNDARY_EVENT)
    ]
    flows = ws.elements_of(diagram_id, Flow)
    sequence = [f for f in flows if f.kind is FlowKind.SEQUENCE]
    layer = layers([n.id for n in nodes], sequence)
    for flow in flows:  # data and annotations sit in the column of what they connect to
        for a, b in ((flow.source_id, flow.target_id), (flow.target_id, flow.source_id)):
            if a in layer and b not in layer and b in {n.id for n in nodes}:
                layer[b] = layer[a]
    bands: list[tuple[str, list[FlowNodeShape]]] = []
    band_of: dict[str, int] = {}
    pools = ws.elements_of(diagram_id, Pool)
    for pool in pools:
        for key in [pool.id] + [lane.id for lane in _leaf_lanes(ws, pool.id)]:
            band_of[key] = len(bands)
            bands.append((key, []))
    band_of[""] = len(bands)
    bands.append(("", []))
    for node in nodes:
        key = node.lane_id or ""
        if key not in band_of or not key:
            owner = ws.pool_of(node.id)
            key = owner.id if owner is not None else ""
        bands[band_of[key]][1].append(node)
    columns = max(layer.values(), default=0) + 1
    placed: dict[str, Entity] = {}
    y = MARGIN
    band_rect: dict[str, Rect] = {}
    x0 = MARGIN + POOL_HEADER + LANE_HEADER
    previous_owner: str | None = None
    for key, members in bands:
        is_pool_band = any(p.id == key for p in pools)
        if not members and (key == "" or (is_pool_band and _leaf_lanes(ws, key))):
            continue
        band_owner: str = key if is_pool_band or not key else getattr(ws.pool_of(key), "id", "")
        if band_owner != previous_owner and y > MARGIN:
            y += GAP / 2
        previous_owner = band_owner
        cells: dict[int, list[FlowNodeShape]] = defaultdict(list)
        for node in members:
            cells[layer.get(node.id, 0)].append(node)
        rows = max((len(c) for c in cells.values()), default=1)
        height = rows * ROW_HEIGHT
        for column, cell in cells.items():
            for row, node in enumerate(cell):
                w, h = _size(node)
                cx = x0 + column * COLUMN_WIDTH + COLUMN_WIDTH / 2
                cy = y + row * ROW_HEIGHT + ROW_HEIGHT / 2
                placed[node.id] = replace(node, bounds=Rect(cx - w / 2, cy - h / 2, w, h))
        band_rect[key] = Rect(MARGIN + POOL_HEADER, y, LANE_HEADER + columns * COLUMN_WIDTH, height)
        y += height
    width = POOL_HEADER + LANE_HEADER + columns * COLUMN_WIDTH + MARGIN
    for pool in pools:
        keys = [pool.id] + [lane.id for lane in _leaf_lanes(ws, pool.id)]
        rects = [band_rect[k] for k in keys if k in band_rect]
        box = bounding_rect(rects) or Rect(MARGIN, y, width, ROW_HEIGHT)
        placed[pool.id] = replace(pool, bounds=Rect(MARGIN, box.y, width, box.h))
        for lane in ws.elements_of(diagram_id, Lane):
            if ws.pool_of(lane.id) is pool:
                _place_lane(ws, lane, band_rect, placed, width)
    _boundary_events(ws, diagram_id, placed)
    return placed


def _place_lane(
    ws: Workspace, lane: Lane, bands: dict[str, Rect], placed: dict[str, Entity], width: float
) -> None:
    leaves = _leaf_lanes(ws, lane.id) or [lane]
    box = bounding_rect([bands[leaf.id] for leaf in leaves if leaf.id in bands])
    if box is None:
        return
    depth, parent = 0, ws.find(lane.parent_id)
    while isinstance(parent, Lane):
        depth, parent = depth + 1, ws.find(parent.parent_id)
    x = MARGIN + POOL_HEADER + depth * LANE_HEADER
    placed[lane.id] = replace(lane, bounds=Rect(x, box.y, MARGIN + width - x, box.h))


def _boundary_events(ws: Workspace, diagram_id: str, placed: dict[str, Entity]) -> None:
    for step in ws.elements_of(diagram_id, Step):
        if step.kind is not StepKind.BOUNDARY_EVENT or not step.attached_to:
            continue
        host = placed.get(step.attached_to) or ws.find(step.attached_to)
        if isinstance(host, Shape):
            w, h = _size(step)
            bounds = Rect(host.bounds.right - w - 10, host.bounds.bottom - h / 2, w, h)
            placed[step.id] = replace(step, bounds=bounds)


def _route(ws: Workspace, diagram_id: str, placed: dict[str, Entity], ids: Collection[str]) -> None:
    for flow in ws.elements_of(diagram_id, Flow):
        if flow.id not in ids:
            continue
        source = placed.get(flow.source_id) or ws.find(flow.source_id)
        target = placed.get(flow.target_id) or ws.find(flow.target_id)
        if isinstance(source, Shape) and isinstance(target, Shape):
            placed[flow.id] = replace(flow, waypoints=route_between(source, target))


def _below(ws: Workspace, diagram_id: str, pending: list[Shape]) -> dict[str, Entity]:
    """Place new shapes in a row band below what the diagram already draws, by flow order."""
    drawn = [s for s in ws.elements_of(diagram_id, Shape) if s.id not in {p.id for p in pending}]
    box = bounding_rect([s.bounds for s in drawn]) or Rect(0, 0, 0, 0)
    layer = layers([p.id for p in pending], ws.elements_of(diagram_id, Flow))
    cells: dict[int, int] = defaultdict(int)
    placed: dict[str, Entity] = {}
    for shape in pending:
        column = layer.get(shape.id, 0)
        row = cells[column]
        cells[column] += 1
        w, h = _size(shape)
        cx = box.x + column * COLUMN_WIDTH + COLUMN_WIDTH / 2
        cy = box.bottom + GAP + row * ROW_HEIGHT + ROW_HEIGHT / 2
        placed[shape.id] = replace(shape, bounds=Rect(cx - w / 2, cy - h / 2, w, h))
    return placed


def layout_new_elements(entities: list[Entity], ids: Collection[str]) -> list[Entity]:
    """*entities* with those in *ids* (imported without layout) given bounds and waypoints.

    A diagram that draws nothing yet is laid out whole; otherwise the new shapes go in a band
    below the existing drawing, and new flows get a default route between their ends.
    """
    ws = Workspace(entities)
    pending_ids = set(ids)
    placed: dict[str, Entity] = {}
    for diagram in (e for e in entities if isinstance(e, Diagram)):
        shapes = ws.elements_of(diagram.id, Shape)
        pending = [s for s in shapes if s.id in pending_ids]
        if pending and len(pending) == len(shapes):
            placed.update(_full_layout(ws, diagram.id))
        elif pending:
            placed.update(_below(ws, diagram.id, pending))
        _route(ws, diagram.id, placed, pending_ids)
    return [placed.get(e.id, e) for e in entities]
