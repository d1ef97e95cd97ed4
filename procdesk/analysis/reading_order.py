"""The order in which a keyboard (and a screen reader) visits the elements of a diagram.

A diagram is read like a page of swimlanes: lane after lane, top to bottom, and inside a lane
left to right (in a vertical pool: column after column, top to bottom). Tab follows the
sequence flow where it can, because that is the story a process tells, and when the flow ends
(or loops back to something already visited) it continues with the first element in reading
order not yet visited. The result is one fixed cycle through every element, so Tab reaches
everything and Shift+Tab retraces exactly the same way back.
"""

from __future__ import annotations

from procdesk.model.elements import (
    NODE_TYPES,
    Flow,
    FlowKind,
    Group,
    Lane,
    Phase,
    Pool,
    Shape,
    Step,
)
from procdesk.model.geometry import Point
from procdesk.model.workspace import Workspace

ReadingKey = tuple[int, float, float]


def _bands(workspace: Workspace, diagram_id: str) -> list[Shape]:
    """Leaf lanes, and pools without lanes, in reading order: pool by pool, lane by lane."""
    pools = sorted(workspace.elements_of(diagram_id, Pool), key=lambda p: (p.bounds.y, p.bounds.x))
    bands: list[Shape] = []
    for pool in pools:
        leaves = _leaf_lanes(workspace, pool.id)
        if not pool.horizontal:
            leaves.sort(key=lambda lane: (lane.bounds.x, lane.bounds.y))
        bands.extend(leaves or [pool])
    return bands


def _leaf_lanes(workspace: Workspace, parent_id: str) -> list[Lane]:
    leaves: list[Lane] = []
    for lane in workspace.lanes_of(parent_id):
        inner = _leaf_lanes(workspace, lane.id)
        leaves.extend(inner or [lane])
    return leaves


def _is_upright(workspace: Workspace, band: Shape) -> bool:
    """Whether a band is read top to bottom (the lanes of a vertical pool)."""
    pool = band if isinstance(band, Pool) else workspace.pool_of(band.id)
    return pool is not None and not pool.horizontal


def reading_keys(workspace: Workspace, diagram_id: str) -> dict[str, ReadingKey]:
    """Sort keys of the diagram's nodes (steps, data, annotations, groups): band, then position.

    A node belongs to the lane it is assigned to, else to the band its centre lies in; nodes
    outside every pool come after all bands, left to right.
    """
    bands = _bands(workspace, diagram_id)
    rank = {band.id: index for index, band in enumerate(bands)}
    keys: dict[str, ReadingKey] = {}
    for shape in workspace.elements_of(diagram_id, Shape):
        if not isinstance(shape, (*NODE_TYPES, Group)):
            continue
        centre = shape.bounds.center
        band = _band_of(shape, centre, bands, rank)
        if band is not None and _is_upright(workspace, band):
            keys[shape.id] = (rank[band.id], centre.y, centre.x)
        else:
            keys[shape.id] = (rank[band.id] if band else len(bands), centre.x, centre.y)
    return keys


def _band_of(shape: Shape, centre: Point, bands: list[Shape], rank: dict[str, int]) -> Shape | None:
    lane_id = getattr(shape, "lane_id", None)
    if lane_id in rank:
        return bands[rank[lane_id]]
    return next((band for band in bands if band.bounds.contains(centre)), None)


def reading_order(workspace: Workspace, diagram_id: str) -> list[str]:
    """The diagram's nodes in reading order (see :func:`reading_keys`)."""
    keys = reading_keys(workspace, diagram_id)
    return sorted(keys, key=lambda node_id: keys[node_id])


def flow_successors(workspace: Workspace, step_id: str) -> list[str]:
    """Steps that sequence flows lead to from *step_id*, topmost first (as the flow is read)."""
    targets: list[Step] = []
    for flow in workspace.flows_at(step_id):
        if flow.kind != FlowKind.SEQUENCE or flow.source_id != step_id:
            continue
        target = workspace.find(flow.target_id)
        if isinstance(target, Step) and target.id != step_id:
            targets.append(target)
    return [s.id for s in sorted(targets, key=lambda s: (s.bounds.y, s.bounds.x))]


def tab_order(workspace: Workspace, diagram_id: str) -> list[str]:
    """Every element of the diagram once, in the order Tab visits them.

    Nodes first: from each node not yet visited, in reading order, along the sequence flow
    (the topmost branch not yet visited) until the flow ends or comes back;
    then the flows (by the reading position of their source, then target); then the pools,
    lanes and phases, so that they too can be named and edited from the keyboard.
    """
    order = reading_order(workspace, diagram_id)
    position = {node_id: index for index, node_id in enumerate(order)}
    visited: list[str] = []
    seen: set[str] = set()
    for start in order:
        current: str | None = start
        while current is not None and current not in seen:
            seen.add(current)
            visited.append(current)
            ahead = [i for i in flow_successors(workspace, current) if i not in seen]
            # a step drawn in another diagram (not in *position*) cannot be selected here
            current = next((i for i in ahead if i in position), None)
    end = len(order)
    flows = sorted(
        workspace.elements_of(diagram_id, Flow),
        key=lambda f: (position.get(f.source_id, end), position.get(f.target_id, end)),
    )
    containers = sorted(
        (s for s in workspace.elements_of(diagram_id, Shape) if isinstance(s, Pool | Lane | Phase)),
        key=lambda s: (s.bounds.y, s.bounds.x, not isinstance(s, Pool)),
    )
    return visited + [f.id for f in flows] + [c.id for c in containers]


def step_through(order: list[str], current: list[str], forward: bool) -> str | None:
    """The element Tab (or Shift+Tab) selects next, given the *current* selection.

    Nothing selected: the first element (Shift+Tab: the last). Otherwise the one after (before)
    the earliest selected element, wrapping around at the ends.
    """
    if not order:
        return None
    places = [order.index(i) for i in current if i in order]
    if not places:
        return order[0] if forward else order[-1]
    here = min(places)
    return order[(here + (1 if forward else -1)) % len(order)]
