"""The import walk over collaborations and processes: pools, lanes, steps, data, artifacts.

Flows are only collected here (``FlowReader`` decides them once every node is known).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from lxml import etree

from procdesk.export.bpmn import di as di_io
from procdesk.export.bpmn import extensions_in
from procdesk.export.bpmn.kinds import (
    STEP_TAGS,
    event_definition_of,
    is_model,
    loop_of,
)
from procdesk.export.bpmn.namespaces import MODEL, hint, local_name
from procdesk.export.bpmn.records import Record, take_documentation
from procdesk.model.elements import (
    Annotation,
    DataIo,
    DataObject,
    DataStore,
    EventDefinition,
    Group,
    Lane,
    LoopKind,
    Multiplicity,
    Pool,
    Step,
    StepKind,
)
from procdesk.model.geometry import Rect

if TYPE_CHECKING:
    from procdesk.export.bpmn.reader import Importer

FLOW_TAGS = frozenset({"sequenceFlow", "association"})
DATA_ASSOCIATIONS = frozenset({"dataInputAssociation", "dataOutputAssociation"})
_INCOMING = f"{{{MODEL}}}incoming"
_OUTGOING = f"{{{MODEL}}}outgoing"
_PLAIN_CHILDREN = frozenset({_INCOMING, _OUTGOING})
_DATA_ASSOCIATION_TAGS = tuple(f"{{{MODEL}}}{tag}" for tag in sorted(DATA_ASSOCIATIONS))
PLACEHOLDER = Rect(0, 0, 100, 80)
_STEP_KINDS = {
    kind.value: (
        kind,
        kind.is_sub_process,
        kind.is_sub_process or kind is StepKind.AD_HOC_SUB_PROCESS,
    )
    for kind in StepKind
}
"""Tag → (kind, is a sub-process, holds children): looked up once per step, not computed."""
_STEP_ATTRIBUTES = frozenset({"cancelActivity", "isInterrupting", "isForCompensation"})
_HOST = hint("host")


def strip_prefix(reference: str | None) -> str:
    """A QName reference (``tns:Task_1``) as the plain id it names."""
    return (reference or "").strip().rpartition(":")[2]


class NodeReader:
    """Creates records for shapes; collects flow candidates for FlowReader."""

    def __init__(self, importer: Importer) -> None:
        self.imp = importer
        self.flows: list[tuple[etree._Element, str, str | None, str | None, str]] = []
        """(element, kind, owner record id, container process/collaboration id, diagram)."""
        self.lanes: list[tuple[Record, list[str]]] = []
        self.pool_of_process: dict[str, Record] = {}
        self.listed_flows: list[tuple[Record, list[str], list[str]]] = []
        """Steps with their ``incoming`` and ``outgoing`` lists (only where one may hold
        several), for ``FlowReader`` to see whether the file listed them in its own order."""

    # helpers ---------------------------------------------------------------------------------
    def _shape(
        self,
        cls: type[Any],
        element: etree._Element,
        default_diagram: str,
        fields: dict[str, Any],
        *,
        layout: bool = True,
        documented: bool = True,
    ) -> Record | None:
        """A record for a drawn element; undrawn ones too when *layout* (they get placed).
        *documented* False: the caller saw that the element has no documentation child."""
        original = element.get("id")
        if not original:
            return None
        taken = self.imp.take_di(original)
        if taken is None and not layout:
            return None
        record = Record(cls, {"id": self.imp.nid(original), **fields}, element)
        record.fields.setdefault("name", element.get("name") or "")
        record.fields["documentation"] = take_documentation(element) if documented else ""
        if taken is None:
            record.fields["diagram_id"] = default_diagram
            record.fields["bounds"] = PLACEHOLDER
            record.needs_layout = True
        else:
            shape, diagram_id = taken
            record.fields["diagram_id"] = diagram_id
            drawn = di_io.read_shape(shape)
            record.fields["bounds"] = drawn.bounds or PLACEHOLDER
            record.needs_layout = drawn.bounds is None
            record.fields["label"] = drawn.label
            record.fields["fill"] = drawn.fill
            record.fields["stroke"] = drawn.stroke
            record.hints += drawn.hints
        record.position = len(self.imp.records)
        self.imp.records[original] = record
        return record

    def _diagram_for(self, element_id: str, fallback: str) -> str:
        return self.imp.plane_of.get(element_id, fallback)

    # collaborations --------------------------------------------------------------------------
    def walk(self) -> None:
        imp = self.imp
        first = imp.diagrams[0].id
        for collaboration in imp.root.findall(f"{{{MODEL}}}collaboration"):
            cid = collaboration.get("id") or ""
            diagram = self._diagram_for(cid, first)
            for participant in collaboration.findall(f"{{{MODEL}}}participant"):
                self._participant(participant, diagram, cid)
            for child in list(collaboration):
                tag = local_name(child.tag) if isinstance(child.tag, str) else ""
                if is_model(child, "messageFlow"):
                    self.flows.append((child, "message", None, cid, diagram))
                elif is_model(child):
                    self._artifact(child, None, cid, diagram, tag)
        for process in imp.root.findall(f"{{{MODEL}}}process"):
            self._process(process, first)
        self._drawn_data_io()

    def _participant(self, participant: etree._Element, diagram: str, cid: str) -> None:
        no_di = hint("no-di") in dict(self.imp.diagrams[0].hints)
        record = self._shape(Pool, participant, diagram, {}, layout=no_di)
        if record is None:
            return
        record.fields["horizontal"] = _flag(record, "isHorizontal", True)
        record.hints.append((hint("in"), cid))
        multiplicity = _multiplicity(participant)
        if multiplicity is not None:
            record.fields["multiplicity"] = multiplicity
        ref = strip_prefix(participant.get("processRef"))
        if ref in self.imp.elements:
            record.fields["process_ref"] = ref
            record.consumed.add("processRef")
            self.pool_of_process.setdefault(ref, record)
        self.imp.consumed.add(participant)

    # processes -------------------------------------------------------------------------------
    def _process(self, process: etree._Element, first: str) -> None:
        pid = process.get("id") or ""
        pool_record = self.pool_of_process.get(pid)
        pool = pool_record.id if pool_record is not None else None
        shown = pid in self.imp.plane_of or pool is not None
        no_di = hint("no-di") in dict(self.imp.diagrams[0].hints)
        if not shown and not no_di and not self._draws_any(process):
            return
        if pool_record is not None:
            diagram = str(pool_record.fields["diagram_id"])
        else:
            diagram = self._diagram_for(pid, self._first_drawn_diagram(process) or first)
        for lane_set in process.findall(f"{{{MODEL}}}laneSet"):
            self._lane_set(lane_set, pool, None if pool else pid, diagram)
        self._children(process, pool, None if pool else pid, diagram)

    def _draws_any(self, element: etree._Element) -> bool:
        return any(e.get("id") in self.imp.di_of for e in element.iter() if isinstance(e.tag, str))

    def _first_drawn_diagram(self, element: etree._Element) -> str | None:
        for e in element.iter():
            if isinstance(e.tag, str) and e.get("id") in self.imp.di_of:
                return self.imp.di_of[e.get("id", "")][1]
        return None

    def _placed(self, record: Record, parent: str | None, container: str | None) -> None:
        record.fields["parent_id"] = parent
        if container:
            record.hints.append((hint("in"), container))

    def _lane_set(
        self, lane_set: etree._Element, parent: str | None, container: str | None, diagram: str
    ) -> None:
        no_di = hint("no-di") in dict(self.imp.diagrams[0].hints)
        for order, lane in enumerate(lane_set.findall(f"{{{MODEL}}}lane")):
            record = self._shape(Lane, lane, diagram, {"order": order}, layout=no_di)
            if record is None:
                continue
            record.fields["horizontal"] = _flag(record, "isHorizontal", True)
            self._placed(record, parent, container)
            refs = [(r.text or "").strip() for r in lane.findall(f"{{{MODEL}}}flowNodeRef")]
            self.lanes.append((record, refs))
            for child_set in lane.findall(f"{{{MODEL}}}childLaneSet"):
                self._lane_set(child_set, record.id, None, diagram)
            self.imp.consumed.add(lane)

    def _children(
        self, container: etree._Element, parent: str | None, in_: str | None, diagram: str
    ) -> None:
        container_id = container.get("id") or ""
        start = len(MODEL) + 2
        for child in list(container.iterchildren(f"{{{MODEL}}}*")):
            tag = str(child.tag)[start:]
            if tag in STEP_TAGS:
                self._step(child, tag, parent, in_, diagram)
            elif tag in ("dataObjectReference", "dataStoreReference", "dataObject"):
                self._data(child, tag, parent, in_, diagram)
            elif tag in FLOW_TAGS:
                kind = "sequence" if tag == "sequenceFlow" else "association"
                self.flows.append((child, kind, None, in_ or container_id, diagram))
            else:
                self._artifact(child, parent, in_, diagram, tag)

    def _step(
        self,
        element: etree._Element,
        tag: str,
        parent: str | None,
        in_: str | None,
        diagram: str,
    ) -> None:
        kind, sub_process, container = _STEP_KINDS[tag]
        fields: dict[str, Any] = {"kind": kind}
        # Most steps hold nothing but incoming/outgoing: no documentation, SOP data, event
        # definition, loop or data association to look for.
        tags = [child.tag for child in element]
        plain = set(tags) <= _PLAIN_CHILDREN
        record = self._shape(Step, element, diagram, fields, documented=not plain)
        if record is None:
            return
        if len(tags) > 2 and (tags.count(_INCOMING) > 1 or tags.count(_OUTGOING) > 1):
            self.listed_flows.append(  # several flows in or out: a gateway, mostly
                (record, _texts(element, _INCOMING), _texts(element, _OUTGOING))
            )
        self._placed(record, parent, in_)
        fields = record.fields
        if not plain:  # again, now that a documentation child may have gone
            plain = {child.tag for child in element} <= _PLAIN_CHILDREN
        record.regenerated_children_only = plain
        if not plain:
            fields.update(extensions_in.step_fields(element))
        fields["event_definition"] = EventDefinition.NONE if plain else event_definition_of(element)
        fields["loop"] = LoopKind.NONE if plain else loop_of(element)
        if sub_process or kind is StepKind.CALL_ACTIVITY:
            fields["expanded"] = _flag(record, "isExpanded", False)
        elif kind is StepKind.EXCLUSIVE_GATEWAY:
            # bpmn-js draws the X only where the DI asks for it; one laid out here shows it
            fields["marker_visible"] = _flag(record, "isMarkerVisible", record.needs_layout)
        get = element.get
        interrupting = get("cancelActivity", get("isInterrupting", "true"))
        fields["interrupting"] = interrupting != "false"
        fields["compensation"] = get("isForCompensation") == "true"
        record.consumed |= _STEP_ATTRIBUTES
        if kind is StepKind.BOUNDARY_EVENT:
            host = strip_prefix(get("attachedToRef"))
            if host:
                record.hints.append((_HOST, host))
        for child in [] if plain else list(element.iterchildren(*_DATA_ASSOCIATION_TAGS)):
            self.flows.append((child, local_name(child.tag), element.get("id"), None, diagram))
        if container:
            inner = self._diagram_for(element.get("id") or "", record.fields["diagram_id"])
            self._children(element, record.id, None, inner)
        self.imp.consumed.add(element)

    def _data(
        self,
        element: etree._Element,
        tag: str,
        parent: str | None,
        in_: str | None,
        diagram: str,
    ) -> None:
        cls = DataStore if tag == "dataStoreReference" else DataObject
        record = self._shape(cls, element, diagram, {}, layout=tag != "dataObject")
        if record is None:
            return
        self._placed(record, parent, in_)
        if tag == "dataObject":
            record.hints.append((hint("tag"), tag))
            record.fields["collection"] = element.get("isCollection") == "true"
        elif cls is DataObject:
            target = self.imp.elements.get(element.get("dataObjectRef") or "")
            record.fields["collection"] = target is not None and (
                target.get("isCollection") == "true"
            )
        state = element.find(f"{{{MODEL}}}dataState")
        if cls is DataObject and state is not None:
            record.fields["state"] = state.get("name") or ""
        self.imp.consumed.add(element)

    def _artifact(
        self,
        element: etree._Element,
        parent: str | None,
        in_: str | None,
        diagram: str,
        tag: str,
    ) -> None:
        if tag == "association":
            self.flows.append((element, "association", None, in_, diagram))
            return
        if tag not in ("textAnnotation", "group"):
            return
        cls = Annotation if tag == "textAnnotation" else Group
        record = self._shape(cls, element, diagram, {}, layout=False)
        if record is None:
            return
        self._placed(record, parent, in_)
        if cls is Annotation:
            text = element.find(f"{{{MODEL}}}text")
            if text is not None and not text.attrib:
                record.fields["name"] = text.text or ""
                element.remove(text)
        else:
            value = self.imp.elements.get(strip_prefix(element.get("categoryValueRef")))
            record.fields["name"] = value.get("value", "") if value is not None else ""
        self.imp.consumed.add(element)

    def _drawn_data_io(self) -> None:
        """Process-level data inputs/outputs that a plane draws become shapes (DI only)."""
        for original, (_shape, diagram) in list(self.imp.di_of.items()):
            element = self.imp.elements[original]
            tag = local_name(element.tag)
            if tag not in ("dataInput", "dataOutput"):
                continue
            io = DataIo.INPUT if tag == "dataInput" else DataIo.OUTPUT
            record = self._shape(DataObject, element, diagram, {"io": io}, layout=False)
            if record is None:
                continue
            process = next((a for a in element.iterancestors(f"{{{MODEL}}}process")), None)
            pid = process.get("id") if process is not None else None
            owner = self.pool_of_process.get(pid or "")
            self._placed(record, owner.id if owner else None, None if owner else pid)
            record.hints += [(hint("tag"), tag), (hint("di-only"), "1")]
            record.element = None


_MULTIPLICITY = f"{{{MODEL}}}participantMultiplicity"


def _multiplicity(participant: etree._Element) -> Multiplicity | None:
    """A plain ``participantMultiplicity`` child as the pool's field (taken out of the XML);
    one with an id, children or unreadable numbers stays XML, kept as it is."""
    element = participant.find(_MULTIPLICITY)
    if element is None or len(element) or set(element.attrib) - {"minimum", "maximum"}:
        return None
    try:
        minimum = int(element.get("minimum", "0"))
        maximum = int(element.get("maximum", "1"))
    except ValueError:
        return None
    participant.remove(element)
    return Multiplicity(minimum, maximum)


def _texts(element: etree._Element, tag: str) -> list[str]:
    return [(child.text or "").strip() for child in element.iterchildren(tag)]


def _flag(record: Record, name: str, default: bool) -> bool:
    for key, value in record.hints:
        if key == hint("di-attrs"):
            for attr, text in json.loads(value):
                if attr == name:
                    return bool(text == "true")
    return default
