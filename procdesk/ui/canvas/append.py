"""Appending by keyboard: a new step to the right of the selected one, connected to it.

The new step goes into the source's lane (or sub-process); when the spot to the right is
taken (a gateway's second branch, say) it goes below while the lane has room, else further
right. Adding and connecting are one undo step.
"""

from __future__ import annotations

from procdesk.model.editor import Editor
from procdesk.model.elements import Lane, Step, StepKind
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
