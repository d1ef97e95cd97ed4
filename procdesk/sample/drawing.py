"""Drawing a sample process from its description: a pool of lanes, steps on a grid, flows,
weak points and monthly KPI values, all through the Editor.

Every process of the sample is described the same way (``resources/sample/*.toml``): a step's
``lane`` picks its row and ``col`` its column; a flow is ``[from, to, label, probability]`` or
an inline table that may add a ``route`` style. The parts of the sample share these helpers;
what each part makes is named in the sample book under the part's *prefix*
(``purchase/weak-point/KEY``, ``landscape/order-to-cash/kpi/NAME``…).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from procdesk.model.editor import Editor
from procdesk.model.elements import (
    Duration,
    EventDefinition,
    KpiDirection,
    Lane,
    ProcessStatus,
    Revision,
    Shape,
    StepKind,
    WeakPointCategory,
    WeakPointStatus,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.routing import label_near_start, route_between, vertical_route
from procdesk.model.sizes import POOL_HEADER
from procdesk.sample.book import SampleBook

COLUMN_WIDTH = 150.0
LANE_HEIGHT = 160.0
FIRST_COLUMN_X = POOL_HEADER + 30.0 + 60.0


def add_process(editor: Editor, spec: dict[str, Any]) -> str:
    """A process with the fields *spec* gives (its name, status, revisions…), without a pool."""
    revisions = tuple(Revision(**r) for r in spec.get("revisions", ()))
    fields = {k: v for k, v in spec.items() if k not in ("name", "revisions")}
    fields["status"] = ProcessStatus(fields.get("status", "draft"))
    return editor.add_process(spec["name"], with_pool=False, revisions=revisions, **fields)


def lane_center(editor: Editor, lane_id: str) -> float:
    return editor.workspace.get(lane_id, Lane).bounds.center.y


def column_x(col: float) -> float:
    return FIRST_COLUMN_X + col * COLUMN_WIDTH


def draw_diagram(
    editor: Editor, diagram_id: str, spec: dict[str, Any], book: SampleBook, prefix: str
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
        center = Point(column_x(step["col"]), lane_center(editor, lane_id))
        keys[step["key"]] = editor.add_step(
            diagram_id,
            StepKind(step["kind"]),
            step["name"],
            center,
            lane_id,
            **step_attributes(step),
        )
    for flow in spec["flows"]["list"]:
        connect(editor, keys, flow)
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
        book.name(f"{prefix}/weak-point/{point['key']}", weak_point_id)
    return keys


def step_attributes(step: dict[str, Any]) -> dict[str, Any]:
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


def connect(editor: Editor, keys: dict[str, str], flow: list[Any] | dict[str, Any]) -> str:
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
        points = styled_route(start, end, flow["route"])
        editor.set_fields(
            (flow_id,), {"waypoints": points, "label": label_near_start(points, label)}
        )
    return flow_id


def styled_route(start: Shape, end: Shape, style: str | None) -> tuple[Point, ...]:
    """The route *style* asks for ("vertical-first", "horizontal-first", "vertical", "below"),
    or the default one."""
    if style == "below":
        return route_below(start, end)
    if style == "vertical":
        return vertical_route(start.bounds, end.bounds)
    first = {"vertical-first": True, "horizontal-first": False}.get(style or "")
    return route_between(start, end, vertical_first=first)


def route_below(source: Shape, target: Shape) -> tuple[Point, ...]:
    """A route that dips under whatever stands between two shapes in one row."""
    y = max(source.bounds.bottom, target.bounds.bottom) + 30
    sx, tx = source.bounds.center.x, target.bounds.center.x
    return (
        Point(sx, source.bounds.bottom),
        Point(sx, y),
        Point(tx, y),
        Point(tx, target.bounds.bottom),
    )


def add_kpis(
    editor: Editor,
    process_id: str,
    specs: list[dict[str, Any]],
    keys: dict[str, str],
    book: SampleBook,
    prefix: str,
) -> None:
    """Add KPIs with a value for each month from ``start`` on (every ``every`` months, if
    given); name each ``PREFIX/kpi/NAME``."""
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
        book.name(f"{prefix}/kpi/{spec['name']}", kpi_id)
        values = spec.get("values", [])
        days = month_starts(spec["start"], len(values), spec.get("every", 1))
        for day, value in zip(days, values, strict=True):
            editor.add_measurement(kpi_id, day, float(value))


def month_starts(start: str, count: int, every: int = 1) -> list[str]:
    """*count* first days of months from *start* (``YYYY-MM``), *every* months apart."""
    year, month = map(int, start.split("-"))
    days = []
    for offset in range(count):
        y, m = divmod(month - 1 + offset * every, 12)
        days.append(date(year + y, m + 1, 1).isoformat())
    return days
