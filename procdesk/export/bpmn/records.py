"""Mutable builders for the entities of one import, turned into frozen entities at the end.

The reader walks the XML once and decides element by element what becomes an entity; what a
builder's element still holds when the walk is over (attributes and children the model has
no field for) becomes the entity's ``Foreign`` bag, so it is written back unchanged.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from procdesk.export.bpmn.namespaces import m, pd
from procdesk.model.elements import DiagramElement, Entity, Foreign

ORIGIN = pd("origin")
"""Attribute naming the element a to-be copy was made from (``DiagramElement.origin_id``)."""
_REGENERATED = frozenset(m(tag) for tag in ("incoming", "outgoing", "flowNodeRef"))
"""Clark names of children the writer makes again from the model (never kept as Foreign)."""
_DOCUMENTATION = m("documentation")


@dataclass(slots=True)
class Record:
    """One entity in the making: its class, field values and the XML it came from."""

    cls: type[Entity]
    fields: dict[str, Any]
    element: etree._Element | None = None
    hints: list[tuple[str, str]] = field(default_factory=list)
    consumed: set[str] = field(default_factory=lambda: {"id", "name"})
    needs_layout: bool = False

    @property
    def id(self) -> str:
        return str(self.fields["id"])

    def build(self, consumed: Collection[etree._Element] = ()) -> Entity:
        """The frozen entity, with what the model did not take as its Foreign bag."""
        origin = self.element.get(ORIGIN) if self.element is not None else None
        if origin and issubclass(self.cls, DiagramElement):
            self.fields["origin_id"] = origin
        return self.cls(**self.fields, foreign=self.foreign(consumed))

    def foreign(self, consumed: Collection[etree._Element] = ()) -> Foreign:
        if self.element is None:
            return Foreign(tuple(self.hints), ())
        element = self.element
        attributes = [
            (str(k), str(v))
            for k, v in element.attrib.items()
            if str(k) not in self.consumed and k != ORIGIN
        ]
        elements = []
        for child in element.iterchildren(tag=etree.Element):
            if child.tag in _REGENERATED or child in consumed:
                continue
            elements.append(serialize(child))
        return Foreign(tuple(attributes + self.hints), tuple(elements))


def serialize(element: etree._Element) -> str:
    """One element as self-contained XML text (in-scope namespaces declared, no tail)."""
    return etree.tostring(element, encoding="unicode", with_tail=False)


def take_documentation(element: etree._Element) -> str:
    """Remove and return the text of a lone, plain ``documentation`` child ('' otherwise)."""
    docs = list(element.iterchildren(_DOCUMENTATION))
    if len(docs) != 1 or docs[0].attrib or len(docs[0]):
        return ""
    text = docs[0].text or ""
    element.remove(docs[0])
    return text
