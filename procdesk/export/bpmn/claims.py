"""Which written diagram may put its elements into which imported process or collaboration.

An imported element remembers its container (``hint('in')``, a pool's ``process_ref``, a
diagram's plane). A to-be copy carries the same hints as its original, but must not pour its
content into the original's process: where a diagram named a container before the copy
(in the order the diagrams are written), the copy gets containers of its own, as a drawing
made in procdesk would; and a copy's shape whose container the copy did not copy (it is drawn
on another diagram) goes into the copy's own process. Diagrams that are not copies (the
planes of one imported file, diagrams drawn here) share what they name.
"""

from __future__ import annotations

from collections.abc import Sequence

from procdesk.export.bpmn.namespaces import hint
from procdesk.export.bpmn.selection import plane_of
from procdesk.model.elements import Diagram, DiagramElement, Entity, Pool, Shape
from procdesk.model.workspace import Workspace

_IN = hint("in")


class Claims:
    """The first written diagram naming each container, and the rule above."""

    def __init__(self, workspace: Workspace, diagrams: Sequence[Diagram]) -> None:
        self.ws = workspace
        self.claimed: dict[str, str] = {}
        for diagram in diagrams:
            for container in containers(workspace, diagram):
                self.claimed.setdefault(container, diagram.id)

    def may_use(self, diagram_id: str, container: str | None) -> bool:
        """Whether the diagram's elements may go into *container*."""
        if not container:
            return False
        claimer = self.claimed.get(container, diagram_id)
        return claimer == diagram_id or not (self._is_copy(claimer) or self._is_copy(diagram_id))

    def owned(self, element: DiagramElement, container: str | None) -> str | None:
        """*container* if the element's diagram may use it, else None."""
        return container if self.may_use(element.diagram_id, container) else None

    def container_hint(self, element: DiagramElement) -> str | None:
        """The imported container (process or collaboration) of *element*, if still its own."""
        return self.owned(element, container_of(element))

    def parent_of(self, shape: Shape) -> Entity | None:
        """The shape's container, except for a copy's shape whose container is drawn on
        another diagram (the inside of a sub-process, a black-box pool's process drawn on a
        plane of its own): the copy did not copy that container, so the shape goes into the
        copy's own process instead of its original's."""
        parent = self.ws.find(shape.parent_id) if shape.parent_id else None
        if (
            isinstance(parent, Shape)
            and parent.diagram_id != shape.diagram_id
            and self._is_copy(shape.diagram_id)
        ):
            return None
        return parent

    def _is_copy(self, diagram_id: str) -> bool:
        diagram = self.ws.find(diagram_id)
        return isinstance(diagram, Diagram) and diagram.origin_diagram_id is not None


def containers(workspace: Workspace, diagram: Diagram) -> set[str]:
    """The imported containers a diagram names: its plane, its elements', its pools'."""
    found = {plane_of(diagram)}
    for element in workspace.elements_of(diagram.id):
        found.add(container_of(element))
        if isinstance(element, Pool) and element.process_ref:
            found.add(element.process_ref)
    return found - {""}


def container_of(element: DiagramElement) -> str:
    """The container an imported element was in (``hint('in')``; '' if none)."""
    for key, value in element.foreign.attributes:  # a scan: cheaper than a dict per element
        if key == _IN:
            return value
    return ""
