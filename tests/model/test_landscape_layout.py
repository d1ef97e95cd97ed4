"""The landscape's layout: bands top to bottom, the value chain left to right as chevrons,
nothing overlapping, drops snapping to slots, arrows leaving and entering the right sides."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from procdesk.model.geometry import Point, Rect
from procdesk.model.landscape import BANDS, Band
from procdesk.model.landscape_layout import (
    GAP_X,
    MIN_COLUMNS,
    PITCH_X,
    PITCH_Y,
    SHAPE_W,
    columns_for,
    layout_landscape,
    route,
)

CORE, SUPPORT, MANAGEMENT = Band.CORE, Band.SUPPORT, Band.MANAGEMENT


def rows(management: int, core: int, support: int) -> list[tuple[Band, list[str]]]:
    counts = {MANAGEMENT: management, CORE: core, SUPPORT: support}
    return [(band, [f"{band.value}{i}" for i in range(counts[band])]) for band in BANDS]


def overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_bands_stack_top_to_bottom_and_the_value_chain_runs_left_to_right() -> None:
    # given 2 management, 4 core and 2 support processes (one column per core process)
    layout = layout_landscape(rows(2, 4, 2))
    assert layout.columns == 4
    management, core, support = layout.bands
    assert [f.band for f in layout.bands] == [MANAGEMENT, CORE, SUPPORT]
    assert management.rect.bottom < core.rect.y and core.rect.bottom < support.rect.y
    # then the core processes are chevrons in one row, in order, centred in their band
    chain = [layout.shapes[f"core{i}"] for i in range(4)]
    assert all(shape.chevron for shape in chain)
    assert [s.rect.x for s in chain] == sorted(s.rect.x for s in chain)
    assert {s.rect.y for s in chain} == {chain[0].rect.y}
    left_room = chain[0].rect.x - core.rect.x
    right_room = core.rect.right - chain[-1].rect.right
    assert left_room == pytest.approx(right_room)
    # worked out by hand: 4 columns of 230 minus one gap, plus 18 on each side = 926 wide;
    # the four chevrons take 4 * 230 - 30 = 890, leaving 18 on either side; the two boxes
    # above take 2 * 230 - 30 = 430, leaving 248
    assert core.rect.w == 926
    assert left_room == pytest.approx(18)
    assert layout.shapes["management0"].rect.x - management.rect.x == pytest.approx(248)
    # fewer processes still get the minimum of three columns
    assert layout_landscape(rows(1, 1, 1)).columns == MIN_COLUMNS == 3
    # and the other bands hold boxes, each inside its band
    for frame in layout.bands:
        for process_id in frame.ids:
            shape = layout.shapes[process_id]
            assert shape.chevron == (frame.band == CORE)
            assert frame.rect.contains_rect(shape.rect)
            assert shape.rect.y > frame.title.bottom


def test_a_long_value_chain_stays_on_one_row_and_many_processes_wrap() -> None:
    assert columns_for([0, 9, 0], 9) == 9
    assert columns_for([0, 14, 0], 14) == 10  # more than ten wrap
    # 300 processes: about twice as wide as high (ceil(sqrt(330)) = 19 columns)
    assert columns_for([100, 100, 100], 100) == 19
    tall = layout_landscape(rows(100, 100, 100))
    assert 1.5 < tall.bounds.w / tall.bounds.h < 2.5
    layout = layout_landscape(rows(0, 12, 1))
    second_row = layout.shapes["core10"]
    assert second_row.rect.y == layout.shapes["core0"].rect.y + PITCH_Y


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 40), st.integers(0, 40), st.integers(0, 40))
def test_no_two_shapes_overlap_and_every_shape_lies_in_its_band(m: int, c: int, s: int) -> None:
    layout = layout_landscape(rows(m, c, s))
    shapes = list(layout.shapes.values())
    assert len(shapes) == m + c + s
    for a, b in combinations(shapes, 2):
        assert not overlaps(a.rect, b.rect), (a, b)
    for shape in shapes:
        frame = layout.frame(shape.band)
        assert frame is not None and frame.rect.contains_rect(shape.rect)
        assert layout.bounds.contains_rect(shape.rect)
    for upper, lower in zip(layout.bands, layout.bands[1:], strict=False):
        assert upper.rect.bottom < lower.rect.y


def test_a_drop_snaps_to_the_nearest_slot_of_the_band_under_it() -> None:
    layout = layout_landscape(rows(2, 3, 2))
    assert layout.columns == 3
    chain = [layout.shapes[f"core{i}"].rect for i in range(3)]
    # dragging core2 a little right of where core0 sits lands it in front of the chain
    band, index, snapped = layout.slot_at("core2", chain[0].center.moved(20, 10))
    assert (band, index) == (CORE, 0)
    # the slot is where the first of three shapes goes: the row stays centred
    assert snapped == chain[0]
    # dropping it into the support band, right of both boxes, appends it there
    support = layout.frame(SUPPORT)
    assert support is not None
    far_right = Point(support.rect.right - 10, support.rect.center.y)
    band, index, snapped = layout.slot_at("core2", far_right)
    assert (band, index) == (SUPPORT, 2)
    assert snapped.w == SHAPE_W
    # below every band is the last band; above them all, the first
    assert layout.slot_at("core2", Point(0, layout.bounds.bottom + 500))[0] == SUPPORT
    assert layout.slot_at("core2", Point(0, -500))[0] == MANAGEMENT


def test_neighbours_are_joined_across_the_gap_and_others_by_arcs() -> None:
    a = Rect(0, 0, SHAPE_W, 100)
    b = a.moved(PITCH_X, 0)
    c = a.moved(3 * PITCH_X, 0)
    below = a.moved(PITCH_X, 2 * PITCH_Y)
    # neighbours: straight from a's right edge to b's left edge, at mid height
    start, _, _, end = route(a, b)
    assert (start, end) == (Point(a.right, 50), Point(b.x, 50))
    assert end.x - start.x == GAP_X
    # further along the row, left to right: an arc over the row, from top to top
    start, first, second, end = route(a, c)
    assert (start.y, end.y) == (0, 0)
    assert first.y < 0 and second.y < 0
    # right to left: an arc under the row, from bottom to bottom
    start, first, _, end = route(c, a)
    assert (start.y, end.y) == (100, 100)
    assert first.y > 100
    # to another row: bottom of the upper to top of the lower
    start, _, _, end = route(a, below)
    assert (start, end) == (Point(a.center.x, a.bottom), Point(below.center.x, below.y))
    # a second arrow between the same pair runs beside the first
    assert route(a, b, lane=1)[0].y == route(a, b)[0].y + 10
