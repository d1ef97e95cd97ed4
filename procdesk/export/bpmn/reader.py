"""BPMN 2.0 XML → model entities: one file becomes one procdesk Process.

Mapping decisions:

* Every ``BPMNDiagram`` of the file becomes one ``Diagram`` of the new Process (C.4.0 has
  four), keeping its id. A semantic element becomes an entity of the diagram that draws it;
  an element drawn on several planes belongs to the first plane that draws it, and its other
  shapes are kept as XML on their own diagram and written back as they were. An element no
  plane draws, in a process that some plane shows, becomes an entity of that plane's diagram
  and is laid out (``procdesk.model.layout``).
* A process that no plane shows at all (a called process, say), and every element the model
  has no type for (messages, item definitions, data objects, ``ioSpecification``...), stays as
  XML in a ``Foreign`` bag: root elements on the Process, children on their parent element.
  The ``process`` and ``collaboration`` elements themselves stay there as *shells* with their
  modelled content taken out; the writer fills them again.
* Imported ids are kept. An id the workspace already has gets a fresh one, with a warning.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from lxml import etree

from procdesk.export.bpmn import extensions_in, release_ext
from procdesk.export.bpmn.compliance_in import compliance_data, read_compliance
from procdesk.export.bpmn.errors import BpmnError
from procdesk.export.bpmn.flows import FlowReader
from procdesk.export.bpmn.kinds import is_model
from procdesk.export.bpmn.namespaces import (
    BPMNDI,
    MODEL,
    NS_HINT,
    bpmndi,
    hint,
    local_name,
    m,
    namespace_of,
)
from procdesk.export.bpmn.nodes import NodeReader
from procdesk.export.bpmn.records import Record, serialize
from procdesk.gc_pause import cyclic_gc_paused
from procdesk.model.elements import Diagram, Entity, Foreign, Process
from procdesk.model.ids import new_id


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import makes: entities to add in one transaction, the new process, warnings."""

    entities: list[Entity]
    process_id: str
    warnings: list[str]


def read_bpmn(data: bytes, existing_ids: Collection[str] = ()) -> ImportResult:
    """Read a BPMN 2.0 file; BpmnError if it cannot be imported at all."""
    from procdesk.export.bpmn.safe_xml import parse_document

    root = parse_document(data)
    if not isinstance(root.tag, str) or local_name(root.tag) != "definitions":
        raise BpmnError(f"not a BPMN file: the root element is <{local_name(str(root.tag))}>")
    if namespace_of(root.tag) != MODEL:
        found = namespace_of(root.tag) or "no namespace"
        raise BpmnError(f"not a BPMN 2.0 file: <definitions> is in {found}, expected {MODEL}")
    if root.find(f"{{{MODEL}}}process") is None and root.find(f"{{{MODEL}}}collaboration") is None:
        raise BpmnError("the file defines no process or collaboration: nothing to import")
    with cyclic_gc_paused():
        return Importer(root, set(existing_ids)).run()


class Importer:
    """One import: indexes, the walk over processes and collaborations, then the entities."""

    def __init__(self, root: etree._Element, existing: set[str]) -> None:
        self.root = root
        self.existing = existing
        self.warnings: list[str] = []
        self.elements: dict[str, etree._Element] = {}
        self.renamed: dict[str, str] = {}
        self.records: dict[str, Record] = {}
        self.di_of: dict[str, tuple[etree._Element, str]] = {}
        self.opaque_di: dict[str, list[etree._Element]] = {}
        self.plane_of: dict[str, str] = {}
        self.diagrams: list[Record] = []
        self.process_id = new_id("Process")
        self.consumed: set[etree._Element] = set()
        self.named: list[etree._Element] = []
        """Participants and processes with a name, in document order (found by ``_index``)."""

    # ids -------------------------------------------------------------------------------------
    def nid(self, original: str) -> str:
        """The id an imported element gets in the workspace (its own unless taken)."""
        return self.renamed.get(original, original)

    def _index(self) -> None:
        model_prefix = f"{{{MODEL}}}"
        # DI ids matter only when they may clash with the workspace's.
        tags = (f"{{{MODEL}}}*", f"{{{BPMNDI}}}*") if self.existing else (f"{{{MODEL}}}*",)
        named, elements, existing = self.named, self.elements, self.existing
        for element in self.root.iter(*tags):
            tag = str(element.tag)  # lxml builds the string anew on every access
            if tag in _NAMED_TAGS and element.get("name"):
                named.append(element)
            element_id = element.get("id")
            if not element_id:
                continue
            if tag.startswith(model_prefix):
                if element_id in elements:
                    raise BpmnError(f"the id {element_id!r} is used by two elements")
                elements[element_id] = element
            if element_id in existing:
                self.renamed[element_id] = new_id(local_name(tag))
        if self.renamed:
            sample = ", ".join(f"{a} → {b}" for a, b in list(self.renamed.items())[:3])
            self.warnings.append(
                f"{len(self.renamed)} ids already existed in the workspace and were renamed "
                f"({sample}); references from other tools' data to them may break"
            )

    def resolve(self, original: str | None) -> str | None:
        """The workspace id of an imported element or diagram (None if not imported)."""
        if not original:
            return None
        if original in self.records:
            return self.records[original].id
        for record in self.diagrams:
            if record.element is not None and record.element.get("id") == original:
                return record.id
        return None

    def take_di(self, original: str, tag: str = "BPMNShape") -> tuple[etree._Element, str] | None:
        """The *tag* DI element drawing *original* and its diagram, taken once (None if none).

        A shape drawn as an edge (or the reverse) is not taken: it stays as XML on its diagram.
        """
        found = self.di_of.get(original)
        if found is None or found[0].tag != (_DI_TAGS.get(tag) or bpmndi(tag)):
            return None
        return self.di_of.pop(original)

    # diagrams --------------------------------------------------------------------------------
    def _diagrams(self) -> None:
        for index, diagram in enumerate(self.root.findall(bpmndi("BPMNDiagram"))):
            original = diagram.get("id") or ""
            diagram_id = self.nid(original) if original else new_id("BPMNDiagram")
            if diagram_id in self.elements or diagram_id in {d.id for d in self.diagrams}:
                diagram_id = new_id("BPMNDiagram")
            plane = diagram.find(bpmndi("BPMNPlane"))
            shown = self.elements.get(plane.get("bpmnElement") or "") if plane is not None else None
            # An unnamed diagram (a drill-down plane, as bpmn-js writes it) takes the name of
            # what its plane shows, so that lists tell the diagrams apart.
            name = diagram.get("name") or (shown.get("name") if shown is not None else None)
            record = Record(
                Diagram,
                {
                    "id": diagram_id,
                    "process_id": self.process_id,
                    "name": name or f"Diagram {index + 1}",
                    "order": index,
                },
                diagram,
            )
            self.opaque_di[diagram_id] = []
            if plane is not None:
                if plane.get("id"):
                    record.hints.append((hint("plane-id"), plane.get("id", "")))
                if plane.get("bpmnElement"):
                    self.plane_of[plane.get("bpmnElement", "")] = diagram_id
                    record.hints.append((hint("plane"), plane.get("bpmnElement", "")))
                for child in list(plane):
                    self._index_di(child, diagram_id)
                self.consumed.add(plane)
            self.diagrams.append(record)
        if not self.diagrams:
            self.diagrams.append(
                Record(
                    Diagram,
                    {
                        "id": new_id("BPMNDiagram"),
                        "process_id": self.process_id,
                        "name": "Diagram 1",
                    },
                    hints=[(hint("no-di"), "1")],
                )
            )
            self.opaque_di[self.diagrams[0].id] = []

    def _index_di(self, element: etree._Element, diagram_id: str) -> None:
        tag = element.tag
        if not isinstance(tag, str):
            return
        target = element.get("bpmnElement")
        kind = _KINDS.get(tag) or local_name(tag)
        if target and target not in self.elements:
            self.warnings.append(
                f"diagram {diagram_id}: dropped the {kind} {element.get('id') or ''} of "
                f"{target!r}, which the file does not define"
            )
            return
        if not target:
            self.warnings.append(
                f"diagram {diagram_id}: the {kind} {element.get('id') or ''} belongs to no "
                "element; kept as drawn"
            )
        if target and target not in self.di_of and kind in ("BPMNShape", "BPMNEdge"):
            self.di_of[target] = (element, diagram_id)
        else:
            self.opaque_di[diagram_id].append(element)

    # the whole import ------------------------------------------------------------------------
    def run(self) -> ImportResult:
        self._index()
        self._diagrams()
        containers = list(self.root.iter(m("collaboration"), m("process")))
        metadata = extensions_in.process_fields(self.root, containers)
        stamp = release_ext.read(containers)
        described = extensions_in.diagram_data(self.root, containers)
        compliance = compliance_data(containers)
        nodes = NodeReader(self)
        nodes.walk()
        FlowReader(self, nodes).resolve()
        for element, diagram_id in self.di_of.values():
            self.opaque_di[diagram_id].append(element)
        diagrams = [self._diagram(r) for r in self.diagrams]
        entities = self._build_records()
        process, *kpis = extensions_in.apply_process(self._process(), metadata, self.resolve)
        described_entities: list[Entity] = []
        for index, record in enumerate(self.diagrams):
            original = record.element.get("id", "") if record.element is not None else ""
            data = described.get(original)
            current = diagrams[index]
            if data is not None and isinstance(current, Diagram):
                updated, *others = extensions_in.apply_diagram(current, data, self.resolve)
                diagrams[index] = updated
                described_entities += others
        entities = [process, *diagrams, *entities, *kpis, *described_entities]
        if compliance is not None:
            entities += read_compliance(compliance, process.id, self.resolve, self.warnings)
        placed = {r.id for r in self.records.values() if r.needs_layout}
        if placed:
            from procdesk.model.layout import layout_new_elements

            entities = layout_new_elements(entities, placed)
            self.warnings.append(f"{len(placed)} elements had no diagram layout and were placed")
        if stamp is not None:
            entities += release_ext.released(stamp, self.process_id, entities)
        return ImportResult(entities, self.process_id, self.warnings)

    def _build_records(self) -> list[Entity]:
        """Entities from records, deepest XML first: each element is serialized while still
        in the tree (so inherited namespaces resolve), then taken out of its parent."""
        records = list(self.records.values())
        depths = _Depths()
        depth = [depths.of(r.element) for r in records]
        built: list[Entity | None] = [None] * len(records)
        consumed = self.consumed
        for index in sorted(range(len(records)), key=lambda i: -depth[i]):
            record = records[index]
            built[index] = record.build(consumed)
            element = record.element
            if element is not None and element in consumed:
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)
        return [entity for entity in built if entity is not None]

    def _diagram(self, record: Record) -> Entity:
        opaque = tuple(serialize(e) for e in self.opaque_di.get(record.id, ()))
        entity = record.build(self.consumed)
        kept = entity.foreign
        return replace(entity, foreign=Foreign(kept.attributes, kept.elements + opaque))

    def _process(self) -> Process:
        root = self.root
        attributes = [(str(k), str(v)) for k, v in root.attrib.items()]
        attributes += [(f"{{{NS_HINT}}}{p or '_'}", uri) for p, uri in root.nsmap.items()]
        diagram_tag = bpmndi("BPMNDiagram")
        elements = tuple(
            serialize(c) for c in root if isinstance(c.tag, str) and c.tag != diagram_tag
        )
        name = root.get("name") or self._first_name() or "Imported process"
        return Process(id=self.process_id, name=name, foreign=Foreign(tuple(attributes), elements))

    def _first_name(self) -> str:
        """The name of the first named participant, else process, still in the file."""
        root = self.root
        for tag in _NAMED_TAGS:
            for element in self.named:
                if element.tag == tag and _in_tree(element, root):
                    return str(element.get("name"))
        return ""


_NAMED_TAGS = (m("participant"), m("process"))
"""Elements whose name can name the imported process, by preference."""


def _in_tree(element: etree._Element, root: etree._Element) -> bool:
    return element is root or any(ancestor is root for ancestor in element.iterancestors())


_KINDS = {bpmndi(tag): tag for tag in ("BPMNShape", "BPMNEdge")}
"""Local names of the common DI tags, looked up instead of split for every shape."""
_DI_TAGS = {tag: bpmndi(tag) for tag in ("BPMNShape", "BPMNEdge")}


class _Depths:
    """Depths of elements in the tree, remembered per parent (siblings are many)."""

    def __init__(self) -> None:
        self.known: dict[etree._Element, int] = {}

    def of(self, element: etree._Element | None) -> int:
        if element is None:
            return 0
        parent = element.getparent()
        if parent is None:
            return 0
        depth = self.known.get(parent)
        if depth is None:
            depth = self.known[parent] = sum(1 for _ in parent.iterancestors())
        return depth + 1


__all__ = ["BpmnError", "ImportResult", "is_model", "read_bpmn"]
