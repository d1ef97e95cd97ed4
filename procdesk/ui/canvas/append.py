"""Appending by keyboard: a new step to the right of the selected one, connected to it.

The new step goes into the source's lane (or sub-process); when the spot to the right is
taken (a gateway's second branch, say) it goes below while the lane has room, else further
right. Adding and connecting are one undo step. With nothing selected, the same keys (and S
for a start event) place a first step at the start of the top lane, so a diagram can be begun
without a mouse.
"""

from __future__ import annotations

from procdesk.model.editor import Editor
from procdesk.model.elements import Lane, Pool, Step, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.model.naming import noun
from procdesk.model.sizes import step_size
from procdesk.text import tr

APPEND_GAP = 50.0


def append_position(editor: Editor, source: Step, kind: StepKind) -> Point:
    """Centre for a step appended after *source*: to its right, in the same lane.

    When that spot is taken (a second branch from a gateway, say) the step goes below it
    while the lane has room, and otherwise further right.
    """
    w, h = step_size(kind)
    b = source.bounds
    x, y = b.right + APPEND_GAP + w / 2, b.center.y
    lane = editor.workspace.find(source.lane_id)
    top, bottom = (lane.bounds.y, lane.bounds.bottom) if isinstance(lane, Lane) else (-1e9, 1e9)
    occupied = [
        s.bounds for s in editor.workspace.elements_of(source.diagram_id, Step) if s.id != source.id
    ]
    candidates = [Point(x, y)]
    candidates += [Point(x, y + k * (h + 30)) for k in range(1, 4)]
    candidates += [Point(x + k * (w + APPEND_GAP), y) for k in range(1, 8)]
    for spot in candidates:
        box = Rect(spot.x - w / 2 - 10, spot.y - h / 2 - 10, w + 20, h + 20)
        inside = top <= spot.y - h / 2 and spot.y + h / 2 <= bottom
        if inside and not any(_overlaps(box, other) for other in occupied):
            return spot
    return Point(x, y)


def _overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def append_step(editor: Editor, source_id: str, kind: StepKind) -> str:
    """Add a *kind* step after *source_id*, connected to it, in the same lane: one undo step."""
    source = editor.workspace.get(source_id, Step)
    center = append_position(editor, source, kind)
    what = noun(Step(id="x", diagram_id="", bounds=Rect(0, 0, 1, 1), kind=kind))
    with editor.history.group(tr("Append {element}").format(element=what)):
        new_id = editor.add_step(
            source.diagram_id, kind, "", center, source.lane_id, parent_id=source.parent_id
        )
        editor.connect(source_id, new_id)
    return new_id


def _top_lane(editor: Editor, diagram_id: str) -> Lane | Pool | None:
    """The innermost first lane of the topmost (leftmost) pool: where a process begins."""
    pools = editor.workspace.elements_of(diagram_id, Pool)
    if not pools:
        return None
    area: Lane | Pool = min(pools, key=lambda pool: (pool.bounds.y, pool.bounds.x))
    while lanes := editor.workspace.lanes_of(area.id):
        area = lanes[0]
    return area


def place_step(editor: Editor, diagram_id: str, kind: StepKind) -> str:
    """Add a *kind* step, unconnected, at the first free spot from the start of the top lane
    (of an empty canvas: near the origin)."""
    w, h = step_size(kind)
    area = _top_lane(editor, diagram_id)
    if isinstance(area, Lane):
        x, y = area.bounds.x + APPEND_GAP + w / 2, area.bounds.center.y
    elif isinstance(area, Pool):
        x, y = area.bounds.x + 2 * APPEND_GAP + w / 2, area.bounds.center.y
    else:
        x, y = 100.0, 100.0
    occupied = [s.bounds for s in editor.workspace.elements_of(diagram_id, Step)]
    while any(_overlaps(Rect(x - w / 2 - 10, y - h / 2 - 10, w + 20, h + 20), o) for o in occupied):
        x += w + APPEND_GAP
    lane_id = area.id if isinstance(area, Lane) else None
    return editor.add_step(diagram_id, kind, "", Point(x, y), lane_id)
