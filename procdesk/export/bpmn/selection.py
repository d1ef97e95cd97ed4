"""What an export of some diagrams of a process draws, and whose semantics it writes.

A BPMN file keeps the semantics (processes, collaborations) apart from the drawings (one
``BPMNDiagram`` per plane), and a plane may show only part of what it refers to: a collapsed
sub-process is drawn inside on a plane of its own, a pool may stand for a process drawn on
another plane, a call activity names a process drawn elsewhere. Exporting one diagram
therefore works in two steps:

* **Drawn**: the chosen diagrams, plus the drill-down diagram of every collapsed sub-process
  they show (and so on, inside those). Only these get a ``BPMNDiagram``, the chosen ones
  first (a viewer opens the first).
* **Written**: the drawn diagrams, the diagrams holding the sub-processes a drawn plane drills
  into, and every other diagram of the process that is not a copy made in procdesk (imported
  planes, diagrams drawn here), except the originals of a chosen copy. Their semantics are
  written, so that every element keeps its content and id whichever diagram it was drawn on;
  afterwards ``reach.unreferenced`` removes the processes and collaborations that the drawn
  planes neither show nor refer to.

Copies (a to-be made from an as-is) carry their original's hints; leaving the originals out
keeps a copy exported alone from pouring its content into them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from procdesk.export.bpmn.namespaces import hint
from procdesk.model.elements import Diagram, Step
from procdesk.model.workspace import Workspace

_PLANE = hint("plane")


@dataclass(frozen=True, slots=True)
class Selection:
    """The diagrams an export draws and those whose semantics it writes (drawn first)."""

    drawn: list[Diagram]
    written: list[Diagram]
    complete: bool
    """Every diagram of the process is drawn: nothing to leave out."""


def plane_of(diagram: Diagram) -> str:
    """The id of the element the diagram's imported plane showed ('' if none)."""
    for key, value in diagram.foreign.attributes:
        if key == _PLANE:
            return value
    return ""


def select(
    workspace: Workspace, diagrams: Sequence[Diagram], chosen: Sequence[Diagram]
) -> Selection:
    """The selection for exporting *chosen* out of all *diagrams* of one process."""
    inside = _drill_downs(diagrams)
    drawn = list(dict.fromkeys(chosen))
    queue = list(drawn)
    while queue:
        diagram = queue.pop(0)
        for step in workspace.elements_of(diagram.id, Step):
            for deeper in inside.get(step.id, ()):
                if deeper not in drawn:
                    drawn.append(deeper)
                    queue.append(deeper)
    if len(drawn) == len(diagrams):
        return Selection(drawn, drawn, complete=True)
    hosts = _hosts(workspace, drawn)
    by_id = {d.id: d for d in diagrams}
    originals = _originals([*drawn, *hosts], by_id)
    companions = [d for d in diagrams if d.origin_diagram_id is None and d.id not in originals]
    written = list(dict.fromkeys([*drawn, *hosts, *companions]))
    return Selection(drawn, written, complete=False)


def _drill_downs(diagrams: Sequence[Diagram]) -> dict[str, list[Diagram]]:
    """Sub-process id → the diagrams whose plane draws its inside."""
    found: dict[str, list[Diagram]] = {}
    for diagram in diagrams:
        plane = plane_of(diagram)
        if plane:
            found.setdefault(plane, []).append(diagram)
    return found


def _hosts(workspace: Workspace, drawn: list[Diagram]) -> list[Diagram]:
    """The diagrams holding the sub-processes that drawn planes draw the inside of."""
    hosts: list[Diagram] = []
    queue = list(drawn)
    while queue:
        owner = workspace.find(plane_of(queue.pop(0)))
        if not isinstance(owner, Step):
            continue
        host = workspace.find(owner.diagram_id)
        if isinstance(host, Diagram) and host not in drawn and host not in hosts:
            hosts.append(host)
            queue.append(host)
    return hosts


def _originals(diagrams: list[Diagram], by_id: dict[str, Diagram]) -> set[str]:
    """The ids of the diagrams these were copied from, and of those they were copied from."""
    found: set[str] = set()
    for diagram in diagrams:
        origin = diagram.origin_diagram_id
        while origin and origin not in found:
            found.add(origin)
            parent = by_id.get(origin)
            origin = parent.origin_diagram_id if parent is not None else None
    return found
