"""The BPMN processes a procdesk process is exported as, each with the diagrams that show it.

One procdesk process (an imported file, or a process drawn here) may hold several BPMN
processes: one per pool of a collaboration, one per top-level process of a file, a called
process no diagram draws. ``bpmn_processes`` names them as the export of the whole process
(``write_bpmn`` without diagrams) writes them, without writing the file: it follows the
writer's rules for where an element goes (``Claims``, a pool's process, the diagram's own
process), so that it stays cheap enough for the process tree.

A diagram *shows* a BPMN process when its plane is that process, when it draws a pool
standing for it, or when it draws an element inside it (a drill-down plane shows the process
that holds its sub-process; a plane of its own shows a black-box pool's process).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from procdesk.export.bpmn.claims import Claims
from procdesk.export.bpmn.namespaces import MODEL, local_name
from procdesk.export.bpmn.safe_xml import parse_fragment
from procdesk.export.bpmn.selection import plane_of
from procdesk.model.elements import (
    Annotation,
    Diagram,
    Flow,
    FlowKind,
    Group,
    Lane,
    Phase,
    Pool,
    Process,
    Shape,
    Step,
)
from procdesk.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class BpmnProcess:
    """One ``process`` of the export: its id and name as written, the pool standing for it
    (None if none), and the diagrams that show it, in diagram order."""

    id: str
    name: str
    participant: Participant | None
    diagram_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Shell:
    """A ``process`` or ``collaboration`` kept from the import (the writer fills it again)."""

    tag: str
    name: str
    participants: tuple[tuple[str, str, str], ...] = ()
    """Participants the collaboration still holds as XML: (id, name, processRef)."""


_CONTAINER_START = re.compile(r"<(?:[\w.-]+:)?(process|collaboration)[\s/>]")
_PARTICIPANT = f"{{{MODEL}}}participant"


def bpmn_processes(workspace: Workspace, process_id: str) -> list[BpmnProcess]:
    """The BPMN processes of the whole export of *process_id*, in the file's order."""
    process = workspace.get(process_id, Process)
    return _Outline(workspace, process).run()


class _Outline:
    def __init__(self, workspace: Workspace, process: Process) -> None:
        self.ws = workspace
        self.diagrams = workspace.diagrams_of(process.id)
        self.claims = Claims(workspace, self.diagrams)
        self.shells: dict[str, _Shell] = {}
        for fragment in process.foreign.elements:
            found = _shell(fragment)
            if found is not None:
                self.shells[found[0]] = found[1]
        self.shown: dict[str, list[str]] = {}
        self.participants: dict[str, Participant] = {}
        self.homes: dict[str, str | None] = {}

    def run(self) -> list[BpmnProcess]:
        # In the writer's order (pools, then what they hold, then the planes), so that the
        # processes it makes come in the order the file lists them.
        for diagram in self.diagrams:
            self._pools(diagram)
        for diagram in self.diagrams:
            self._content(diagram)
        for diagram in self.diagrams:
            self._plane(diagram)
        order = {d.id: index for index, d in enumerate(self.diagrams)}
        ids = [i for i, s in self.shells.items() if s.tag == "process"]
        ids += [i for i in self.shown if i not in self.shells]
        for shell in self.shells.values():
            for participant_id, name, ref in shell.participants:
                self.participants.setdefault(ref, Participant(participant_id, name))
        return [
            BpmnProcess(
                id=i,
                name=self.shells[i].name if i in self.shells else "",
                participant=self.participants.get(i),
                diagram_ids=tuple(sorted(self.shown.get(i, ()), key=order.__getitem__)),
            )
            for i in ids
        ]

    def _show(self, process_id: str | None, diagram: Diagram) -> None:
        if process_id is None or self._is_collaboration(process_id):
            return
        shown = self.shown.setdefault(process_id, [])
        if diagram.id not in shown:
            shown.append(diagram.id)

    def _is_collaboration(self, container_id: str) -> bool:
        shell = self.shells.get(container_id)
        return shell is not None and shell.tag == "collaboration"

    def _pools(self, diagram: Diagram) -> None:
        for pool in self.ws.elements_of(diagram.id, Pool):
            process_id = self._pool_process(pool)
            if process_id is not None:
                self._show(process_id, diagram)
                self.participants.setdefault(process_id, Participant(pool.id, pool.name))

    def _content(self, diagram: Diagram) -> None:
        for shape in self.ws.elements_of(diagram.id, Shape):
            parent = self._parent(shape)
            if isinstance(parent, Pool) and parent.diagram_id == diagram.id:
                continue  # in the process of a pool drawn here: shown with the pool
            if isinstance(shape, Lane):
                if not isinstance(parent, Pool | Lane):  # a lane of no pool
                    self._show(self._own_or_default(shape, diagram), diagram)
            elif not isinstance(shape, Pool | Phase):
                self._show(self._home(shape), diagram)

    def _plane(self, diagram: Diagram) -> None:
        """The plane's own process: an imported one, or the one made for a pool-less diagram."""
        plane = plane_of(diagram)
        if plane in self.shells:
            self._show(plane, diagram)
            return
        owner = self.ws.find(plane)
        if isinstance(owner, Step):  # a drill-down plane
            self._show(self._home(owner), diagram)
            return
        pools = self.ws.elements_of(diagram.id, Pool)
        flows = self.ws.elements_of(diagram.id, Flow)
        if not (pools or any(f.kind is FlowKind.MESSAGE for f in flows)):
            self._show(self._default_process(diagram), diagram)

    def _parent(self, shape: Shape) -> object:
        return self.claims.parent_of(shape)

    def _pool_process(self, pool: Pool) -> str | None:
        """The processRef the writer gives the pool's participant (None: a black box)."""
        owned = self.claims.owned(pool, pool.process_ref)
        if owned:
            return owned
        children = self.ws.children_of(pool.id)
        if children:
            return f"Process_{pool.id}"
        return None

    def _home(self, shape: Shape) -> str | None:
        """The process (or collaboration) the writer puts *shape* in."""
        if shape.id in self.homes:
            return self.homes[shape.id]
        self.homes[shape.id] = None  # a cycle of parents ends here
        parent = self._parent(shape)
        home: str | None
        if isinstance(parent, Pool):
            home = self.claims.owned(parent, parent.process_ref) or f"Process_{parent.id}"
        elif isinstance(parent, Step):
            home = self._home(parent)
        else:
            home = self.claims.container_hint(shape)
            diagram = self.ws.find(shape.diagram_id)
            if home is None and isinstance(diagram, Diagram):
                artifact = isinstance(shape, Group | Annotation)
                if not (artifact and self.ws.elements_of(diagram.id, Pool)):
                    home = self._default_process(diagram)  # else: the collaboration's
        self.homes[shape.id] = home
        return home

    def _own_or_default(self, shape: Shape, diagram: Diagram) -> str:
        return self.claims.container_hint(shape) or self._default_process(diagram)

    def _default_process(self, diagram: Diagram) -> str:
        plane = plane_of(diagram)
        shell = self.shells.get(plane)
        return plane if shell is not None and shell.tag == "process" else f"Process_{diagram.id}"


@lru_cache(maxsize=512)
def _shell(fragment: str) -> tuple[str, _Shell] | None:
    """(id, shell) if the kept fragment is a ``process`` or ``collaboration``, else None."""
    if not _CONTAINER_START.match(fragment):
        return None
    try:
        element = parse_fragment(fragment)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if not str(element.tag).startswith(f"{{{MODEL}}}") or not element.get("id"):
        return None
    participants = tuple(
        (p.get("id", ""), p.get("name", ""), p.get("processRef", "").rpartition(":")[2])
        for p in element.iterchildren(_PARTICIPANT)
    )
    tag = local_name(str(element.tag))
    return element.get("id", ""), _Shell(tag, element.get("name", ""), participants)
