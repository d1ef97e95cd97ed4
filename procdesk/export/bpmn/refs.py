"""Removes references to ids the exported file does not define (XSD IDREFs must resolve)."""

from __future__ import annotations

from lxml import etree

from procdesk.export.bpmn.namespaces import bpmndi, m


_IDS = etree.XPath("//@id", smart_strings=False)
_WITH_DEFAULT = etree.XPath("//*[@default]")


def drop_dangling(root: etree._Element) -> None:
    """Drop lane refs, ``default`` attributes and DI elements that point nowhere.

    (``incoming``/``outgoing`` are generated from the flows written, so they always resolve.)
    """
    ids = set(_IDS(root))
    for element in list(root.iter(m("flowNodeRef"))):
        target = (element.text or "").strip().rpartition(":")[2]
        parent = element.getparent()
        if target not in ids and parent is not None:
            parent.remove(element)
    for element in _WITH_DEFAULT(root):
        if isinstance(element, etree._Element) and element.get("default") not in ids:
            del element.attrib["default"]
    for element in list(root.iter(bpmndi("BPMNShape"), bpmndi("BPMNEdge"))):
        drawn = element.get("bpmnElement")
        parent = element.getparent()
        if drawn and drawn not in ids and parent is not None:
            parent.remove(element)
