"""Model → BPMN 2.0 XML with full DI: the export every other modelling tool reads.

The writer starts from what the import kept (root elements and the ``process`` and
``collaboration`` shells on the Process) and adds every entity of the written diagrams to
its container: steps, data and artifacts to their process or sub-process, lanes to the
process's ``laneSet``, pools and message flows to the diagram's collaboration. Then it writes
one ``BPMNDiagram`` per drawn diagram and puts every parent's children in XSD order.

Exporting some diagrams of a process (``diagram_ids``) keeps every semantic element that they
show or refer to, under its own id, and draws only their planes (see ``selection``).

Deliberate differences from the file that was imported: flows that had no diagram edge get
one (they are entities of a diagram, so they are drawn), and the ``exporter`` attributes name
procdesk. A process procdesk makes itself gets ``isExecutable="false"`` (engines such as
SpiffWorkflow treat a missing attribute as executable and then apply engine rules to a
drawing); an imported process keeps what its file said, absent included. The output depends
on the workspace alone: the same workspace gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from lxml import etree

from procdesk import __version__
from procdesk.export.bpmn import di as di_io
from procdesk.export.bpmn import extensions
from procdesk.export.bpmn.claims import Claims
from procdesk.export.bpmn.errors import BpmnError
from procdesk.export.bpmn.kinds import is_model
from procdesk.export.bpmn.namespaces import (
    NS_HINT,
    NSMAP,
    bpmndi,
    hint,
    is_private,
    local_name,
    m,
)
from procdesk.export.bpmn.order import sort_children
from procdesk.export.bpmn.reach import unreferenced
from procdesk.export.bpmn.refs import drop_dangling
from procdesk.export.bpmn.release_ext import ReleaseStamp
from procdesk.export.bpmn.selection import select
from procdesk.export.bpmn.semantic import adopt, hints_of
from procdesk.export.bpmn.shapes import SemanticWriter
from procdesk.export.bpmn.unique import make_ids_unique
from procdesk.model.elements import (
    Diagram,
    Flow,
    FlowKind,
    Phase,
    Pool,
    Process,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.geometry import Point
from procdesk.model.workspace import Workspace


def write_bpmn(
    workspace: Workspace,
    process_id: str,
    diagram_ids: Sequence[str] | None = None,
    *,
    release: ReleaseStamp | None = None,
) -> bytes:
    """The process as BPMN 2.0 XML bytes: all its diagrams, or *diagram_ids* (in that order,
    with the drill-down diagrams they bring along after them) with everything they show or
    refer to (see ``selection``); with *release*, the released version it is says so
    (``release_ext``)."""
    process = workspace.find(process_id)
    if not isinstance(process, Process):
        raise BpmnError(f"no process {process_id!r} in the workspace")
    diagrams = workspace.diagrams_of(process_id)
    if diagram_ids is None:
        return Writer(workspace, process, diagrams, release=release).run()
    by_id = {d.id: d for d in diagrams}
    unknown = [d for d in diagram_ids if d not in by_id]
    if unknown:
        raise BpmnError(f"process {process.name!r} has no diagram {unknown[0]!r}")
    selection = select(workspace, diagrams, [by_id[d] for d in diagram_ids])
    drawn = None if selection.complete else selection.drawn
    return Writer(workspace, process, selection.written, drawn, release=release).run()


def definitions_id(process: Process) -> str:
    """A readable id for a file's ``definitions`` that had none: the same on every export."""
    return f"Definitions_{hashlib.sha256(process.id.encode()).hexdigest()[:8]}"


def _root(process: Process) -> etree._Element:
    nsmap: dict[str | None, str] = dict(NSMAP)
    uris = set(nsmap.values())
    for key, value in process.foreign.attributes:
        if key.startswith(f"{{{NS_HINT}}}"):
            prefix = key.rpartition("}")[2]
            if prefix != "_" and prefix not in nsmap and value not in uris:
                nsmap[prefix] = value
                uris.add(value)
    root = etree.Element(m("definitions"), nsmap=nsmap)  # type: ignore[arg-type]
    for key, value in process.foreign.attributes:
        if not is_private(key):
            try:
                root.set(key, value)
            except ValueError:
                continue
    root.set("id", root.get("id") or definitions_id(process))
    root.set("name", process.name)
    root.set("targetNamespace", root.get("targetNamespace") or "https://procdesk.org/bpmn")
    root.set("exporter", "procdesk")
    root.set("exporterVersion", __version__)
    return root


class Writer:
    """One export: *diagrams* are written (semantics), *drawn* (default: all) get their DI.

    With fewer drawn than written diagrams, the processes and collaborations that the drawn
    planes neither show nor refer to are left out.
    """

    def __init__(
        self,
        workspace: Workspace,
        process: Process,
        diagrams: list[Diagram],
        drawn: list[Diagram] | None = None,
        *,
        release: ReleaseStamp | None = None,
    ) -> None:
        self.ws = workspace
        self.release = release
        self.process = process
        self.diagrams = diagrams
        self.drawn = diagrams if drawn is None else drawn
        self.root = _root(process)
        self.shells: dict[str, etree._Element] = {}
        self._new_collaborations = 0
        self.kept_di: list[etree._Element] = []
        self.claims = Claims(workspace, diagrams)
        for fragment in process.foreign.elements:
            element = adopt(self.root, fragment)
            if element is None:
                continue
            if is_model(element, "process", "collaboration") and element.get("id"):
                self.shells[element.get("id", "")] = element

    # containers ------------------------------------------------------------------------------
    def process_element(self, process_id: str) -> etree._Element:
        """The ``process`` with *process_id*: a kept shell or a new one."""
        element = self.shells.get(process_id)
        if element is None:
            element = etree.SubElement(self.root, m("process"), id=process_id)
            element.set("isExecutable", "false")
            self.shells[process_id] = element
        return element

    def collaboration_of(self, diagram: Diagram) -> etree._Element:
        plane = hints_of(diagram).get(hint("plane"), "")
        candidates = [plane if self.claims.may_use(diagram.id, plane) else ""]
        candidates += [
            hints_of(p).get(hint("in"), "") for p in self.ws.elements_of(diagram.id, Pool)
        ]
        for candidate in candidates:
            shell = self.shells.get(candidate)
            if shell is not None and local_name(shell.tag) == "collaboration":
                return shell
        return self.named_collaboration(f"Collaboration_{diagram.id}")

    def named_collaboration(self, collaboration_id: str) -> etree._Element:
        shell = self.shells.get(collaboration_id)
        if shell is None:
            shell = etree.Element(m("collaboration"), id=collaboration_id)
            self.root.insert(self._new_collaborations, shell)
            self._new_collaborations += 1
            self.shells[collaboration_id] = shell
        return shell

    def default_process_id(self, diagram: Diagram) -> str:
        plane = hints_of(diagram).get(hint("plane"), "")
        shell = self.shells.get(plane)
        if shell is not None and local_name(shell.tag) == "process":
            return plane
        return f"Process_{diagram.id}"

    # the file --------------------------------------------------------------------------------
    def run(self) -> bytes:
        semantic = SemanticWriter(self)
        semantic.diagrams(self.diagrams)
        semantic.finish()
        extensions.write(self, semantic)
        if self.drawn is not self.diagrams:
            self._leave_out_unreferenced(semantic)
        self.taken = {e.get("id", "") for e in self.root.iter(etree.Element)}
        for diagram in self.drawn:
            self._di(diagram, semantic)
        self.taken = make_ids_unique(self.root, semantic.elements.values())
        drop_dangling(self.root, self.taken, semantic.unverified, self.kept_di)
        semantic.generated.update(self.shells.values())
        for element in semantic.generated:
            sort_children(element)
        sort_children(self.root)
        etree.indent(self.root, space="  ")
        return etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    def _leave_out_unreferenced(self, semantic: SemanticWriter) -> None:
        """Remove the processes and collaborations that no drawn plane shows or refers to,
        and forget the entities written into them (they get no DI)."""
        shown = [semantic.plane_element.get(d.id, "") for d in self.drawn]
        drawn = {d.id for d in self.drawn}
        shown += [
            entity_id
            for entity_id in semantic.elements
            if getattr(self.ws.find(entity_id), "diagram_id", None) in drawn
        ]
        for diagram in self.drawn:
            shown += di_io.drawn_elements(diagram.foreign.elements)
        for container in unreferenced(self.root, shown):
            self.root.remove(container)
            self.shells.pop(container.get("id", ""), None)
            for element in container.iter(etree.Element):
                element_id = element.get("id", "")
                if semantic.elements.get(element_id) is element:
                    del semantic.elements[element_id]

    def _di(self, diagram: Diagram, semantic: SemanticWriter) -> None:
        hints = hints_of(diagram)
        element = etree.SubElement(self.root, bpmndi("BPMNDiagram"), id=diagram.id)
        self._unique_id(element)
        if diagram.name:
            element.set("name", diagram.name)
        for key, value in diagram.foreign.attributes:
            if not is_private(key) and key not in ("id", "name"):
                element.set(key, value)
        plane = etree.SubElement(element, bpmndi("BPMNPlane"))
        plane.set("id", hints.get(hint("plane-id")) or f"BPMNPlane_{diagram.id}")
        self._unique_id(plane)
        plane.set("bpmnElement", semantic.plane_element.get(diagram.id, ""))
        kept_di: list[etree._Element] = []
        for fragment in diagram.foreign.elements:
            kept = adopt(plane, fragment)
            if kept is None:
                continue
            if local_name(kept.tag) == "BPMNLabelStyle":
                element.append(kept)
            else:
                kept_di.append(kept)
            for inner in kept.iter():
                if isinstance(inner.tag, str) and inner.get("id"):
                    self._unique_id(inner)
        shapes = [e for e in self.ws.elements_of(diagram.id, Shape) if not isinstance(e, Phase)]
        written = semantic.elements
        for shape in _parents_first(shapes):
            if shape.id in written or semantic.di_only(shape):
                self._shape(plane, shape)
        for flow in self.ws.elements_of(diagram.id, Flow):
            if flow.id in written:
                self._edge(plane, flow)
        for kept in kept_di:  # second drawings of an element come after its first
            plane.append(kept)
        self.kept_di += kept_di

    def _shape(self, plane: etree._Element, shape: Shape) -> None:
        flags: list[tuple[str, bool]] = []
        if isinstance(shape, Pool) or type(shape).__name__ == "Lane":
            flags.append(("isHorizontal", bool(getattr(shape, "horizontal", True))))
        if isinstance(shape, Step) and shape.kind.is_sub_process:
            flags.append(("isExpanded", shape.expanded))
        hints = hints_of(shape)
        if _draws_x_marker(shape):
            # bpmn-js and Camunda draw the X only when the DI asks for it
            flags.append(("isMarkerVisible", True))
        element = di_io.write_di(
            plane, "BPMNShape", shape.id, hints, f"{shape.id}_di", flags, (shape.fill, shape.stroke)
        )
        _hidden_marker_and_call_expansion(element, shape)
        self._unique_id(element)
        di_io.add_bounds(element, shape.bounds)
        di_io.write_label(element, shape.label, hints)

    def _edge(self, plane: etree._Element, flow: Flow) -> None:
        hints = hints_of(flow)
        element = di_io.write_di(
            plane, "BPMNEdge", flow.id, hints, f"{flow.id}_di", (), (flow.fill, flow.stroke)
        )
        self._unique_id(element)
        di_io.write_waypoints(element, flow.waypoints or self._straight(flow))
        di_io.write_label(element, flow.label, hints)

    def _unique_id(self, element: etree._Element) -> None:
        """DI ids share the document's ID space with the semantic ids: never reuse one."""
        wanted = element.get("id", "")
        candidate, number = wanted, 1
        while candidate in self.taken:
            number += 1
            candidate = f"{wanted}_{number}"
        element.set("id", candidate)
        self.taken.add(candidate)

    def _straight(self, flow: Flow) -> tuple[Point, ...]:
        source, target = self.ws.find(flow.source_id), self.ws.find(flow.target_id)
        if isinstance(source, Shape) and isinstance(target, Shape):
            return (source.bounds.center, target.bounds.center)
        return (Point(0, 0), Point(0, 0))


def _parents_first(shapes: list[Shape]) -> list[Shape]:
    """Pools, then lanes, then the rest: bpmn-js draws in document order."""

    def key(shape: Shape) -> int:
        if isinstance(shape, Pool):
            return 0
        if type(shape).__name__ == "Lane":
            return 1
        return 2

    return sorted(shapes, key=key)


__all__ = ["FlowKind", "Writer", "write_bpmn"]


def _draws_x_marker(shape: Shape) -> bool:
    return (
        isinstance(shape, Step)
        and shape.kind == StepKind.EXCLUSIVE_GATEWAY
        and shape.marker_visible
    )


def _hidden_marker_and_call_expansion(element: etree._Element, shape: Shape) -> None:
    """The DI flags that an imported shape's kept attributes may contradict: a hidden X
    (absent or ``false`` stays as the file had it) and a call activity's ``isExpanded``
    (written where the file had it or where the call activity is drawn expanded)."""
    if not isinstance(shape, Step):
        return
    if shape.kind == StepKind.EXCLUSIVE_GATEWAY and not shape.marker_visible:
        if element.get("isMarkerVisible") == "true":
            element.set("isMarkerVisible", "false")
    elif shape.kind == StepKind.CALL_ACTIVITY and (
        shape.expanded or element.get("isExpanded") is not None
    ):
        element.set("isExpanded", "true" if shape.expanded else "false")
