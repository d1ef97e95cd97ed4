"""Default connection routes: short orthogonal paths between two boxes."""

from __future__ import annotations

from procdesk.model.geometry import Point, Rect


def orthogonal_route(source: Rect, target: Rect) -> tuple[Point, ...]:
    """Waypoints from *source* to *target* leaving and entering through side midpoints.

    Mostly-horizontal neighbours get a right→left route with one vertical jog at mid-x;
    mostly-vertical neighbours get a bottom→top route with one horizontal jog at mid-y.
    Aligned boxes get a straight line.
    """
    sc, tc = source.center, target.center
    dx, dy = tc.x - sc.x, tc.y - sc.y
    if abs(dx) >= abs(dy):
        start = Point(source.right if dx >= 0 else source.x, sc.y)
        end = Point(target.x if dx >= 0 else target.right, tc.y)
        if abs(start.y - end.y) < 0.5:
            return (start, end)
        mid_x = (start.x + end.x) / 2
        return (start, Point(mid_x, start.y), Point(mid_x, end.y), end)
    start = Point(sc.x, source.bottom if dy >= 0 else source.y)
    end = Point(tc.x, target.y if dy >= 0 else target.bottom)
    if abs(start.x - end.x) < 0.5:
        return (start, end)
    mid_y = (start.y + end.y) / 2
    return (start, Point(start.x, mid_y), Point(end.x, mid_y), end)
