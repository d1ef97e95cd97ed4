"""The second half of an import: flows, lane membership, boundary hosts and default flows.

A flow becomes a ``Flow`` entity when both of its ends are entities; otherwise it stays as XML
in its container (when its ends exist in the file) or is dropped with a warning (when they do
not: a dangling reference cannot be written back validly).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from procdesk.export.bpmn import di as di_io
from procdesk.export.bpmn import extensions_in
from procdesk.export.bpmn.listing import INCOMING, LANE_REFS, OUTGOING
from procdesk.export.bpmn.namespaces import MODEL, hint
from procdesk.export.bpmn.nodes import NodeReader, strip_prefix
from procdesk.export.bpmn.records import Record, take_documentation
from procdesk.model.elements import (
    Flow,
    FlowKind,
    FlowNodeShape,
    Lane,
    Step,
)

if TYPE_CHECKING:
    from procdesk.export.bpmn.reader import Importer

_KINDS = {
    "sequence": FlowKind.SEQUENCE,
    "message": FlowKind.MESSAGE,
    "association": FlowKind.ASSOCIATION,
    "dataInputAssociation": FlowKind.DATA_INPUT,
    "dataOutputAssociation": FlowKind.DATA_OUTPUT,
}


_CONDITION = f"{{{MODEL}}}conditionExpression"


_ENDS = frozenset({"sourceRef", "targetRef"})


class FlowReader:
    def __init__(self, importer: Importer, nodes: NodeReader) -> None:
        self.imp = importer
        self.nodes = nodes

    def resolve(self) -> None:
        for element, kind, owner, container, diagram in self.nodes.flows:
            self._flow(element, kind, owner, container, diagram)
        self._hosts()
        self._lanes()
        self._listings()

    def _ends(self, element: etree._Element, kind: str, owner: str | None) -> tuple[str, str]:
        if kind == "dataInputAssociation":
            refs = element.findall(f"{{{MODEL}}}sourceRef")
            return (strip_prefix(refs[0].text) if len(refs) == 1 else ""), owner or ""
        if kind == "dataOutputAssociation":
            ref = element.find(f"{{{MODEL}}}targetRef")
            return owner or "", strip_prefix(ref.text if ref is not None else "")
        return strip_prefix(element.get("sourceRef")), strip_prefix(element.get("targetRef"))

    def _flow(
        self,
        element: etree._Element,
        kind: str,
        owner: str | None,
        container: str | None,
        diagram: str,
    ) -> None:
        imp = self.imp
        records = imp.records
        source, target = self._ends(element, kind, owner)
        flow_id = element.get("id") or ""
        source_record, target_record = records.get(source), records.get(target)
        if source_record is None or target_record is None or not flow_id:
            missing = [r or "(none)" for r in (source, target) if r not in imp.elements]
            if missing:
                imp.warnings.append(
                    f"{kind} {flow_id or '(no id)'}: dropped, it refers to missing "
                    + ", ".join(repr(m) for m in missing)
                )
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)
            return
        record = Record(
            Flow,
            {
                "id": imp.nid(flow_id),
                "kind": _KINDS[kind],
                "source_id": source_record.id,
                "target_id": target_record.id,
                "name": element.get("name") or "",
            },
            element,
        )
        record.consumed |= _ENDS
        empty = len(element) == 0  # most flows: no documentation, extension or condition
        record.fields["documentation"] = "" if empty else take_documentation(element)
        record.fields["probability"] = None if empty else extensions_in.flow_probability(element)
        if kind == "dataInputAssociation":
            for ref in element.findall(f"{{{MODEL}}}sourceRef"):
                element.remove(ref)
        elif kind == "dataOutputAssociation":
            for ref in element.findall(f"{{{MODEL}}}targetRef"):
                element.remove(ref)
        if container and kind in ("association", "message"):
            record.hints.append((hint("in"), container))
        condition = None if empty else next(element.iterchildren(_CONDITION), None)
        if condition is not None:
            record.fields["condition"] = (condition.text or "").strip()
        source_element = source_record.element
        if source_element is not None and source_element.get("default") == flow_id:
            record.fields["is_default"] = True
            source_record.consumed.add("default")
        taken = imp.take_di(flow_id, "BPMNEdge")
        record.fields["diagram_id"] = source_record.fields["diagram_id"]
        if taken is not None:
            edge, record.fields["diagram_id"] = taken
            drawn = di_io.read_edge(edge)
            record.fields["waypoints"] = drawn.waypoints
            record.fields["label"] = drawn.label
            record.fields["fill"] = drawn.fill
            record.fields["stroke"] = drawn.stroke
            record.hints += drawn.hints
        else:
            record.needs_layout = True
        record.position = len(records)
        records[flow_id] = record
        imp.consumed.add(element)

    def _hosts(self) -> None:
        for record in self.imp.records.values():
            if record.cls is not Step:
                continue
            host = dict(record.hints).get(hint("host"))
            if host is None:
                continue
            record.hints.remove((hint("host"), host))
            if host in self.imp.records:
                record.fields["attached_to"] = self.imp.records[host].id
                record.consumed.add("attachedToRef")
            elif host not in self.imp.elements:
                self.imp.warnings.append(f"boundary event {record.id}: host {host!r} is missing")

    def _lanes(self) -> None:
        """Each node's lane is the deepest lane listing it; the rest goes into hints."""
        depth: dict[str, int] = {}
        for record, _refs in self.nodes.lanes:
            parent = record.fields.get("parent_id")
            depth[record.id] = depth.get(str(parent), -1) + 1 if parent in depth else 0
        best: dict[str, tuple[int, str]] = {}
        for record, refs in self.nodes.lanes:
            for ref in refs:
                node = self.imp.records.get(ref)
                if node is None or not issubclass(node.cls, FlowNodeShape):
                    continue
                level = depth[record.id]
                if ref not in best or level > best[ref][0]:
                    best[ref] = (level, record.id)
        for ref, (_level, lane_id) in best.items():
            self.imp.records[ref].fields["lane_id"] = lane_id
        self._extras(best)

    def _listings(self) -> None:
        """Keep the file's order of lane refs and incoming/outgoing lists where it is not the
        order in which the import creates the elements (see ``listing``)."""
        for record, refs in self.nodes.lanes:
            self._keep_listing(record, LANE_REFS, refs, FlowNodeShape)
        for record, incoming, outgoing in self.nodes.listed_flows:
            self._keep_listing(record, INCOMING, incoming, Flow)
            self._keep_listing(record, OUTGOING, outgoing, Flow)

    def _keep_listing(self, record: Record, name: str, listed: list[str], kind: type) -> None:
        """Add the hint *name* to *record* unless *listed* (records of *kind*) is in the
        records' order already: most files list in that order, so that is checked first."""
        if len(listed) < 2:
            return
        found = [item for item in map(self.imp.records.get, listed) if item is not None]
        places = [item.position for item in found]
        if places == sorted(places):
            return
        ids = " ".join(item.id for item in found if issubclass(item.cls, kind))
        record.hints.append((name, ids))

    def _extras(self, best: dict[str, tuple[int, str]]) -> None:
        children: dict[str, list[str]] = {}
        for record, _refs in self.nodes.lanes:
            parent = record.fields.get("parent_id")
            if parent is not None:
                children.setdefault(str(parent), []).append(record.id)
        direct: dict[str, set[str]] = {}
        for ref, (_level, lane_id) in best.items():
            direct.setdefault(lane_id, set()).add(ref)

        def below(lane_id: str) -> set[str]:
            found: set[str] = set()
            for child in children.get(lane_id, ()):
                found |= direct.get(child, set()) | below(child)
            return found

        for record, refs in self.nodes.lanes:
            listed = set(refs)
            generated = set(direct.get(record.id, set()))
            nested = below(record.id)
            if nested and nested <= listed:
                generated |= nested
                record.hints.append((hint("nested-refs"), "1"))
            extra = [r for r in refs if r not in generated and r in self.imp.elements]
            dangling = [r for r in refs if r not in self.imp.elements]
            if extra:
                record.hints.append((hint("extra-refs"), " ".join(extra)))
            if dangling:
                self.imp.warnings.append(
                    f"lane {record.id}: dropped references to missing {', '.join(dangling)}"
                )


__all__ = ["FlowReader", "Lane"]
