"""Default routes: straight in a row or column, one elbow otherwise, gateways leave vertically."""

from __future__ import annotations

import itertools

from procdesk.model.geometry import Point, Rect
from procdesk.model.routing import orthogonal_route

TASK = Rect(100, 100, 100, 80)


def is_orthogonal(points: tuple[Point, ...]) -> bool:
    return all(a.x == b.x or a.y == b.y for a, b in itertools.pairwise(points))


def test_same_row_is_a_straight_line_between_facing_sides() -> None:
    route = orthogonal_route(TASK, Rect(300, 100, 100, 80))
    assert route == (Point(200, 140), Point(300, 140))
    back = orthogonal_route(Rect(300, 100, 100, 80), TASK)
    assert back == (Point(300, 140), Point(200, 140))


def test_same_column_is_a_straight_vertical_line() -> None:
    route = orthogonal_route(TASK, Rect(100, 300, 100, 80))
    assert route == (Point(150, 180), Point(150, 300))


def test_other_row_and_column_has_one_elbow_entering_from_above() -> None:
    route = orthogonal_route(TASK, Rect(300, 300, 100, 80))
    assert route == (Point(200, 140), Point(350, 140), Point(350, 300))
    assert is_orthogonal(route)
    up_left = orthogonal_route(Rect(300, 300, 100, 80), TASK)
    assert up_left == (Point(300, 340), Point(150, 340), Point(150, 180))


def test_gateway_branch_leaves_from_its_bottom_corner() -> None:
    gateway = Rect(100, 115, 50, 50)
    route = orthogonal_route(gateway, Rect(300, 300, 100, 80), vertical_first=True)
    assert route == (Point(125, 165), Point(125, 340), Point(300, 340))
    assert is_orthogonal(route)
