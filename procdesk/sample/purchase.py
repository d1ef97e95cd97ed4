"""The sample's detailed process: a purchase requisition, as-is and to-be, with weak points
and a year of KPI values, drawn from ``resources/sample/purchase_requisition.toml``.

It names what later parts build on in the sample book: ``purchase`` (the process),
``purchase/as-is`` and ``purchase/to-be`` (its diagrams), ``purchase/step/KEY`` and
``purchase/to-be/step/KEY`` (the steps by their key in the TOML file),
``purchase/weak-point/KEY`` and ``purchase/kpi/NAME``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from procdesk.model.editor import Editor
from procdesk.model.elements import (
    Flow,
    Lane,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.geometry import Point
from procdesk.model.routing import label_near_start
from procdesk.model.shape_commands import MoveShapes
from procdesk.resources import resource
from procdesk.sample.book import SampleBook
from procdesk.sample.drawing import (
    add_kpis,
    add_process,
    column_x,
    connect,
    draw_diagram,
    lane_center,
    step_attributes,
    styled_route,
)

SAMPLE_SOURCE = resource("sample", "purchase_requisition.toml")


def add_purchase_requisition(book: SampleBook, source: Path = SAMPLE_SOURCE) -> None:
    """Draw the purchase requisition into *book* and name its parts there."""
    with source.open("rb") as handle:
        spec = tomllib.load(handle)
    editor = book.editor
    process_id = add_process(editor, spec["process"])
    book.name("purchase", process_id)
    as_is = editor.workspace.diagrams_of(process_id)[0].id
    book.name("purchase/as-is", as_is)
    keys = draw_diagram(editor, as_is, spec["as_is"], book, "purchase")
    for key, step_id in keys.items():
        book.name(f"purchase/step/{key}", step_id)
    add_kpis(editor, process_id, spec.get("kpis", []), keys, book, "purchase")
    to_be, copies = _to_be(editor, as_is, spec["to_be"], keys)
    book.name("purchase/to-be", to_be)
    for key, step_id in copies.items():
        if step_id in editor.workspace:
            book.name(f"purchase/to-be/step/{key}", step_id)


def _to_be(
    editor: Editor, as_is: str, spec: dict[str, Any], keys: dict[str, str]
) -> tuple[str, dict[str, str]]:
    """Copy the as-is into the to-be and change it; the to-be's id and step key → copy id."""
    workspace = editor.workspace
    to_be = editor.create_variant(as_is, spec["name"], "to-be")
    copy_of = {
        e.origin_id: e.id for e in workspace.elements_of(to_be, Shape) if e.origin_id is not None
    }
    copies = {key: copy_of[element_id] for key, element_id in keys.items()}
    lanes = {lane.name: lane.id for lane in workspace.elements_of(to_be, Lane)}
    editor.delete([copies[key] for key in spec.get("remove", [])])
    for key, (lane_name, col) in spec.get("place", {}).items():
        step = workspace.get(copies[key], Step)
        lane_id = lanes[lane_name]
        target = Point(column_x(col), lane_center(editor, lane_id))
        center = step.bounds.center
        editor.run(MoveShapes((step.id,), target.x - center.x, target.y - center.y))
        editor.set_lane([step.id], lane_id)
    for key, values in spec.get("update", {}).items():
        changes: dict[str, Any] = step_attributes(values)
        if "name" in values:
            changes["name"] = values["name"]
        if "kind" in values:
            changes["kind"] = StepKind(values["kind"])
        editor.set_fields((copies[key],), changes)
    for flow in spec.get("flows", []):
        connect(editor, copies, flow)
    for name in spec.get("remove_lanes", []):
        editor.remove_lane(lanes[name])
    styles = {(copies[a], copies[b]): style for a, b, style in spec.get("routes", [])}
    for flow in workspace.elements_of(to_be, Flow):
        start = workspace.get(flow.source_id, Shape)
        end = workspace.get(flow.target_id, Shape)
        style = styles.get((flow.source_id, flow.target_id))
        points = styled_route(start, end, style)
        values = {"waypoints": points, "label": label_near_start(points, flow.name)}
        editor.set_fields((flow.id,), values)
    return to_be, copies
