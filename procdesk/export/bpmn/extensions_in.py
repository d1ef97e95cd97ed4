"""Reading procdesk extension elements back: the inverse of ``extensions``.

They are taken out of the XML as they are read, so they do not also end up in a ``Foreign``
bag; an ``extensionElements`` left empty by that goes too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from lxml import etree

from procdesk.export.bpmn.namespaces import m, pd
from procdesk.export.bpmn.raci_in import roles_from, take_raci
from procdesk.model.elements import (
    Diagram,
    Duration,
    Entity,
    Kpi,
    KpiDirection,
    KpiMeasurement,
    Phase,
    Process,
    ProcessStatus,
    Revision,
    WeakPoint,
    WeakPointCategory,
    WeakPointStatus,
)
from procdesk.model.geometry import Rect
from procdesk.model.ids import new_id

_EXTENSION_ELEMENTS = m("extensionElements")

Resolve = Callable[[str | None], str | None]
"""Maps an id in the file to the id of the imported entity (None: not imported)."""


def take(element: etree._Element, tag: str) -> list[etree._Element]:
    """Remove and return the procdesk *tag* children of *element*'s extensionElements."""
    found: list[etree._Element] = []
    for extension in list(element.iterchildren(_EXTENSION_ELEMENTS)):
        items = list(extension.iterchildren(pd(tag)))
        for item in items:
            extension.remove(item)
        found += items
        if items and len(extension) == 0 and not extension.attrib:
            element.remove(extension)
    return found


def _in_tree(element: etree._Element, root: etree._Element) -> bool:
    return element is root or any(ancestor is root for ancestor in element.iterancestors())


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _text(element: etree._Element, tag: str) -> str:
    found = element.find(pd(tag))
    return (found.text or "") if found is not None else ""


def step_fields(element: etree._Element) -> dict[str, Any]:
    """SOP attributes of a step from its ``procdesk:step`` (empty if it has none)."""
    items = take(element, "step")
    if not items:
        return {}
    data = items[0]
    fields: dict[str, Any] = {
        "role": data.get("role", ""),
        "instruction": _text(data, "instruction"),
        "inputs": tuple(e.text or "" for e in data.findall(pd("input"))),
        "outputs": tuple(e.text or "" for e in data.findall(pd("output"))),
        "systems": tuple(e.text or "" for e in data.findall(pd("system"))),
        "cost": _float(data.get("cost")),
    }
    fields.update(take_raci(element, data))
    times = [_float(data.get(k)) for k in ("durationMin", "durationTypical", "durationMax")]
    if all(t is not None for t in times):
        with contextlib.suppress(ValueError):
            fields["duration"] = Duration(*(float(t or 0) for t in times))
    return fields


def flow_probability(element: etree._Element) -> float | None:
    items = take(element, "flow")
    value = _float(items[0].get("probability")) if items else None
    return value if value is not None and 0 <= value <= 1 else None


def process_fields(
    root: etree._Element, containers: list[etree._Element] | None = None
) -> dict[str, Any]:
    """Process metadata from the first ``procdesk:process`` in the file (taken out).

    *containers* are the file's collaborations and processes if the caller has them already
    (the tree is not walked again).
    """
    found: dict[str, Any] = {}
    if containers is None:
        containers = list(root.iter(m("collaboration"), m("process")))
    roles: list[etree._Element] = []
    for parent in containers:
        roles += take(parent, "roles")
        for data in take(parent, "process"):
            if found:
                continue
            found = {"name": data.get("name", "")}
            with contextlib.suppress(ValueError):
                found["status"] = ProcessStatus(data.get("status", "draft"))
            for name in ("owner", "version", "document_id", "effective_date", "review_date"):
                head, *rest = name.split("_")
                value = data.get(head + "".join(p.title() for p in rest))
                if value is not None:
                    found[name] = value
            with contextlib.suppress(ValueError, TypeError):
                months = int(data.get("reviewIntervalMonths", "12"))
                if 1 <= months <= 120:
                    found["review_interval_months"] = months
            for name in ("purpose", "scope", "definitions", "documentation"):
                found[name] = _text(data, name)
            found["revisions"] = tuple(
                Revision(
                    version=r.get("version", ""),
                    date=r.get("date", ""),
                    author=r.get("author", ""),
                    summary=_text(r, "summary"),
                )
                for r in data.findall(pd("revision"))
            )
            found["kpis"] = data.findall(pd("kpi"))
    if roles:
        found["roles"] = roles
    return found


def diagram_data(
    root: etree._Element, containers: list[etree._Element] | None = None
) -> dict[str, etree._Element]:
    """``procdesk:diagram`` elements by the id of the diagram they describe (taken out).

    *containers*: as for ``process_fields``; those no longer in the tree are skipped.
    """
    found: dict[str, etree._Element] = {}
    if containers is None:
        containers = list(root.iter(m("collaboration"), m("process")))
    else:
        containers = [c for c in containers if _in_tree(c, root)]
    for parent in containers:
        for data in take(parent, "diagram"):
            found.setdefault(data.get("diagram", ""), data)
    return found


def apply_process(process: Process, fields: dict[str, Any], resolve: Resolve) -> list[Entity]:
    """The process with its metadata, plus its KPIs and measurements."""
    kpis = fields.pop("kpis", [])
    roles = roles_from(fields.pop("roles", []))
    if not fields.get("name"):
        fields.pop("name", None)
    entities: list[Entity] = [replace(process, **fields), *roles]
    for item in kpis:
        kpi_id = new_id("Kpi")
        try:
            direction = KpiDirection(item.get("direction", "higher"))
        except ValueError:
            direction = KpiDirection.HIGHER_IS_BETTER
        entities.append(
            Kpi(
                id=kpi_id,
                process_id=process.id,
                step_id=resolve(item.get("step")),
                name=item.get("name", "KPI"),
                unit=item.get("unit", ""),
                target=_float(item.get("target")),
                direction=direction,
                frequency=item.get("frequency", "monthly"),
            )
        )
        for value in item.findall(pd("measurement")):
            number = _float(value.get("value"))
            if number is not None and value.get("date"):
                entities.append(
                    KpiMeasurement(
                        id=new_id("Measurement"),
                        kpi_id=kpi_id,
                        date=value.get("date", ""),
                        value=number,
                        note=value.get("note", ""),
                    )
                )
    return entities


def apply_diagram(diagram: Diagram, data: etree._Element, resolve: Resolve) -> list[Entity]:
    """The diagram with its variant and origin, plus its phases and weak points."""
    entities: list[Entity] = [
        replace(
            diagram,
            variant=data.get("variant", diagram.variant),
            origin_diagram_id=resolve(data.get("origin")),
            documentation=_text(data, "documentation"),
        )
    ]
    for item in data.findall(pd("phase")):
        numbers = [_float(item.get(k)) for k in "xywh"]
        if any(n is None for n in numbers):
            continue
        x, y, w, h = (float(n or 0) for n in numbers)
        entities.append(
            Phase(
                id=new_id("Phase"),
                diagram_id=diagram.id,
                name=item.get("name", ""),
                bounds=Rect(x, y, w, h),
                parent_id=resolve(item.get("parent")),
                order=int(_float(item.get("order")) or 0),
            )
        )
    for item in data.findall(pd("weakPoint")):
        try:
            category = WeakPointCategory(item.get("category", "other"))
            status = WeakPointStatus(item.get("status", "open"))
            severity = min(5, max(1, int(_float(item.get("severity")) or 3)))
        except ValueError:
            continue
        target = item.get("target")
        if target and resolve(target) is None:
            continue
        entities.append(
            WeakPoint(
                id=new_id("WeakPoint"),
                diagram_id=diagram.id,
                target_id=resolve(target) if target else None,
                category=category,
                severity=severity,
                status=status,
                owner=item.get("owner", ""),
                description=_text(item, "description"),
                root_cause=_text(item, "rootCause"),
                action=_text(item, "action"),
            )
        )
    return entities
