"""Places every entity of the written diagrams in its BPMN container and fills it in.

Everything is written in the order the workspace holds the diagrams' elements (imported
ones in their file's order, then the ones drawn here in the order they were made; lists of
references as ``listing`` says), never in the order of a set: the same workspace always
gives the same file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from procdesk.export.bpmn.kinds import is_model
from procdesk.export.bpmn.listing import INCOMING, LANE_REFS, OUTGOING, in_order
from procdesk.export.bpmn.namespaces import hint, local_name, m
from procdesk.export.bpmn.semantic import (
    add_documentation,
    condition,
    hints_of,
    new_element,
    step_details,
    tag_of,
)
from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Diagram,
    DiagramElement,
    Entity,
    Flow,
    FlowKind,
    FlowNodeShape,
    Group,
    Lane,
    Phase,
    Pool,
    Shape,
    Step,
)

if TYPE_CHECKING:
    from procdesk.export.bpmn.writer import Writer

_FLOW_TAGS = {
    FlowKind.SEQUENCE: "sequenceFlow",
    FlowKind.MESSAGE: "messageFlow",
    FlowKind.ASSOCIATION: "association",
    FlowKind.DATA_INPUT: "dataInputAssociation",
    FlowKind.DATA_OUTPUT: "dataOutputAssociation",
}


class SemanticWriter:
    def __init__(self, writer: Writer) -> None:
        self.w = writer
        self.ws = writer.ws
        self.elements: dict[str, etree._Element] = {}
        self.generated: set[etree._Element] = {writer.root, *writer.shells.values()}
        self.plane_element: dict[str, str] = {}
        self.lanes: list[Lane] = []
        self.unverified: list[etree._Element] = []
        """Lane refs kept from the import: they may point at what this export leaves out."""
        self.position: dict[str, int] = {}
        """Each written diagram element's place in the workspace order (see the docstring)."""

    def _keep(self, entity: Entity, element: etree._Element) -> etree._Element:
        self.elements[entity.id] = element
        self.generated.add(element)
        return element

    # containers ------------------------------------------------------------------------------
    def _process_id_of_pool(self, pool: Pool) -> str:
        ref = self.w.claims.owned(pool, pool.process_ref)
        return ref or f"Process_{pool.id}"

    def container(self, entity: DiagramElement, diagram: Diagram) -> etree._Element:
        """The element an entity's semantic element goes into."""
        parent = self.w.claims.parent_of(entity) if isinstance(entity, Shape) else None
        if isinstance(parent, Pool):
            return self.w.process_element(self._process_id_of_pool(parent))
        if isinstance(parent, Step) and parent.id in self.elements:
            return self.elements[parent.id]
        where = self.w.claims.container_hint(entity)
        if where:
            shell = self.w.shells.get(where)
            if shell is not None:
                return shell
            return self.w.process_element(where)
        if isinstance(entity, Group | Annotation) and self.ws.elements_of(diagram.id, Pool):
            return self.w.collaboration_of(diagram)
        return self.w.process_element(self.w.default_process_id(diagram))

    # diagrams --------------------------------------------------------------------------------
    def diagrams(self, diagrams: list[Diagram]) -> None:
        """Pools, then every shape of every diagram (containers before their contents, also
        across diagrams: a collapsed sub-process's plane), then each diagram's plane element."""
        ws = self.ws
        for diagram in diagrams:
            for element in ws.elements_of(diagram.id):
                self.position[element.id] = len(self.position)
        for diagram in diagrams:
            for pool in ws.elements_of(diagram.id, Pool):
                self._pool(pool, diagram)
        shapes = [
            s
            for diagram in diagrams
            for s in ws.elements_of(diagram.id, Shape)
            if not isinstance(s, Pool | Lane | Phase)
        ]
        by_id = {d.id: d for d in diagrams}
        for shape in _containers_first(shapes, ws):
            self._shape(shape, by_id[shape.diagram_id])
        for diagram in diagrams:
            self.lanes += ws.elements_of(diagram.id, Lane)
        known = self._all_ids()
        for diagram in diagrams:
            hinted = hints_of(diagram).get(hint("plane"))
            if hinted in known:
                self.plane_element[diagram.id] = hinted
                continue
            flows: list[Flow] = ws.elements_of(diagram.id, Flow)
            if ws.elements_of(diagram.id, Pool) or any(f.kind is FlowKind.MESSAGE for f in flows):
                plane = self.w.collaboration_of(diagram).get("id", "")
            else:
                plane = self.w.default_process_id(diagram)
                self.w.process_element(plane)
            known.add(plane)
            self.plane_element[diagram.id] = plane

    def _all_ids(self) -> set[str]:
        return {e.get("id", "") for e in self.w.root.iter(etree.Element)}

    def _pool(self, pool: Pool, diagram: Diagram) -> None:
        where = self.w.claims.container_hint(pool)
        shell = self.w.shells.get(where or "")
        collaboration = shell if shell is not None else self.w.collaboration_of(diagram)
        element = self._keep(pool, new_element(collaboration, "participant", pool, pool.name))
        add_documentation(element, pool.documentation)
        if pool.multiplicity is not None:
            many = etree.SubElement(element, m("participantMultiplicity"))
            many.set("minimum", str(pool.multiplicity.minimum))
            many.set("maximum", str(pool.multiplicity.maximum))
        has_content = any(not isinstance(c, Lane) for c in self.ws.children_of(pool.id))
        if self.w.claims.owned(pool, pool.process_ref) or has_content or self.ws.lanes_of(pool.id):
            process_id = self._process_id_of_pool(pool)
            element.set("processRef", process_id)
            self.w.process_element(process_id)

    def _shape(self, shape: Shape, diagram: Diagram) -> None:
        if self.di_only(shape):
            return
        container = self.container(shape, diagram)
        if isinstance(shape, Step):
            element = new_element(container, shape.kind.value, shape, shape.name)
            add_documentation(element, shape.documentation)
            step_details(element, shape)
        elif isinstance(shape, DataObject):
            element = self._data_object(container, shape)
        elif isinstance(shape, DataStore):
            element = new_element(container, "dataStoreReference", shape, shape.name)
            add_documentation(element, shape.documentation)
        elif isinstance(shape, Annotation):
            element = new_element(container, "textAnnotation", shape)
            add_documentation(element, shape.documentation)
            etree.SubElement(element, m("text")).text = shape.name
        elif isinstance(shape, Group):
            element = self._group(container, shape)
        else:
            return
        self._keep(shape, element)

    def di_only(self, shape: Shape) -> bool:
        """Whether only the shape is written: a drawn process-level data input or output,
        whose semantic element the kept ``ioSpecification`` holds (not so for a copy)."""
        if hint("di-only") not in hints_of(shape):
            return False
        parent = self.ws.find(shape.parent_id)
        if isinstance(parent, Pool):
            return self.w.claims.owned(parent, parent.process_ref) is not None
        return self.w.claims.container_hint(shape) is not None

    def _data_object(self, container: etree._Element, shape: DataObject) -> etree._Element:
        tag = tag_of(shape, "dataObjectReference")
        if tag in ("dataInput", "dataOutput"):
            tag = "dataObjectReference"
        element = new_element(container, tag, shape, shape.name)
        add_documentation(element, shape.documentation)
        if tag == "dataObject" and shape.collection:
            element.set("isCollection", "true")
        if tag == "dataObjectReference" and not element.get("dataObjectRef"):
            data = etree.SubElement(container, m("dataObject"), id=f"{shape.id}_data")
            if shape.collection:
                data.set("isCollection", "true")
            element.set("dataObjectRef", data.get("id", ""))
        if shape.state and element.find(m("dataState")) is None:
            etree.SubElement(element, m("dataState"), name=shape.state)
        return element

    def _group(self, container: etree._Element, shape: Group) -> etree._Element:
        element = new_element(container, "group", shape)
        add_documentation(element, shape.documentation)
        if not element.get("categoryValueRef") and shape.name:
            category = etree.SubElement(self.w.root, m("category"), id=f"{shape.id}_category")
            value = etree.SubElement(category, m("categoryValue"), id=f"{shape.id}_value")
            value.set("value", shape.name)
            element.set("categoryValueRef", value.get("id", ""))
        return element

    # flows and lanes -------------------------------------------------------------------------
    def finish(self) -> None:
        for diagram in self.w.diagrams:
            for flow in self.ws.elements_of(diagram.id, Flow):
                self._flow(flow, diagram)
        for lane in self.lanes:
            self._lane(lane)
        for entity_id, element in list(self.elements.items()):
            entity = self.ws.find(entity_id)
            if isinstance(entity, Step):
                self._incoming_outgoing(entity, element)

    def _flow(self, flow: Flow, diagram: Diagram) -> None:
        tag = _FLOW_TAGS[flow.kind]
        owner: etree._Element | None
        if flow.kind is FlowKind.DATA_INPUT:
            owner = self.elements.get(flow.target_id)
        elif flow.kind is FlowKind.DATA_OUTPUT:
            owner = self.elements.get(flow.source_id)
        elif flow.kind is FlowKind.MESSAGE:
            where = self.w.shells.get(self.w.claims.container_hint(flow) or "")
            owner = where if where is not None else self.w.collaboration_of(diagram)
        else:
            owner = self._flow_container(flow, diagram)
        if owner is None:
            return
        element = self._keep(flow, new_element(owner, tag, flow, flow.name))
        add_documentation(element, flow.documentation)
        if flow.kind is FlowKind.DATA_INPUT:
            etree.SubElement(element, m("sourceRef")).text = flow.source_id
            if element.find(m("targetRef")) is None:
                placeholder = etree.SubElement(owner, m("property"), id=f"{flow.id}_target")
                placeholder.set("name", "__targetRef_placeholder")
                etree.SubElement(element, m("targetRef")).text = placeholder.get("id")
        elif flow.kind is FlowKind.DATA_OUTPUT:
            etree.SubElement(element, m("targetRef")).text = flow.target_id
        else:
            element.set("sourceRef", flow.source_id)
            element.set("targetRef", flow.target_id)
        if flow.kind is FlowKind.SEQUENCE:
            condition(element, flow)
            if flow.is_default and flow.source_id in self.elements:
                self.elements[flow.source_id].set("default", flow.id)

    def _flow_container(self, flow: Flow, diagram: Diagram) -> etree._Element:
        where = self.w.claims.container_hint(flow)
        if where and where in self.w.shells:
            return self.w.shells[where]
        for end in (flow.source_id, flow.target_id):
            node = self.elements.get(end)
            parent = node.getparent() if node is not None else None
            if parent is not None:
                return parent
        return self.w.process_element(self.w.default_process_id(diagram))

    def _lane(self, lane: Lane) -> None:
        parent = self.ws.find(lane.parent_id)
        if isinstance(parent, Lane):
            outer = self.elements.get(parent.id)
            if outer is None:
                return
            lane_set = outer.find(m("childLaneSet"))
            if lane_set is None:
                lane_set = etree.SubElement(outer, m("childLaneSet"), id=f"{parent.id}_lanes")
        else:
            process = self._lane_process(lane, parent)
            lane_set = process.find(m("laneSet"))
            if lane_set is None:
                lane_set = etree.SubElement(process, m("laneSet"), id=f"{process.get('id')}_lanes")
        self.generated.add(lane_set)
        element = self._keep(lane, new_element(lane_set, "lane", lane, lane.name))
        add_documentation(element, lane.documentation)
        members, extra = self._lane_refs(lane)
        for ref in members:
            etree.SubElement(element, _FLOW_NODE_REF).text = ref
        for ref in extra:
            kept = etree.SubElement(element, m("flowNodeRef"))
            kept.text = ref
            self.unverified.append(kept)

    def _lane_process(self, lane: Lane, parent: Entity | None) -> etree._Element:
        if isinstance(parent, Pool):
            return self.w.process_element(self._process_id_of_pool(parent))
        where = self.w.claims.container_hint(lane)
        diagram = self.ws.get(lane.diagram_id, Diagram)
        return self.w.process_element(where or self.w.default_process_id(diagram))

    def _lane_refs(self, lane: Lane) -> tuple[list[str], list[str]]:
        """The lane's members (written by this export) and the extra refs the import kept."""
        hints = hints_of(lane)
        lanes = [lane]
        if hint("nested-refs") in hints:
            stack = list(self.ws.lanes_of(lane.id))
            while stack:
                child = stack.pop(0)
                lanes.append(child)
                stack += self.ws.lanes_of(child.id)
        members = in_order(
            (
                e.id
                for each in lanes
                for e in self.ws.referrers(each.id)
                if isinstance(e, FlowNodeShape)
                and e.lane_id == each.id
                and (e.id in self.elements or hint("di-only") in hints_of(e))
            ),
            self.position,
            hints.get(LANE_REFS, ""),
        )
        extra = [r for r in hints.get(hint("extra-refs"), "").split() if r not in members]
        return members, extra

    def _incoming_outgoing(self, step: Step, element: etree._Element) -> None:
        incoming: list[str] = []
        outgoing: list[str] = []
        for flow in self.ws.flows_at(step.id):
            if flow.kind is FlowKind.SEQUENCE and flow.id in self.elements:
                if flow.target_id == step.id:
                    incoming.append(flow.id)
                if flow.source_id == step.id:
                    outgoing.append(flow.id)
        if len(incoming) > 1 or len(outgoing) > 1:  # only then is there an order to keep
            hints = hints_of(step)
            incoming = in_order(incoming, self.position, hints.get(INCOMING, ""))
            outgoing = in_order(outgoing, self.position, hints.get(OUTGOING, ""))
        for flow_id in incoming:
            etree.SubElement(element, _INCOMING).text = flow_id
        for flow_id in outgoing:
            etree.SubElement(element, _OUTGOING).text = flow_id


_INCOMING = m("incoming")
_OUTGOING = m("outgoing")
_FLOW_NODE_REF = m("flowNodeRef")


def _containers_first(shapes: list[Shape], ws: object) -> list[Shape]:
    """Sub-processes before what they contain, so containers exist when children arrive."""
    by_id = {s.id: s for s in shapes}

    def depth(shape: Shape) -> int:
        level, seen = 0, set()
        current = shape
        while current.parent_id in by_id and current.parent_id not in seen:
            seen.add(current.parent_id)
            current = by_id[current.parent_id]
            level += 1
        return level

    return sorted(shapes, key=depth)


__all__ = ["SemanticWriter", "is_model", "local_name"]
