"""Keeps every ``id`` of an exported file unique (XSD ``ID``), also after copying.

A to-be variant copies its original's elements with their kept vendor XML, so an event
definition or a data input can appear twice with the same id. The second one is renamed, and
references to it inside the same element (an ``inputSet`` naming its ``dataInput``) follow.
"""

from __future__ import annotations

from collections.abc import Collection

from lxml import etree

from procdesk.export.bpmn.namespaces import bpmndi

_DI_OWNERS = (bpmndi("BPMNShape"), bpmndi("BPMNEdge"))


def make_ids_unique(root: etree._Element, owners: Collection[etree._Element]) -> set[str]:
    """Rename repeated ids (the first stays); return every id of the file afterwards."""
    # Walking the elements is faster than an XPath over a large tree.
    ids = [value for e in root.iter(etree.Element) if (value := e.get("id")) is not None]
    taken = set(ids)
    if len(taken) == len(ids):
        return taken
    owner_set = set(owners)
    seen: set[str] = set()
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        old = element.get("id")
        if old is None:
            continue
        if old not in seen:
            seen.add(old)
            continue
        new, number = old, 1
        while new in taken:
            number += 1
            new = f"{old}_{number}"
        taken.add(new)
        seen.add(new)
        element.set("id", new)
        scope = _owner(element, owner_set)
        if scope is not None:
            _rewrite(scope, old, new, element)
    return taken


def _owner(element: etree._Element, owners: Collection[etree._Element]) -> etree._Element | None:
    for candidate in (element, *element.iterancestors()):
        if candidate in owners or candidate.tag in _DI_OWNERS:
            return candidate
    return None


def _rewrite(scope: etree._Element, old: str, new: str, renamed: etree._Element) -> None:
    """Point references to *old* inside *scope* at *new* (plain ids and ``prefix:id``)."""
    for element in scope.iter():
        if not isinstance(element.tag, str):
            continue
        for key, value in element.attrib.items():
            if element is renamed and key == "id":
                continue
            text = str(value)
            if text == old or text.endswith(f":{old}"):
                element.set(key, text[: len(text) - len(old)] + new)
        content = (element.text or "").strip()
        if content == old or content.endswith(f":{old}"):
            element.text = content[: len(content) - len(old)] + new
