"""A weak point's root-cause analysis inside its ``procdesk:weakPoint`` element.

The 5 Whys go out in order as ``<procdesk:why why="…" because="…"/>``; the fishbone as
``<procdesk:fishbone>`` holding ``<procdesk:category name="…" key="…">`` in order, each holding
its ``<procdesk:cause text="…" confirmed="true">`` with the sub-causes nested inside. The
nesting is the tree, so a file cannot describe a loop of sub-causes. Reading builds fresh
entities for the imported weak point; a category without a name or a cause without a text
(another tool's editing) is left out with everything under it, as the reader leaves out a
weak point it cannot make sense of.
"""

from __future__ import annotations

from lxml import etree

from procdesk.export.bpmn.namespaces import pd
from procdesk.model.elements import Entity
from procdesk.model.ids import new_id
from procdesk.model.root_cause import Cause, CauseCategory, Why
from procdesk.model.root_cause_queries import categories_of, causes_on, sub_causes, whys_of
from procdesk.model.workspace import Workspace


def write_analysis(item: etree._Element, workspace: Workspace, weak_point_id: str) -> None:
    """Add the weak point's 5 Whys and fishbone to its ``procdesk:weakPoint`` *item*."""
    for why in whys_of(workspace, weak_point_id):
        etree.SubElement(item, pd("why"), why=why.why, because=why.because)
    categories = categories_of(workspace, weak_point_id)
    if not categories:
        return
    fishbone = etree.SubElement(item, pd("fishbone"))
    for category in categories:
        bone = etree.SubElement(fishbone, pd("category"), name=category.name)
        if category.key:
            bone.set("key", category.key)
        stack = [(bone, cause) for cause in reversed(causes_on(workspace, category.id))]
        while stack:
            parent, cause = stack.pop()
            element = etree.SubElement(parent, pd("cause"), text=cause.text)
            if cause.confirmed:
                element.set("confirmed", "true")
            stack.extend((element, sub) for sub in reversed(sub_causes(workspace, cause.id)))


def read_analysis(item: etree._Element, weak_point_id: str) -> list[Entity]:
    """The 5 Whys and fishbone a ``procdesk:weakPoint`` *item* carries, for the imported
    weak point *weak_point_id*."""
    entities: list[Entity] = []
    for order, element in enumerate(item.findall(pd("why"))):
        entities.append(
            Why(
                id=new_id("Why"),
                weak_point_id=weak_point_id,
                order=order,
                why=(element.get("why") or "").strip(),
                because=(element.get("because") or "").strip(),
            )
        )
    fishbone = item.find(pd("fishbone"))
    if fishbone is None:
        return entities
    bones = [e for e in fishbone.findall(pd("category")) if (e.get("name") or "").strip()]
    for order, element in enumerate(bones):
        category = CauseCategory(
            id=new_id("CauseCategory"),
            weak_point_id=weak_point_id,
            name=" ".join((element.get("name") or "").split()),
            order=order,
            key=element.get("key", ""),
        )
        entities.append(category)
        entities += _causes(element, category)
    return entities


def _causes(bone: etree._Element, category: CauseCategory) -> list[Entity]:
    found: list[Entity] = []
    stack: list[tuple[etree._Element, str | None]] = [(bone, None)]
    while stack:
        parent, parent_id = stack.pop()
        kept = [e for e in parent.findall(pd("cause")) if (e.get("text") or "").strip()]
        for order, element in enumerate(kept):
            cause = Cause(
                id=new_id("Cause"),
                weak_point_id=category.weak_point_id,
                category_id=category.id,
                parent_id=parent_id,
                text=" ".join((element.get("text") or "").split()),
                confirmed=element.get("confirmed") == "true",
                order=order,
            )
            found.append(cause)
            stack.append((element, cause.id))
    return found
