"""Which BPMN element becomes which model entity, and how event and loop kinds are read."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from procdesk.export.bpmn.namespaces import MODEL, local_name
from procdesk.model.elements import EventDefinition, LoopKind, StepKind

STEP_TAGS: frozenset[str] = frozenset(kind.value for kind in StepKind)
DATA_TAGS = frozenset({"dataObjectReference", "dataObject", "dataInput", "dataOutput"})
CONTAINER_TAGS = frozenset({"subProcess", "transaction", "adHocSubProcess"})
LOOP_TAGS = frozenset({"standardLoopCharacteristics", "multiInstanceLoopCharacteristics"})


_MODEL_PREFIX = "{" + MODEL + "}"


def is_model(element: etree._Element, *locals_: str) -> bool:
    """Tell whether *element* is a BPMN model element (of one of *locals_*, if given)."""
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith(_MODEL_PREFIX):
        return False
    return not locals_ or tag[len(_MODEL_PREFIX) :] in locals_


def event_definition_tags(element: etree._Element) -> list[str]:
    return [
        local_name(c.tag)
        for c in element
        if is_model(c) and (local_name(c.tag).endswith("EventDefinition"))
    ]


def event_definition_of(element: etree._Element) -> EventDefinition:
    """The model's single event kind for an event's definitions (several: multiple)."""
    tags = event_definition_tags(element)
    refs = [c for c in element if is_model(c, "eventDefinitionRef")]
    if len(tags) + len(refs) > 1:
        if element.get("parallelMultiple") == "true":
            return EventDefinition.PARALLEL_MULTIPLE
        return EventDefinition.MULTIPLE
    if len(tags) == 1:
        prefix = tags[0].removesuffix("EventDefinition")
        try:
            return EventDefinition(prefix)
        except ValueError:
            return EventDefinition.NONE
    return EventDefinition.NONE


def loop_of(children: Iterable[etree._Element]) -> LoopKind:
    for child in children:
        if is_model(child, "standardLoopCharacteristics"):
            return LoopKind.STANDARD
        if is_model(child, "multiInstanceLoopCharacteristics"):
            sequential = child.get("isSequential") == "true"
            return LoopKind.SEQUENTIAL if sequential else LoopKind.PARALLEL
    return LoopKind.NONE
