"""Copy, cut, paste and duplicate of diagram elements, within and between diagrams.

Copying takes the selected shapes with what sits inside them (a pool's lanes and steps) and
the flows whose two ends are copied. Pasting makes fresh ids, and one undo step. Into the
same diagram the copy lands offset from the original; into another diagram it keeps its
position and joins whatever lane lies under it there.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from procdesk.model.commands import AddEntities, moving_set
from procdesk.model.editor import Editor
from procdesk.model.elements import DiagramElement, Flow, FlowNodeShape, Lane, Shape, Step
from procdesk.model.geometry import Point
from procdesk.model.ids import new_id
from procdesk.model.naming import describe
from procdesk.model.workspace import Workspace

OFFSET = 30.0


@dataclass
class Clipboard:
    """Copied elements (frozen values, so later edits of the originals do not leak in)."""

    diagram_id: str | None = None
    elements: list[DiagramElement] = field(default_factory=list)
    pastes: int = 0

    @property
    def empty(self) -> bool:
        return not self.elements


CLIPBOARD = Clipboard()
"""One clipboard per process: copy in one diagram or window, paste in another."""


def copy(workspace: Workspace, ids: list[str], clipboard: Clipboard = CLIPBOARD) -> int:
    """Put the elements *ids* (with their contents and inner flows) on the clipboard."""
    shapes = moving_set(workspace, [i for i in ids if isinstance(workspace.find(i), Shape)])
    chosen: dict[str, DiagramElement] = dict(shapes)
    for element_id in list(shapes):
        for flow in workspace.flows_at(element_id):
            if flow.source_id in shapes and flow.target_id in shapes:
                chosen[flow.id] = flow
    for element_id in ids:
        picked = workspace.find(element_id)
        if isinstance(picked, Flow) and picked.source_id in shapes and picked.target_id in shapes:
            chosen[picked.id] = picked
    if not chosen:
        return 0
    clipboard.elements = list(chosen.values())
    clipboard.diagram_id = clipboard.elements[0].diagram_id
    clipboard.pastes = 0
    return len(chosen)


def _prefix(element_id: str) -> str:
    head = element_id.split("_")[0]
    return head if head and head.isidentifier() else "Element"


def paste(editor: Editor, diagram_id: str, clipboard: Clipboard = CLIPBOARD) -> list[str]:
    """Add a fresh copy of the clipboard to *diagram_id*; returns the new top-level ids."""
    if clipboard.empty:
        return []
    same = clipboard.diagram_id == diagram_id
    shift = OFFSET * (clipboard.pastes + 1) if same else 0.0
    fresh = {e.id: new_id(_prefix(e.id)) for e in clipboard.elements}
    copies: list[DiagramElement] = []
    for element in clipboard.elements:
        changes: dict[str, object] = {
            "id": fresh[element.id],
            "diagram_id": diagram_id,
            "origin_id": None,
        }
        if isinstance(element, Shape):
            changes["bounds"] = element.bounds.moved(shift, shift)
            changes["label"] = element.label.moved(shift, shift) if element.label else None
            changes["parent_id"] = _relink(element.parent_id, fresh, same)
        if isinstance(element, FlowNodeShape):
            changes["lane_id"] = _relink(element.lane_id, fresh, same)
        if isinstance(element, Step) and element.attached_to is not None:
            if element.attached_to not in fresh:
                continue
            changes["attached_to"] = fresh[element.attached_to]
        if isinstance(element, Flow):
            changes["source_id"] = fresh[element.source_id]
            changes["target_id"] = fresh[element.target_id]
            changes["waypoints"] = tuple(p.moved(shift, shift) for p in element.waypoints)
            changes["label"] = element.label.moved(shift, shift) if element.label else None
        copies.append(dataclasses.replace(element, **changes))  # type: ignore[arg-type]
    if not same:
        copies = [_join_lane(editor, diagram_id, c) for c in copies]
    editor.run(AddEntities(tuple(copies), f"Paste {describe(copies)}"))
    clipboard.pastes += 1
    return [
        c.id
        for c in copies
        if not isinstance(c, Lane) and getattr(c, "parent_id", None) not in fresh.values()
    ]


def _relink(ref: str | None, fresh: dict[str, str], same: bool) -> str | None:
    if ref is None:
        return None
    if ref in fresh:
        return fresh[ref]
    return ref if same else None


def _join_lane(editor: Editor, diagram_id: str, element: DiagramElement) -> DiagramElement:
    """In another diagram, a pasted node without a copied lane joins the lane under it."""
    if not isinstance(element, FlowNodeShape) or element.lane_id is not None:
        return element
    center: Point = element.bounds.center
    lane_id = editor.lane_at(diagram_id, center)
    if lane_id is None:
        return element
    pool = editor.workspace.pool_of(lane_id)
    parent = element.parent_id if element.parent_id is not None else (pool.id if pool else None)
    return dataclasses.replace(element, lane_id=lane_id, parent_id=parent)
