"""Label placement: first free place in order, clear of shapes and earlier labels, and the
same after any sequence of edits as placed afresh."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from procdesk.model.geometry import Point, Rect
from procdesk.model.label_placement import (
    FLOW,
    GAP,
    SHAPE,
    STORED,
    LabelLayout,
    flow_candidates,
    overlap,
    shape_candidates,
)

EVENT = Rect(100, 100, 36, 36)


def test_shape_candidates_go_below_above_right_left_at_the_gap() -> None:
    # given an event 36 wide at (100, 100) and a label 40 x 10
    below, above, right, left, *shifted = shape_candidates(EVENT, 40, 10)
    # then each place lies GAP away from the event, centred on its side
    assert below == Rect(98, 136 + GAP, 40, 10)
    assert above == Rect(98, 100 - GAP - 10, 40, 10)
    assert right == Rect(136 + GAP, 113, 40, 10)
    assert left == Rect(100 - GAP - 40, 113, 40, 10)
    # and then below and above, shifted to start at its left or end at its right, and lower
    assert shifted == [
        Rect(100, 141, 40, 10),
        Rect(96, 141, 40, 10),
        Rect(100, 85, 40, 10),
        Rect(96, 85, 40, 10),
        Rect(98, 141 + 10 + GAP, 40, 10),
    ]


def test_flow_candidates_sit_above_a_level_middle_segment_and_right_of_an_upright_one() -> None:
    # given a route right, down, right: its middle segment (waypoints 1 to 2) is upright
    route = [Point(0, 0), Point(100, 0), Point(100, 80), Point(200, 80)]
    first = flow_candidates(route, 30, 10)[0]
    # then the first place is right of that segment's middle (100, 40)
    assert first == Rect(104, 35, 30, 10)
    # and on a straight level route, centred above its middle
    assert flow_candidates([Point(0, 0), Point(100, 0)], 30, 10)[0] == Rect(35, -14, 30, 10)


def test_a_label_takes_the_first_place_that_covers_nothing() -> None:
    # given an event with a task right below it
    layout = LabelLayout()
    layout.set_obstacle("event", EVENT)
    layout.set_obstacle("task", Rect(60, 145, 120, 80))
    places = shape_candidates(EVENT, 40, 10)
    layout.set_label("event", places)
    # when placed
    changed = layout.settle()
    # then the label goes above (below is taken by the task)
    assert changed == {"event"}
    assert layout.place("event") == places[1]


def test_a_later_label_keeps_off_an_earlier_one_and_a_stored_one_stays_put() -> None:
    # given a boundary event's stored label right where a start event's label would go
    layout = LabelLayout()
    start = Rect(100, 100, 36, 36)
    layout.set_obstacle("start", start)
    stored = Rect(90, 140, 60, 14)
    layout.set_label("boundary", [stored], STORED)
    layout.set_label("start", shape_candidates(start, 50, 14), SHAPE)
    # when placed
    layout.settle()
    # then the stored label is where it was stored, the start event's label moved above
    assert layout.place("boundary") == stored
    assert layout.place("start") == shape_candidates(start, 50, 14)[1]


def test_with_every_place_covered_the_label_takes_the_least_covered() -> None:
    # given an event boxed in on every side, least on its right
    layout = LabelLayout()
    layout.set_obstacle("event", EVENT)
    layout.set_obstacle("below", Rect(0, 141, 300, 40))
    layout.set_obstacle("above", Rect(0, 60, 300, 35))
    layout.set_obstacle("left", Rect(0, 0, 95, 300))
    layout.set_obstacle("right", Rect(170, 110, 100, 5))
    places = shape_candidates(EVENT, 40, 10)
    layout.set_label("event", places)
    layout.settle()
    # then it sits right, where 11 x 2 units are covered, not below (40 x 10)
    assert layout.place("event") == places[2]
    assert overlap(places[2], Rect(170, 110, 100, 5)) == 22


def test_moving_a_shape_away_lets_the_label_back_to_its_first_place() -> None:
    # given a label pushed above by a task below its event
    layout = LabelLayout()
    layout.set_obstacle("event", EVENT)
    layout.set_obstacle("task", Rect(60, 145, 120, 80))
    places = shape_candidates(EVENT, 40, 10)
    layout.set_label("event", places)
    layout.settle()
    # when the task moves far away
    layout.set_obstacle("task", Rect(900, 900, 120, 80))
    changed = layout.settle()
    # then the label comes back below, and only it changed
    assert changed == {"event"}
    assert layout.place("event") == places[0]
    # and a settle without changes changes nothing
    assert layout.settle() == set()


def test_a_removed_label_is_reported_and_gone() -> None:
    layout = LabelLayout()
    layout.set_label("flow", flow_candidates([Point(0, 0), Point(100, 0)], 20, 10), FLOW)
    layout.settle()
    # when the flow loses its name
    layout.set_label("flow", None)
    # then settling reports it and it has no place any more
    assert layout.settle() == {"flow"}
    assert layout.place("flow") is None


# property: incremental placement equals placing afresh -----------------------------------------
coordinate = st.integers(min_value=0, max_value=30).map(lambda v: v * 20.0)
boxes = st.builds(Rect, coordinate, coordinate, st.sampled_from([36.0, 50.0, 100.0]), coordinate)
ids = st.sampled_from([f"e{i}" for i in range(12)])
edit = st.tuples(
    ids, st.one_of(st.none(), boxes), st.sampled_from([0.0, 30.0, 60.0]), st.booleans()
)


def _apply(layout: LabelLayout, key: str, box: Rect | None, width: float, stored: bool) -> None:
    layout.set_obstacle(key, box)
    if box is None or width == 0:
        layout.set_label(key, None)
    elif stored:
        layout.set_label(key, [Rect(box.x, box.bottom, width, 12)], STORED)
    else:
        layout.set_label(key, shape_candidates(box, width, 12))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(edit, min_size=1, max_size=4), min_size=1, max_size=8))
def test_incremental_settling_equals_placing_everything_afresh(
    batches: list[list[tuple[str, Rect | None, float, bool]]],
) -> None:
    # given a layout edited batch by batch and settled after each batch
    layout = LabelLayout()
    state: dict[str, tuple[Rect | None, float, bool]] = {}
    for batch in batches:
        for key, box, width, stored in batch:
            _apply(layout, key, box, width, stored)
            state[key] = (box, width, stored)
        layout.settle()
        # when the same elements are placed afresh, in another order
        fresh = LabelLayout()
        for key in sorted(state, reverse=True):
            _apply(fresh, key, *state[key])
        fresh.settle()
        # then every label is in the same place
        for key in state:
            assert layout.place(key) == fresh.place(key)
