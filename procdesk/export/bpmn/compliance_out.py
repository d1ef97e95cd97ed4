"""The process's requirements, risks and controls in a ``procdesk:compliance`` extension.

It sits beside ``procdesk:process`` on the element the first diagram shows, and holds the
risks of the process (with the step or flow each sits on), the controls that run at an
exported step or mitigate one of those risks (with their steps, risks and requirements as
references), and the requirements those controls satisfy. Other tools keep or ignore it: it is
an extension element in procdesk's namespace, which the BPMN schema allows anywhere there.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from procdesk.export.bpmn.namespaces import m, pd
from procdesk.model.compliance import Control, Requirement
from procdesk.model.compliance_queries import (
    controls,
    requirement_ids_of,
    risk_ids_of,
    risks,
    step_ids_of,
)
from procdesk.model.elements import Diagram, Step
from procdesk.model.workspace import Workspace


def write_compliance(
    workspace: Workspace, element: etree._Element, process_id: str, diagrams: Iterable[Diagram]
) -> None:
    """Add ``procdesk:compliance`` to *element* when the process has any of it."""
    steps = {s.id for d in diagrams for s in workspace.elements_of(d.id, Step)}
    own_risks = [r for r in risks(workspace, process_id) if r.element_id in steps | {None}]
    risk_ids = {r.id for r in own_risks}
    chosen = [
        c
        for c in controls(workspace)
        if steps.intersection(step_ids_of(workspace, c.id))
        or risk_ids.intersection(risk_ids_of(workspace, c.id))
    ]
    needed = dict.fromkeys(r for c in chosen for r in requirement_ids_of(workspace, c.id))
    if not (own_risks or chosen):
        return
    extension = element.find(m("extensionElements"))
    if extension is None:
        extension = etree.SubElement(element, m("extensionElements"))
    data = etree.SubElement(extension, pd("compliance"))
    for requirement_id in needed:
        _requirement(data, workspace.get(requirement_id, Requirement))
    for risk in own_risks:
        item = etree.SubElement(data, pd("risk"), id=risk.id)
        if risk.element_id:
            item.set("element", risk.element_id)
        item.set("category", risk.category.value)
        item.set("likelihood", str(risk.likelihood))
        item.set("impact", str(risk.impact))
        _attribute(item, "owner", risk.owner)
        _text(item, "description", risk.description)
    for control in chosen:
        _control(workspace, data, control, steps, risk_ids)


def _requirement(parent: etree._Element, requirement: Requirement) -> None:
    item = etree.SubElement(parent, pd("requirement"), id=requirement.id)
    item.set("source", requirement.source)
    item.set("clause", requirement.clause)
    if not requirement.applicable:
        item.set("applicable", "false")
    _text(item, "title", requirement.title)
    _text(item, "text", requirement.text)
    _text(item, "reason", requirement.reason)


def _control(
    workspace: Workspace,
    parent: etree._Element,
    control: Control,
    steps: set[str],
    risk_ids: set[str],
) -> None:
    item = etree.SubElement(parent, pd("control"), id=control.id, name=control.name)
    item.set("type", control.type.value)
    item.set("automation", control.automation.value)
    item.set("frequency", control.frequency.value)
    _attribute(item, "owner", control.owner)
    _text(item, "description", control.description)
    _text(item, "evidence", control.evidence)
    for tag, ids, known in (
        ("step", step_ids_of(workspace, control.id), steps),
        ("mitigates", risk_ids_of(workspace, control.id), risk_ids),
        ("satisfies", requirement_ids_of(workspace, control.id), None),
    ):
        for ref in ids:
            if known is None or ref in known:
                etree.SubElement(item, pd(tag), ref=ref)


def _attribute(item: etree._Element, name: str, value: str) -> None:
    if value:
        item.set(name, value)


def _text(parent: etree._Element, tag: str, value: str) -> None:
    if value:
        etree.SubElement(parent, pd(tag)).text = value
