"""Reading a step's RACI and the role list back: the inverse of ``raci_out``.

``procdesk:raci`` is the record; the resource roles ``raci_out`` derived from it (named
"Responsible" and "Accountable") are dropped on the way in, so they are not kept a second
time as another tool's XML. Resource roles of other tools stay as they were.
"""

from __future__ import annotations

from lxml import etree

from procdesk.export.bpmn.namespaces import m, pd
from procdesk.export.bpmn.raci_out import STANDARD, TAGS
from procdesk.model.assignments import Letter, Raci, normalised
from procdesk.model.ids import new_id
from procdesk.model.raci import unique
from procdesk.model.roles import Role


def take_raci(step: etree._Element, data: etree._Element) -> dict[str, Raci | None]:
    """``{"raci": …}`` from the ``procdesk:step`` *data* of *step* (empty when it has none);
    the resource roles written with it are taken out of *step*."""
    record = data.find(pd("raci"))
    if record is None:
        return {}
    names = {
        letter: tuple(unique((e.text or "") for e in record.findall(pd(tag))))
        for letter, tag in TAGS.items()
    }
    default = record.get("defaultResponsible") == "true"
    raci = Raci(
        None if default else names[Letter.RESPONSIBLE],
        names[Letter.ACCOUNTABLE],
        names[Letter.CONSULTED],
        names[Letter.INFORMED],
    )
    derived = {(m(tag), title) for tag, title in STANDARD.values()}
    for child in list(step):
        if (child.tag, child.get("name")) in derived:
            step.remove(child)
    return {"raci": normalised(raci)}


def roles_from(items: list[etree._Element]) -> list[Role]:
    """Role list entries from ``procdesk:roles`` elements (blank and repeated names dropped)."""
    roles: list[Role] = []
    seen: set[str] = set()
    for listing in items:
        for item in listing.findall(pd("role")):
            name = (item.get("name") or "").strip()
            if not name or name.casefold() in seen:
                continue
            seen.add(name.casefold())
            description = item.find(pd("description"))
            roles.append(
                Role(
                    id=new_id("Role"),
                    name=name,
                    department=(item.get("department") or "").strip(),
                    description=(description.text or "").strip() if description is not None else "",
                )
            )
    return roles
