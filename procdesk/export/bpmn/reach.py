"""The processes and collaborations a file needs, starting from what its planes show.

A container is needed when a drawn plane shows it or something in it, or when a needed
container refers to something in it: a participant's ``processRef``, a call activity's
``calledElement``, a message flow's ends, a lane's ``flowNodeRef``... References are read
generically (every attribute value and the text of every ``…Ref`` element, ``prefix:id``
as ``id``), so a vendor's reference keeps its target too; what this keeps too many is
harmless, what it missed would dangle.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from procdesk.export.bpmn.namespaces import m

_CONTAINERS = frozenset({m("process"), m("collaboration")})
_NOT_REFERENCES = frozenset({"id", "name"})


def unreferenced(root: etree._Element, shown: Iterable[str]) -> list[etree._Element]:
    """The root's processes and collaborations that nothing *shown* reaches (in file order)."""
    containers = [c for c in root if c.tag in _CONTAINERS]
    home: dict[str, int] = {}
    references: list[set[str]] = []
    for position, container in enumerate(containers):
        found: set[str] = set()
        for element in container.iter(etree.Element):
            for key, value in element.items():
                if key in _NOT_REFERENCES:
                    if key == "id":
                        home[str(value)] = position
                    continue
                found.update(token.rpartition(":")[2] for token in str(value).split())
            text = element.text
            if text and str(element.tag).endswith("Ref"):
                found.add(text.strip().rpartition(":")[2])
        references.append(found)
    reached = {home[i] for i in shown if i in home}
    queue = list(reached)
    while queue:
        for target in references[queue.pop()]:
            index = home.get(target)
            if index is not None and index not in reached:
                reached.add(index)
                queue.append(index)
    return [c for i, c in enumerate(containers) if i not in reached]
