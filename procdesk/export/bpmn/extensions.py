"""procdesk's own data in ``extensionElements``, in the ``procdesk`` namespace.

What travels where:

* ``procdesk:step`` on a step: the SOP attributes (instruction, role, inputs, outputs,
  systems, duration in minutes, cost) and its RACI (``raci_out``); ``procdesk:flow`` on a
  sequence flow: its probability.
* ``procdesk:diagram`` on the element a drawn diagram's plane shows (collaboration or
  process): the variant, its origin, phases and weak points (with their 5 Whys and fishbones).
* ``procdesk:process`` on the first drawn diagram's plane element: process metadata,
  revisions and KPIs with their measurements; beside it ``procdesk:roles`` (the workspace's
  role list), ``procdesk:compliance`` (the process's risks, its controls and the requirements
  they satisfy: ``compliance_out``) and, when the export is of a released version,
  ``procdesk:release`` (``release_ext``).

Nothing is written for an element that carries no procdesk data, so a file from another tool
goes back out without new extension elements. Standard BPMN carries what it can:
``documentation`` holds the documentation of every element.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from procdesk.export.bpmn import release_ext
from procdesk.export.bpmn.compliance_out import write_compliance
from procdesk.export.bpmn.namespaces import m, pd
from procdesk.export.bpmn.raci_out import has_raci, write_raci, write_roles
from procdesk.export.bpmn.root_cause_xml import write_analysis
from procdesk.model.elements import (
    Diagram,
    Flow,
    Kpi,
    KpiMeasurement,
    Phase,
    Process,
    Step,
    WeakPoint,
)
from procdesk.model.raci import role_list
from procdesk.model.workspace import Workspace

if TYPE_CHECKING:
    from procdesk.export.bpmn.shapes import SemanticWriter
    from procdesk.export.bpmn.writer import Writer

PROCESS_TEXTS = ("purpose", "scope", "definitions", "documentation")
PROCESS_ATTRIBUTES = ("owner", "version", "document_id", "effective_date", "review_date")
REVIEW_INTERVAL = 12
"""The review interval (months) a process has unless set otherwise: not written."""


def _extension_elements(element: etree._Element) -> etree._Element:
    found = element.find(m("extensionElements"))
    if found is None:
        found = etree.SubElement(element, m("extensionElements"))
    return found


def _text(parent: etree._Element, tag: str, value: str) -> None:
    if value:
        etree.SubElement(parent, pd(tag)).text = value


def _number(value: float) -> str:
    return repr(float(value))


def write(writer: Writer, semantic: SemanticWriter) -> None:
    """Add procdesk extension elements to the elements *semantic* wrote."""
    ws = writer.ws
    for entity_id, element in semantic.elements.items():
        entity = ws.find(entity_id)
        if isinstance(entity, Step):
            _step(element, entity, ws)
        elif isinstance(entity, Flow) and entity.probability is not None:
            flow = etree.SubElement(_extension_elements(element), pd("flow"))
            flow.set("probability", _number(entity.probability))
    shown = [
        (d, semantic.plane_element.get(d.id, ""))
        for d in writer.drawn
        if semantic.plane_element.get(d.id)
    ]
    by_id = writer.shells
    for diagram, plane in shown:
        if plane in by_id:
            _diagram(writer, by_id[plane], diagram)
    if shown and shown[0][1] in by_id:
        _process(writer, by_id[shown[0][1]], writer.process)
        write_compliance(ws, by_id[shown[0][1]], writer.process.id, writer.diagrams)
        if writer.release is not None:
            release_ext.write(_extension_elements(by_id[shown[0][1]]), writer.release)
        if role_list(ws):
            write_roles(ws, _extension_elements(by_id[shown[0][1]]))


def _step(element: etree._Element, step: Step, ws: Workspace) -> None:
    if not (step.instruction or step.role or step.inputs or step.outputs or step.systems) and (
        step.duration is None and step.cost is None and not has_raci(step)
    ):
        return
    data = etree.SubElement(_extension_elements(element), pd("step"))
    if step.role:
        data.set("role", step.role)
    if step.duration is not None:
        data.set("durationMin", _number(step.duration.min))
        data.set("durationTypical", _number(step.duration.typical))
        data.set("durationMax", _number(step.duration.max))
    if step.cost is not None:
        data.set("cost", _number(step.cost))
    _text(data, "instruction", step.instruction)
    for tag, values in (("input", step.inputs), ("output", step.outputs), ("system", step.systems)):
        for value in values:
            _text(data, tag, value)
    write_raci(data, element, step, ws)


def _diagram(writer: Writer, element: etree._Element, diagram: Diagram) -> None:
    ws = writer.ws
    phases = ws.elements_of(diagram.id, Phase)
    weak_points = ws.in_scope(diagram.id, WeakPoint)
    plain = diagram.variant == "as-is" and not diagram.origin_diagram_id
    if plain and not (phases or weak_points or diagram.documentation):
        return
    data = etree.SubElement(_extension_elements(element), pd("diagram"))
    data.set("diagram", diagram.id)
    data.set("variant", diagram.variant)
    if diagram.origin_diagram_id:
        data.set("origin", diagram.origin_diagram_id)
    _text(data, "documentation", diagram.documentation)
    for phase in phases:
        item = etree.SubElement(data, pd("phase"), id=phase.id, name=phase.name)
        item.set("order", str(phase.order))
        if phase.parent_id:
            item.set("parent", phase.parent_id)
        for key, value in zip(
            "xywh", (phase.bounds.x, phase.bounds.y, phase.bounds.w, phase.bounds.h), strict=True
        ):
            item.set(key, _number(value))
    for point in weak_points:
        item = etree.SubElement(data, pd("weakPoint"), id=point.id)
        if point.target_id:
            item.set("target", point.target_id)
        item.set("category", point.category.value)
        item.set("severity", str(point.severity))
        item.set("status", point.status.value)
        if point.owner:
            item.set("owner", point.owner)
        _text(item, "description", point.description)
        _text(item, "rootCause", point.root_cause)
        _text(item, "action", point.action)
        write_analysis(item, ws, point.id)


def _process(writer: Writer, element: etree._Element, process: Process) -> None:
    kpis = writer.ws.kpis_of(process.id)
    has_data = bool(any(getattr(process, name) for name in PROCESS_TEXTS) or kpis)
    has_data = has_data or bool(process.revisions) or process.status.value != "draft"
    has_data = has_data or any(getattr(process, n) for n in PROCESS_ATTRIBUTES if n != "version")
    has_data = has_data or process.review_interval_months != REVIEW_INTERVAL
    if not has_data and process.version == "0.1" and writer.release is None:
        return
    data = etree.SubElement(_extension_elements(element), pd("process"))
    data.set("name", process.name)
    data.set("status", process.status.value)
    for name in PROCESS_ATTRIBUTES:
        if getattr(process, name):
            data.set(_camel(name), str(getattr(process, name)))
    if process.review_interval_months != REVIEW_INTERVAL:
        data.set("reviewIntervalMonths", str(process.review_interval_months))
    for name in PROCESS_TEXTS:
        _text(data, name, str(getattr(process, name)))
    for revision in process.revisions:
        item = etree.SubElement(data, pd("revision"), version=revision.version)
        item.set("date", revision.date)
        if revision.author:
            item.set("author", revision.author)
        _text(item, "summary", revision.summary)
    for kpi in kpis:
        _kpi(writer, data, kpi)


def _kpi(writer: Writer, parent: etree._Element, kpi: Kpi) -> None:
    item = etree.SubElement(parent, pd("kpi"), id=kpi.id, name=kpi.name)
    if kpi.step_id:
        item.set("step", kpi.step_id)
    if kpi.unit:
        item.set("unit", kpi.unit)
    if kpi.target is not None:
        item.set("target", _number(kpi.target))
    item.set("direction", kpi.direction.value)
    item.set("frequency", kpi.frequency)
    for measurement in writer.ws.measurements_of(kpi.id):
        _measurement(item, measurement)


def _measurement(parent: etree._Element, measurement: KpiMeasurement) -> None:
    item = etree.SubElement(parent, pd("measurement"), id=measurement.id)
    item.set("date", measurement.date)
    item.set("value", _number(measurement.value))
    if measurement.note:
        item.set("note", measurement.note)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
