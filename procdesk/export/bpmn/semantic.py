"""Model entities → BPMN semantic elements (the attributes and children of one element).

Kept foreign XML wins where it still says what the model says (event definitions, loop
characteristics, condition expressions keep their ids, attributes and vendor details);
where the model has changed since the import, the element is generated from the model.
"""

from __future__ import annotations

from lxml import etree

from procdesk.export.bpmn.kinds import event_definition_of, is_model, loop_of
from procdesk.export.bpmn.namespaces import XSI, hint, is_private, local_name, m, pd
from procdesk.export.bpmn.safe_xml import parse_fragment
from procdesk.model.elements import (
    DiagramElement,
    Entity,
    EventDefinition,
    Flow,
    LoopKind,
    Step,
    StepKind,
)


def new_element(parent: etree._Element, tag: str, entity: Entity, name: str = "") -> etree._Element:
    """A child of *parent* with the entity's id, name, foreign attributes and children."""
    element = etree.SubElement(parent, m(tag))
    element.set("id", entity.id)
    if name:
        element.set("name", name)
    if isinstance(entity, DiagramElement) and entity.origin_id:
        element.set(pd("origin"), entity.origin_id)
    add_foreign(element, entity)
    return element


def add_foreign(element: etree._Element, entity: Entity) -> None:
    for key, value in entity.foreign.attributes:
        if is_private(key) or key in ("id", "name"):
            continue
        try:
            element.set(key, value)
        except ValueError:
            continue
    for fragment in entity.foreign.elements:
        adopt(element, fragment)


_XSI_TYPE = f"{{{XSI}}}type"


def adopt(parent: etree._Element, fragment: str) -> etree._Element | None:
    """Append a stored XML fragment to *parent*, keeping QName values (``xsi:type``,
    ``tns:Message_1``) pointing at the same namespaces under the output's prefixes."""
    try:
        child = parse_fragment(fragment)
    except (etree.XMLSyntaxError, ValueError):
        return None
    pending: list[tuple[etree._Element, str, str, str]] = []
    for element in child.iter():
        if not isinstance(element.tag, str):
            continue
        nsmap = element.nsmap
        for raw_key, raw_value in element.attrib.items():
            key, value = str(raw_key), str(raw_value)
            prefix, colon, local = value.partition(":")
            if colon and prefix in nsmap and "/" not in local:
                pending.append((element, key, nsmap[prefix], local))
            elif key == _XSI_TYPE and not colon and None in nsmap:
                pending.append((element, key, nsmap[None], value))
    if _clashes(child, parent.nsmap):
        copies: dict[etree._Element, etree._Element] = {}
        child = _rebuilt(child, copies)
        pending = [(copies[e], key, uri, local) for e, key, uri, local in pending]
    parent.append(child)
    for element, key, uri, local in pending:
        found = [str(p) for p, u in element.nsmap.items() if u == uri and p]
        if found:
            element.set(key, f"{found[0]}:{local}")
    return child


def _clashes(fragment: etree._Element, scope: dict[str | None, str]) -> bool:
    """Tell whether the fragment binds a prefix of the output to another namespace."""
    for element in fragment.iter():
        if not isinstance(element.tag, str):
            continue
        for prefix, uri in element.nsmap.items():
            if prefix is not None and prefix in scope and scope[prefix] != uri:
                return True
    return False


def _rebuilt(
    source: etree._Element, copies: dict[etree._Element, etree._Element]
) -> etree._Element:
    """A copy of *source* whose namespace declarations carry no clashing prefix: only the
    namespaces it uses, with prefixes lxml picks (the value QNames keep theirs)."""
    nsmap = {p: u for p, u in source.nsmap.items() if p is not None}
    used: dict[str | None, str] = {}
    for element in source.iter():
        if not isinstance(element.tag, str):
            continue
        for value in (*element.attrib.values(), element.text or ""):
            prefix = str(value).partition(":")[0]
            if prefix in nsmap:
                used[f"q{len(used)}"] = nsmap[prefix]
    copy = etree.Element(source.tag, nsmap=used)  # type: ignore[arg-type]
    _copy_into(source, copy, copies)
    return copy


def _copy_into(
    source: etree._Element, target: etree._Element, copies: dict[etree._Element, etree._Element]
) -> None:
    copies[source] = target
    for key, value in source.attrib.items():
        target.set(key, value)
    target.text = source.text
    for child in source:
        if isinstance(child.tag, str):
            copy = etree.SubElement(target, child.tag)
            _copy_into(child, copy, copies)
            copy.tail = child.tail


def hints_of(entity: Entity) -> dict[str, str]:
    attributes = entity.foreign.attributes
    if not attributes:
        return {}
    return {k: v for k, v in attributes if k.startswith("{urn:procdesk:")}


def add_documentation(element: etree._Element, text: str) -> None:
    if text:
        etree.SubElement(element, m("documentation")).text = text


def _drop(element: etree._Element, predicate: str) -> None:
    for child in list(element):
        if is_model(child) and (
            local_name(child.tag).endswith(predicate) or local_name(child.tag) == predicate
        ):
            element.remove(child)


def step_details(element: etree._Element, step: Step) -> None:
    """Event definitions, loop, boundary and interrupting flags of a step."""
    if step.kind.is_event and event_definition_of(element) != step.event_definition:
        _drop(element, "EventDefinition")
        _drop(element, "eventDefinitionRef")
        _event_definitions(element, step)
    if step.kind.is_activity and loop_of(element) != step.loop:
        _drop(element, "LoopCharacteristics")
        if step.loop is LoopKind.STANDARD:
            etree.SubElement(element, m("standardLoopCharacteristics"))
        elif step.loop is not LoopKind.NONE:
            loop = etree.SubElement(element, m("multiInstanceLoopCharacteristics"))
            if step.loop is LoopKind.SEQUENTIAL:
                loop.set("isSequential", "true")
    if step.kind is StepKind.BOUNDARY_EVENT:
        if step.attached_to:
            element.set("attachedToRef", step.attached_to)
        if not step.interrupting:
            element.set("cancelActivity", "false")
    elif step.kind is StepKind.START_EVENT and not step.interrupting:
        element.set("isInterrupting", "false")
    if step.compensation:
        element.set("isForCompensation", "true")


def _event_definitions(element: etree._Element, step: Step) -> None:
    kind = step.event_definition
    if kind is EventDefinition.NONE:
        return
    if kind in (EventDefinition.MULTIPLE, EventDefinition.PARALLEL_MULTIPLE):
        tags = ["message", "signal"]
        if kind is EventDefinition.PARALLEL_MULTIPLE:
            element.set("parallelMultiple", "true")
    else:
        tags = [kind.value]
    for index, tag in enumerate(tags):
        definition = etree.SubElement(element, m(f"{tag}EventDefinition"))
        definition.set("id", f"{step.id}_ed{index or ''}")


_CONDITION = m("conditionExpression")


def condition(element: etree._Element, flow: Flow) -> None:
    """The flow's ``conditionExpression``: the kept one if its text still matches."""
    kept = next(element.iterchildren(_CONDITION), None)
    if kept is not None and (kept.text or "").strip() == flow.condition.strip():
        return
    if kept is not None:
        element.remove(kept)
    if flow.condition:
        expression = etree.SubElement(element, m("conditionExpression"))
        expression.set(f"{{{XSI}}}type", "bpmn:tFormalExpression")
        expression.text = flow.condition


def tag_of(entity: Entity, default: str) -> str:
    return hints_of(entity).get(hint("tag"), default)
