"""The sample's detailed process: a purchase requisition, as-is and to-be, with weak points
and a year of KPI values, drawn from ``resources/sample/purchase_requisition.toml``.

It names what later parts build on in the sample book: ``purchase`` (the process),
``purchase/as-is`` and ``purchase/to-be`` (its diagrams), ``purchase/step/KEY`` and
``purchase/to-be/step/KEY`` (the steps by their key in the TOML file),
``purchase/weak-point/KEY`` and ``purchase/kpi/NAME``.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from procdesk.model.editor import Editor
from procdesk.model.elements import (
    Duration,
    EventDefinition,
    Flow,
    KpiDirection,
    Lane,
    ProcessStatus,
    Revision,
    Shape,
    Step,
    StepKind,
    WeakPointCategory,
    WeakPointStatus,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.routing import label_near_start, route_between, vertical_route
from procdesk.model.shape_commands import MoveShapes
from procdesk.model.sizes import POOL_HEADER
from procdesk.resources import resource
from procdesk.sample.book import SampleBook

SAMPLE_SOURCE = resource("sample", "purchase_requisition.toml")
COLUMN_WIDTH = 150.0
LANE_HEIGHT = 160.0
FIRST_COLUMN_X = POOL_HEADER + 30.0 + 60.0


def add_purchase_requisition(book: SampleBook, source: Path = SAMPLE_SOURCE) -> None:
    """Draw the purchase requisition into *book* and name its parts there."""
    with source.open("rb") as handle:
        spec = tomllib.load(handle)
    editor = book.editor
    process_id = _process(editor, spec["process"])
    book.name("purchase", process_id)
    as_is = editor.workspace.diagrams_of(process_id)[0].id
    book.name("purchase/as-is", as_is)
    keys = _diagram(editor, as_is, spec["as_is"], book)
    for key, step_id in keys.items():
        book.name(f"purchase/step/{key}", step_id)
    _kpis(editor, process_id, spec.get("kpis", []), keys, book)
    to_be, copies = _to_be(editor, as_is, spec["to_be"], keys)
    book.name("purchase/to-be", to_be)
    for key, step_id in copies.items():
        if step_id in editor.workspace:
            book.name(f"purchase/to-be/step/{key}", step_id)


def _process(editor: Editor, spec: dict[str, Any]) -> str:
    revisions = tuple(Revision(**r) for r in spec.get("revisions", ()))
    fields = {k: v for k, v in spec.items() if k not in ("name", "revisions")}
    fields["status"] = ProcessStatus(fields.get("status", "draft"))
    return editor.add_process(spec["name"], with_pool=False, revisions=revisions, **fields)


def _lane_center(editor: Editor, lane_id: str) -> float:
    return editor.workspace.get(lane_id, Lane).bounds.center.y


def _column_x(col: float) -> float:
    return FIRST_COLUMN_X + col * COLUMN_WIDTH


def _diagram(
    editor: Editor, diagram_id: str, spec: dict[str, Any], book: SampleBook
) -> dict[str, str]:
    """Draw the pool, lanes, steps, flows and weak points; return step key → id."""
    editor.update((diagram_id,), name=spec["name"])
    columns = max(s["col"] for s in spec["steps"]) + 1
    width = FIRST_COLUMN_X + columns * COLUMN_WIDTH
    lanes = spec["lanes"]
    pool_id = editor.add_pool(diagram_id, spec["pool"], lanes=lanes)
    editor.resize(pool_id, Rect(0, 0, width, LANE_HEIGHT * len(lanes)))
    lane_ids: dict[str, str] = {}
    for lane in editor.workspace.lanes_of(pool_id):
        index = lanes.index(lane.name)
        bounds = Rect(POOL_HEADER, index * LANE_HEIGHT, width - POOL_HEADER, LANE_HEIGHT)
        editor.resize(lane.id, bounds)
        lane_ids[lane.name] = lane.id
    keys: dict[str, str] = {}
    for step in spec["steps"]:
        lane_id = lane_ids[step["lane"]]
        center = Point(_column_x(step["col"]), _lane_center(editor, lane_id))
        keys[step["key"]] = editor.add_step(
            diagram_id,
            StepKind(step["kind"]),
            step["name"],
            center,
            lane_id,
            **_step_attributes(step),
        )
    for flow in spec["flows"]["list"]:
        _connect(editor, keys, flow)
    for point in spec.get("weak_points", []):
        weak_point_id = editor.add_weak_point(
            diagram_id,
            keys[point["step"]],
            category=WeakPointCategory(point["category"]),
            severity=point["severity"],
            description=point["description"],
            root_cause=point.get("root_cause", ""),
            action=point.get("action", ""),
            owner=point.get("owner", ""),
            status=WeakPointStatus(point.get("status", "open")),
        )
        book.name(f"purchase/weak-point/{point['key']}", weak_point_id)
    return keys


def _step_attributes(step: dict[str, Any]) -> dict[str, Any]:
    attributes: dict[str, Any] = {}
    if "event" in step:
        attributes["event_definition"] = EventDefinition(step["event"])
    for name in ("instruction", "role"):
        if name in step:
            attributes[name] = step[name]
    for name in ("inputs", "outputs", "systems"):
        if name in step:
            attributes[name] = tuple(step[name])
    if "duration" in step:
        attributes["duration"] = Duration(*map(float, step["duration"]))
    if "cost" in step:
        attributes["cost"] = float(step["cost"])
    return attributes


def _connect(editor: Editor, keys: dict[str, str], flow: list[Any] | dict[str, Any]) -> str:
    """Join two steps: ``[from, to, label, probability]`` or an inline table that may also give
    a ``route`` style to keep the route off a neighbouring one."""
    if isinstance(flow, list):
        flow = dict(zip(("from", "to", "label", "probability"), flow, strict=False))
    source, target = keys[flow["from"]], keys[flow["to"]]
    label = flow.get("label", "")
    attributes: dict[str, Any] = {}
    if "probability" in flow:
        attributes["probability"] = float(flow["probability"])
        attributes["condition"] = label
    flow_id = editor.connect(source, target, name=label, **attributes)
    if "route" in flow:
        start = editor.workspace.get(source, Shape)
        end = editor.workspace.get(target, Shape)
        points = _styled_route(start, end, flow["route"])
        editor.set_fields(
            (flow_id,), {"waypoints": points, "label": label_near_start(points, label)}
        )
    return flow_id


def _styled_route(start: Shape, end: Shape, style: str | None) -> tuple[Point, ...]:
    """The route *style* asks for ("vertical-first", "horizontal-first", "vertical", "below"),
    or the default one."""
    if style == "below":
        return _route_below(start, end)
    if style == "vertical":
        return vertical_route(start.bounds, end.bounds)
    first = {"vertical-first": True, "horizontal-first": False}.get(style or "")
    return route_between(start, end, vertical_first=first)


def _kpis(
    editor: Editor,
    process_id: str,
    specs: list[dict[str, Any]],
    keys: dict[str, str],
    book: SampleBook,
) -> None:
    for spec in specs:
        kpi_id = editor.add_kpi(
            process_id,
            spec["name"],
            unit=spec.get("unit", ""),
            target=spec.get("target"),
            direction=KpiDirection(spec.get("direction", "higher")),
            frequency=spec.get("frequency", "monthly"),
            step_id=keys[spec["step"]] if "step" in spec else None,
        )
        book.name(f"purchase/kpi/{spec['name']}", kpi_id)
        year, month = map(int, spec["start"].split("-"))
        for offset, value in enumerate(spec.get("values", [])):
            y, m = divmod(month - 1 + offset, 12)
            editor.add_measurement(kpi_id, date(year + y, m + 1, 1).isoformat(), float(value))


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
        target = Point(_column_x(col), _lane_center(editor, lane_id))
        center = step.bounds.center
        editor.run(MoveShapes((step.id,), target.x - center.x, target.y - center.y))
        editor.set_lane([step.id], lane_id)
    for key, values in spec.get("update", {}).items():
        changes: dict[str, Any] = _step_attributes(values)
        if "name" in values:
            changes["name"] = values["name"]
        if "kind" in values:
            changes["kind"] = StepKind(values["kind"])
        editor.set_fields((copies[key],), changes)
    for flow in spec.get("flows", []):
        _connect(editor, copies, flow)
    for name in spec.get("remove_lanes", []):
        editor.remove_lane(lanes[name])
    styles = {(copies[a], copies[b]): style for a, b, style in spec.get("routes", [])}
    for flow in workspace.elements_of(to_be, Flow):
        start = workspace.get(flow.source_id, Shape)
        end = workspace.get(flow.target_id, Shape)
        style = styles.get((flow.source_id, flow.target_id))
        points = _styled_route(start, end, style)
        values = {"waypoints": points, "label": label_near_start(points, flow.name)}
        editor.set_fields((flow.id,), values)
    return to_be, copies


def _route_below(source: Shape, target: Shape) -> tuple[Point, ...]:
    """A route that dips under whatever stands between two shapes in one row."""
    y = max(source.bounds.bottom, target.bounds.bottom) + 30
    sx, tx = source.bounds.center.x, target.bounds.center.x
    return (
        Point(sx, source.bounds.bottom),
        Point(sx, y),
        Point(tx, y),
        Point(tx, target.bounds.bottom),
    )
