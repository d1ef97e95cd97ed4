"""Reading ``procdesk:compliance`` back: the inverse of ``compliance_out``.

Risks, controls and their links get new ids (like KPIs), requirements too; a requirement
whose clause the workspace has already is then replaced by that one when the import is stored
(``compliance_intents.reuse_requirements``). Values that do not fit (a likelihood of 7, an
unknown control type) drop the item with a warning rather than the whole import; a link to
something that was not imported is left out.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from lxml import etree

from procdesk.export.bpmn.extensions_in import take
from procdesk.export.bpmn.namespaces import pd
from procdesk.model.compliance import (
    Control,
    ControlAutomation,
    ControlFrequency,
    ControlRequirement,
    ControlRisk,
    ControlStep,
    ControlType,
    Requirement,
    Risk,
    RiskCategory,
)
from procdesk.model.elements import Entity
from procdesk.model.ids import new_id

Resolve = Callable[[str | None], str | None]


def compliance_data(containers: list[etree._Element]) -> etree._Element | None:
    """The first ``procdesk:compliance`` of the file (taken out of the XML)."""
    found: etree._Element | None = None
    for parent in containers:
        for data in take(parent, "compliance"):
            if found is None:
                found = data
    return found


def _text(element: etree._Element, tag: str) -> str:
    found = element.find(pd(tag))
    return (found.text or "") if found is not None else ""


def read_compliance(
    data: etree._Element, process_id: str, resolve: Resolve, warnings: list[str]
) -> list[Entity]:
    """Requirements, risks, controls and links, with the file's ids mapped to new ones."""
    entities: list[Entity] = []
    ids: dict[str, str] = {}
    for item in data.findall(pd("requirement")):
        with _dropped(item, warnings):
            requirement = Requirement(
                id=new_id("Requirement"),
                source=item.get("source", ""),
                clause=item.get("clause", ""),
                title=_text(item, "title"),
                text=_text(item, "text"),
                applicable=item.get("applicable", "true") != "false",
                reason=_text(item, "reason"),
            )
            ids[item.get("id", "")] = requirement.id
            entities.append(requirement)
    for item in data.findall(pd("risk")):
        element = item.get("element")
        if element and resolve(element) is None:
            continue
        with _dropped(item, warnings):
            risk = Risk(
                id=new_id("Risk"),
                process_id=process_id,
                element_id=resolve(element) if element else None,
                description=_text(item, "description"),
                category=RiskCategory(item.get("category", "operational")),
                likelihood=int(item.get("likelihood", "3")),
                impact=int(item.get("impact", "3")),
                owner=item.get("owner", ""),
            )
            ids[item.get("id", "")] = risk.id
            entities.append(risk)
    for item in data.findall(pd("control")):
        with _dropped(item, warnings):
            control = Control(
                id=new_id("Control"),
                name=item.get("name", ""),
                description=_text(item, "description"),
                type=ControlType(item.get("type", "preventive")),
                automation=ControlAutomation(item.get("automation", "manual")),
                frequency=ControlFrequency(item.get("frequency", "each-case")),
                evidence=_text(item, "evidence"),
                owner=item.get("owner", ""),
            )
            entities.append(control)
            entities += _links(item, control.id, resolve, ids)
    return entities


def _links(
    item: etree._Element, control_id: str, resolve: Resolve, ids: dict[str, str]
) -> list[Entity]:
    links: list[Entity] = []
    for ref in item.findall(pd("step")):
        step = resolve(ref.get("ref"))
        if step is not None:
            links.append(ControlStep(id=new_id("ControlStep"), control_id=control_id, step_id=step))
    for ref in item.findall(pd("mitigates")):
        risk = ids.get(ref.get("ref", ""))
        if risk is not None:
            links.append(ControlRisk(id=new_id("ControlRisk"), control_id=control_id, risk_id=risk))
    for ref in item.findall(pd("satisfies")):
        requirement = ids.get(ref.get("ref", ""))
        if requirement is not None:
            links.append(
                ControlRequirement(
                    id=new_id("ControlRequirement"),
                    control_id=control_id,
                    requirement_id=requirement,
                )
            )
    return links


@contextlib.contextmanager
def _dropped(item: etree._Element, warnings: list[str]) -> Iterator[None]:
    """Leave out an item whose values do not fit, saying so."""
    try:
        yield
    except ValueError as error:
        tag = etree.QName(item).localname
        warnings.append(f"procdesk:{tag} {item.get('id', '')} left out: {error}")
