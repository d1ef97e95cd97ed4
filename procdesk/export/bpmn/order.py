"""Child order that the BPMN 2.0 XSD requires (its content models are sequences).

The writer appends modelled children and kept foreign children in any order and then sorts
each parent's children by rank; ``sorted`` is stable, so equal ranks keep their order.
"""

from __future__ import annotations

from lxml import etree

from procdesk.export.bpmn.namespaces import local_name

_COMMON = {
    "documentation": 0,
    "extensionElements": 1,
    "auditing": 2,
    "monitoring": 3,
    "categoryValueRef": 4,
    "incoming": 5,
    "outgoing": 6,
    "conditionExpression": 7,
    "text": 7,
    "dataState": 7,
    "partitionElementRef": 6,
    "partitionElement": 7,
    "flowNodeRef": 8,
    "childLaneSet": 9,
    "interfaceRef": 7,
    "participantMultiplicity": 8,
    "endPointRef": 9,
    "ioSpecification": 10,
    "property": 11,
    "dataInput": 12,
    "dataOutput": 12,
    "dataInputAssociation": 13,
    "dataOutputAssociation": 14,
    "inputSet": 15,
    "outputSet": 15,
    "eventDefinitionRef": 17,
    "resourceRole": 18,
    "performer": 18,
    "humanPerformer": 18,
    "potentialOwner": 18,
    "standardLoopCharacteristics": 19,
    "multiInstanceLoopCharacteristics": 19,
    "script": 20,
    "laneSet": 21,
    "textAnnotation": 31,
    "association": 31,
    "group": 31,
    "completionCondition": 40,
    "correlationSubscription": 33,
    "supports": 34,
    "sourceRef": 50,
    "targetRef": 51,
    "transformation": 52,
    "assignment": 53,
}
_PROCESS = {
    **_COMMON,
    "resourceRole": 32,
    "performer": 32,
    "humanPerformer": 32,
    "potentialOwner": 32,
}
_COLLABORATION = {
    "documentation": 0,
    "extensionElements": 1,
    "participant": 20,
    "messageFlow": 21,
    "textAnnotation": 22,
    "group": 22,
    "association": 22,
    "conversation": 23,
    "subConversation": 23,
    "callConversation": 23,
    "conversationAssociation": 24,
    "participantAssociation": 25,
    "messageFlowAssociation": 26,
    "correlationKey": 27,
    "choreographyRef": 28,
    "conversationLink": 29,
}
_DEFINITIONS = {"import": 0, "extension": 1, "BPMNDiagram": 20, "relationship": 30}
_DEFAULT = 30


_RANKS: dict[int, dict[object, int]] = {
    id(table): {} for table in (_PROCESS, _COLLABORATION, _DEFINITIONS, _COMMON)
}
"""Rank of each tag already seen, per table (a rank depends on the tag alone)."""


def _table(parent: etree._Element) -> dict[str, int]:
    name = local_name(str(parent.tag))
    if name == "process":
        return _PROCESS
    if name == "collaboration":
        return _COLLABORATION
    if name == "definitions":
        return _DEFINITIONS
    return _COMMON


def rank(table: dict[str, int], child: etree._Element) -> int:
    tag = str(child.tag)
    name = tag[tag.rfind("}") + 1 :]
    if name.endswith("EventDefinition"):
        return 16
    return table.get(name, 10 if table is _DEFINITIONS else _DEFAULT)


def sort_children(parent: etree._Element) -> None:
    """Put *parent*'s children in XSD order (stable among equals)."""
    children = list(parent)
    if len(children) < 2:
        return
    table = _table(parent)
    known = _RANKS[id(table)]
    ranks = []
    for child in children:
        tag = child.tag
        found = known.get(tag)
        if found is None:
            found = known[tag] = rank(table, child)
        ranks.append(found)
    if ranks == sorted(ranks):
        return
    parent[:] = [c for _, c in sorted(zip(ranks, children, strict=True), key=lambda p: p[0])]
