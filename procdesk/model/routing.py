"""Default connection routes: short orthogonal paths between two boxes, as BPMN tools draw them.

The conventions follow what readers of swimlane diagrams expect (and what bpmn-js does):
- boxes in one row or one column are joined by a straight line between facing sides;
- otherwise the route has one elbow: it leaves the source sideways and enters the target from
  above or below ("h:v"), so it crosses lane borders once, at the target;
- a gateway is the exception: its branches to other rows leave from its top or bottom corner and
  enter the target from the side ("v:h", ``vertical_first``), which keeps a split's branches
  apart; callers may ask for v:h elsewhere to keep two routes off each other.
"""

from __future__ import annotations

from procdesk.model.elements import Shape, Step
from procdesk.model.geometry import Point, Rect


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def orthogonal_route(
    source: Rect, target: Rect, *, vertical_first: bool = False
) -> tuple[Point, ...]:
    """Waypoints from *source* to *target* (see the module docstring for the conventions)."""
    sc, tc = source.center, target.center
    same_row = _overlap(source.y, source.bottom, target.y, target.bottom) > 0
    same_column = _overlap(source.x, source.right, target.x, target.right) > 0
    if same_row and not same_column:
        y = tc.y if source.y <= tc.y <= source.bottom else sc.y
        if tc.x >= sc.x:
            return (Point(source.right, y), Point(target.x, y))
        return (Point(source.x, y), Point(target.right, y))
    if same_column:
        x = tc.x if source.x <= tc.x <= source.right else sc.x
        if tc.y >= sc.y:
            return (Point(x, source.bottom), Point(x, target.y))
        return (Point(x, source.y), Point(x, target.bottom))
    below = tc.y > sc.y
    right = tc.x > sc.x
    if vertical_first:
        start = Point(sc.x, source.bottom if below else source.y)
        end = Point(target.x if right else target.right, tc.y)
        return (start, Point(sc.x, tc.y), end)
    start = Point(source.right if right else source.x, sc.y)
    end = Point(tc.x, target.y if below else target.bottom)
    return (start, Point(tc.x, sc.y), end)


def route_between(
    source: Shape, target: Shape, *, vertical_first: bool | None = None
) -> tuple[Point, ...]:
    """The default route between two shapes; gateways leave vertically unless told otherwise."""
    if vertical_first is None:
        vertical_first = isinstance(source, Step) and source.kind.is_gateway
    return orthogonal_route(source.bounds, target.bounds, vertical_first=vertical_first)


def vertical_route(source: Rect, target: Rect) -> tuple[Point, ...]:
    """Leave from the top or bottom, cross over halfway, enter from the bottom or top (v:h:v):
    for a branch that must not share a side with a sibling."""
    sx, tx = source.center.x, target.center.x
    if target.center.y < source.center.y:
        start, end = Point(sx, source.y), Point(tx, target.bottom)
    else:
        start, end = Point(sx, source.bottom), Point(tx, target.y)
    middle = (start.y + end.y) / 2
    return (start, Point(sx, middle), Point(tx, middle), end)


def label_near_start(points: tuple[Point, ...], text: str) -> Rect | None:
    """Where a flow's name reads best: just beside its first segment, as on a gateway's branch."""
    if len(points) < 2 or not text:
        return None
    width, height = 7.0 * min(len(text), 24) + 4, 14.0
    first, second = points[0], points[1]
    if abs(first.y - second.y) < 0.5:  # leaves sideways: label above the line
        x = first.x + 6 if second.x >= first.x else first.x - 6 - width
        return Rect(x, first.y - height - 3, width, height)
    y = first.y + 4 if second.y >= first.y else first.y - height - 4
    return Rect(first.x + 5, y, width, height)
