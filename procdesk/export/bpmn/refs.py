"""Removes references to ids the exported file does not define (XSD IDREFs must resolve)."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree


def drop_dangling(
    root: etree._Element,
    ids: set[str],
    kept_refs: Iterable[etree._Element],
    kept_di: Iterable[etree._Element],
) -> None:
    """Drop lane refs, ``default`` attributes and DI elements that point outside *ids*.

    (``incoming``/``outgoing`` are generated from the flows written, so they always resolve.)
    """
    for element in kept_refs:
        target = (element.text or "").strip().rpartition(":")[2]
        parent = element.getparent()
        if target not in ids and parent is not None:
            parent.remove(element)
    # Walking the elements is faster than an XPath over a large tree.
    for item in [e for e in root.iter(etree.Element) if e.get("default") is not None]:
        if item.get("default") not in ids:
            del item.attrib["default"]
    for element in kept_di:  # DI the writer made draws entities it wrote: only kept DI can dangle
        drawn = element.get("bpmnElement")
        parent = element.getparent()
        if drawn and drawn not in ids and parent is not None:
            parent.remove(element)
