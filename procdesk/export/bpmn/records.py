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
    regenerated_children_only: bool = False
    """Set when the reader saw that every child of the element is one the writer makes
    again (``incoming``, ``outgoing``): the Foreign bag then needs no look at them."""
    position: int = -1
    """Its place among the import's records: the order the workspace will hold them in."""

    @property
    def id(self) -> str:
        return str(self.fields["id"])

    def build(self, consumed: Collection[etree._Element] = ()) -> Entity:
        """The frozen entity, with what the model did not take as its Foreign bag."""
        element = self.element
        if element is None:
            return self.cls(**self.fields, foreign=Foreign(tuple(self.hints), ()))
        # One pass over the attributes: the copy's origin, and what the model did not take.
        attributes: list[tuple[str, str]] = []
        taken = self.consumed
        for name, value in element.items():
            if name == ORIGIN:
                if value and issubclass(self.cls, DiagramElement):
                    self.fields["origin_id"] = value
            elif name not in taken:
                attributes.append((str(name), str(value)))
        foreign = Foreign(tuple(attributes + self.hints), self._foreign_children(consumed))
        return self.cls(**self.fields, foreign=foreign)

    def _foreign_children(self, consumed: Collection[etree._Element]) -> tuple[str, ...]:
        element = self.element
        if element is None or self.regenerated_children_only or len(element) == 0:
            return ()
        return tuple(
            serialize(child)
            for child in element.iterchildren(tag=etree.Element)
            if child.tag not in _REGENERATED and child not in consumed
        )


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
