"""Which BPMN element becomes which model entity, and how event and loop kinds are read."""

from __future__ import annotations

from lxml import etree

from procdesk.export.bpmn.namespaces import MODEL
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


_DEFINITION_REF = _MODEL_PREFIX + "eventDefinitionRef"
_STANDARD_LOOP = _MODEL_PREFIX + "standardLoopCharacteristics"
_MULTI_INSTANCE_LOOP = _MODEL_PREFIX + "multiInstanceLoopCharacteristics"


def event_definition_tags(element: etree._Element) -> list[str]:
    start = len(_MODEL_PREFIX)
    return [
        str(c.tag)[start:]
        for c in element.iterchildren(_MODEL_PREFIX + "*")
        if str(c.tag).endswith("EventDefinition")
    ]


def event_definition_of(element: etree._Element) -> EventDefinition:
    """The model's single event kind for an event's definitions (several: multiple).

    One pass over the model children (filtered by lxml): this runs for every imported step.
    """
    tags: list[str] = []
    refs = 0
    start = len(_MODEL_PREFIX)
    for child in element.iterchildren(_MODEL_PREFIX + "*"):
        tag = str(child.tag)
        if tag.endswith("EventDefinition"):
            tags.append(tag[start:])
        elif tag == _DEFINITION_REF:
            refs += 1
    if len(tags) + refs > 1:
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


def loop_of(element: etree._Element) -> LoopKind:
    """The loop kind of an activity from its first loop characteristics child."""
    for child in element.iterchildren(_STANDARD_LOOP, _MULTI_INSTANCE_LOOP):
        if child.tag == _STANDARD_LOOP:
            return LoopKind.STANDARD
        sequential = child.get("isSequential") == "true"
        return LoopKind.SEQUENTIAL if sequential else LoopKind.PARALLEL
    return LoopKind.NONE
