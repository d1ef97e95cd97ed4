"""Removes references to ids the exported file does not define (XSD IDREFs must resolve)."""

from __future__ import annotations

from lxml import etree

from procdesk.export.bpmn.namespaces import BPMNDI, MODEL, local_name, namespace_of

_IDREF_TEXT = frozenset({"flowNodeRef", "incoming", "outgoing"})
_IDREF_ATTRIBUTES = frozenset({"default"})


def drop_dangling(root: etree._Element) -> None:
    """Drop lane refs, incoming/outgoing, ``default`` and DI elements that point nowhere."""
    ids = {e.get("id") for e in root.iter() if isinstance(e.tag, str) and e.get("id")}
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        namespace = namespace_of(element.tag)
        name = local_name(element.tag)
        if namespace == MODEL and name in _IDREF_TEXT:
            target = (element.text or "").strip().rpartition(":")[2]
            parent = element.getparent()
            if target not in ids and parent is not None:
                parent.remove(element)
        elif namespace == MODEL:
            for attribute in _IDREF_ATTRIBUTES:
                value = element.get(attribute)
                if value is not None and value not in ids:
                    del element.attrib[attribute]
        elif namespace == BPMNDI and name in ("BPMNShape", "BPMNEdge"):
            drawn = element.get("bpmnElement")
            parent = element.getparent()
            if drawn and drawn not in ids and parent is not None:
                parent.remove(element)
