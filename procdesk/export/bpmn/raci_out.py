"""A step's RACI and the workspace's role list in an exported BPMN file.

procdesk's own record is ``procdesk:raci`` inside the step's ``procdesk:step`` (one child
per role and letter; ``defaultResponsible="true"`` while the step keeps its default R) and
``procdesk:roles`` beside ``procdesk:process`` on the first plane's element. Other tools read
the standard part: BPMN's resource roles, written where they mean the same, on activities
whose RACI was set in procdesk: ``humanPerformer`` (the person who performs it) for each
Responsible and ``performer`` (who "will be responsible for" it, in the spec's words) for
the Accountable, each with a ``resourceAssignmentExpression`` naming the role. They are
named "Responsible" and "Accountable", so an import tells them from another tool's.
"""

from __future__ import annotations

from lxml import etree

from procdesk.export.bpmn.namespaces import m, pd
from procdesk.model.assignments import Letter
from procdesk.model.elements import Step
from procdesk.model.raci import effective, role_list
from procdesk.model.workspace import Workspace

TAGS = {
    Letter.RESPONSIBLE: "responsible",
    Letter.ACCOUNTABLE: "accountable",
    Letter.CONSULTED: "consulted",
    Letter.INFORMED: "informed",
}
"""The ``procdesk:raci`` child for each letter."""

STANDARD = {
    Letter.RESPONSIBLE: ("humanPerformer", "Responsible"),
    Letter.ACCOUNTABLE: ("performer", "Accountable"),
}
"""The BPMN resource role (tag, name) written for a letter that has one."""


def write_raci(data: etree._Element, element: etree._Element, step: Step, ws: Workspace) -> None:
    """Record *step*'s RACI in its ``procdesk:step`` *data* and as resource roles on its
    BPMN *element* (nothing for a step whose RACI was never set)."""
    if step.raci is None:
        return
    raci = etree.SubElement(data, pd("raci"))
    if step.raci.responsible is None:
        raci.set("defaultResponsible", "true")
    for letter, tag in TAGS.items():
        for name in step.raci.names(letter):
            etree.SubElement(raci, pd(tag)).text = name
    if not step.kind.is_activity:
        return
    assigned = effective(ws, step)
    for letter, (tag, title) in STANDARD.items():
        for name in assigned.names(letter):
            role = etree.SubElement(element, m(tag), name=title)
            expression = etree.SubElement(role, m("resourceAssignmentExpression"))
            etree.SubElement(expression, m("formalExpression")).text = name


def has_raci(step: Step) -> bool:
    """Whether *step* needs a ``procdesk:step`` for its RACI alone."""
    return step.raci is not None


def write_roles(ws: Workspace, extensions: etree._Element) -> None:
    """The workspace's role list as ``procdesk:roles`` in *extensions* (none when empty)."""
    roles = role_list(ws)
    if not roles:
        return
    listing = etree.SubElement(extensions, pd("roles"))
    for role in roles:
        item = etree.SubElement(listing, pd("role"), name=role.name)
        if role.department:
            item.set("department", role.department)
        if role.description:
            etree.SubElement(item, pd("description")).text = role.description
